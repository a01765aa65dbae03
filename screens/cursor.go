package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// cursorHider lies under the whole kiosk and hides the mouse pointer: Fyne
// asks every object under the pointer for its cursor and the standard
// widgets do not answer, so this one's answer stands.
type cursorHider struct{ widget.BaseWidget }

func newCursorHider() *cursorHider {
	h := &cursorHider{}
	h.ExtendBaseWidget(h)
	return h
}

// Cursor implements desktop.Cursorable.
func (*cursorHider) Cursor() desktop.Cursor { return desktop.HiddenCursor }

// CreateRenderer implements fyne.Widget.
func (*cursorHider) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
