package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

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
