package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
)

// TestScreens_Golden keeps the markup of every screen of the fixture
// content in every language under testdata/<screen>/<lang>.xml, and in the
// high-contrast theme under testdata/<screen>/hc.xml. After an intended
// change, run `make goldens` and review the diff.
func TestScreens_Golden(t *testing.T) {
	for _, lang := range content.Languages {
		t.Run(string(lang), func(t *testing.T) {
			s, w := newTestShell(t, lang, size1280)
			for _, r := range allRoutes() {
				s.Open(r)
				test.AssertRendersToMarkup(t, fmt.Sprintf("%s/%s.xml", r.Screen, lang), w.Canvas())
			}
		})
	}
	t.Run("high contrast", func(t *testing.T) {
		s, w := newTestShell(t, content.EN, size1280)
		s.SetHighContrast(true)
		for _, r := range allRoutes() {
			s.Open(r)
			test.AssertRendersToMarkup(t, fmt.Sprintf("%s/hc.xml", r.Screen), w.Canvas())
		}
	})
}
