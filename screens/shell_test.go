package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

var size1280 = fyne.NewSize(1280, 800)

// allRoutes is every screen, on items of the fixture content.
func allRoutes() []nav.Route {
	return []nav.Route{{Screen: nav.Home}, {Screen: nav.Timeline}, {Screen: nav.Event, ID: "1937-journey"},
		{Screen: nav.People}, {Screen: nav.Person, ID: "han-song"}, {Screen: nav.About}, {Screen: nav.Map}}
}

// routesOf is every screen on the first event and person of c.
func routesOf(c *content.Content) []nav.Route {
	return []nav.Route{{Screen: nav.Home}, {Screen: nav.Timeline}, {Screen: nav.Event, ID: c.Events[0].ID},
		{Screen: nav.People}, {Screen: nav.Person, ID: c.People[0].ID}, {Screen: nav.About}, {Screen: nav.Map}}
}

func want(t *testing.T, s *Shell, r nav.Route) {
	t.Helper()
	if got := s.Route(); got != r {
		t.Fatalf("route = %+v, want %+v", got, r)
	}
}

// TestShell_TapThrough walks Home → Timeline → Event → Person → change
// language → Back, as a visitor would.
func TestShell_TapThrough(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	tap(t, w, "Timeline")
	want(t, s, nav.Route{Screen: nav.Timeline})
	tap(t, w, "The long journey west")
	want(t, s, nav.Route{Screen: nav.Event, ID: "1937-journey"})
	tap(t, w, "Han Song")
	want(t, s, nav.Route{Screen: nav.Person, ID: "han-song"})

	tap(t, w, "한국어")
	want(t, s, nav.Route{Screen: nav.Person, ID: "han-song"})
	if s.Lang() != content.KO || findTappable(w.Content(), "뒤로") == nil {
		t.Fatalf("language %s: the top bar did not switch to Korean", s.Lang())
	}
	tap(t, w, "뒤로")
	want(t, s, nav.Route{Screen: nav.Event, ID: "1937-journey"})
	tap(t, w, "처음으로")
	want(t, s, nav.Route{Screen: nav.Home})
	if s.Lang() != content.KO {
		t.Fatal("Home must keep the visitor's language")
	}
}

func TestShell_PrevNext(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Event, ID: s.content.Events[0].ID})
	if b := findTappable(w.Content(), "Previous"); b == nil || !b.Disabled() {
		t.Fatal("Previous must be disabled on the first event")
	}
	tap(t, w, "Next")
	want(t, s, nav.Route{Screen: nav.Event, ID: s.content.Events[1].ID})
	tap(t, w, "Back")
	want(t, s, nav.Route{Screen: nav.Home})
}

func TestShell_CategoryFilter(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Timeline})
	tap(t, w, "Diplomacy")
	shown := s.ctx().filteredEvents()
	for _, e := range shown {
		if e.Category != "diplomacy" {
			t.Fatalf("filter let through %s (%s)", e.ID, e.Category)
		}
	}
	if len(shown) == 0 || len(shown) == len(s.content.Events) {
		t.Fatalf("filter shows %d of %d events", len(shown), len(s.content.Events))
	}
	if findTappable(w.Content(), "The long journey west") != nil {
		t.Fatal("a history event is still on the filtered timeline")
	}
	tap(t, w, "All")
	if len(s.ctx().filteredEvents()) != len(s.content.Events) {
		t.Fatal("All does not clear the filter")
	}
}

func TestShell_PeopleSortedAndFiltered(t *testing.T) {
	s, w := newTestShell(t, content.KO, size1280)
	s.Open(nav.Route{Screen: nav.People})
	ps := s.ctx().filteredPeople()
	for i := 1; i < len(ps); i++ {
		if ps[i-1].Name.KO > ps[i].Name.KO { // Hangul syllables sort by code point
			t.Fatalf("not in Korean order: %s before %s", ps[i-1].Name.KO, ps[i].Name.KO)
		}
	}
	tap(t, w, "스포츠")
	for _, p := range s.ctx().filteredPeople() {
		if p.Field != "sport" {
			t.Fatalf("field filter let through %s", p.ID)
		}
	}
	tap(t, w, "안나 텐")
	want(t, s, nav.Route{Screen: nav.Person, ID: "anna-ten"})
}

