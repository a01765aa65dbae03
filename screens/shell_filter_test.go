package screens

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

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
