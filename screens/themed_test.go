package screens

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// TestPainted_FollowsTheTheme: what the screens colour themselves takes
// its colours from the theme when it is painted, so a theme switch
// repaints the screen shown without building it again (the map's route
// and dots here, which once kept the colours they were built with).
func TestPainted_FollowsTheTheme(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	s.Open(nav.Route{Screen: nav.Map})
	for _, p := range []palette{contrast, standard} {
		test.ApplyTheme(t, themeFor(0, p == contrast))
		lines, dots := 0, 0
		walk(w.Content(), func(o fyne.CanvasObject) bool {
			switch v := o.(type) {
			case *canvas.Line:
				lines++
				if !same(v.StrokeColor, p.accent) {
					t.Errorf("high contrast %v: route %v, want %v", p == contrast, v.StrokeColor, p.accent)
				}
			case *canvas.Circle:
				dots++
				if !same(v.FillColor, p.accent) || !same(v.StrokeColor, p.paper) {
					t.Errorf("high contrast %v: dot %v ringed %v", p == contrast, v.FillColor, v.StrokeColor)
				}
			}
			return true
		})
		if lines == 0 || dots == 0 {
			t.Fatalf("%d route lines and %d dots on the map", lines, dots)
		}
	}
}

func same(a, b color.Color) bool {
	return a != nil && color.NRGBAModel.Convert(a) == color.NRGBAModel.Convert(b)
}
