package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
)

// TestScreens_Golden keeps the markup of every screen of the fixture
// content in every language under testdata/<screen>/<lang>.xml, and in the
// high-contrast theme under testdata/<screen>/hc.xml: one sub-test per
// screen and language (`-run Golden/map/ko`). After an intended change,
// run `make goldens` and review the diff.
func TestScreens_Golden(t *testing.T) {
	for _, lang := range content.Languages {
		s, w := newTestShell(t, lang, size1280)
		goldens(t, s, w, string(lang))
	}
	s, w := newTestShell(t, content.EN, size1280)
	s.SetHighContrast(true)
	goldens(t, s, w, "hc")
}

// goldens runs a sub-test per screen that compares the window's markup
// with testdata/<screen>/<name>.xml.
func goldens(t *testing.T, s *Shell, w fyne.Window, name string) {
	for _, r := range allRoutes() {
		t.Run(r.Screen.String()+"/"+name, func(t *testing.T) {
			s.Open(r)
			test.AssertRendersToMarkup(t, fmt.Sprintf("%s/%s.xml", r.Screen, name), w.Canvas())
		})
	}
}