func TestShell_Reset(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Timeline})
	tap(t, w, "Culture")
	s.current.(*timelineView).zoom(4)
	s.Open(nav.Route{Screen: nav.People})
	s.SetLanguage(content.RU)
	s.Reset(content.KK)
	want(t, s, nav.Route{Screen: nav.Home})
	if s.Lang() != content.KK || s.state != (viewState{}) {
		t.Fatalf("reset left state behind: %s %+v", s.Lang(), s.state)
	}
}

func TestShell_MissingItemFallsBackToHome(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Event, ID: "no-such-event"})
	if findTappable(w.Content(), "Timeline") == nil {
		t.Fatal("an unknown event must show Home, not a blank screen")
	}
}

func TestShell_Keys(t *testing.T) {
	s, _ := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.People})
	s.Open(nav.Route{Screen: nav.Person, ID: "anna-ten"})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	want(t, s, nav.Route{Screen: nav.People})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	want(t, s, nav.Route{Screen: nav.Home})
	s.Open(nav.Route{Screen: nav.About})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	want(t, s, nav.Route{Screen: nav.Home})
}

func TestShell_SwipeEventsAndPeople(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	evs := s.content.Events
	s.Open(nav.Route{Screen: nav.Event, ID: evs[3].ID})
	test.Drag(w.Canvas(), fyne.NewPos(900, 400), -300, 10)
	want(t, s, nav.Route{Screen: nav.Event, ID: evs[4].ID})
	test.Drag(w.Canvas(), fyne.NewPos(300, 400), 300, 0)
	test.Drag(w.Canvas(), fyne.NewPos(300, 400), 300, 0)
	want(t, s, nav.Route{Screen: nav.Event, ID: evs[2].ID})

	s.Open(nav.Route{Screen: nav.People})
	ps := s.ctx().filteredPeople()
	s.Open(nav.Route{Screen: nav.Person, ID: ps[0].ID})
	test.Drag(w.Canvas(), fyne.NewPos(900, 400), -300, 0)
	want(t, s, nav.Route{Screen: nav.Person, ID: ps[1].ID})
}

func TestShell_SetContentKeepsScreenWhenItemExists(t *testing.T) {
	s, _ := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Event, ID: "1937-journey"})
	s.SetContent(s.content)
	want(t, s, nav.Route{Screen: nav.Event, ID: "1937-journey"})
	s.SetNotice("folder broken")
	if s.Notice() != "folder broken" {
		t.Fatal("notice not kept")
	}
	other := *s.content
	other.Langs = []content.Lang{content.RU}
	s.SetContent(&other) // a folder that provides only Russian
	if s.Lang() != content.RU || len(s.langs()) != 1 {
		t.Fatalf("language %s, buttons %v", s.Lang(), s.langs())
	}
}

// TestShell_KeyboardOnly: Tab moves the focus through the buttons and
// Enter presses the focused one.
func TestShell_KeyboardOnly(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	c := w.Canvas()
	for i := 0; i < 40 && s.Route().Screen == nav.Home; i++ {
		c.FocusNext()
		if b, ok := c.Focused().(*button); ok && b.Text == "Timeline" {
			b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}
	}
	want(t, s, nav.Route{Screen: nav.Timeline})
	c.FocusPrevious()
	if c.Focused() == nil {
		t.Fatal("Shift+Tab found nothing to focus")
	}
}

// TestShell_HooksHaveManyListeners: two listeners hear the same activity,
// and one that stops no longer hears.
func TestShell_HooksHaveManyListeners(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	var a, b int
	var views []nav.Route
	stopA := s.Hooks.Activity.Listen(func() { a++ })
	s.Hooks.Activity.Listen(func() { b++ })
	s.Hooks.View.Listen(func(v Viewed) { views = append(views, v.Route) })
	tap(t, w, "People")
	stopA()
	tap(t, w, "Back")
	if a != 1 || b != 2 || len(views) != 2 || views[0].Screen != nav.People {
		t.Fatalf("activity %d and %d, views %v", a, b, views)
	}
}
