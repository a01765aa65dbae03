package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// timelineView is the timeline screen: category chips, the strip, the
// overview under it, and the buttons to move and zoom. Its view (where and
// how close) outlives building it again, in the shell's state.
type timelineView struct {
	*ctx
	era      string // when set, the strip opens at this era
	strip    *tlStrip
	overview *tlOverview
	root     *fyne.Container
	in, out  *button
}

func newTimelineView(c *ctx, era string) *timelineView { return &timelineView{ctx: c, era: era} }

func (v *timelineView) buildUI() fyne.CanvasObject {
	data := v.timelineData()
	st := newTLStrip(v.ctx, data)
	st.focus = v.focusSpan()
	if v.state.tlPPY > 0 && v.era == v.state.tlEra { // the same timeline again: where it was
		st.view = timeline.View{Start: v.state.tlStart, PPY: v.state.tlPPY}
	}
	v.state.tlEra = v.era
	v.strip = st
	ov := newTLOverview(st, data.density)
	v.overview = ov
	st.onView = func(tv timeline.View) {
		v.state.tlStart, v.state.tlPPY = tv.Start, tv.PPY
		ov.Refresh()
		v.zoomButtons(tv)
	}
	st.onCluster = v.showCluster
	chips := v.watch(NewHPan(v.categoryChips()))
	bottom := container.NewVBox(container.New(layout.NewCustomPaddedLayout(0, 0, 8, 8), ov), v.controls(len(data.events)))
	v.root = container.NewStack(container.NewBorder(container.NewPadded(chips), bottom, nil, nil, st))
	return v.root
}

// focusSpan is what the strip shows first: the era asked for, else all.
func (v *timelineView) focusSpan() timeline.Span {
	if e := v.content.Era(v.era); e != nil {
		to := float64(e.To + 1)
		if e.To == 0 {
			to = float64(v.now().Year() + 1)
		}
		return timeline.Span{From: float64(e.From), To: to}
	}
	return v.fullSpan()
}

// controls are Earlier, zoom out, the count, zoom in, all years, Later.
func (v *timelineView) controls(n int) fyne.CanvasObject {
	earlier := newButtonIcon(v.loc.T(msgTimelineEarly), theme.NavigateBackIcon(), func() { v.scroll(-0.8) })
	later := newButtonIcon(v.loc.T(msgTimelineLater), theme.NavigateNextIcon(), func() { v.scroll(0.8) })
	later.IconPlacement = widget.ButtonIconTrailingText
	v.out = newButtonIcon(v.loc.T(msgZoomOut), theme.ZoomOutIcon(), func() { v.zoom(1 / zoomStep) })
	v.in = newButtonIcon(v.loc.T(msgZoomIn), theme.ZoomInIcon(), func() { v.zoom(zoomStep) })
	all := newButtonIcon(v.loc.T(msgZoomAll), theme.ZoomFitIcon(), func() { v.strip.zoomTo(v.strip.limits.Full) })
	count := widget.NewLabel(v.loc.N(msgTimelineShown, n))
	return container.NewPadded(container.NewHBox(earlier, layout.NewSpacer(), v.out, count, v.in, all, layout.NewSpacer(), later))
}

// zoomButtons greys out the zoom that has reached its limit.
func (v *timelineView) zoomButtons(tv timeline.View) {
	z := v.strip.limits.Zoom(tv)
	for _, b := range []struct {
		b   *button
		off bool
	}{{v.in, z > 0.999}, {v.out, z < 0.001}} {
		if b.off != b.b.Disabled() {
			if b.off {
				b.b.Disable()
			} else {
				b.b.Enable()
			}
		}
	}
}

func (v *timelineView) categoryChips() fyne.CanvasObject {
	var cs []filterChoice
	for _, c := range v.content.Categories {
		cs = append(cs, filterChoice{c.ID, v.loc.Text(c.Name), parseHex(c.Colour)})
	}
	return filterRow(v.loc.T(msgFilterAll), cs, v.state.category, v.filter)
}

// filter shows one category (or all), keeping the view where it is.
func (v *timelineView) filter(id string) {
	v.touch()
	v.state.category = id
	v.rebuild()
}

// scroll moves the timeline by a fraction of its width.
func (v *timelineView) scroll(pages float32) { v.strip.panBy(pages * v.strip.view.Width) }

// zoom zooms about the middle of the strip.
func (v *timelineView) zoom(factor float64) { v.strip.zoomBy(factor, v.strip.view.Width/2) }

// typedKey moves the timeline with the arrows and the page keys, and
// zooms it with + and −.
func (v *timelineView) typedKey(e *fyne.KeyEvent) bool {
	step := map[fyne.KeyName]float32{fyne.KeyLeft: -0.25, fyne.KeyRight: 0.25, fyne.KeyPageUp: -0.9, fyne.KeyPageDown: 0.9}
	switch {
	case step[e.Name] != 0:
		v.scroll(step[e.Name])
	case e.Name == fyne.KeyPlus || e.Name == fyne.KeyEqual:
		v.zoom(zoomStep)
	case e.Name == fyne.KeyMinus:
		v.zoom(1 / zoomStep)
	default:
		return false
	}
	return true
}

// showCluster lists a cluster's events over the strip, when zooming in
// cannot part them.
func (v *timelineView) showCluster(evs []*content.Event) {
	var panel fyne.CanvasObject
	done := newButtonIcon(v.loc.T(msgClose), theme.CancelIcon(), func() {
		v.root.Remove(panel)
		v.touch()
	})
	list := v.eventList(evs)
	head := container.NewBorder(nil, nil, nil, done, subheading(v.loc.N(msgTimelineShown, len(evs))))
	bg, _ := themedRect(theme.ColorNameBackground, 0)
	panel = container.NewStack(bg, container.NewPadded(container.NewBorder(head, nil, nil, nil, list)))
	v.root.Add(panel)
}
