package screens

import (
	"image"
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/geo"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/assets"
)

// The region's shapes are parsed once, on the first visit to the map.
var (
	regionOnce sync.Once
	region     *geo.Map
	regionErr  error
)

func regionMap() (*geo.Map, error) {
	regionOnce.Do(func() { region, regionErr = geo.Parse(assets.MapJSON) })
	return region, regionErr
}

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

// mapScreen shows the region with the places of the content and the 1937
// route; tapping a place lists its events beside the map.
func (s *Shell) mapScreen() fyne.CanvasObject {
	m, err := regionMap()
	if err != nil {
		return ErrorScreen(err)
	}
	v := &mapView{m: m}
	v.img = artImage(mapKey(1600, int(1600/m.Aspect())), func() image.Image {
		return mapArt(m, 1600, int(1600/m.Aspect()))
	})
	v.img.FillMode = canvas.ImageFillStretch
	for i := 1; i < len(deportationRoute); i++ {
		l := canvas.NewLine(accent())
		l.StrokeWidth = 3
		v.route = append(v.route, l)
	}
	for _, p := range s.content.Places {
		pt := geo.Point{Lon: p.Lon, Lat: p.Lat}
		if m.Contains(pt) {
			v.markers = append(v.markers, s.newMarker(p, pt))
		}
	}
	legend := widget.NewRichText(&widget.TextSegment{Text: "—— " + s.loc.T(msgMapRoute),
		Style: widget.RichTextStyle{ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}})
	legend.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(nil, container.NewPadded(legend), nil, nil, container.New(v, v.objects()...))
	return container.NewBorder(nil, nil, nil, s.placePanel(), body)
}

// mapView lays the map picture out at its own aspect, centred, and puts the
// route and the markers on it.
type mapView struct {
	m       *geo.Map
	img     *canvas.Image
	route   []*canvas.Line
	markers []*mapMarker
}

type mapMarker struct {
	at    geo.Point
	dot   *canvas.Circle
	label fyne.CanvasObject
	tap   *tapArea
}

func (v *mapView) objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{v.img}
	for _, l := range v.route {
		out = append(out, l)
	}
	for _, mk := range v.markers {
		out = append(out, mk.dot, mk.label, mk.tap)
	}
	return out
}

// Layout implements fyne.Layout.
func (v *mapView) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	w, h := size.Width, size.Width/float32(v.m.Aspect())
	if h > size.Height {
		w, h = size.Height*float32(v.m.Aspect()), size.Height
	}
	ox, oy := (size.Width-w)/2, (size.Height-h)/2
	at := func(p geo.Point) fyne.Position {
		x, y := v.m.Project(p, float64(w), float64(h))
		return fyne.NewPos(ox+float32(x), oy+float32(y))
	}
	v.img.Move(fyne.NewPos(ox, oy))
	v.img.Resize(fyne.NewSize(w, h))
	for i, l := range v.route {
		l.Position1, l.Position2 = at(deportationRoute[i]), at(deportationRoute[i+1])
	}
	var taken []rect
	for _, mk := range v.markers {
		p := at(mk.at)
		d := mk.dot.Size()
		mk.dot.Move(p.SubtractXY(d.Width/2, d.Height/2))
		ls := mk.label.MinSize()
		mk.label.Resize(ls)
		pos := freeSpot(p, ls, taken)
		taken = append(taken, rect{pos, ls})
		mk.label.Move(pos)
		mk.tap.Resize(fyne.NewSize(minTouch, minTouch))
		mk.tap.Move(p.SubtractXY(minTouch/2, minTouch/2))
	}
}

type rect struct {
	pos  fyne.Position
	size fyne.Size
}

func (r rect) overlaps(o rect) bool {
	return r.pos.X < o.pos.X+o.size.Width && o.pos.X < r.pos.X+r.size.Width &&
		r.pos.Y < o.pos.Y+o.size.Height && o.pos.Y < r.pos.Y+r.size.Height
}

// freeSpot places a label of size ls beside the point p: above right, else
// below right, above left or below left, whichever first misses the labels
// already placed.
func freeSpot(p fyne.Position, ls fyne.Size, taken []rect) fyne.Position {
	spots := []fyne.Position{
		p.AddXY(9, -ls.Height-1), p.AddXY(9, 1), p.AddXY(-ls.Width-9, -ls.Height-1), p.AddXY(-ls.Width-9, 1),
	}
	for _, s := range spots {
		free := true
		for _, t := range taken {
			if t.overlaps(rect{s, ls}) {
				free = false
				break
			}
		}
		if free {
			return s
		}
	}
	return spots[0]
}

// MinSize implements fyne.Layout.
func (v *mapView) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(400, 200) }

func (s *Shell) newMarker(p *content.Place, at geo.Point) *mapMarker {
	selected := s.view.place == p.ID
	dot := canvas.NewCircle(accent())
	dot.StrokeColor = colOnColor
	dot.StrokeWidth = 2
	size := float32(14)
	if selected {
		size = 24
	}
	dot.Resize(fyne.NewSize(size, size))
	name := canvas.NewText(s.loc.Text(p.Name), ink())
	name.TextSize = 16
	name.TextStyle.Bold = selected
	veil := canvas.NewRectangle(color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xb0})
	veil.CornerRadius = 3
	label := container.NewStack(veil, container.New(layout.NewCustomPaddedLayout(0, 0, 4, 4), name))
	id := p.ID
	return &mapMarker{at: at, dot: dot, label: label, tap: newTapArea(func() { s.selectPlace(id) })}
}

func (s *Shell) selectPlace(id string) {
	s.touch()
	s.view.place = id
	s.rebuild()
}

// placePanel lists the selected place's events, or every place to choose.
func (s *Shell) placePanel() fyne.CanvasObject {
	box := container.NewVBox()
	if p := s.content.Place(s.view.place); p != nil {
		box.Add(subheading(s.loc.Text(p.Name)))
		box.Add(s.eventButtons(s.eventsAt(p.ID)))
		box.Add(newButton(s.loc.T(msgMapAllPlaces), func() { s.selectPlace("") }))
	} else {
		box.Add(para(s.loc.T(msgMapHint)))
		places := append([]*content.Place(nil), s.content.Places...)
		locale.SortPlaces(s.loc.Lang(), places)
		for _, p := range places {
			id := p.ID
			box.Add(newButton(s.loc.Text(p.Name), func() { s.selectPlace(id) }))
		}
	}
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(380, 10))
	return container.NewStack(width, s.watch(NewVPan(container.NewPadded(box))))
}

func (s *Shell) eventsAt(place string) []*content.Event {
	var out []*content.Event
	for _, e := range s.content.Events {
		for _, p := range e.Places {
			if p == place {
				out = append(out, e)
				break
			}
		}
	}
	return out
}
