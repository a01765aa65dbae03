// Package plane owns the flat geometry of placing things on a screen
// without overlap: rectangles, and a free spot for a label beside a point
// (the map's place names). It works in pixels as plain numbers, draws
// nothing and imports no Fyne, so its rules are tested without a window.
package plane

// Point is a position in pixels.
type Point struct{ X, Y float32 }

// Size is a width and a height in pixels.
type Size struct{ W, H float32 }

// Rect is a rectangle: its top-left corner and its size.
type Rect struct {
	Point
	Size
}

// Overlaps reports whether two rectangles share any area.
func (r Rect) Overlaps(o Rect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

// LabelSpot places a label of size s beside the point p, clear of the
// point by gap: above right, else below right, above left or below left,
// whichever first misses every rectangle taken and stays inside bounds;
// failing that, the first inside bounds; failing that, above right.
func LabelSpot(p Point, s Size, gap float32, taken []Rect, bounds Rect) Point {
	spots := []Point{
		{p.X + gap, p.Y - s.H - 1}, {p.X + gap, p.Y + 1},
		{p.X - s.W - gap, p.Y - s.H - 1}, {p.X - s.W - gap, p.Y + 1},
	}
	for _, at := range spots {
		if r := (Rect{at, s}); bounds.Contains(r) && !overlapsAny(r, taken) {
			return at
		}
	}
	for _, at := range spots {
		if bounds.Contains(Rect{at, s}) {
			return at
		}
	}
	return spots[0]
}

// Contains reports whether o lies wholly inside r.
func (r Rect) Contains(o Rect) bool {
	return o.X >= r.X && o.Y >= r.Y && o.X+o.W <= r.X+r.W && o.Y+o.H <= r.Y+r.H
}

func overlapsAny(r Rect, taken []Rect) bool {
	for _, t := range taken {
		if t.Overlaps(r) {
			return true
		}
	}
	return false
}
