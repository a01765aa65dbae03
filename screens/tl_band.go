package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// tlBand is an era along the top of the strip: its art over the years it
// covers in view, its name on a veil at the left of what shows.
type tlBand struct {
	span timeline.Span
	art  *canvas.Image
	veil *canvas.Rectangle
	name *canvas.Text
}

func newTLBand(c *ctx, e *content.Era, i int) *tlBand {
	to := float64(e.To + 1)
	if e.To == 0 {
		to = float64(c.now().Year() + 1)
	}
	b := &tlBand{span: timeline.Span{From: float64(e.From), To: to}, art: c.eraImage(e, 480, bandH),
		veil: canvas.NewRectangle(nil), name: canvas.NewText(c.loc.Text(e.Name), nil)}
	b.art.FillMode = canvas.ImageFillStretch
	b.veil.CornerRadius = 4
	b.name.TextStyle.Bold = true
	return b
}

func (b *tlBand) objects() []fyne.CanvasObject { return []fyne.CanvasObject{b.art, b.veil, b.name} }

// layout shows the band's part of the view, hiding it when out of view.
func (b *tlBand) layout(v timeline.View, width float32) {
	x0, x1 := max(v.X(b.span.From), 0), min(v.X(b.span.To), width)
	hidden := x1-x0 < 2
	b.art.Hidden, b.veil.Hidden, b.name.Hidden = hidden, hidden, hidden
	if hidden {
		return
	}
	b.art.Move(fyne.NewPos(x0, 0))
	b.art.Resize(fyne.NewSize(x1-x0-2, bandH))
	th := fyne.CurrentApp().Settings().Theme()
	b.veil.FillColor = th.Color(colorNameVeil, theme.VariantLight)
	b.name.Color = th.Color(theme.ColorNameForeground, theme.VariantLight)
	room := x1 - x0 - 24
	b.name.TextSize = 18 * textScale()
	for b.name.TextSize > 12 && b.name.MinSize().Width > room {
		b.name.TextSize--
	}
	ts := b.name.MinSize()
	b.name.Hidden, b.veil.Hidden = ts.Width > room, ts.Width > room
	w := ts.Width
	b.veil.Move(fyne.NewPos(x0+6, (bandH-ts.Height)/2-2))
	b.veil.Resize(fyne.NewSize(w+12, ts.Height+4))
	b.name.Move(fyne.NewPos(x0+12, (bandH-ts.Height)/2))
	b.name.Resize(fyne.NewSize(w, ts.Height))
	canvas.Refresh(b.veil)
	canvas.Refresh(b.name)
}
