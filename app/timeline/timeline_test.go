package timeline

import (
	"reflect"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
)

// g is a geometry in round numbers: 100-px cards, 2 lanes.
var g = Geometry{CardW: 100, CardGap: 0, Lanes: 2, MinEraW: 200, PadX: 10}

func event(id, era string, year int) *content.Event {
	return &content.Event{ID: id, Era: era, Date: content.Date{From: content.Point{Year: year, Prec: content.PrecYear}}}
}

func TestNewScale(t *testing.T) {
	eras := []*content.Era{{ID: "a", From: 1900, To: 1909}, {ID: "b", From: 1910}}
	var evs []*content.Event
	for i := 0; i < 8; i++ {
		evs = append(evs, event(string(rune('p'+i)), "b", 1910+i))
	}
	now := time.Date(2029, 6, 1, 0, 0, 0, 0, time.UTC)
	sc := NewScale(eras, evs, now, g)
	tests := []struct {
		name      string
		got, want float32
	}{
		{"an era without events is the narrowest", sc.Eras[0].W, 200},
		{"it starts after the padding", sc.Eras[0].X, 10},
		{"a full era grows with its events: 8×100/2×1.25+100", sc.Eras[1].W, 600},
		{"the next era starts where the first ends", sc.Eras[1].X, 210},
		{"the strip holds the last card and the padding", sc.Width, 210 + 600 + 100 + 10},
		{"the era's start year", sc.Eras[1].At(1910), 210},
		{"the era's end", sc.Eras[1].At(2030), 810},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if sc.Eras[1].To != 2030 {
		t.Errorf("an open era ends after now's year: %v", sc.Eras[1].To)
	}
	// events in order, each between its neighbours' dates
	for i := 1; i < len(evs); i++ {
		if sc.EventX[evs[i].ID] <= sc.EventX[evs[i-1].ID] {
			t.Errorf("event %d at %v is not right of event %d at %v", i, sc.EventX[evs[i].ID], i-1, sc.EventX[evs[i-1].ID])
		}
	}
}

func TestPlaceCards(t *testing.T) {
	tests := []struct {
		name  string
		xs    []float32
		lanes []int
		left  []float32
	}{
		{"far apart: all in the first lane", []float32{0, 150, 300}, []int{0, 0, 0}, []float32{0, 150, 300}},
		{"close: the second lane", []float32{0, 50}, []int{0, 1}, []float32{0, 50}},
		{"crowded: the lane that frees soonest, slid right", []float32{0, 10, 20}, []int{0, 1, 0}, []float32{0, 10, 100}},
		{"the first lane again once free", []float32{0, 10, 100}, []int{0, 1, 0}, []float32{0, 10, 100}},
	}
	for _, tt := range tests {
		lane, left := PlaceCards(tt.xs, g)
		if !reflect.DeepEqual(lane, tt.lanes) || !reflect.DeepEqual(left, tt.left) {
			t.Errorf("%s: lanes %v left %v, want %v %v", tt.name, lane, left, tt.lanes, tt.left)
		}
	}
}

func TestPlaceCards_NeverOverlap(t *testing.T) {
	xs := make([]float32, 200)
	for i := range xs {
		xs[i] = float32(i * 7) // far more crowded than the cards are wide
	}
	lane, left := PlaceCards(xs, g)
	lastEnd := map[int]float32{}
	for i := range xs {
		if end, ok := lastEnd[lane[i]]; ok && left[i] < end {
			t.Fatalf("card %d at %v overlaps the card before it in lane %d (ends %v)", i, left[i], lane[i], end)
		}
		if left[i] < xs[i] {
			t.Fatalf("card %d starts before its date", i)
		}
		lastEnd[lane[i]] = left[i] + g.CardW
	}
}

func TestYearOfAndTicks(t *testing.T) {
	if y := YearOf(content.Point{Year: 1937, Month: 7, Day: 1, Prec: content.PrecDay}); y != 1937.5 {
		t.Errorf("1 July 1937 = %v, want 1937.5", y)
	}
	p := Piece{From: 1937, To: 1992}
	if got := p.Ticks(); !reflect.DeepEqual(got, []int{1937, 1940, 1950, 1960, 1970, 1980, 1990}) {
		t.Errorf("ticks %v", got)
	}
}
