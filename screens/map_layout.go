package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/geo"
	"github.com/koryo-exhibit/koryo/app/plane"
)

// deportationRoute is a schematic line of the 1937 trains: the
// Trans-Siberian railway west to Novosibirsk, the Turksib south to Ushtobe,
// then on to the Syr Darya and Tashkent. It is drawn, and labelled, as a
// schematic, not as the path of any one train.
var deportationRoute = []geo.Point{
	{Lon: 131.89, Lat: 43.12}, {Lon: 135.07, Lat: 48.48}, {Lon: 127.5, Lat: 50.26}, {Lon: 113.5, Lat: 52.03},
	{Lon: 104.3, Lat: 52.29}, {Lon: 92.87, Lat: 56.01}, {Lon: 82.92, Lat: 55.03}, {Lon: 83.78, Lat: 53.35},
	{Lon: 80.23, Lat: 50.41}, {Lon: 77.98, Lat: 45.25}, {Lon: 76.89, Lat: 43.24}, {Lon: 69.59, Lat: 42.34},
	{Lon: 65.51, Lat: 44.85}, {Lon: 69.59, Lat: 42.34}, {Lon: 69.24, Lat: 41.3},
}

// mapLayout lays the map picture out at its own aspect, centred, and puts
// the route and the markers on it, each name where it misses the others.
type mapLayout struct {
	m       *geo.Map
	pic     *mapPicture
	route   []*canvas.Line
	markers []*mapMarker
	marks   *painted // the route and the dots, in one layer over the picture
}

type mapMarker struct {
	at    geo.Point
	dot   *canvas.Circle
	label fyne.CanvasObject
	tap   *tapArea
}

// markLayer holds the route's lines and the places' dots, placed by
// Layout in the map's own coordinates and coloured from the theme each
// time they are painted: the route and the dots in the accent colour, the
// dots ringed in the page colour.
func (ml *mapLayout) markLayer() *painted {
	var objs []fyne.CanvasObject
	for _, l := range ml.route {
		objs = append(objs, l)
	}
	for _, mk := range ml.markers {
		objs = append(objs, mk.dot)
	}
	return newPainted(container.NewWithoutLayout(objs...), func(th fyne.Theme) {
		accent := th.Color(theme.ColorNamePrimary, theme.VariantLight)
		ring := th.Color(theme.ColorNameBackground, theme.VariantLight)
		for _, l := range ml.route {
			l.StrokeColor = accent
		}
		for _, mk := range ml.markers {
			mk.dot.FillColor, mk.dot.StrokeColor = accent, ring
		}
	})
}

func (ml *mapLayout) objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{ml.pic, ml.marks}
	for _, mk := range ml.markers {
		out = append(out, mk.label, mk.tap)
	}
	return out
}

// Layout implements fyne.Layout.
func (ml *mapLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	w, h := size.Width, size.Width/float32(ml.m.Aspect())
	if h > size.Height {
		w, h = size.Height*float32(ml.m.Aspect()), size.Height
	}
	ox, oy := (size.Width-w)/2, (size.Height-h)/2
	at := func(p geo.Point) fyne.Position {
		x, y := ml.m.Project(p, float64(w), float64(h))
		return fyne.NewPos(ox+float32(x), oy+float32(y))
	}
	ml.pic.Move(fyne.NewPos(ox, oy))
	ml.pic.Resize(fyne.NewSize(w, h))
	ml.marks.Move(fyne.Position{})
	ml.marks.Resize(size)
	for i, l := range ml.route {
		l.Position1, l.Position2 = at(deportationRoute[i]), at(deportationRoute[i+1])
	}
	var taken []plane.Rect
	bounds := plane.Rect{Point: plane.Point{X: ox, Y: oy}, Size: plane.Size{W: w, H: h}}
	for _, mk := range ml.markers {
		p := at(mk.at)
		d := mk.dot.Size()
		mk.dot.Move(p.SubtractXY(d.Width/2, d.Height/2))
		ls := mk.label.MinSize()
		mk.label.Resize(ls)
		spot := plane.LabelSpot(plane.Point{X: p.X, Y: p.Y}, plane.Size{W: ls.Width, H: ls.Height}, 9, taken, bounds)
		taken = append(taken, plane.Rect{Point: spot, Size: plane.Size{W: ls.Width, H: ls.Height}})
		mk.label.Move(fyne.NewPos(spot.X, spot.Y))
		mk.tap.Resize(fyne.NewSize(minTouch, minTouch))
		mk.tap.Move(p.SubtractXY(minTouch/2, minTouch/2))
	}
}

// MinSize implements fyne.Layout.
func (ml *mapLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(400, 200) }
