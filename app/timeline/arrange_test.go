package timeline

import (
	"math/rand"
	"testing"
)

func items(years ...float64) []Item {
	out := make([]Item, len(years))
	for i, y := range years {
		out[i] = Item{Year: y, Importance: 2}
	}
	return out
}

func TestArrange(t *testing.T) {
	its := items(1900.1, 1900.5, 1901.2, 1905, 1905.1, 1905.2, 1905.3, 1905.4)
	its[6].Importance = 3
	a := Arrange(NewTrack(its), 1900, 1, 3)
	vis := a.Visible(View{Start: 1900, PPY: 100, Width: 700})
	if len(vis) != 3 {
		t.Fatalf("%d columns, want 3: %+v", len(vis), vis)
	}
	tests := []struct {
		slot             Slot
		index            int
		cards, clustered int
	}{
		{vis[0], 0, 2, 0}, // 1900: two fit
		{vis[1], 1, 1, 0}, // 1901
		{vis[2], 5, 2, 3}, // 1905: five items, two cards and a cluster of three
	}
	for i, tt := range tests {
		if tt.slot.Index != tt.index || len(tt.slot.Cards) != tt.cards || tt.slot.Clustered != tt.clustered {
			t.Errorf("column %d: %+v", i, tt.slot)
		}
	}
	s := vis[2]
	// the key event stays a card beside the first; cards are in date order
	if c := s.Cards; c[0] != 3 || c[1] != 6 {
		t.Errorf("1905 cards %v, want the first and the key event (3, 6)", c)
	}
	if m := a.Members(s); len(m) != 3 || m[0] != 4 || m[1] != 5 || m[2] != 7 {
		t.Errorf("cluster members %v, want [4 5 7]", m)
	}
	if f, l := a.Ends(s); f != 4 || l != 7 {
		t.Errorf("cluster ends %d–%d, want 4–7", f, l)
	}
	if v := a.Visible(View{Start: 1903, PPY: 100, Width: 300}); len(v) != 1 || v[0].Index != 5 {
		t.Errorf("visible 1903–1906: %+v", v)
	}
}

// TestArrange_NeverAWall: at any zoom, no column holds more cards than
// lanes, and every item is shown once, as a card or in a cluster.
func TestArrange_NeverAWall(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	its := make([]Item, 10000)
	y := 1860.0
	for i := range its {
		y += rng.ExpFloat64() * 0.0166
		its[i] = Item{Year: y, Importance: 1 + rng.Intn(3)}
	}
	tr := NewTrack(its)
	for _, slotYears := range []float64{40, 5, 1, 0.25, 0.02} {
		a := Arrange(tr, 1860, slotYears, 4)
		seen := 0
		for _, s := range a.Visible(View{Start: 1860, PPY: 1, Width: float32(y - 1860 + 1)}) {
			if len(s.Cards) > 4 || (s.Clustered > 0 && len(s.Cards) != 3) {
				t.Fatalf("slot %v years: column %d has %d cards and a cluster of %d", slotYears, s.Index, len(s.Cards), s.Clustered)
			}
			for _, c := range s.Cards {
				if c < s.Lo || c >= s.Hi {
					t.Fatalf("card %d outside its column %d–%d", c, s.Lo, s.Hi)
				}
			}
			seen += len(s.Cards) + s.Clustered
		}
		if seen != len(its) {
			t.Fatalf("slot %v years: %d items shown, want %d", slotYears, seen, len(its))
		}
	}
}

func TestTrack_Top(t *testing.T) {
	its := items(1, 2, 3, 4, 5, 6)
	its[1].Importance, its[4].Importance, its[5].Importance = 3, 3, 1
	tr := NewTrack(its)
	if got := tr.top(0, 6, 3, nil); len(got) != 3 || got[0] != 1 || got[1] != 4 || got[2] != 0 {
		t.Fatalf("top 3 %v, want [1 4 0]", got)
	}
	if got := tr.top(0, 6, 2, []int{1}); len(got) != 2 || got[0] != 4 || got[1] != 0 {
		t.Fatalf("top 2 without 1: %v, want [4 0]", got)
	}
}
