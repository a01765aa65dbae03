package screens

import (
	"fyne.io/fyne/v2"
)

// tapParent is a widget of the screens' own whose children can be tapped:
// a pane's content, a virtual grid's cells, the timeline's cards.
type tapParent interface {
	tapObjects() []fyne.CanvasObject
}

// tappableAt finds the topmost visible Tappable under pos (relative to o)
// and the position inside it, or nil. It looks into containers and the
// screens' own panes; other widgets are leaves (their insides are not
// public), which suits the screens: every tappable thing is a button, a
// card's button or a tap area.
func tappableAt(o fyne.CanvasObject, pos fyne.Position) (fyne.Tappable, fyne.Position) {
	if !o.Visible() || pos.X < 0 || pos.Y < 0 || pos.X >= o.Size().Width || pos.Y >= o.Size().Height {
		return nil, pos
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case tapParent:
		kids = v.tapObjects()
	}
	for i := len(kids) - 1; i >= 0; i-- {
		c := kids[i]
		if t, at := tappableAt(c, pos.Subtract(c.Position())); t != nil {
			return t, at
		}
	}
	if t, ok := o.(fyne.Tappable); ok {
		if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
			return nil, pos
		}
		return t, pos
	}
	return nil, pos
}
