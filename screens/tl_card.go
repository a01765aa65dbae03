package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cardLines is how many lines a timeline card holds: a head (the date, or
// a cluster's count and dates) and four more.
const cardLines = 5

// tlCard is a card on the timeline: one event (its date, its title, its
// category's colour down the side) or a cluster of events (how many, their
// dates, the most important titles, on a stack). The timeline reuses its
// cards as the view moves: set changes what a card shows only when its key
// changes.
type tlCard struct {
	widget.BaseWidget
	key     string
	onTap   func()
	onZoom  func(x float32) // a double tap: zoom in about x, in the card's own coordinates
	cluster bool
	colour  color.Color
	bg      *canvas.Rectangle
	stack   *canvas.Rectangle // the cluster's second sheet
	bar     *canvas.Rectangle
	lines   [cardLines]*canvas.Text
}

func newTLCard() *tlCard {
	c := &tlCard{bg: canvas.NewRectangle(nil), stack: canvas.NewRectangle(nil), bar: canvas.NewRectangle(nil)}
	c.bg.CornerRadius, c.stack.CornerRadius = 5, 5
	for i := range c.lines {
		c.lines[i] = canvas.NewText("", nil)
	}
	c.ExtendBaseWidget(c)
	return c
}

// set shows what key names: text gives its head line and body lines, and
// is called only when key is not what the card shows already.
func (c *tlCard) set(key string, cluster bool, colour color.Color, text func() (string, []string), onTap func()) {
	c.onTap = onTap
	if key == c.key {
		return
	}
	head, body := text()
	c.key, c.cluster, c.colour = key, cluster, colour
	k := textScale()
	for i, t := range c.lines {
		t.Text, t.TextSize, t.TextStyle = "", 18*k, fyne.TextStyle{}
		if i == 0 {
			t.Text, t.TextSize, t.TextStyle.Bold = head, 15*k, true
		} else if i-1 < len(body) {
			t.Text = body[i-1]
		}
	}
	c.Refresh()
}

// Tapped implements fyne.Tappable.
func (c *tlCard) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
}

// DoubleTapped implements fyne.DoubleTappable: a double tap on a card
// zooms the timeline in about the finger, as it does between cards (Fyne
// then waits its double-tap time, 300 ms, before a single tap opens).
func (c *tlCard) DoubleTapped(e *fyne.PointEvent) {
	if c.onZoom != nil {
		c.onZoom(e.Position.X)
	}
}

// CreateRenderer implements fyne.Widget.
func (c *tlCard) CreateRenderer() fyne.WidgetRenderer {
	objs := []fyne.CanvasObject{c.stack, c.bg, c.bar}
	for _, t := range c.lines {
		objs = append(objs, t)
	}
	return &tlCardRenderer{c: c, objs: objs}
}

type tlCardRenderer struct {
	c    *tlCard
	objs []fyne.CanvasObject
}

func (r *tlCardRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *tlCardRenderer) Destroy()                     {}
func (r *tlCardRenderer) MinSize() fyne.Size           { return fyne.NewSize(100, 60) }

func (r *tlCardRenderer) Layout(size fyne.Size) {
	c := r.c
	c.stack.Hidden = !c.cluster
	c.stack.Move(fyne.NewPos(6, -5))
	c.stack.Resize(size)
	c.bg.Resize(size)
	c.bar.Resize(fyne.NewSize(8, size.Height))
	y := float32(cardPad)
	for _, t := range c.lines {
		t.Move(fyne.NewPos(8+cardPad, y))
		h := t.MinSize().Height
		t.Resize(fyne.NewSize(size.Width-8-2*cardPad, h))
		y += h + 2
		t.Hidden = t.Text == "" || y > size.Height
	}
}

// Refresh paints the card in the theme's colours.
func (r *tlCardRenderer) Refresh() {
	c, th := r.c, r.c.Theme()
	col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
	c.bg.FillColor, c.stack.FillColor = col(theme.ColorNameButton), col(theme.ColorNameSeparator)
	c.bar.FillColor = c.colour
	if c.cluster {
		c.bar.FillColor = col(theme.ColorNameDisabled)
	}
	for _, t := range c.lines {
		t.Color = col(theme.ColorNameForeground)
	}
	r.Layout(c.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
}
