package screens

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strconv"

	"golang.org/x/image/vector"

	"github.com/koryo-exhibit/koryo/app/geo"
)

// Map colours: sea, land, and the two countries of the story.
var (
	colSea    = color.NRGBA{R: 0xd8, G: 0xe6, B: 0xec, A: 0xff}
	colLand   = color.NRGBA{R: 0xee, G: 0xe6, B: 0xd6, A: 0xff}
	colKaz    = color.NRGBA{R: 0xf3, G: 0xd9, B: 0x8b, A: 0xff}
	colKorea  = color.NRGBA{R: 0xb9, G: 0xcd, B: 0xe9, A: 0xff}
	colBorder = color.NRGBA{R: 0x9a, G: 0x8c, B: 0x78, A: 0xff}
)

// highlight colours the countries the exhibit is about.
var highlight = map[string]color.NRGBA{"398": colKaz, "410": colKorea, "408": colKorea}

// mapArt draws the region's countries, filled, with their borders, on a
// w×h picture.
func mapArt(m *geo.Map, w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(colSea), image.Point{}, draw.Src)
	for _, c := range m.Countries {
		fill := colLand
		if hc, ok := highlight[c.ID]; ok {
			fill = hc
		}
		fillRings(img, m, c.Rings, fill)
	}
	for _, c := range m.Countries {
		for _, ring := range c.Rings {
			strokeRing(img, m, ring, colBorder)
		}
	}
	return img
}

// fillRings fills a country's rings on img. The rasterizer covers only the
// rings' bounding box: one the size of the picture for each of the region's
// countries (most of them small) cost the first opening of the Map half a
// second on the UI thread.
func fillRings(img *image.RGBA, m *geo.Map, rings [][]geo.Point, fill color.NRGBA) {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, ring := range rings {
		for _, p := range ring {
			x, y := m.Project(p, w, h)
			minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
		}
	}
	if minX > maxX {
		return
	}
	// Whole pixels around the rings, within the picture: a shape that
	// leaves the picture is cut at its edge, as before.
	box := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)),
		int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1).Intersect(img.Bounds())
	if box.Empty() {
		return
	}
	r := vector.NewRasterizer(box.Dx(), box.Dy())
	ox, oy := float64(box.Min.X), float64(box.Min.Y)
	for _, ring := range rings {
		for i, p := range ring {
			x, y := m.Project(p, w, h)
			if i == 0 {
				r.MoveTo(float32(x-ox), float32(y-oy))
			} else {
				r.LineTo(float32(x-ox), float32(y-oy))
			}
		}
		r.ClosePath()
	}
	r.Draw(img, box, image.NewUniform(fill), image.Point{})
}

// strokeRing draws a ring's outline one pixel wide.
func strokeRing(img *image.RGBA, m *geo.Map, ring []geo.Point, c color.NRGBA) {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	for i := range ring {
		x0, y0 := m.Project(ring[i], w, h)
		x1, y1 := m.Project(ring[(i+1)%len(ring)], w, h)
		n := int(max(abs(x1-x0), abs(y1-y0))) + 1
		for s := 0; s <= n; s++ {
			t := float64(s) / float64(n)
			img.Set(int(x0+(x1-x0)*t), int(y0+(y1-y0)*t), c)
		}
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func mapKey(w, h int) string { return "map/" + strconv.Itoa(w) + "x" + strconv.Itoa(h) }
