package screens

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// Geometry of the strip, in pixels.
const (
	bandH    = 48 // the era bands along the top
	axisRoom = 52 // the axis, its ticks and labels at the bottom
	cardGap  = 14 // between two columns of cards
	cardPad  = 8
	laneMinH = 124
	tickGap  = 96 // the least room between two axis labels
)

// tlRenderer draws the strip from pools of objects that grow to what one
// view needs and are reused from then on.
type tlRenderer struct {
	st    *tlStrip
	bands []*tlBand
	axis  *canvas.Rectangle
	ticks []*tlTick
	marks []*tlMark
	used  int // cards and marks in use
	objs  []fyne.CanvasObject
}

// tlTick is a mark on the axis with its label.
type tlTick struct {
	line  *canvas.Rectangle
	label *canvas.Text
}

// tlMark is a card and what ties it to the axis: a line, and a dot at the
// event's date or a bar over a cluster's years.
type tlMark struct {
	card *tlCard
	link *canvas.Line
	dot  *canvas.Rectangle
}

func newTLRenderer(st *tlStrip) *tlRenderer {
	r := &tlRenderer{st: st, axis: canvas.NewRectangle(nil)}
	for i, e := range st.c.content.Eras {
		r.bands = append(r.bands, newTLBand(st.c, e, i))
	}
	r.rebuildObjects()
	return r
}

func (r *tlRenderer) rebuildObjects() {
	r.objs = r.objs[:0]
	for _, b := range r.bands {
		r.objs = append(r.objs, b.objects()...)
	}
	r.objs = append(r.objs, r.axis)
	for _, t := range r.ticks {
		r.objs = append(r.objs, t.line, t.label)
	}
	for _, m := range r.marks {
		r.objs = append(r.objs, m.link, m.dot)
	}
	for _, m := range r.marks {
		r.objs = append(r.objs, m.card)
	}
}

func (r *tlRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *tlRenderer) Destroy()                     {}
func (r *tlRenderer) MinSize() fyne.Size {
	return fyne.NewSize(200, bandH+2*laneMinH+axisRoom+12)
}

func (r *tlRenderer) Refresh() {
	th := r.st.Theme()
	r.axis.FillColor = th.Color(theme.ColorNameForeground, theme.VariantLight)
	for _, t := range r.ticks {
		t.line.FillColor, t.label.Color = r.axis.FillColor, r.axis.FillColor
	}
	r.Layout(r.st.Size())
	canvas.Refresh(r.st)
}

// cardObjects are the cards in view.
func (r *tlRenderer) cardObjects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, r.used)
	for _, m := range r.marks[:r.used] {
		out = append(out, m.card)
	}
	return out
}

// Layout places the bands, the axis and the cards of the view.
func (r *tlRenderer) Layout(size fyne.Size) {
	st := r.st
	if size.Width < 1 || size.Height < 1 {
		return // not laid out yet
	}
	area := size.Height - bandH - axisRoom - 12
	st.fit(size.Width, min(max(int(area/laneMinH), 2), 6))
	grew := r.layoutTicks(size)
	for _, b := range r.bands {
		b.layout(st.view, size.Width)
	}
	r.axis.Move(fyne.NewPos(0, size.Height-axisRoom))
	r.axis.Resize(fyne.NewSize(size.Width, 3))
	if r.layoutCards(size, area) || grew {
		r.rebuildObjects()
	}
}

// layoutTicks marks the axis for the zoom; it reports whether the pool grew.
func (r *tlRenderer) layoutTicks(size fyne.Size) bool {
	ts := timeline.Ticks(r.st.view, tickGap)
	grew := false
	for len(r.ticks) < len(ts) {
		col := r.axis.FillColor
		r.ticks = append(r.ticks, &tlTick{line: canvas.NewRectangle(col), label: canvas.NewText("", col)})
		grew = true
	}
	y := size.Height - axisRoom
	lang := r.st.c.loc.Lang()
	end := float32(-tickGap) // where the last label shown ends: the first, with its year, always shows
	for i, t := range r.ticks {
		show := i < len(ts) && ts[i].Year <= r.st.limits.Full.To
		t.line.Hidden, t.label.Hidden = !show, !show
		if !show {
			continue
		}
		x := r.st.view.X(ts[i].Year)
		t.line.Move(fyne.NewPos(x-1, y))
		t.line.Resize(fyne.NewSize(2, 12))
		t.label.Text = tickLabel(lang, ts[i], i == 0)
		t.label.TextSize = 16 * textScale()
		w := t.label.MinSize().Width
		left := min(max(x-w/2, 0), size.Width-w)
		t.label.Hidden = left < end+8 // a label never covers the one before
		if !t.label.Hidden {
			end = left + w
		}
		t.label.Move(fyne.NewPos(left, y+14))
		t.label.Resize(fyne.NewSize(w, 24))
		t.label.Refresh()
	}
	return grew
}

// tickLabel writes a tick the language's way.
func tickLabel(l content.Lang, t timeline.Tick, first bool) string {
	switch t.Kind {
	case timeline.TickDecade:
		return locale.DecadeLabel(l, t.Y)
	case timeline.TickYearIn:
		return locale.YearLabel(l, t.Y)
	case timeline.TickMonth:
		return locale.MonthLabel(l, t.Y, t.Month, t.StartOfYear || first)
	}
	return strconv.Itoa(t.Y)
}
