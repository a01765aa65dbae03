package timeline

import (
	"math"
	"sort"
)

// Item is an event as the timeline places it: its year and importance
// (3 key, 2 normal, 1 minor).
type Item struct {
	Year       float64
	Importance int
}

// Track is the events of a timeline sorted by Year, with an index of each
// importance, made once (O(n)) and kept while the content stays: every
// column at any zoom is then found by binary search, so zooming, dragging
// and opening cost what the view shows, not what the content holds.
type Track struct {
	Items []Item
	byImp [4][]int // item indices of each importance, in order
}

// NewTrack indexes items, which must be sorted by Year (see ByYear).
func NewTrack(items []Item) *Track {
	t := &Track{Items: items}
	for i, it := range items {
		imp := min(max(it.Importance, 1), 3)
		t.byImp[imp] = append(t.byImp[imp], i)
	}
	return t
}

// Slot is a column of the strip, SlotYears wide from Origin, holding the
// items Lo to Hi: up to Lanes cards, the most important first (the earlier
// among equals), shown in date order; when there are more, the rest merge
// into one cluster in the last lane.
type Slot struct {
	Index     int   // the column: its left edge is at Origin + Index×SlotYears
	Cards     []int // item indices shown as cards, in date order
	Lo, Hi    int   // the column's items are Items[Lo:Hi]
	Clustered int   // how many of them are in the cluster
}

// Arrangement is where the items are at one zoom. Panning keeps it: the
// columns are fixed in time, so only a zoom arranges again, and that costs
// nothing until a column is asked for.
type Arrangement struct {
	Track             *Track
	Origin, SlotYears float64
	Lanes             int
	made              map[int]Slot // the columns asked for so far
}

// Arrange lays the track out in columns slotYears wide from origin, lanes
// cards high. Cards never overlap: each column is a card and a gap wide,
// each lane one card high.
func Arrange(t *Track, origin, slotYears float64, lanes int) Arrangement {
	return Arrangement{Track: t, Origin: origin, SlotYears: slotYears, Lanes: max(lanes, 1), made: map[int]Slot{}}
}

func (a Arrangement) column(year float64) int {
	return int(math.Floor((year - a.Origin) / a.SlotYears))
}

// first is the index of the first item at or after year.
func (a Arrangement) first(year float64) int {
	return sort.Search(len(a.Track.Items), func(i int) bool { return a.Track.Items[i].Year >= year })
}

// Slot is column k, made the first time it is asked for: a drag asks for
// the same columns again and again.
func (a Arrangement) Slot(k int) Slot {
	if s, ok := a.made[k]; ok {
		return s
	}
	s := a.slot(k)
	if a.made != nil {
		a.made[k] = s
	}
	return s
}

func (a Arrangement) slot(k int) Slot {
	lo := a.first(a.Origin + float64(k)*a.SlotYears)
	hi := a.first(a.Origin + float64(k+1)*a.SlotYears)
	s := Slot{Index: k, Lo: lo, Hi: hi}
	if hi-lo <= a.Lanes {
		for i := lo; i < hi; i++ {
			s.Cards = append(s.Cards, i)
		}
		return s
	}
	s.Cards = a.Track.top(lo, hi, a.Lanes-1, nil)
	sort.Ints(s.Cards)
	s.Clustered = hi - lo - len(s.Cards)
	return s
}

// Visible returns the columns a view shows, whole or in part, that hold
// items.
func (a Arrangement) Visible(v View) []Slot {
	if a.SlotYears <= 0 || v.PPY <= 0 || a.Track == nil {
		return nil
	}
	var out []Slot
	last := a.column(v.Year(v.Width))
	for k := a.column(v.Start) - 1; k <= last; k++ {
		if s := a.Slot(k); s.Hi > s.Lo {
			out = append(out, s)
		}
	}
	return out
}

// Left is the year at a column's left edge.
func (a Arrangement) Left(s Slot) float64 { return a.Origin + float64(s.Index)*a.SlotYears }

// Members are the items of a column's cluster, in date order.
func (a Arrangement) Members(s Slot) []int {
	out := make([]int, 0, s.Clustered)
	c := 0
	for i := s.Lo; i < s.Hi; i++ {
		if c < len(s.Cards) && s.Cards[c] == i {
			c++
			continue
		}
		out = append(out, i)
	}
	return out
}

// Top is the k most important items of a column's cluster.
func (a Arrangement) Top(s Slot, k int) []int { return a.Track.top(s.Lo, s.Hi, k, s.Cards) }

// Ends are the first and the last item of a column's cluster.
func (a Arrangement) Ends(s Slot) (first, last int) {
	first, last = s.Lo, s.Hi-1
	for c := 0; c < len(s.Cards) && s.Cards[c] == first; c++ {
		first++
	}
	for c := len(s.Cards) - 1; c >= 0 && s.Cards[c] == last; c-- {
		last--
	}
	return first, last
}

// top picks the k most important items of Items[lo:hi], the earlier first
// among equals, leaving out those in skip (sorted): importance 3 first,
// then 2, then 1, each found by binary search.
func (t *Track) top(lo, hi, k int, skip []int) []int {
	var out []int
	for imp := 3; imp >= 1 && len(out) < k; imp-- {
		idx := t.byImp[imp]
		for j := sort.SearchInts(idx, lo); j < len(idx) && idx[j] < hi && len(out) < k; j++ {
			if n := sort.SearchInts(skip, idx[j]); n < len(skip) && skip[n] == idx[j] {
				continue
			}
			out = append(out, idx[j])
		}
	}
	return out
}
