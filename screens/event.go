package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// eventView shows one event in full, with the era's art, its people and
// sources, and the way to the previous and next events.
type eventView struct {
	*ctx
	e *content.Event
}

func newEventView(c *ctx, e *content.Event) *eventView { return &eventView{c, e} }

func (v *eventView) buildUI() fyne.CanvasObject {
	e := v.e
	cat := v.content.Category(e.Category)
	era := v.content.Era(e.Era)
	meta := container.NewHBox(chip(v.loc.Text(cat.Name), parseHex(cat.Colour), false, nil),
		widget.NewLabel(v.loc.Text(era.Name)))
	if e.Planned {
		meta.Add(widget.NewLabelWithStyle(v.loc.T(msgEventPlanned), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	date := widget.NewLabelWithStyle(v.dateText(e), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	banner := v.eraImage(era, 960, 90)
	banner.SetMinSize(fyne.NewSize(200, 90))
	parts := []fyne.CanvasObject{banner, date, heading(v.loc.Text(e.Title)), meta}
	for _, p := range paragraphs(v.loc.Text(e.Text)) {
		parts = append(parts, para(p))
	}
	if len(e.Places) > 0 {
		parts = append(parts, subheading(v.loc.T(msgEventPlaces)), para(v.placeNames()))
	}
	if len(e.People) > 0 {
		parts = append(parts, subheading(v.loc.T(msgEventPeople)), v.peopleButtons(e.People))
	}
	parts = append(parts, v.sources(e.Sources)...)
	pg := v.page(parts...)
	pg.OnSwipe = func(d int) {
		if n := v.neighbour(d); n != nil {
			v.replace(nav.Route{Screen: nav.Event, ID: n.ID})
		}
	}
	return container.NewBorder(nil, v.prevNext(), nil, nil, pg)
}

func (v *eventView) placeNames() string {
	names := make([]string, 0, len(v.e.Places))
	for _, id := range v.e.Places {
		names = append(names, v.loc.Text(v.content.Place(id).Name))
	}
	return strings.Join(names, " · ")
}

// prevNext steps through the events in time order, within the current
// category filter.
func (v *eventView) prevNext() fyne.CanvasObject {
	step := func(d int, label *Message, icon fyne.Resource) *button {
		b := newButtonIcon(v.loc.T(label), icon, nil)
		if n := v.neighbour(d); n != nil {
			b.OnTapped = func() { v.replace(nav.Route{Screen: nav.Event, ID: n.ID}) }
		} else {
			b.Disable()
		}
		return b
	}
	prev := step(-1, msgEventPrev, theme.NavigateBackIcon())
	next := step(1, msgEventNext, theme.NavigateNextIcon())
	next.IconPlacement = widget.ButtonIconTrailingText
	return container.NewPadded(container.NewHBox(prev, layout.NewSpacer(), next))
}

// neighbour is the event d steps from this one in time, within the
// category filter when the event is in it; nil past either end.
func (v *eventView) neighbour(d int) *content.Event {
	evs := v.filteredEvents()
	i := indexOf(evs, v.e)
	if i < 0 {
		evs, i = v.content.Events, v.content.EventIndex(v.e.ID)
	}
	if j := i + d; i >= 0 && j >= 0 && j < len(evs) {
		return evs[j]
	}
	return nil
}

func indexOf(evs []*content.Event, e *content.Event) int {
	for i, x := range evs {
		if x == e {
			return i
		}
	}
	return -1
}
