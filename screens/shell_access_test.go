package screens

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

func TestShell_AccessAndReset(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	tap(t, w, "A++")
	if th := current(); th.scale != TextScales[2] {
		t.Fatalf("text scale %v", th.scale)
	}
	tap(t, w, "High contrast")
	if !current().high {
		t.Fatal("high contrast not applied")
	}
	for _, r := range allRoutes() { // every screen still fits at the largest size
		s.Open(r)
		if min := s.Object().MinSize(); min.Width > size1280.Width {
			t.Errorf("%s at A++ needs %v", r.Screen, min)
		}
	}
	s.Open(nav.Route{Screen: nav.Timeline})
	s.Reset(content.KK)
	if current().high || current().scale != 1 {
		t.Fatal("the idle reset must restore the standard theme")
	}
}
