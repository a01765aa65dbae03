package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

var size1280 = fyne.NewSize(1280, 800)

// TestShell_TapThrough walks Home → Timeline → Event → Person → change
// language → Back, as a visitor would.
func TestShell_TapThrough(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	c := s.content
	tap(t, w, "Timeline")
	want(t, s, nav.Route{Screen: nav.Timeline})

	e := c.Event("2021-hong-beom-do-returns")
	tap(t, w, e.Title.EN)
	want(t, s, nav.Route{Screen: nav.Event, ID: e.ID})

	p := c.Person("hong-beom-do")
	tap(t, w, p.Name.EN)
	want(t, s, nav.Route{Screen: nav.Person, ID: p.ID})

	tap(t, w, "한국어")
	want(t, s, nav.Route{Screen: nav.Person, ID: p.ID})
	if s.Lang() != content.KO {
		t.Fatalf("language = %s, want ko", s.Lang())
	}
	if findTappable(w.Content(), "뒤로") == nil {
		t.Fatal("the top bar did not switch to Korean")
	}

	tap(t, w, "뒤로")
	want(t, s, nav.Route{Screen: nav.Event, ID: e.ID})
	tap(t, w, "처음으로")
	want(t, s, nav.Route{Screen: nav.Home})
	if s.Lang() != content.KO {
		t.Fatal("Home must keep the visitor's language")
	}
}

func want(t *testing.T, s *Shell, r nav.Route) {
	t.Helper()
	if got := s.Route(); got != r {
		t.Fatalf("route = %+v, want %+v", got, r)
	}
}

func TestShell_PrevNext(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	first := s.content.Events[0]
	s.Open(nav.Route{Screen: nav.Event, ID: first.ID})
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
	for _, e := range s.filteredEvents() {
		if e.Category != "diplomacy" {
			t.Fatalf("filter let through %s (%s)", e.ID, e.Category)
		}
	}
	n := len(s.filteredEvents())
	if n == 0 || n == len(s.content.Events) {
		t.Fatalf("filter shows %d of %d events", n, len(s.content.Events))
	}
	if findTappable(w.Content(), s.content.Event("1937-deportation").Title.EN) != nil {
		t.Fatal("a history event is still on the filtered timeline")
	}
	tap(t, w, "All")
	if len(s.filteredEvents()) != len(s.content.Events) {
		t.Fatal("All does not clear the filter")
	}
}

func TestShell_PeopleSortedAndFiltered(t *testing.T) {
	s, w := newTestShell(t, content.KO, size1280)
	s.Open(nav.Route{Screen: nav.People})
	ps := s.filteredPeople()
	for i := 1; i < len(ps); i++ {
		if ps[i-1].Name.KO > ps[i].Name.KO { // Hangul syllables sort by code point
			t.Fatalf("not in Korean order: %s before %s", ps[i-1].Name.KO, ps[i].Name.KO)
		}
	}
	tap(t, w, s.content.Field("sport").Name.KO)
	for _, p := range s.filteredPeople() {
		if p.Field != "sport" {
			t.Fatalf("field filter let through %s", p.ID)
		}
	}
	tap(t, w, s.content.Person("denis-ten").Name.KO)
	want(t, s, nav.Route{Screen: nav.Person, ID: "denis-ten"})
}

// TestTimeline_DragWheelKeys scrolls the timeline the four ways a visitor can.
func TestTimeline_DragWheelKeys(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Timeline})
	pan := s.view.timeline.pan
	test.Drag(w.Canvas(), fyne.NewPos(600, 400), -300, 0)
	if pan.Offset() != 300 {
		t.Fatalf("drag: offset %v, want 300", pan.Offset())
	}
	pan.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -100)})
	if pan.Offset() != 400 {
		t.Fatalf("wheel: offset %v, want 400", pan.Offset())
	}
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if pan.Offset() >= 400 {
		t.Fatalf("left arrow did not scroll back: %v", pan.Offset())
	}
	tap(t, w, "Later")
	after := pan.Offset()
	tap(t, w, "Earlier")
	if pan.Offset() >= after {
		t.Fatal("Earlier did not scroll back")
	}
	pan.SetOffset(1e9)
	if pan.Offset() > pan.length()-pan.Page() {
		t.Fatal("offset not clamped at the end")
	}
	// the position survives a language switch
	off := pan.Offset()
	s.SetLanguage(content.KK)
	if s.view.timeline.pan.Offset() != off {
		t.Fatalf("language switch lost the timeline position: %v, want %v", s.view.timeline.pan.Offset(), off)
	}
}

