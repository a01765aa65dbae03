package timeline

import (
	"math"
	"sort"
)

// Item is an event as the timeline places it: its year and importance
// (3 key, 2 normal, 1 minor), in date order with the others.
type Item struct {
	Year       float64
	Importance int
}

// Slot is a column of the strip, SlotYears wide from Origin: up to Lanes
// cards of its items, most important first, shown in date order; when
// there are more, the rest merge into one cluster in the last lane.
type Slot struct {
	Index   int   // the column: its left edge is at Origin + Index×SlotYears
	Cards   []int // item indices shown as cards, in date order
	Cluster []int // item indices merged into the cluster, in date order
}

// Arrangement is where every item is at one zoom. Panning keeps it: the
// columns are fixed in time, so only a zoom arranges again.
type Arrangement struct {
	Origin, SlotYears float64
	Lanes             int
	Slots             []Slot // the columns that hold items, in order
}

// Arrange puts items (sorted by Year: see ByYear) into columns slotYears wide from
// origin, lanes cards high. Cards never overlap: each column is a card and
// a gap wide, each lane one card high.
func Arrange(items []Item, origin, slotYears float64, lanes int) Arrangement {
	a := Arrangement{Origin: origin, SlotYears: slotYears, Lanes: max(lanes, 1)}
	for i := 0; i < len(items); {
		k := a.column(items[i].Year)
		j := i + 1
		for j < len(items) && a.column(items[j].Year) == k {
			j++
		}
		a.Slots = append(a.Slots, a.fill(k, items, i, j))
		i = j
	}
	return a
}

func (a Arrangement) column(year float64) int {
	return int(math.Floor((year - a.Origin) / a.SlotYears))
}

// fill makes column k of items[i:j]: all as cards when they fit, else the
// most important lanes-1 as cards and the rest as a cluster.
func (a Arrangement) fill(k int, items []Item, i, j int) Slot {
	s := Slot{Index: k}
	if j-i <= a.Lanes {
		for n := i; n < j; n++ {
			s.Cards = append(s.Cards, n)
		}
		return s
	}
	order := make([]int, 0, j-i)
	for n := i; n < j; n++ {
		order = append(order, n)
	}
	sort.SliceStable(order, func(x, y int) bool { return items[order[x]].Importance > items[order[y]].Importance })
	s.Cards = append(s.Cards, order[:a.Lanes-1]...)
	s.Cluster = append(s.Cluster, order[a.Lanes-1:]...)
	sort.Ints(s.Cards)
	sort.Ints(s.Cluster)
	return s
}

// Visible returns the columns that a view shows, whole or in part.
func (a Arrangement) Visible(v View) []Slot {
	first := a.column(v.Start) - 1
	last := a.column(v.Year(v.Width))
	if a.SlotYears <= 0 || v.PPY <= 0 || last < first {
		return nil
	}
	lo := sort.Search(len(a.Slots), func(i int) bool { return a.Slots[i].Index >= first })
	hi := sort.Search(len(a.Slots), func(i int) bool { return a.Slots[i].Index > last })
	return a.Slots[lo:max(lo, hi)]
}

// Left is the year at a column's left edge.
func (a Arrangement) Left(s Slot) float64 { return a.Origin + float64(s.Index)*a.SlotYears }

// MostImportant picks the k most important of the item indices ids (in
// date order), the earlier first among equals, in one pass.
func MostImportant(items []Item, ids []int, k int) []int {
	var out []int
	for _, i := range ids {
		j := len(out)
		for j > 0 && items[i].Importance > items[out[j-1]].Importance {
			j--
		}
		if j < k {
			out = append(out, 0)
			copy(out[j+1:], out[j:])
			out[j] = i
			if len(out) > k {
				out = out[:k]
			}
		}
	}
	return out
}
