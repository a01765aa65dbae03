package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// painted is a canvas object whose colours come from the theme by name
// each time it is painted: paint sets them from the theme in force (a
// ThemeOverride included), so switching contrast repaints it right.
type painted struct {
	widget.BaseWidget
	obj   fyne.CanvasObject
	paint func(th fyne.Theme)
}

func newPainted(obj fyne.CanvasObject, paint func(th fyne.Theme)) *painted {
	p := &painted{obj: obj, paint: paint}
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer implements fyne.Widget.
func (p *painted) CreateRenderer() fyne.WidgetRenderer {
	r := &paintedRenderer{p: p}
	r.Refresh()
	return r
}

type paintedRenderer struct{ p *painted }

func (r *paintedRenderer) Layout(s fyne.Size)           { r.p.obj.Resize(s) }
func (r *paintedRenderer) MinSize() fyne.Size           { return r.p.obj.MinSize() }
func (r *paintedRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.p.obj} }
func (r *paintedRenderer) Destroy()                     {}
func (r *paintedRenderer) Refresh() {
	r.p.paint(r.p.Theme())
	r.p.obj.Refresh()
}

// themedText is canvas text in a theme colour.
func themedText(s string, size float32, style fyne.TextStyle, name fyne.ThemeColorName) (*painted, *canvas.Text) {
	t := canvas.NewText(s, nil)
	t.TextSize, t.TextStyle = size, style
	return newPainted(t, func(th fyne.Theme) { t.Color = th.Color(name, theme.VariantLight) }), t
}

// themedRect is a rectangle in a theme colour; alpha 0 keeps the colour's
// own, anything else replaces it (a veil over art).
func themedRect(name fyne.ThemeColorName, alpha uint8) (*painted, *canvas.Rectangle) {
	r := canvas.NewRectangle(nil)
	return newPainted(r, func(th fyne.Theme) { r.FillColor = withAlpha(th.Color(name, theme.VariantLight), alpha) }), r
}

func withAlpha(c color.Color, a uint8) color.Color {
	if a == 0 {
		return c
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
