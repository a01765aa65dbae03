package screens

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
)

// Geometry of the timeline strip, in pixels.
const (
	bandH     = 64  // era bands along the top
	cardW     = 260 // an event card
	cardGap   = 14  // between cards in a lane
	lanes     = 3   // rows of cards
	axisRoom  = 70  // axis, ticks and year labels at the bottom
	minEraW   = 420 // the narrowest an era band may be
	stripPadX = 40  // before the first and after the last era
)

// scale maps years onto the strip: each era is a linear piece whose width
// grows with its number of events, so crowded decades get room.
type scale struct {
	eras  []eraPiece
	width float32
}

type eraPiece struct {
	era      *content.Era
	from, to float64 // years, to exclusive
	x, w     float32
}

func newScale(eras []*content.Era, events []*content.Event, now time.Time) scale {
	var sc scale
	x := float32(stripPadX)
	for _, e := range eras {
		to := e.To + 1
		if e.To == 0 {
			to = now.Year() + 1
		}
		n := 0
		for _, ev := range events {
			if ev.Era == e.ID {
				n++
			}
		}
		w := fyne.Max(minEraW, float32(n)*(cardW+cardGap)/lanes*1.25+cardW)
		sc.eras = append(sc.eras, eraPiece{era: e, from: float64(e.From), to: float64(to), x: x, w: w})
		x += w
	}
	sc.width = x + stripPadX
	return sc
}

// yearOf is a point's position in fractional years.
func yearOf(p content.Point) float64 {
	y := float64(p.Year)
	if p.Month > 0 {
		y += float64(p.Month-1) / 12
	}
	if p.Day > 0 {
		y += float64(p.Day-1) / 365
	}
	return y
}

// X returns the strip position of a fractional year inside era id, or of
// the first era that holds it when id is empty.
func (sc scale) X(year float64, id string) float32 {
	for _, p := range sc.eras {
		if (id == "" && year >= p.from && year < p.to) || p.era.ID == id {
			t := (year - p.from) / (p.to - p.from)
			t = max(0, min(1, t))
			return p.x + float32(t)*p.w
		}
	}
	return 0
}

// placeCards gives each card (sorted by x) a lane and a left edge: the first
// lane free at its date, else the lane that frees soonest, the card sliding
// right just enough.
func placeCards(xs []float32) (lane []int, left []float32) {
	ends := make([]float32, lanes)
	lane, left = make([]int, len(xs)), make([]float32, len(xs))
	for i, x := range xs {
		best := 0
		for l := range ends {
			if ends[l] <= x {
				best = l
				break
			}
			if ends[l] < ends[best] {
				best = l
			}
		}
		lane[i] = best
		left[i] = fyne.Max(x, ends[best])
		ends[best] = left[i] + cardW + cardGap
	}
	return lane, left
}
