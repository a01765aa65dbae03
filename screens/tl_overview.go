package screens

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// overviewH is the overview strip's height.
const overviewH = 44

// tlOverview is the whole span at a glance under the timeline: the eras'
// colours, how many events each stretch holds, and the view as a window
// that a finger drags; a tap centres the view there.
type tlOverview struct {
	widget.BaseWidget
	st      *tlStrip
	density []int
	eras    []*canvas.Rectangle
	bars    []*canvas.Rectangle
	window  *canvas.Rectangle
	drag    dragState
}

// overviewBins is how many stretches the density has.
const overviewBins = 160

func newTLOverview(st *tlStrip, density []int) *tlOverview {
	o := &tlOverview{st: st, density: density, window: canvas.NewRectangle(nil)}
	for _, e := range st.c.content.Eras {
		o.eras = append(o.eras, canvas.NewRectangle(withAlpha(parseHex(e.Colour), 0x55)))
	}
	for range o.density {
		o.bars = append(o.bars, canvas.NewRectangle(nil))
	}
	o.window.StrokeWidth, o.window.CornerRadius = 3, 4
	o.ExtendBaseWidget(o)
	return o
}

// yearAt is the year under x.
func (o *tlOverview) yearAt(x float32) float64 {
	f := o.st.limits.Full
	return f.From + float64(x/o.Size().Width)*f.Years()
}

func (o *tlOverview) xOf(year float64) float32 {
	f := o.st.limits.Full
	return float32((year - f.From) / f.Years() * float64(o.Size().Width))
}

// Tapped implements fyne.Tappable: centre the view on the year tapped.
func (o *tlOverview) Tapped(e *fyne.PointEvent) { o.centre(o.yearAt(e.Position.X)) }

func (o *tlOverview) centre(year float64) {
	v := o.st.view
	v.Start = year - v.Span().Years()/2
	o.st.c.touch()
	o.st.setView(v)
}

// Dragged implements fyne.Draggable: the window follows the finger.
func (o *tlOverview) Dragged(e *fyne.DragEvent) {
	o.drag.move(e)
	o.centre(o.yearAt(e.Position.X))
}

// DragEnd implements fyne.Draggable.
func (o *tlOverview) DragEnd() { o.drag.end() }

// CreateRenderer implements fyne.Widget.
func (o *tlOverview) CreateRenderer() fyne.WidgetRenderer {
	objs := []fyne.CanvasObject{}
	for _, r := range o.eras {
		objs = append(objs, r)
	}
	for _, b := range o.bars {
		objs = append(objs, b)
	}
	return &tlOverviewRenderer{o: o, objs: append(objs, o.window)}
}

type tlOverviewRenderer struct {
	o    *tlOverview
	objs []fyne.CanvasObject
}

func (r *tlOverviewRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *tlOverviewRenderer) Destroy()                     {}
func (r *tlOverviewRenderer) MinSize() fyne.Size           { return fyne.NewSize(200, overviewH) }
func (r *tlOverviewRenderer) Refresh() {
	r.Layout(r.o.Size())
	canvas.Refresh(r.o)
}

// Layout draws the eras, the density bars (log scaled, so one event still
// shows beside a thousand) and the window.
func (r *tlOverviewRenderer) Layout(size fyne.Size) {
	o := r.o
	th := o.Theme()
	for i, e := range o.st.c.content.Eras {
		x0, x1 := o.xOf(float64(e.From)), size.Width
		if i+1 < len(o.st.c.content.Eras) {
			x1 = o.xOf(float64(o.st.c.content.Eras[i+1].From))
		}
		o.eras[i].Move(fyne.NewPos(x0, 0))
		o.eras[i].Resize(fyne.NewSize(x1-x0, size.Height))
	}
	top := 1
	for _, n := range o.density {
		top = max(top, n)
	}
	bw := size.Width / float32(len(o.bars))
	ink := th.Color(theme.ColorNameForeground, theme.VariantLight)
	for i, b := range o.bars {
		h := float32(math.Log1p(float64(o.density[i]))/math.Log1p(float64(top))) * (size.Height - 6)
		b.FillColor = ink
		b.Move(fyne.NewPos(float32(i)*bw, size.Height-h))
		b.Resize(fyne.NewSize(fyne.Max(bw-1, 1), h))
	}
	span := o.st.view.Span()
	x0, x1 := o.xOf(span.From), o.xOf(span.To)
	o.window.FillColor = withAlpha(th.Color(theme.ColorNamePrimary, theme.VariantLight), 0x30)
	o.window.StrokeColor = th.Color(theme.ColorNamePrimary, theme.VariantLight)
	o.window.Move(fyne.NewPos(x0, 0))
	o.window.Resize(fyne.NewSize(fyne.Max(x1-x0, 8), size.Height))
}
