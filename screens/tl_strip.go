package screens

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// tlStrip is the timeline itself: era bands, lanes of event and cluster
// cards, and the axis, for the stretch of years the view shows. It builds
// only what is in view, whatever the number of events, and reuses those
// objects as the view pans and zooms (tl_render.go). A finger or the mouse
// drags it, the wheel pans it, Ctrl+wheel and a double tap zoom about the
// pointer.
type tlStrip struct {
	widget.BaseWidget
	c         *ctx
	events    []*content.Event // in their order on the axis
	items     []timeline.Item
	track     *timeline.Track
	limits    timeline.Limits
	view      timeline.View
	focus     timeline.Span // shown first when the view has no width yet
	arr       timeline.Arrangement
	lanes     int
	drag      dragState
	titles    map[int][]string       // title lines of the cards made so far, by event index
	clusters  map[string]clusterText // the texts of the cluster cards made so far, by key
	keys      map[int]string         // cluster keys by column, for the zoom keysFor
	keysFor   float64
	onView    func(timeline.View)
	onCluster func([]*content.Event)
	r         *tlRenderer
}

// zoomStep is one press of + or −.
const zoomStep = 2.0

func newTLStrip(c *ctx, d *tlData) *tlStrip {
	txt := d.texts(c.loc.Lang())
	st := &tlStrip{c: c, events: d.events, items: d.track.Items, track: d.track, titles: txt.titles, clusters: txt.clusters,
		limits: timeline.Limits{Full: d.full, MinYears: 1, EndRoom: cardWidth() + cardGap}}
	st.ExtendBaseWidget(st)
	return st
}

// setView shows v (clamped), arranging the cards again when the zoom
// changed, and tells onView.
func (st *tlStrip) setView(v timeline.View) {
	if v.Width < 1 {
		return // not laid out yet: fit gives the view its width
	}
	v = st.limits.Clamp(v)
	zoomed := v.PPY != st.view.PPY
	st.view = v
	if zoomed {
		st.arrange()
	}
	st.Refresh()
	if st.onView != nil {
		st.onView(v)
	}
}

// arrange puts the events into columns for the current zoom and lanes.
func (st *tlStrip) arrange() {
	slot := float64(cardWidth()+cardGap) / st.view.PPY
	st.arr = timeline.Arrange(st.track, st.limits.Full.From, slot, st.lanes)
}

// zoomBy zooms about x pixels from the left edge.
func (st *tlStrip) zoomBy(factor float64, x float32) {
	st.c.touch()
	st.setView(st.limits.ZoomAt(st.view, factor, x))
}

// zoomTo shows span s as closely as the limits allow.
func (st *tlStrip) zoomTo(s timeline.Span) {
	st.c.touch()
	st.setView(st.limits.Around(s, st.view.Width))
}

// panBy moves the view dx pixels towards later years.
func (st *tlStrip) panBy(dx float32) {
	st.setView(st.limits.PanBy(st.view, dx))
	st.c.touch()
}

// Dragged implements fyne.Draggable.
func (st *tlStrip) Dragged(e *fyne.DragEvent) {
	st.drag.move(e)
	st.panBy(-e.Dragged.DX)
}

// DragEnd implements fyne.Draggable: a wobbled drag taps the card.
func (st *tlStrip) DragEnd() {
	if d := st.drag.end(); d.wobbled() {
		tapAt(st, d.start)
	}
}

// Scrolled implements fyne.Scrollable: the wheel pans, Ctrl+wheel zooms.
func (st *tlStrip) Scrolled(e *fyne.ScrollEvent) {
	if st.c.s.ctrlHeld() {
		st.zoomBy(math.Pow(1.25, float64(e.Scrolled.DY)/10), e.Position.X)
		return
	}
	d := e.Scrolled.DY
	if e.Scrolled.DX != 0 {
		d = e.Scrolled.DX
	}
	st.panBy(-d)
}

// DoubleTapped implements fyne.DoubleTappable: zoom in about the point.
func (st *tlStrip) DoubleTapped(e *fyne.PointEvent) { st.zoomBy(zoomStep, e.Position.X) }

// tapObjects implements tapParent: the cards in view.
func (st *tlStrip) tapObjects() []fyne.CanvasObject {
	if st.r == nil {
		return nil
	}
	return st.r.cardObjects()
}

// CreateRenderer implements fyne.Widget.
func (st *tlStrip) CreateRenderer() fyne.WidgetRenderer {
	st.r = newTLRenderer(st)
	return st.r
}

// fit gives the view its width: the focus, or the last view, the first
// time; after a resize the same years from the same start.
func (st *tlStrip) fit(width float32, lanes int) {
	first := st.view.Width == 0
	st.view.Width, st.lanes = width, lanes
	switch {
	case first && st.view.PPY == 0:
		st.view = st.limits.Around(st.focus, width)
	case first:
		st.view = st.limits.Clamp(st.view)
	}
	if first || lanes != st.arr.Lanes || st.arr.SlotYears != float64(cardWidth()+cardGap)/st.view.PPY {
		st.view = st.limits.Clamp(st.view)
		st.arrange()
	}
	if first && st.onView != nil {
		st.onView(st.view)
	}
}

// cardWidth is a card's width at the current text size.
func cardWidth() float32 { return 290 * textScale() }

// openCluster zooms in on a cluster's years; when the view is already as
// close as it goes, onCluster lists its events instead.
func (st *tlStrip) openCluster(years timeline.Span, slot timeline.Slot) {
	if v := st.limits.Around(years, st.view.Width); v.PPY > st.view.PPY*1.01 || st.onCluster == nil {
		st.zoomTo(years)
		return
	}
	st.c.touch()
	ids := st.arr.Members(slot)
	evs := make([]*content.Event, len(ids))
	for i, id := range ids {
		evs[i] = st.events[id]
	}
	st.onCluster(evs)
}
