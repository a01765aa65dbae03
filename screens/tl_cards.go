package screens

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// layoutCards places a card, its link and its mark for every card and
// cluster of the columns in view; it reports whether the pool grew.
func (r *tlRenderer) layoutCards(size fyne.Size, area float32) bool {
	st := r.st
	laneH := area / float32(st.arr.Lanes)
	cardH := fyne.Min(laneH-10, 200)
	axisY := size.Height - axisRoom
	grew := false
	r.used = 0
	for _, slot := range st.arr.Visible(st.view) {
		left := st.view.X(st.arr.Left(slot)) + cardGap/2
		lane := 0
		for _, i := range slot.Cards {
			grew = r.next() || grew
			r.placeEvent(r.marks[r.used-1], i, left, bandH+8+float32(lane)*laneH, cardH, axisY)
			lane++
		}
		if slot.Clustered > 0 {
			grew = r.next() || grew
			r.placeCluster(r.marks[r.used-1], slot, left, bandH+8+float32(lane)*laneH, cardH, axisY)
		}
	}
	for _, m := range r.marks[r.used:] {
		m.card.Hide()
		m.link.Hidden, m.dot.Hidden = true, true
	}
	return grew
}

// next takes the next mark of the pool, making one when it runs out.
func (r *tlRenderer) next() bool {
	r.used++
	if r.used <= len(r.marks) {
		return false
	}
	card := newTLCard()
	card.onZoom = func(x float32) { r.st.zoomBy(zoomStep, card.Position().X+x) }
	r.marks = append(r.marks, &tlMark{card: card, link: canvas.NewLine(nil), dot: canvas.NewRectangle(nil)})
	return true
}

func (r *tlRenderer) placeEvent(m *tlMark, i int, left, top, h, axisY float32) {
	st := r.st
	e := st.events[i]
	col := parseHex(st.c.content.Category(e.Category).Colour)
	if m.card.key != e.ID { // a card changes what it shows only when it must
		text := func() (string, []string) { return st.c.dateText(e), st.titleLines(i) }
		m.card.set(e.ID, false, col, text, func() { st.c.open(nav.Route{Screen: nav.Event, ID: e.ID}) })
	}
	x := st.view.X(st.items[i].Year)
	r.place(m, left, top, h, axisY, x, x, col)
}

func (r *tlRenderer) placeCluster(m *tlMark, slot timeline.Slot, left, top, h, axisY float32) {
	st := r.st
	first, last := st.arr.Ends(slot)
	key := st.clusterKey(slot)
	years := timeline.Span{From: st.items[first].Year, To: st.items[last].Year}
	muted := st.Theme().Color(theme.ColorNameDisabled, theme.VariantLight)
	defer r.place(m, left, top, h, axisY, st.view.X(years.From), st.view.X(years.To), muted)
	if m.card.key == key {
		return
	}
	text := func() (string, []string) {
		if ct, ok := st.clusters[key]; ok {
			return ct.head, ct.body
		}
		span := content.Between(st.events[first].Date.From, st.events[last].Date.To)
		ct := clusterText{st.c.loc.NData(msgTimelineCluster, slot.Clustered, map[string]any{"Range": st.c.loc.Date(span)}), st.clusterTitles(slot)}
		st.clusters[key] = ct
		return ct.head, ct.body
	}
	m.card.set(key, true, nil, text, func() { st.openCluster(years, slot) })
}

// clusterKey names a cluster card: its zoom and its column. Keys are
// made once per zoom and column, as a drag shows the same ones again.
func (st *tlStrip) clusterKey(slot timeline.Slot) string {
	if k, ok := st.keys[slot.Index]; ok && st.keysFor == st.arr.SlotYears {
		return k
	}
	if st.keysFor != st.arr.SlotYears {
		st.keys, st.keysFor = map[int]string{}, st.arr.SlotYears
	}
	k := "cluster/" + strconv.FormatFloat(st.arr.SlotYears, 'g', -1, 64) + "/" + strconv.Itoa(slot.Index)
	st.keys[slot.Index] = k
	return k
}

// place puts a card at its column and lane and ties it to [x0, x1] on
// the axis.
func (r *tlRenderer) place(m *tlMark, left, top, h, axisY, x0, x1 float32, col color.Color) {
	m.card.Move(fyne.NewPos(left, top))
	m.card.Resize(fyne.NewSize(cardWidth(), h))
	if !m.card.Visible() {
		m.card.Show()
	}
	m.link.StrokeColor, m.link.StrokeWidth = col, 2
	m.link.Position1 = fyne.NewPos((x0+x1)/2, axisY)
	m.link.Position2 = fyne.NewPos(left+4, top+h)
	m.dot.FillColor, m.dot.CornerRadius = col, 5
	w := fyne.Max(x1-x0, 10)
	m.dot.Move(fyne.NewPos((x0+x1)/2-w/2, axisY-4))
	m.dot.Resize(fyne.NewSize(w, 10))
	m.link.Hidden, m.dot.Hidden = false, false
	m.link.Refresh()
	m.dot.Refresh()
}

// titleLines are an event's title as its card shows it, wrapped once.
func (st *tlStrip) titleLines(i int) []string {
	if l, ok := st.titles[i]; ok {
		return l
	}
	l := wrapLines(st.c.loc.Text(st.events[i].Title), 18*textScale(), false, cardWidth()-8-2*cardPad, cardLines-1)
	st.titles[i] = l
	return l
}

// clusterText is what a cluster card says.
type clusterText struct {
	head string
	body []string
}

// clusterTitles are the most important titles of a cluster, one line each.
func (st *tlStrip) clusterTitles(slot timeline.Slot) []string {
	var out []string
	for _, i := range st.arr.Top(slot, cardLines-1) {
		out = append(out, wrapLines("• "+st.c.loc.Text(st.events[i].Title), 18*textScale(), false, cardWidth()-8-2*cardPad, 1)[0])
	}
	return out
}
