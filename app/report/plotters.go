package report

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// bars draws one bar per category (0, 1, …), as wide as a share of the
// space between categories whatever the size drawn at, stacked on base
// when it is set. Horizontal bars grow along X, categories up Y.
type bars struct {
	vals, base []float64
	colors     []color.Color // per bar; one colour for all when it has one
	horizontal bool
}

func (b *bars) color(i int) color.Color {
	if len(b.colors) == 1 {
		return b.colors[0]
	}
	return b.colors[i]
}

func (b *bars) bottom(i int) float64 {
	if b.base == nil {
		return 0
	}
	return b.base[i]
}

// Plot implements plot.Plotter.
func (b *bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	trCat, trVal := trX, trY
	if b.horizontal {
		trCat, trVal = trY, trX
	}
	w := (trCat(1) - trCat(0)) * 0.72
	for i, v := range b.vals {
		if v == 0 {
			continue
		}
		mid, lo, hi := trCat(float64(i)), trVal(b.bottom(i)), trVal(b.bottom(i)+v)
		r := vg.Rectangle{Min: vg.Point{X: mid - w/2, Y: lo}, Max: vg.Point{X: mid + w/2, Y: hi}}
		if b.horizontal {
			r = vg.Rectangle{Min: vg.Point{X: lo, Y: mid - w/2}, Max: vg.Point{X: hi, Y: mid + w/2}}
		}
		c.FillPolygon(b.color(i), c.ClipPolygonXY(corners(r)))
	}
}

// DataRange implements plot.DataRanger.
func (b *bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	cmin, cmax, top := -0.5, float64(len(b.vals))-0.5, 0.0
	for i, v := range b.vals {
		top = max(top, b.bottom(i)+v)
	}
	if b.horizontal {
		return 0, top, cmin, cmax
	}
	return cmin, cmax, 0, top
}

// cells draws a grid of shaded squares: rows of columns, the value's
// share of the largest one as the depth of blue.
type cells struct {
	vals [][]float64 // [row][column]; row 0 at the top
}

// Plot implements plot.Plotter.
func (g *cells) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	top := 0.0
	for _, row := range g.vals {
		for _, v := range row {
			top = max(top, v)
		}
	}
	n := len(g.vals)
	for r, row := range g.vals {
		y := float64(n - 1 - r)
		for col, v := range row {
			x := float64(col)
			rect := vg.Rectangle{Min: vg.Point{X: trX(x-0.46) + 0.5, Y: trY(y-0.46) + 0.5},
				Max: vg.Point{X: trX(x+0.46) - 0.5, Y: trY(y+0.46) - 0.5}}
			c.FillPolygon(shade(v, top), corners(rect))
		}
	}
}

// DataRange implements plot.DataRanger.
func (g *cells) DataRange() (xmin, xmax, ymin, ymax float64) {
	cols := 0
	if len(g.vals) > 0 {
		cols = len(g.vals[0])
	}
	return -0.5, float64(cols) - 0.5, -0.5, float64(len(g.vals)) - 0.5
}

// shade goes from pale (none) to blue (the most).
func shade(v, top float64) color.Color {
	if top == 0 || v == 0 {
		return color.RGBA{0xf4, 0xf6, 0xf9, 0xff}
	}
	t := 0.15 + 0.85*v/top
	mix := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*t) }
	return color.RGBA{mix(0xe2, 0x1a), mix(0xe8, 0x4e), mix(0xf0, 0x8a), 0xff}
}

func corners(r vg.Rectangle) []vg.Point {
	return []vg.Point{r.Min, {X: r.Min.X, Y: r.Max.Y}, r.Max, {X: r.Max.X, Y: r.Min.Y}}
}
