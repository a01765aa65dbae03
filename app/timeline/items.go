package timeline

import (
	"sort"

	"github.com/koryo-exhibit/koryo/app/content"
)

// YearOf is a date's position in fractional years: the middle of what it
// names (a year's middle, a month's, a day's), so that a year-precision
// event does not pile up on 1 January.
func YearOf(p content.Point) float64 {
	y := float64(p.Year)
	switch p.Prec {
	case content.PrecYear:
		return y + 0.5
	case content.PrecMonth:
		return y + (float64(p.Month)-0.5)/12
	}
	return y + (float64(p.Month)-1)/12 + (float64(p.Day)-0.5)/365
}

// ByYear returns the events in the order of their place on the axis
// (content sorts by a date's first day; a year's event sits at its middle),
// and their items, as Arrange needs them.
func ByYear(evs []*content.Event) ([]*content.Event, []Item) {
	items := Items(evs)
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return items[order[a]].Year < items[order[b]].Year })
	outE, outI := make([]*content.Event, len(evs)), make([]Item, len(evs))
	for i, j := range order {
		outE[i], outI[i] = evs[j], items[j]
	}
	return outE, outI
}

// Items are the events as the timeline places them, in the same order.
func Items(evs []*content.Event) []Item {
	out := make([]Item, len(evs))
	for i, e := range evs {
		imp := e.Importance
		if imp == 0 {
			imp = 2
		}
		out[i] = Item{Year: YearOf(e.Date.From), Importance: imp}
	}
	return out
}
