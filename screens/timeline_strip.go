package screens

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// strip is the drawn timeline: era bands on top, lanes of event cards, and
// the axis with year ticks at the bottom. Its layout places everything from
// the scale each time the height changes.
type strip struct {
	sc    scale
	bands []*stripBand
	ticks []*stripTick
	cards []*stripCard
	axis  *canvas.Rectangle
}

type stripBand struct {
	piece eraPiece
	obj   fyne.CanvasObject
}

type stripTick struct {
	x     float32
	line  *canvas.Rectangle
	label *canvas.Text
}

type stripCard struct {
	x, left float32
	lane    int
	card    fyne.CanvasObject
	link    *canvas.Line
	dot     *canvas.Circle
}

func (s *Shell) newStrip(events []*content.Event, now time.Time) *strip {
	st := &strip{sc: newScale(s.content.Eras, s.content.Events, now),
		axis: canvas.NewRectangle(ink())}
	for _, p := range st.sc.eras {
		st.bands = append(st.bands, &stripBand{piece: p, obj: s.eraBand(p.era, p.w)})
		st.addTicks(p)
	}
	xs := make([]float32, len(events))
	for i, e := range events {
		xs[i] = st.sc.eventX[e.ID]
	}
	lane, left := placeCards(xs)
	for i, e := range events {
		c := parseHex(s.content.Category(e.Category).Colour)
		st.cards = append(st.cards, &stripCard{x: xs[i], left: left[i], lane: lane[i],
			card: s.eventCard(e, c), link: canvas.NewLine(c), dot: canvas.NewCircle(c)})
	}
	return st
}

func (st *strip) addTicks(p eraPiece) {
	first := int(p.from)
	for y := first; float64(y) < p.to; y++ {
		if y != first && y%10 != 0 {
			continue
		}
		t := &stripTick{x: p.X(float64(y)), line: canvas.NewRectangle(ink()),
			label: canvas.NewText(strconv.Itoa(y), ink())}
		t.label.TextSize = 16
		t.label.Alignment = fyne.TextAlignCenter
		if y == first {
			t.label.TextStyle.Bold = true
		}
		st.ticks = append(st.ticks, t)
	}
}

// eraBand is an era's art with its name.
// The name shrinks from 20 px to at most 14 px to fit a narrow band
// (app/check warns about names that do not fit even then).
func (s *Shell) eraBand(e *content.Era, width float32) fyne.CanvasObject {
	img := s.eraImage(e, 480, bandH)
	name := canvas.NewText(s.loc.Text(e.Name), ink())
	name.TextStyle.Bold = true
	name.TextSize = 20
	for name.TextSize > 14 && fyne.MeasureText(name.Text, name.TextSize, name.TextStyle).Width > width-40 {
		name.TextSize--
	}
	// the name sits on a veil of paper so the motif never hides it
	veil := canvas.NewRectangle(color.NRGBA{R: paper().R, G: paper().G, B: paper().B, A: 0xd0})
	veil.CornerRadius = 4
	label := container.NewStack(veil, container.New(layout.NewCustomPaddedLayout(2, 2, 8, 8), name))
	return container.NewStack(img, container.NewPadded(container.NewHBox(container.NewVBox(label))))
}

// eventCard is a tappable card: the category colour down its left side, the
// date and the title. Its text is laid out once here, in plain canvas text,
// because the card's width is fixed: that keeps the 30-odd cards cheap to
// build on every language switch.
func (s *Shell) eventCard(e *content.Event, c color.Color) fyne.CanvasObject {
	open := func() { s.Open(nav.Route{Screen: nav.Event, ID: e.ID}) }
	b := newButton("", open)
	inner := float32(cardW - 8 - 2*cardPad)
	k := textScale()
	lines := []fyne.CanvasObject{textLines(s.dateText(e), 15*k, true, inner, 1)[0]}
	lines = append(lines, textLines(s.loc.Text(e.Title), 18*k, false, inner, 4)...)
	text := container.New(layout.NewCustomPaddedVBoxLayout(2), lines...)
	bar := canvas.NewRectangle(c)
	bar.SetMinSize(fyne.NewSize(8, 8))
	body := container.New(layout.NewCustomPaddedLayout(cardPad, cardPad, cardPad, cardPad), text)
	return container.NewStack(b, container.NewBorder(nil, nil, bar, nil, body))
}

const cardPad = 8

func (st *strip) objects() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, b := range st.bands {
		out = append(out, b.obj)
	}
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
	for _, b := range st.bands {
		b.obj.Move(fyne.NewPos(b.piece.x, 0))
		b.obj.Resize(fyne.NewSize(b.piece.w-2, bandH))
	}
	axisY := size.Height - axisRoom
	st.axis.Move(fyne.NewPos(stripPadX, axisY))
	st.axis.Resize(fyne.NewSize(st.sc.width-2*stripPadX, 3))
	for _, t := range st.ticks {
		t.line.Move(fyne.NewPos(t.x-1, axisY))
		t.line.Resize(fyne.NewSize(2, 14))
		t.label.Move(fyne.NewPos(t.x-30, axisY+16))
		t.label.Resize(fyne.NewSize(60, 22))
	}
	laneH := (axisY - bandH - 24) / lanes
	cardH := fyne.Min(laneH-12, 190)
	for _, c := range st.cards {
		top := bandH + 12 + float32(c.lane)*laneH
		c.card.Move(fyne.NewPos(c.left, top))
		c.card.Resize(fyne.NewSize(cardW, cardH))
		c.link.Position1 = fyne.NewPos(c.x, axisY)
		c.link.Position2 = fyne.NewPos(c.left+4, top+cardH)
		c.link.StrokeWidth = 2
		c.dot.Move(fyne.NewPos(c.x-6, axisY-5))
		c.dot.Resize(fyne.NewSize(12, 12))
	}
}

// MinSize implements fyne.Layout.
func (st *strip) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(st.sc.width, bandH+24+lanes*128+axisRoom)
}
