package screens

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// TestShell_PreparesPeopleAndTimeline: given a background, the shell
// sorts the people in every language and places the events before anyone
// asks; People then shows that very order, and what was made for content
// that has since been replaced is dropped.
func TestShell_PreparesPeopleAndTimeline(t *testing.T) {
	s, _ := newShellWith(t, synthContent(t, 100), content.EN, size1280)
	var pending []func() func()
	s.SetBackground(func(work func() func()) { pending = append(pending, work) })
	if len(pending) != 1 || len(s.people) != 0 {
		t.Fatalf("want one piece of work queued and nothing made yet: %d, %d", len(pending), len(s.people))
	}
	pending[0]()()
	for _, l := range s.langs() {
		if s.people[peopleKey{lang: l}] == nil {
			t.Errorf("the people in %s were not prepared", l)
		}
	}
	prepared := s.people[peopleKey{lang: content.KO}]
	if s.tracks[""] == nil {
		t.Fatal("the timeline was not prepared")
	}
	s.SetLanguage(content.KO)
	s.Open(nav.Route{Screen: nav.People})
	if v := s.current.(*peopleView); &v.people[0] != &prepared.people[0] {
		t.Fatal("People sorted again instead of showing the prepared order")
	}
	stale := pending[0]
	s.Home()
	s.SetContent(synthContent(t, 10))
	stale()()
	if len(s.people) != 0 || len(s.tracks) != 0 {
		t.Fatalf("what was prepared for the old content was kept: %d orders, %d timelines", len(s.people), len(s.tracks))
	}
}
