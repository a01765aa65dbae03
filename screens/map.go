package screens

import (
	"image"
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

// mapView shows the region with the places of the content and the 1937
// route; tapping a place lists its events beside the map.
type mapView struct{ *ctx }

func newMapView(c *ctx) *mapView { return &mapView{c} }

func (v *mapView) buildUI() fyne.CanvasObject {
	m, err := regionMap()
	if err != nil {
		return ErrorScreen(err)
	}
	ml := &mapLayout{m: m, pic: v.picture(m)}
	for i := 1; i < len(deportationRoute); i++ {
		l := canvas.NewLine(nil) // coloured when painted: markLayer
		l.StrokeWidth = 3
		ml.route = append(ml.route, l)
	}
	for _, p := range v.content.Places {
		if pt := (geo.Point{Lon: p.Lon, Lat: p.Lat}); m.Contains(pt) {
			ml.markers = append(ml.markers, v.marker(p, pt))
		}
	}
	ml.marks = ml.markLayer()
	legend := widget.NewRichText(&widget.TextSegment{Text: "—— " + v.loc.T(msgMapRoute),
		Style: widget.RichTextStyle{ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}})
	legend.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(nil, container.NewPadded(legend), nil, nil, container.New(ml, ml.objects()...))
	return container.NewBorder(nil, nil, nil, v.placePanel(), body)
}

// marker is a place's dot and name; the name sits on a veil so it stays
// readable on the map in either theme.
func (v *mapView) marker(p *content.Place, at geo.Point) *mapMarker {
	selected := v.state.place == p.ID
	dot := canvas.NewCircle(nil) // coloured when painted: markLayer
	dot.StrokeWidth = 2
	size := float32(14)
	if selected {
		size = 24
	}
	dot.Resize(fyne.NewSize(size, size))
	name, _ := themedText(v.loc.Text(p.Name), 16, fyne.TextStyle{Bold: selected}, theme.ColorNameForeground)
	veil, rect := themedRect(colorNameVeil, 0)
	rect.CornerRadius = 3
	label := container.NewStack(veil, container.New(layout.NewCustomPaddedLayout(1, 1, 4, 4), name))
	return &mapMarker{at: at, dot: dot, label: label, tap: newTapArea(func() { v.selectPlace(p.ID) })}
}

func (v *mapView) selectPlace(id string) {
	v.touch()
	v.state.place = id
	v.rebuild()
}

// placePanel lists the selected place's events, or every place to choose.
func (v *mapView) placePanel() fyne.CanvasObject {
	box := container.NewVBox()
	if p := v.content.Place(v.state.place); p != nil {
		box.Add(subheading(v.loc.Text(p.Name)))
		box.Add(v.eventButtons(v.eventsAt(p.ID)))
		box.Add(newButton(v.loc.T(msgMapAllPlaces), func() { v.selectPlace("") }))
	} else {
		box.Add(para(v.loc.T(msgMapHint)))
		places := append([]*content.Place(nil), v.content.Places...)
		locale.SortPlaces(v.loc.Lang(), places)
		for _, p := range places {
			box.Add(newButton(v.loc.Text(p.Name), func() { v.selectPlace(p.ID) }))
		}
	}
	return container.NewStack(blank(380, 10), v.watch(NewVPan(container.NewPadded(box))))
}

func (v *mapView) eventsAt(place string) []*content.Event {
	var out []*content.Event
	for _, e := range v.content.Events {
		for _, p := range e.Places {
			if p == place {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// picture is the Map's picture, one for the shell's life: Fyne resamples a
// picture to its size on screen once per picture object, on the UI thread
// (170 ms for the map's million pixels with software GL), and a new object
// for every build of the Map did that every time the Map opened.
func (v *mapView) picture(m *geo.Map) *mapPicture {
	if v.s.mapPic == nil {
		w, h := 1600, int(1600/m.Aspect())
		img := artImage(mapKey(w, h), func() image.Image { return mapArt(m, w, h) })
		v.s.mapPic = newMapPicture(img)
	}
	return v.s.mapPic
}

// mapPicture holds the map's picture. Refreshing the screen around it does
// not refresh the picture, which never changes, so Fyne keeps its texture;
// a new size still redraws it.
type mapPicture struct {
	widget.BaseWidget
	img *canvas.Image
}

func newMapPicture(img *canvas.Image) *mapPicture {
	p := &mapPicture{img: img}
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer implements fyne.Widget.
func (p *mapPicture) CreateRenderer() fyne.WidgetRenderer { return mapPictureRenderer{p.img} }

type mapPictureRenderer struct{ img *canvas.Image }

func (r mapPictureRenderer) Layout(s fyne.Size)           { r.img.Resize(s) }
func (r mapPictureRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r mapPictureRenderer) Refresh()                     {}
func (r mapPictureRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.img} }
func (r mapPictureRenderer) Destroy()                     {}
