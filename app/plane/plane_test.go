package plane

import "testing"

func TestRect_Overlaps(t *testing.T) {
	a := Rect{Point{0, 0}, Size{10, 10}}
	tests := []struct {
		b    Rect
		want bool
	}{
		{Rect{Point{5, 5}, Size{10, 10}}, true},
		{Rect{Point{10, 0}, Size{5, 5}}, false}, // touching edges do not overlap
		{Rect{Point{0, 10}, Size{5, 5}}, false},
		{Rect{Point{-5, -5}, Size{6, 6}}, true},
		{Rect{Point{2, 2}, Size{1, 1}}, true}, // inside
		{Rect{Point{20, 20}, Size{1, 1}}, false},
	}
	for _, tt := range tests {
		if got := a.Overlaps(tt.b); got != tt.want || tt.b.Overlaps(a) != tt.want {
			t.Errorf("%v overlaps %v = %v, want %v (both ways)", a, tt.b, got, tt.want)
		}
	}
}

func TestLabelSpot(t *testing.T) {
	p, s := Point{100, 100}, Size{40, 20}
	aboveRight := Point{109, 79}
	belowRight := Point{109, 101}
	aboveLeft := Point{51, 79}
	belowLeft := Point{51, 101}
	tests := []struct {
		name  string
		taken []Rect
		want  Point
	}{
		{"free", nil, aboveRight},
		{"above right taken", []Rect{{aboveRight, s}}, belowRight},
		{"right side taken", []Rect{{Point{105, 60}, Size{60, 80}}}, aboveLeft},
		{"all but below left", []Rect{{Point{105, 60}, Size{60, 80}}, {aboveLeft, s}}, belowLeft},
		{"nowhere: above right", []Rect{{Point{0, 0}, Size{300, 300}}}, aboveRight},
	}
	for _, tt := range tests {
		if got := LabelSpot(p, s, 9, tt.taken, Rect{Size: Size{1000, 1000}}); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLabelSpot_StaysInside(t *testing.T) {
	bounds := Rect{Size: Size{120, 200}}
	// near the right edge: the label goes left rather than off the map
	if got := LabelSpot(Point{100, 100}, Size{40, 20}, 9, nil, bounds); got != (Point{51, 79}) {
		t.Errorf("near the edge: %v, want above left", got)
	}
	// near the top right corner: below left
	if got := LabelSpot(Point{100, 10}, Size{40, 20}, 9, nil, bounds); got != (Point{51, 11}) {
		t.Errorf("in the corner: %v, want below left", got)
	}
}
