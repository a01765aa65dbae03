package timeline

import (
	"math"
	"math/rand"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

var limits = Limits{Full: Span{1860, 2027}, MinYears: 1}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func TestLimits_FitAndClamp(t *testing.T) {
	v := limits.Fit(1670)
	if v.PPY != 10 || v.Start != 1860 || !near(v.Span().To, 2027) {
		t.Fatalf("fit: %+v", v)
	}
	tests := []struct {
		name string
		in   View
		want View
	}{
		{"too far left", View{Start: 1700, PPY: 100, Width: 1000}, View{Start: 1860, PPY: 100, Width: 1000}},
		{"too far right", View{Start: 2030, PPY: 100, Width: 1000}, View{Start: 2017, PPY: 100, Width: 1000}},
		{"too close", View{Start: 1937, PPY: 5000, Width: 1000}, View{Start: 1937, PPY: 1000, Width: 1000}},
		{"too wide", View{Start: 1900, PPY: 1, Width: 1000}, View{Start: 1860, PPY: 1000.0 / 167, Width: 1000}},
	}
	for _, tt := range tests {
		got := limits.Clamp(tt.in)
		if !near(got.Start, tt.want.Start) || !near(got.PPY, tt.want.PPY) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestLimits_ZoomAtKeepsThePointStill: the year under the finger stays
// under it, zooming in and out, until a limit is reached.
func TestLimits_ZoomAtKeepsThePointStill(t *testing.T) {
	v := View{Start: 1900, PPY: 20, Width: 1200}
	for _, f := range []float64{2, 2, 1.5, 0.5, 0.25} {
		x := float32(300)
		before := v.Year(x)
		v = limits.ZoomAt(v, f, x)
		if !near(v.Year(x), before) {
			t.Fatalf("zoom ×%v moved the year under the finger from %v to %v", f, before, v.Year(x))
		}
	}
	v = limits.ZoomAt(v, 1e9, 600)
	if !near(v.Span().Years(), 1) {
		t.Errorf("the closest zoom shows %v years, want 1", v.Span().Years())
	}
	if z := limits.Zoom(v); !near(z, 1) {
		t.Errorf("zoom level %v at the closest, want 1", z)
	}
	v = limits.ZoomAt(v, 1e-9, 600)
	if z := limits.Zoom(v); !near(z, 0) || !near(v.Start, 1860) {
		t.Errorf("the widest zoom: level %v, start %v", z, v.Start)
	}
}

func TestLimits_Around(t *testing.T) {
	v := limits.Around(Span{1937.6, 1937.9}, 1000) // shorter than a year: a year
	if !near(v.Span().Years(), 1) || v.Start > 1937.6 || v.Span().To < 1937.9 {
		t.Errorf("around autumn 1937: %+v", v.Span())
	}
	v = limits.Around(Span{1950, 1990}, 1000)
	if !near(v.Span().Years(), 50) || !near(v.Start, 1945) {
		t.Errorf("around 1950–1990: %+v", v.Span())
	}
}

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

func TestTicks(t *testing.T) {
	tests := []struct {
		name  string
		view  View
		kind  TickKind
		first float64
		step  float64
	}{
		{"the whole span", View{Start: 1860, PPY: 7.6, Width: 1280}, TickYear, 1860, 20},
		{"a century", View{Start: 1900, PPY: 12.8, Width: 1280}, TickDecade, 1900, 10},
		{"twenty years", View{Start: 1930, PPY: 64, Width: 1280}, TickYearIn, 1930, 2},
		{"a year", View{Start: 1937, PPY: 1280, Width: 1280}, TickMonth, 1937, 1.0 / 12},
	}
	for _, tt := range tests {
		ts := Ticks(tt.view, 90)
		if len(ts) < 2 || ts[0].Kind != tt.kind || !near(ts[0].Year, tt.first) || !near(ts[1].Year-ts[0].Year, tt.step) {
			t.Errorf("%s: %+v", tt.name, ts[:min(3, len(ts))])
		}
		for i := 1; i < len(ts); i++ {
			if gap := float64(tt.view.X(ts[i].Year) - tt.view.X(ts[i-1].Year)); gap < 89 {
				t.Errorf("%s: labels %v px apart", tt.name, gap)
				break
			}
		}
	}
	m := Ticks(View{Start: 1937, PPY: 1280, Width: 1280}, 90)
	if m[0].Month != 1 || !m[0].StartOfYear || m[8].Month != 9 || m[8].Y != 1937 {
		t.Errorf("month ticks %+v", m[:9])
	}
}

func TestDensityAndYearOf(t *testing.T) {
	d := Density(items(1860.1, 1860.2, 1937.5, 2026.9), Span{1860, 2027}, 167)
	if d[0] != 2 || d[77] != 1 || d[166] != 1 {
		t.Errorf("density %v %v %v", d[0], d[77], d[166])
	}
	if y := YearOf(content.Point{Year: 1937, Month: 7, Day: 1, Prec: content.PrecDay}); !near(y, 1937.5+0.5/365) {
		t.Errorf("1 July 1937 = %v", y)
	}
	if y := YearOf(content.Point{Year: 1937, Prec: content.PrecYear}); y != 1937.5 {
		t.Errorf("1937 = %v", y)
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

func TestByYear(t *testing.T) {
	ev := func(id string, p content.Point) *content.Event {
		return &content.Event{ID: id, Date: content.Date{From: p, To: p}}
	}
	// content puts "1900" (the whole year) before 1900-03-01; on the axis it
	// sits at the middle of the year, after it
	evs := []*content.Event{ev("year", content.Point{Year: 1900, Prec: content.PrecYear}), ev("march", content.Point{Year: 1900, Month: 3, Day: 1, Prec: content.PrecDay})}
	got, its := ByYear(evs)
	if got[0].ID != "march" || got[1].ID != "year" || its[0].Year > its[1].Year {
		t.Fatalf("ByYear: %s %s", got[0].ID, got[1].ID)
	}
}

func TestLimits_EndRoom(t *testing.T) {
	l := Limits{Full: Span{1860, 2027}, MinYears: 1, EndRoom: 300}
	v := l.Fit(1970) // 1670 px for 167 years, 300 px for the last card
	if !near(v.PPY, 10) {
		t.Fatalf("fit with end room: %v px/year", v.PPY)
	}
	v = l.Clamp(View{Start: 2100, PPY: 100, Width: 1000})
	if !near(v.Year(1000), 2030) { // the span's end plus 300 px
		t.Fatalf("the view ends at %v, want 2030", v.Year(1000))
	}
}
