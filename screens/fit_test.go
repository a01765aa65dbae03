package screens

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
)

// The fit and touch-target rules must hold for the fixture and for the real
// exhibit, whose texts are longer.
func contents(t *testing.T) map[string]*content.Content {
	return map[string]*content.Content{"fixture": fixture(t), "bundled": bundled(t)}
}

// TestScreens_TouchTargets requires every button on every screen to be at
// least 48 px in both directions, at both kiosk sizes.
func TestScreens_TouchTargets(t *testing.T) {
	for name, c := range contents(t) {
		for _, size := range []fyne.Size{size1280, fyne.NewSize(1920, 1080)} {
			s, w := newShellWith(t, c, content.RU, size)
			for _, r := range routesOf(c) {
				s.Open(r)
				w.Resize(size)
				for _, b := range buttons(w.Content()) {
					if b.Size().Height < minTouch || b.Size().Width < minTouch {
						t.Errorf("%s %v on %s: button %q is %v", name, size, r.Screen, b.Text, b.Size())
					}
				}
			}
		}
	}
}

// TestScreens_FitSmallestWindow requires every screen, in every language,
// to fit a 1280×800 window, so nothing is cut off on the smallest kiosk.
func TestScreens_FitSmallestWindow(t *testing.T) {
	for name, c := range contents(t) {
		for _, lang := range content.Languages {
			s, _ := newShellWith(t, c, lang, size1280)
			for _, r := range routesOf(c) {
				s.Open(r)
				if min := s.Object().MinSize(); min.Width > size1280.Width || min.Height > size1280.Height {
					t.Errorf("%s [%s] %s needs %v, more than 1280×800", name, lang, r.Screen, min)
				}
			}
		}
	}
}
