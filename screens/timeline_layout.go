package screens

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
)

// Geometry of the timeline strip, in pixels.
const (
	bandH     = 64  // era bands along the top
	cardW     = 290 // an event card
	cardGap   = 14  // between cards in a lane
	lanes     = 3   // rows of cards
	axisRoom  = 70  // axis, ticks and year labels at the bottom
	minEraW   = 420 // the narrowest an era band may be
	stripPadX = 40  // before the first and after the last era
)

// scale maps years onto the strip. Each era is a piece whose width grows
// with its number of events; inside it, events are spread by a blend of their
// rank and their date, so the crowded autumn of 1937 gets as much room as a
// quiet decade while the order and the year ticks stay true.
type scale struct {
	eras   []eraPiece
	width  float32
	eventX map[string]float32
}

type eraPiece struct {
	era      *content.Era
	from, to float64 // years, to exclusive
	x, w     float32
	knots    []knot // (year, x) in order, from the era's start to its end
}

type knot struct {
	year float64
	x    float32
}

// rankWeight is how much an event's rank, rather than its date, sets its x.
const rankWeight = 0.6

func newScale(eras []*content.Era, events []*content.Event, now time.Time) scale {
	sc := scale{eventX: map[string]float32{}}
	x := float32(stripPadX)
	for _, e := range eras {
		p := eraPiece{era: e, from: float64(e.From), to: float64(e.To + 1), x: x}
		if e.To == 0 {
			p.to = float64(now.Year() + 1)
		}
		var in []*content.Event
		for _, ev := range events {
			if ev.Era == e.ID {
				in = append(in, ev)
			}
		}
		p.w = fyne.Max(minEraW, float32(len(in))*(cardW+cardGap)/lanes*1.25+cardW)
		p.knots = append(p.knots, knot{p.from, x})
		for i, ev := range in {
			y := yearOf(ev.Date.From)
			t := rankWeight*(float64(i)+0.5)/float64(len(in)) + (1-rankWeight)*(y-p.from)/(p.to-p.from)
			k := knot{y, x + float32(t)*p.w}
			sc.eventX[ev.ID] = k.x
			p.knots = append(p.knots, k)
		}
		p.knots = append(p.knots, knot{p.to, x + p.w})
		sc.eras = append(sc.eras, p)
		x += p.w
	}
	sc.width = x + cardW + stripPadX // room for the last card
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

// X returns the strip position of a year inside an era, interpolating
// between the era's knots.
func (p eraPiece) X(year float64) float32 {
	ks := p.knots
	for i := 1; i < len(ks); i++ {
		if year <= ks[i].year {
			a, b := ks[i-1], ks[i]
			if b.year == a.year {
				return a.x
			}
			return a.x + float32((year-a.year)/(b.year-a.year))*(b.x-a.x)
		}
	}
	return p.x + p.w
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
