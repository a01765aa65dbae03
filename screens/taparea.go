package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// tapArea is a target that a finger can hit: invisible, or filled.
type tapArea struct {
	widget.BaseWidget
	onTap func()
	fill  color.Color
}

func newTapArea(onTap func()) *tapArea {
	t := &tapArea{onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped implements fyne.Tappable.
func (t *tapArea) Tapped(*fyne.PointEvent) { t.onTap() }

// CreateRenderer implements fyne.Widget.
func (t *tapArea) CreateRenderer() fyne.WidgetRenderer {
	fill := t.fill
	if fill == nil {
		fill = color.Transparent
	}
	return widget.NewSimpleRenderer(canvas.NewRectangle(fill))
}
