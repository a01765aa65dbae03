package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Pan shows content larger than itself and scrolls it along one axis by
// dragging (finger or mouse), by the wheel or touchpad, and by ScrollBy.
// Fyne's desktop driver does not scroll containers by dragging, so a touch
// kiosk needs this. Children keep their taps: a drag that starts on a button
// still pans, because buttons are not Draggable.
type Pan struct {
	widget.BaseWidget
	content    fyne.CanvasObject
	horizontal bool
	offset     float32
	bar        *canvas.Rectangle
	drag       dragState
	// OnScrolled, when set, hears the new offset after every move.
	OnScrolled func(offset float32)
	// OnSwipe, when set, hears a quick sideways swipe on a vertical pane:
	// +1 for right to left (next), -1 for left to right (previous).
	OnSwipe func(dir int)
}

// NewHPan returns a pane that scrolls content horizontally.
func NewHPan(content fyne.CanvasObject) *Pan { return newPan(content, true) }

// NewVPan returns a pane that scrolls content vertically.
func NewVPan(content fyne.CanvasObject) *Pan { return newPan(content, false) }

func newPan(content fyne.CanvasObject, horizontal bool) *Pan {
	p := &Pan{content: content, horizontal: horizontal, bar: canvas.NewRectangle(nil)}
	p.bar.CornerRadius = 3
	p.ExtendBaseWidget(p)
	return p
}

// Offset returns how far the content is scrolled, in pixels.
func (p *Pan) Offset() float32 { return p.offset }

// SetOffset scrolls to an absolute offset, clamped to the content.
func (p *Pan) SetOffset(off float32) {
	p.offset = p.clamp(off)
	p.place()
	if p.OnScrolled != nil {
		p.OnScrolled(p.offset)
	}
}

// ScrollBy scrolls by delta pixels (positive: towards the end).
func (p *Pan) ScrollBy(delta float32) { p.SetOffset(p.offset + delta) }

// Page returns the visible length along the pane's axis.
func (p *Pan) Page() float32 {
	if p.horizontal {
		return p.Size().Width
	}
	return p.Size().Height
}

// Dragged pans the content with the pointer.
func (p *Pan) Dragged(e *fyne.DragEvent) {
	p.drag.move(e)
	if p.horizontal {
		p.ScrollBy(-e.Dragged.DX)
		return
	}
	p.ScrollBy(-e.Dragged.DY)
}

// DragEnd ends a pan. A drag that barely moved was a tap whose finger
// wobbled (Fyne turns it into a drag, issue #4672): the tap goes to what is
// under the finger. A long sideways drag on a vertical pane is a swipe.
func (p *Pan) DragEnd() {
	d := p.drag.end()
	switch {
	case d.wobbled():
		tapAt(p.content, d.start.Subtract(p.content.Position()))
	case !p.horizontal && p.OnSwipe != nil && abs32(d.dx) >= swipeMin && abs32(d.dx) > 2*abs32(d.dy):
		if d.dx < 0 {
			p.OnSwipe(1)
		} else {
			p.OnSwipe(-1)
		}
	}
}

// Scrolled pans with the wheel or touchpad; a vertical wheel moves a
// horizontal pane too.
func (p *Pan) Scrolled(e *fyne.ScrollEvent) {
	d := e.Scrolled.DY
	if p.horizontal && e.Scrolled.DX != 0 {
		d = e.Scrolled.DX
	}
	p.ScrollBy(-d)
}

func (p *Pan) length() float32 {
	min := p.content.MinSize()
	if p.horizontal {
		return fyne.Max(min.Width, p.Size().Width)
	}
	return fyne.Max(min.Height, p.Size().Height)
}

func (p *Pan) clamp(off float32) float32 {
	max := p.length() - p.Page()
	if off > max {
		off = max
	}
	if off < 0 {
		off = 0
	}
	return off
}

// place sizes and positions the content and the position bar.
func (p *Pan) place() {
	size, l := p.Size(), p.length()
	p.offset = p.clamp(p.offset)
	const thick = 6
	if p.horizontal {
		p.content.Resize(fyne.NewSize(l, size.Height))
		p.content.Move(fyne.NewPos(-p.offset, 0))
		p.bar.Resize(fyne.NewSize(size.Width*size.Width/l, thick))
		p.bar.Move(fyne.NewPos(size.Width*p.offset/l, size.Height-thick-2))
	} else {
		p.content.Resize(fyne.NewSize(size.Width, l))
		p.content.Move(fyne.NewPos(0, -p.offset))
		p.bar.Resize(fyne.NewSize(thick, size.Height*size.Height/l))
		p.bar.Move(fyne.NewPos(size.Width-thick-2, size.Height*p.offset/l))
	}
	p.bar.Hidden = l <= p.Page()+1
	canvas.Refresh(p.bar)
}

// CreateRenderer implements fyne.Widget.
func (p *Pan) CreateRenderer() fyne.WidgetRenderer {
	p.bar.FillColor = p.Theme().Color(theme.ColorNameScrollBar, theme.VariantLight)
	return &panRenderer{p: p}
}

type panRenderer struct{ p *Pan }

func (r *panRenderer) Layout(fyne.Size) { r.p.place() }

func (r *panRenderer) MinSize() fyne.Size {
	min := r.p.content.MinSize()
	if r.p.horizontal {
		return fyne.NewSize(120, min.Height)
	}
	return fyne.NewSize(min.Width, 120)
}

func (r *panRenderer) Refresh() {
	r.p.bar.FillColor = r.p.Theme().Color(theme.ColorNameScrollBar, theme.VariantLight)
	r.p.place()
	r.p.content.Refresh()
}

func (r *panRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.p.content, r.p.bar}
}

func (r *panRenderer) Destroy() {}

func (p *Pan) tapObjects() []fyne.CanvasObject { return []fyne.CanvasObject{p.content} }
