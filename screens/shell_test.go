package screens

import (
	"testing"

	"fyne.io/fyne/v2"

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
