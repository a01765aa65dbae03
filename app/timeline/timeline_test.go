package timeline

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

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