// TestScreens_TouchTargets requires every button on every screen to be at
// least 48 px in both directions, at both kiosk sizes.
func TestScreens_TouchTargets(t *testing.T) {
	for _, size := range []fyne.Size{size1280, fyne.NewSize(1920, 1080)} {
		s, w := newTestShell(t, content.RU, size)
		for _, r := range allRoutes() {
			s.Open(r)
			w.Resize(size)
			for _, b := range buttons(w.Content()) {
				if b.Size().Height < minTouch || b.Size().Width < minTouch {
					t.Errorf("%v on %s: button %q is %v", size, r.Screen, b.Text, b.Size())
				}
			}
		}
	}
}

func allRoutes() []nav.Route {
	return []nav.Route{{Screen: nav.Home}, {Screen: nav.Timeline}, {Screen: nav.Event, ID: "1937-deportation"},
		{Screen: nav.People}, {Screen: nav.Person, ID: "hong-beom-do"}, {Screen: nav.About}, {Screen: nav.Map}}
}

func TestShell_Reset(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Timeline})
	tap(t, w, "Culture")
	test.Drag(w.Canvas(), fyne.NewPos(600, 400), -200, 0)
	s.Open(nav.Route{Screen: nav.People})
	s.SetLanguage(content.RU)
	s.Reset(content.KK)
	want(t, s, nav.Route{Screen: nav.Home})
	if s.Lang() != content.KK || s.view.category != "" || s.view.timelineX != 0 {
		t.Fatalf("reset left state behind: %s %+v", s.Lang(), s.view)
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
	s.Open(nav.Route{Screen: nav.Person, ID: "denis-ten"})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	want(t, s, nav.Route{Screen: nav.People})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	want(t, s, nav.Route{Screen: nav.Home})
	s.Open(nav.Route{Screen: nav.About})
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	want(t, s, nav.Route{Screen: nav.Home})
}

// TestScreens_FitSmallestWindow requires every screen, in every language,
// to fit a 1280×800 window, so nothing is cut off on the smallest kiosk.
func TestScreens_FitSmallestWindow(t *testing.T) {
	for _, lang := range content.Languages {
		s, _ := newTestShell(t, lang, size1280)
		for _, r := range allRoutes() {
			s.Open(r)
			if min := s.Object().MinSize(); min.Width > size1280.Width || min.Height > size1280.Height {
				t.Errorf("[%s] %s needs %v, more than 1280×800", lang, r.Screen, min)
			}
		}
	}
}

func TestShell_SwipeEventsAndPeople(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	e := s.content.Events[3]
	s.Open(nav.Route{Screen: nav.Event, ID: e.ID})
	test.Drag(w.Canvas(), fyne.NewPos(900, 400), -300, 10)
	want(t, s, nav.Route{Screen: nav.Event, ID: s.content.Events[4].ID})
	test.Drag(w.Canvas(), fyne.NewPos(300, 400), 300, 0)
	test.Drag(w.Canvas(), fyne.NewPos(300, 400), 300, 0)
	want(t, s, nav.Route{Screen: nav.Event, ID: s.content.Events[2].ID})

	s.Open(nav.Route{Screen: nav.People})
	ps := s.filteredPeople()
	s.Open(nav.Route{Screen: nav.Person, ID: ps[0].ID})
	test.Drag(w.Canvas(), fyne.NewPos(900, 400), -300, 0)
	want(t, s, nav.Route{Screen: nav.Person, ID: ps[1].ID})
}

func TestShell_SetContentKeepsScreenWhenItemExists(t *testing.T) {
	s, _ := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Event, ID: "1937-deportation"})
	s.SetContent(s.content)
	want(t, s, nav.Route{Screen: nav.Event, ID: "1937-deportation"})
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
