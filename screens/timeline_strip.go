package screens

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// Geometry of the timeline strip, in pixels.
const (
	bandH     = 64 // era bands along the top
	axisRoom  = 70 // axis, ticks and year labels at the bottom
	stripPadX = 40 // before the first and after the last era
	cardPad   = 8
)

var stripGeometry = timeline.Geometry{CardW: 290, CardGap: 14, Lanes: 3, MinEraW: 420, PadX: stripPadX}

// strip is the drawn timeline: era bands on top, lanes of event cards, and
// the axis with year ticks at the bottom. Its layout places everything from
// the scale each time the height changes.
type strip struct {
	sc    timeline.Scale
	bands []fyne.CanvasObject
	ticks []*stripTick
	cards []*stripCard
	axis  fyne.CanvasObject
}

type stripTick struct {
	x     float32
	line  fyne.CanvasObject
	label *painted
}

type stripCard struct {
	x, left float32
	lane    int
	card    fyne.CanvasObject
	link    *canvas.Line
	dot     *canvas.Circle
}

func (c *ctx) newStrip(events []*content.Event) *strip {
	st := &strip{sc: timeline.NewScale(c.content.Eras, c.content.Events, c.now(), stripGeometry)}
	st.axis, _ = themedRect(theme.ColorNameForeground, 0)
	for _, p := range st.sc.Eras {
		st.bands = append(st.bands, c.eraBand(p.Era, p.W))
		st.addTicks(p)
	}
	xs := make([]float32, len(events))
	for i, e := range events {
		xs[i] = st.sc.EventX[e.ID]
	}
	lane, left := timeline.PlaceCards(xs, stripGeometry)
	for i, e := range events {
		col := parseHex(c.content.Category(e.Category).Colour)
		st.cards = append(st.cards, &stripCard{x: xs[i], left: left[i], lane: lane[i],
			card: c.eventCard(e, col), link: canvas.NewLine(col), dot: canvas.NewCircle(col)})
	}
	return st
}

// piece is the era's stretch of the strip, when the era is on it.
func (st *strip) piece(era string) (timeline.Piece, bool) {
	for _, p := range st.sc.Eras {
		if p.Era.ID == era {
			return p, true
		}
	}
	return timeline.Piece{}, false
}

func (st *strip) addTicks(p timeline.Piece) {
	for i, y := range p.Ticks() {
		line, _ := themedRect(theme.ColorNameForeground, 0)
		label, _ := themedText(strconv.Itoa(y), 16, fyne.TextStyle{Bold: i == 0}, theme.ColorNameForeground)
		label.obj.(*canvas.Text).Alignment = fyne.TextAlignCenter
		st.ticks = append(st.ticks, &stripTick{x: p.At(float64(y)), line: line, label: label})
	}
}

// eraBand is an era's art with its name on a veil, so the motif never
// hides it. The name shrinks from 20 px to at most 14 px to fit a narrow
// band (app/check warns about names that do not fit even then).
func (c *ctx) eraBand(e *content.Era, width float32) fyne.CanvasObject {
	img := c.eraImage(e, 480, bandH)
	style := fyne.TextStyle{Bold: true}
	size := float32(20)
	for size > 14 && fyne.MeasureText(c.loc.Text(e.Name), size, style).Width > width-40 {
		size--
	}
	name, _ := themedText(c.loc.Text(e.Name), size, style, theme.ColorNameForeground)
	veil, rect := themedRect(colorNameVeil, 0)
	rect.CornerRadius = 4
	label := container.NewStack(veil, container.New(layout.NewCustomPaddedLayout(2, 2, 8, 8), name))
	return container.NewStack(img, container.NewPadded(container.NewHBox(container.NewVBox(label))))
}

// eventCard is a tappable card: the category colour down its left side, the
// date and the title. Its text is laid out once here, in canvas text,
// because the card's width is fixed: that keeps the cards cheap to build on
// every language switch.
func (c *ctx) eventCard(e *content.Event, col color.Color) fyne.CanvasObject {
	b := newButton("", func() { c.open(nav.Route{Screen: nav.Event, ID: e.ID}) })
	inner := stripGeometry.CardW - 8 - 2*cardPad
	k := textScale()
	lines := []fyne.CanvasObject{textLines(c.dateText(e), 15*k, true, inner, 1)[0]}
	lines = append(lines, textLines(c.loc.Text(e.Title), 18*k, false, inner, 4)...)
	text := container.New(layout.NewCustomPaddedVBoxLayout(2), lines...)
	bar := canvas.NewRectangle(col)
	bar.SetMinSize(fyne.NewSize(8, 8))
	body := container.New(layout.NewCustomPaddedLayout(cardPad, cardPad, cardPad, cardPad), text)
	return container.NewStack(b, container.NewBorder(nil, nil, bar, nil, body))
}

func (st *strip) objects() []fyne.CanvasObject {
	out := append([]fyne.CanvasObject{}, st.bands...)
	out = append(out, st.axis)
	for _, t := range st.ticks {
		out = append(out, t.line, t.label)
	}
	for _, c := range st.cards {
		out = append(out, c.link, c.dot)
	}
	for _, c := range st.cards {
		out = append(out, c.card)
	}
	return out
}

// Layout implements fyne.Layout.
func (st *strip) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	for i, b := range st.bands {
		p := st.sc.Eras[i]
		b.Move(fyne.NewPos(p.X, 0))
		b.Resize(fyne.NewSize(p.W-2, bandH))
	}
	axisY := size.Height - axisRoom
	st.axis.Move(fyne.NewPos(stripPadX, axisY))
	st.axis.Resize(fyne.NewSize(st.sc.Width-2*stripPadX, 3))
	for _, t := range st.ticks {
		t.line.Move(fyne.NewPos(t.x-1, axisY))
		t.line.Resize(fyne.NewSize(2, 14))
		t.label.Move(fyne.NewPos(t.x-30, axisY+16))
		t.label.Resize(fyne.NewSize(60, 22))
	}
	laneH := (axisY - bandH - 24) / float32(stripGeometry.Lanes)
	cardH := fyne.Min(laneH-12, 190)
	for _, c := range st.cards {
		top := bandH + 12 + float32(c.lane)*laneH
		c.card.Move(fyne.NewPos(c.left, top))
		c.card.Resize(fyne.NewSize(stripGeometry.CardW, cardH))
		c.link.Position1 = fyne.NewPos(c.x, axisY)
		c.link.Position2 = fyne.NewPos(c.left+4, top+cardH)
		c.link.StrokeWidth = 2
		c.dot.Move(fyne.NewPos(c.x-6, axisY-5))
		c.dot.Resize(fyne.NewSize(12, 12))
	}
}

// MinSize implements fyne.Layout.
func (st *strip) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(st.sc.Width, bandH+24+float32(stripGeometry.Lanes)*128+axisRoom)
}
