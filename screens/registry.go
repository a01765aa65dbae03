package screens

import (
	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// view is one screen, made for a route by its screenSpec: buildUI builds
// its canvas objects.
type view interface {
	buildUI() fyne.CanvasObject
}

// keyed is a view that handles keys itself; it reports whether it did.
type keyed interface {
	typedKey(e *fyne.KeyEvent) bool
}

// screenSpec is a screen as data: its title in the top bar (nil for none:
// Home, events and people have their own headings), how to make its view,
// and, for a screen of one item, whether the item exists.
type screenSpec struct {
	title *Message
	make  func(c *ctx, id string) view
	item  func(c *content.Content, id string) bool
}

// registry holds every visitor screen.
var registry = map[nav.Screen]screenSpec{
	nav.Home:     {make: func(c *ctx, _ string) view { return newHomeView(c) }},
	nav.Timeline: {title: msgNavTimeline, make: func(c *ctx, era string) view { return newTimelineView(c, era) }},
	nav.Event: {make: func(c *ctx, id string) view { return newEventView(c, c.content.Event(id)) },
		item: func(c *content.Content, id string) bool { return c.Event(id) != nil }},
	nav.People: {title: msgNavPeople, make: func(c *ctx, _ string) view { return newPeopleView(c) }},
	nav.Person: {make: func(c *ctx, id string) view { return newPersonView(c, c.content.Person(id)) },
		item: func(c *content.Content, id string) bool { return c.Person(id) != nil }},
	nav.About: {title: msgNavAbout, make: func(c *ctx, _ string) view { return newAboutView(c) }},
	nav.Map:   {title: msgNavMap, make: func(c *ctx, _ string) view { return newMapView(c) }},
}

// specFor is the route's screen; Home when the route names an item the
// content does not have (a stale deep link), so no screen is ever blank.
func (s *Shell) specFor(r nav.Route) screenSpec {
	spec, ok := registry[r.Screen]
	if !ok || spec.missing(s.content, r) {
		return registry[nav.Home]
	}
	return spec
}

// missing reports whether the route names an item the content lacks.
func (spec screenSpec) missing(c *content.Content, r nav.Route) bool {
	return spec.item != nil && !spec.item(c, r.ID)
}

// open makes the route's view.
func (spec screenSpec) open(c *ctx, r nav.Route) view { return spec.make(c, r.ID) }
