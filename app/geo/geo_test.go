package geo

import (
	"math"
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/assets"
)

func TestParse_Bundled(t *testing.T) {
	m, err := Parse(assets.MapJSON)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"398": false, "410": false, "408": false, "643": false, "860": false}
	for _, c := range m.Countries {
		if _, ok := want[c.ID]; ok {
			want[c.ID] = true
		}
	}
	for id, found := range want {
		if !found {
			t.Errorf("country %s missing from the map", id)
		}
	}
	if a := m.Aspect(); a < 2 || a > 4 {
		t.Errorf("aspect %v: the region should be wide", a)
	}
}

func TestProject(t *testing.T) {
	m := &Map{West: 30, South: 28, East: 150, North: 62}
	x, y := m.Project(Point{30, 62}, 1200, 400)
	if x != 0 || y != 0 {
		t.Fatalf("north-west corner at %v,%v", x, y)
	}
	x, y = m.Project(Point{90, 45}, 1200, 400)
	if math.Abs(x-600) > 1e-9 || math.Abs(y-200) > 1e-9 {
		t.Fatalf("centre at %v,%v", x, y)
	}
	if !m.Contains(Point{76.9, 43.2}) || m.Contains(Point{-73.5, 45.5}) {
		t.Fatal("Contains wrong: Almaty is in, Montreal is out")
	}
}

func TestParse_Bad(t *testing.T) {
	for _, in := range []string{`{`, `{"region":[0,0,0,0]}`, `{"region":[0,0,10,10],"countries":[{"name":"X","rings":[[1,2,3]]}]}`} {
		if _, err := Parse([]byte(in)); err == nil || !strings.HasPrefix(err.Error(), "map: ") {
			t.Errorf("Parse(%s) = %v, want a map: error", in, err)
		}
	}
}
