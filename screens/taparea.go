package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// tapArea is a target that a finger can hit: invisible, or filled with a
// theme colour.
type tapArea struct {
	widget.BaseWidget
	onTap func()
	fill  fyne.ThemeColorName // "" for none
}

func newTapArea(onTap func()) *tapArea {
	t := &tapArea{onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped implements fyne.Tappable.
func (t *tapArea) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

// CreateRenderer implements fyne.Widget.
func (t *tapArea) CreateRenderer() fyne.WidgetRenderer {
	r := &tapRenderer{t: t, rect: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type tapRenderer struct {
	t    *tapArea
	rect *canvas.Rectangle
}

func (r *tapRenderer) Layout(s fyne.Size)           { r.rect.Resize(s) }
func (r *tapRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *tapRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect} }
func (r *tapRenderer) Destroy()                     {}
func (r *tapRenderer) Refresh() {
	r.rect.FillColor = color.Transparent
	if r.t.fill != "" {
		r.rect.FillColor = r.t.Theme().Color(r.t.fill, fyne.CurrentApp().Settings().ThemeVariant())
	}
	r.rect.Refresh()
}
