package timeline

import (
	"math"
	"testing"
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
