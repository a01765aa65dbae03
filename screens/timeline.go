package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// timelineView is the timeline: category chips, the strip in a pane that
// drags sideways, and the Earlier/Later buttons. It keeps its pane so keys
// and buttons can move it.
type timelineView struct {
	*ctx
	era string // when set, the strip opens at this era
	pan *Pan
}

func newTimelineView(c *ctx, era string) *timelineView { return &timelineView{ctx: c, era: era} }

func (v *timelineView) buildUI() fyne.CanvasObject {
	events := v.filteredEvents()
	st := v.newStrip(events)
	v.pan = v.watch(NewHPan(container.New(st, st.objects()...)))
	v.pan.offset = v.state.timelineX
	if p, ok := st.piece(v.era); ok && v.state.timelineX == 0 {
		v.pan.offset = p.X - stripPadX
	}
	v.pan.OnScrolled = func(off float32) { v.state.timelineX = off; v.touch() }
	earlier := newButtonIcon(v.loc.T(msgTimelineEarly), theme.NavigateBackIcon(), func() { v.scroll(-0.8) })
	later := newButtonIcon(v.loc.T(msgTimelineLater), theme.NavigateNextIcon(), func() { v.scroll(0.8) })
	later.IconPlacement = widget.ButtonIconTrailingText
	count := widget.NewLabel(v.loc.N(msgTimelineShown, len(events)))
	controls := container.NewHBox(earlier, layout.NewSpacer(), count, layout.NewSpacer(), later)
	chips := v.watch(NewHPan(v.categoryChips()))
	return container.NewBorder(container.NewPadded(chips), container.NewPadded(controls), nil, nil, v.pan)
}

func (v *timelineView) categoryChips() fyne.CanvasObject {
	var cs []filterChoice
	for _, c := range v.content.Categories {
		cs = append(cs, filterChoice{c.ID, v.loc.Text(c.Name), parseHex(c.Colour)})
	}
	return filterRow(v.loc.T(msgFilterAll), cs, v.state.category, v.filter)
}

func (v *timelineView) filter(id string) {
	v.touch()
	v.state.category = id
	v.state.timelineX = 0
	v.rebuild()
}

// scroll moves the timeline by a fraction of its visible width.
func (v *timelineView) scroll(pages float32) { v.pan.ScrollBy(pages * v.pan.Page()) }

// typedKey moves the timeline with the arrows and the page keys.
func (v *timelineView) typedKey(e *fyne.KeyEvent) bool {
	step := map[fyne.KeyName]float32{fyne.KeyLeft: -0.25, fyne.KeyRight: 0.25, fyne.KeyPageUp: -0.9, fyne.KeyPageDown: 0.9}
	if d, ok := step[e.Name]; ok {
		v.scroll(d)
		return true
	}
	return false
}
