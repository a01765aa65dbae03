// Package geo owns the exhibit map's geometry: the country shapes of the
// region (Natural Earth, public domain, embedded by assets) and the
// projection from longitude and latitude to pixels. It draws nothing.
package geo

import (
	"encoding/json"
	"fmt"
	"math"
)

// Point is a longitude and latitude in degrees.
type Point struct{ Lon, Lat float64 }

// Country is one country's outline as closed rings.
type Country struct {
	ID    string // ISO 3166-1 numeric, e.g. "398" for Kazakhstan
	Name  string // English name in Natural Earth
	Rings [][]Point
}

// Map is the region the exhibit shows and the countries that touch it.
type Map struct {
	West, South, East, North float64
	Countries                []Country
}

type wire struct {
	Region    [4]float64 `json:"region"`
	Countries []struct {
		ID    string  `json:"id"`
		Name  string  `json:"name"`
		Rings [][]int `json:"rings"`
	} `json:"countries"`
}

// Parse reads the compact region file made by tools/map/convert.mjs:
// rings of longitude, latitude pairs in hundredths of a degree.
func Parse(data []byte) (*Map, error) {
	var w wire
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("map: %w", err)
	}
	m := &Map{West: w.Region[0], South: w.Region[1], East: w.Region[2], North: w.Region[3]}
	if m.East <= m.West || m.North <= m.South {
		return nil, fmt.Errorf("map: region %v is empty", w.Region)
	}
	for _, c := range w.Countries {
		ct := Country{ID: c.ID, Name: c.Name}
		for i, r := range c.Rings {
			if len(r)%2 != 0 || len(r) < 6 {
				return nil, fmt.Errorf("map: %s ring %d: %d numbers, want pairs of at least 3 points", c.Name, i, len(r))
			}
			ring := make([]Point, len(r)/2)
			for j := range ring {
				ring[j] = Point{float64(r[2*j]) / 100, float64(r[2*j+1]) / 100}
			}
			ct.Rings = append(ct.Rings, ring)
		}
		m.Countries = append(m.Countries, ct)
	}
	return m, nil
}

// Aspect is the width/height ratio of the region in the projection.
func (m *Map) Aspect() float64 {
	return (m.East - m.West) * m.k() / (m.North - m.South)
}

// k squeezes longitudes by the cosine of the middle latitude, so shapes
// look right at the region's latitudes (an equirectangular projection).
func (m *Map) k() float64 { return math.Cos((m.North + m.South) / 2 * math.Pi / 180) }

// Project returns the pixel position of p on a w×h picture of the region.
func (m *Map) Project(p Point, w, h float64) (x, y float64) {
	return (p.Lon - m.West) / (m.East - m.West) * w, (m.North - p.Lat) / (m.North - m.South) * h
}

// Contains reports whether p lies inside the region.
func (m *Map) Contains(p Point) bool {
	return p.Lon >= m.West && p.Lon <= m.East && p.Lat >= m.South && p.Lat <= m.North
}
