// Package timeline owns the timeline's geometry: where each era and event
// falls on the strip, and which lane each card takes so that none overlap.
// It works in pixels as plain numbers, draws nothing and imports no Fyne,
// so the layout rules are tested as tables.
package timeline

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
)

// Geometry is the strip's measures, in pixels.
type Geometry struct {
	CardW, CardGap float32 // an event card, and the room between cards in a lane
	Lanes          int     // rows of cards
	MinEraW        float32 // the narrowest an era band may be
	PadX           float32 // before the first and after the last era
}

// Scale maps years onto the strip. Each era is a piece whose width grows
// with its number of events; inside it, events are spread by a blend of
// their rank and their date, so the crowded autumn of 1937 gets as much
// room as a quiet decade while the order and the year ticks stay true.
type Scale struct {
	Eras   []Piece
	Width  float32            // the whole strip, room for the last card included
	EventX map[string]float32 // where each event's date falls
}

// Piece is an era's stretch of the strip.
type Piece struct {
	Era      *content.Era
	From, To float64 // years, To exclusive
	X, W     float32
	knots    []knot // (year, x) in order, from the era's start to its end
}

type knot struct {
	year float64
	x    float32
}

// rankWeight is how much an event's rank, rather than its date, sets its x.
const rankWeight = 0.6

// NewScale lays the eras and their events out; an era that is still going
// on ends with the year of now.
func NewScale(eras []*content.Era, events []*content.Event, now time.Time, g Geometry) Scale {
	sc := Scale{EventX: map[string]float32{}}
	x := g.PadX
	for _, e := range eras {
		p := Piece{Era: e, From: float64(e.From), To: float64(e.To + 1), X: x}
		if e.To == 0 {
			p.To = float64(now.Year() + 1)
		}
		in := eventsOf(e.ID, events)
		p.W = max(g.MinEraW, float32(len(in))*(g.CardW+g.CardGap)/float32(g.Lanes)*1.25+g.CardW)
		p.knots = append(p.knots, knot{p.From, x})
		for i, ev := range in {
			y := YearOf(ev.Date.From)
			t := rankWeight*(float64(i)+0.5)/float64(len(in)) + (1-rankWeight)*(y-p.From)/(p.To-p.From)
			k := knot{y, x + float32(t)*p.W}
			sc.EventX[ev.ID] = k.x
			p.knots = append(p.knots, k)
		}
		p.knots = append(p.knots, knot{p.To, x + p.W})
		sc.Eras = append(sc.Eras, p)
		x += p.W
	}
	sc.Width = x + g.CardW + g.PadX // room for the last card
	return sc
}

func eventsOf(era string, events []*content.Event) []*content.Event {
	var in []*content.Event
	for _, ev := range events {
		if ev.Era == era {
			in = append(in, ev)
		}
	}
	return in
}

// YearOf is a date's position in fractional years.
func YearOf(p content.Point) float64 {
	y := float64(p.Year)
	if p.Month > 0 {
		y += float64(p.Month-1) / 12
	}
	if p.Day > 0 {
		y += float64(p.Day-1) / 365
	}
	return y
}

// At returns the strip position of a year inside the era, interpolating
// between the era's knots.
func (p Piece) At(year float64) float32 {
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
	return p.X + p.W
}

// Ticks are the years the axis marks inside the era: its first year, then
// every decade.
func (p Piece) Ticks() []int {
	first := int(p.From)
	out := []int{first}
	for y := (first/10 + 1) * 10; float64(y) < p.To; y += 10 {
		out = append(out, y)
	}
	return out
}
