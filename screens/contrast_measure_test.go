package screens

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"sort"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// luminance is WCAG 2's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func ratio(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// over composites fg (possibly translucent) over an opaque bg.
func over(fg, bg color.Color) color.Color {
	f := color.NRGBAModel.Convert(fg).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(f.R, b.R), G: mix(f.G, b.G), B: mix(f.B, b.B), A: 0xff}
}

// painting is something drawn whose contrast counts: a text, or a control's
// mark (a scroll bar, a place's dot on the map). Buttons and chips are not
// measured by their edges: under WCAG 2.1's 1.4.11 a control's boundary
// needs 3:1 only where nothing else identifies it, and every button and
// chip here carries a text label, measured as text at 4.5:1 against the
// button's own fill. A chip's coloured underline names a category beside
// that label and carries nothing the label does not.
type painting struct {
	what   string
	rect   image.Rectangle
	colour color.Color
	min    float64 // WCAG AA: 4.5 for text, 3 for controls
	hide   func()  // makes it transparent, for the capture of what is behind
	show   func()
	other  color.Color // a second colour that may carry the contrast (a marker's ring)
}

// paintings walks the canvas and lists every text and control mark inside
// the window, clipped by the panes it scrolls in.
func paintings(root fyne.CanvasObject, size fyne.Size) []painting {
	var out []painting
	var walk func(o fyne.CanvasObject, at fyne.Position, clip image.Rectangle)
	walk = func(o fyne.CanvasObject, at fyne.Position, clip image.Rectangle) {
		if !o.Visible() {
			return
		}
		at = at.Add(o.Position())
		box := rectAt(at, o.Size()).Intersect(clip)
		switch v := o.(type) {
		case *canvas.Text:
			if p, ok := textPainting(v, at, clip); ok {
				out = append(out, p)
			}
		case *canvas.Circle:
			if v.StrokeWidth > 0 && !box.Empty() {
				out = append(out, circlePainting(v, box))
			}
		case *Pan:
			if !v.bar.Hidden {
				out = append(out, rectPainting("scroll bar", v.bar, rectAt(at.Add(v.bar.Position()), v.bar.Size()).Intersect(clip), 3))
			}
			walk(v.content, at, box)
			return
		case *vgrid:
			if !v.bar.Hidden {
				out = append(out, rectPainting("list scroll bar", v.bar, rectAt(at.Add(v.bar.Position()), v.bar.Size()).Intersect(clip), 3))
			}
		}
		for _, c := range children(o) {
			walk(c, at, box)
		}
	}
	walk(root, fyne.Position{}, image.Rect(0, 0, int(size.Width), int(size.Height)))
	return out
}

func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch v := o.(type) {
	case *fyne.Container:
		return v.Objects
	case fyne.Widget:
		return test.WidgetRenderer(v).Objects()
	}
	return nil
}

func rectAt(p fyne.Position, s fyne.Size) image.Rectangle {
	return image.Rect(int(p.X), int(p.Y), int(p.X+s.Width), int(p.Y+s.Height))
}

// textPainting is the box the text's glyphs take, by its alignment.
func textPainting(t *canvas.Text, at fyne.Position, clip image.Rectangle) (painting, bool) {
	if t.Text == "" || t.Color == nil {
		return painting{}, false
	}
	m := fyne.MeasureText(t.Text, t.TextSize, t.TextStyle)
	x := at.X
	switch t.Alignment {
	case fyne.TextAlignCenter:
		x += (t.Size().Width - m.Width) / 2
	case fyne.TextAlignTrailing:
		x += t.Size().Width - m.Width
	}
	// glyphs never reach the edges of their line box: leave a pixel off
	r := rectAt(fyne.NewPos(x, at.Y), m).Inset(1).Intersect(clip)
	if r.Dx() < 3 || r.Dy() < 3 {
		return painting{}, false
	}
	col := t.Color
	return painting{what: fmt.Sprintf("text %q", t.Text), rect: r, colour: col, min: 4.5,
		hide: func() { t.Color = color.Transparent }, show: func() { t.Color = col }}, true
}

func rectPainting(what string, r *canvas.Rectangle, box image.Rectangle, min float64) painting {
	col := r.FillColor
	return painting{what: what, rect: box, colour: col, min: min,
		hide: func() { r.FillColor = color.Transparent }, show: func() { r.FillColor = col }}
}

// circlePainting is a map marker: its fill or its ring must stand out from
// the map.
func circlePainting(c *canvas.Circle, box image.Rectangle) painting {
	fill, stroke := c.FillColor, c.StrokeColor
	return painting{what: "map marker", rect: box, colour: fill, other: stroke, min: 3,
		hide: func() { c.FillColor, c.StrokeColor = color.Transparent, color.Transparent },
		show: func() { c.FillColor, c.StrokeColor = fill, stroke }}
}

// worst is the contrast that 95 % of the area behind p reaches at least.
func worst(p painting, behind image.Image) float64 {
	var rs []float64
	for y := p.rect.Min.Y; y < p.rect.Max.Y; y += 2 {
		for x := p.rect.Min.X; x < p.rect.Max.X; x += 2 {
			bg := behind.At(x, y)
			r := ratio(over(p.colour, bg), bg)
			if p.other != nil {
				r = math.Max(r, ratio(over(p.other, bg), bg))
			}
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return math.Inf(1)
	}
	sort.Float64s(rs)
	return rs[len(rs)/20]
}

// checkContrast measures everything w shows against what is behind it,
// and returns what it measured.
func checkContrast(t *testing.T, where string, w fyne.Window) []painting {
	t.Helper()
	w.Canvas().Refresh(w.Content())
	ps := paintings(w.Canvas().Content(), w.Canvas().Size())
	if len(ps) < 3 { // a slide has a few; a screen many
		t.Fatalf("%s: only %d texts found", where, len(ps))
	}
	for _, p := range ps {
		p.hide()
	}
	behind := w.Canvas().Capture()
	for _, p := range ps {
		p.show()
	}
	for _, p := range ps {
		if r := worst(p, behind); r < p.min {
			t.Errorf("%s: %s at %v: %.2f:1, below %.1f:1", where, p.what, p.rect, r, p.min)
		}
	}
	return ps
}
