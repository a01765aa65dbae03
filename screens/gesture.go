package screens

import "fyne.io/fyne/v2"

// dragState follows one drag from its first event to its end, for the
// panes that scroll by dragging (Pan, vgrid, the timeline).
type dragState struct {
	active bool
	start  fyne.Position // where the finger came down, in the pane
	dx, dy float32       // how far it went
}

// Thresholds of a drag's end, in pixels.
const (
	wobble   = 10  // a drag shorter than this both ways was meant as a tap
	swipeMin = 120 // a sideways swipe must go at least this far
)

// move records a drag event.
func (d *dragState) move(e *fyne.DragEvent) {
	if !d.active {
		*d = dragState{active: true, start: e.Position.SubtractXY(e.Dragged.DX, e.Dragged.DY)}
	}
	d.dx += e.Dragged.DX
	d.dy += e.Dragged.DY
}

// end finishes the drag and returns it.
func (d *dragState) end() dragState {
	done := *d
	*d = dragState{}
	return done
}

// wobbled reports whether the drag barely moved: a tap whose finger
// wobbled (Fyne turns it into a drag, issue #4672).
func (d dragState) wobbled() bool { return abs32(d.dx) < wobble && abs32(d.dy) < wobble }

// tapAt passes a wobbled drag's tap to what is under the finger in o.
func tapAt(o fyne.CanvasObject, at fyne.Position) {
	if t, p := tappableAt(o, at); t != nil {
		t.Tapped(&fyne.PointEvent{Position: p})
	}
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}
