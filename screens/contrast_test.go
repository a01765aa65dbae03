package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/present"
)

// The contrast tests paint every view in the standard and the
// high-contrast theme and measure each text against what is really behind
// it (art and the map under their veils included): at least 4.5:1 for
// text, 3:1 for the scroll bars and the map's markers. What is not
// measured, and why, is said at painting.

// highContrast is both themes, the standard one first.
var highContrast = []bool{false, true}

// TestScreens_Contrast: the visitor's screens, in English, Korean and
// Kazakh (the longest texts), the map with a place chosen.
func TestScreens_Contrast(t *testing.T) {
	routes := append(allRoutes(), nav.Route{Screen: nav.Timeline, ID: "today"})
	for _, lang := range []content.Lang{content.EN, content.KO, content.KK} {
		for _, high := range highContrast {
			s, w := newTestShell(t, lang, size1280)
			s.SetHighContrast(high)
			for _, r := range routes {
				s.Open(r)
				if r.Screen == nav.Map {
					s.current.(*mapView).selectPlace("ushtobe")
				}
				checkContrast(t, fmt.Sprintf("%s, high contrast %v, %s", lang, high, r), w)
			}
		}
	}
}

// TestScreens_ContrastListScrollBar: the people grid's own scroll bar
// (vgrid), with more people than fit the window.
func TestScreens_ContrastListScrollBar(t *testing.T) {
	for _, high := range highContrast {
		s, w := newShellWith(t, synthContent(t, 100), content.EN, size1280)
		s.SetHighContrast(high)
		s.Open(nav.Route{Screen: nav.People})
		if !measured(checkContrast(t, fmt.Sprintf("high contrast %v, 20 people", high), w), "list scroll bar") {
			t.Errorf("high contrast %v: the people grid shows no scroll bar", high)
		}
	}
}

// TestKiosk_Contrast: the attract loop's event and person highlights (each
// in the next language), the PIN pad with its message, and the staff menu
// with a warning and the dashboard of a visit log, in a window tall enough
// to show all of it.
func TestKiosk_Contrast(t *testing.T) {
	for _, high := range highContrast {
		where := func(what string) string { return fmt.Sprintf("high contrast %v, %s", high, what) }
		k, s, w, _ := newTestKiosk(t, config.Defaults())
		writeLog(t, k.opts.Recorder.Path, knownVisits()...)
		k.opts.Warning = "Content folder /srv/exhibit: 1 error(s)"
		s.SetHighContrast(high)
		kinds := map[string]bool{}
		for i := 0; i < 4; i++ {
			k.attract.i = i
			k.show(KioskAttract)
			lang, sl := k.attract.current()
			kind := map[bool]string{true: "event", false: "person"}[sl.event != nil]
			kinds[kind] = true
			checkContrast(t, where(fmt.Sprintf("attract loop, %s in %s", kind, lang)), w)
		}
		if len(kinds) != 2 {
			t.Fatalf("the attract loop showed only %v", kinds)
		}
		k.show(KioskPIN)
		checkContrast(t, where("PIN pad"), w)
		w.Resize(fyne.NewSize(size1280.Width, 2400))
		k.show(KioskStaff)
		checkContrast(t, where("staff menu"), w)
	}
}

// TestPresentation_Contrast: the audience and presenter windows on the
// first era, event and person slides.
func TestPresentation_Contrast(t *testing.T) {
	for _, high := range highContrast {
		p, _, pw := newTestPresentation(t, 0)
		aw := test.NewTempWindow(t, p.Audience())
		aw.Resize(size1280)
		p.s.SetHighContrast(high)
		for _, i := range firstOfEachKind(p.deck.Slides) {
			p.deck.Index = i
			p.render()
			for name, w := range map[string]fyne.Window{"audience": aw, "presenter": pw} {
				checkContrast(t, fmt.Sprintf("high contrast %v, %s, slide %d", high, name, i+1), w)
			}
		}
	}
}

// TestTheme_Contrast requires WCAG AA (4.5:1) for the theme's text pairs,
// in the standard and the high-contrast theme, computed from the theme.
func TestTheme_Contrast(t *testing.T) {
	pairs := []struct {
		what   string
		fg, bg fyne.ThemeColorName
	}{
		{"body text on the page", theme.ColorNameForeground, theme.ColorNameBackground},
		{"button text", theme.ColorNameForeground, theme.ColorNameButton},
		{"highlighted button text", theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{"disabled text on the page", theme.ColorNameDisabled, theme.ColorNameBackground},
		{"disabled button text", theme.ColorNameDisabled, theme.ColorNameDisabledButton},
		{"a warning to staff on the page", theme.ColorNameError, theme.ColorNameBackground},
		{"danger button text (Exit)", theme.ColorNameForegroundOnError, theme.ColorNameError},
	}
	for _, high := range []bool{false, true} {
		th := themeFor(0, high)
		for _, p := range pairs {
			fg, bg := th.Color(p.fg, theme.VariantLight), th.Color(p.bg, theme.VariantLight)
			if r := ratio(fg, bg); r < 4.5 {
				t.Errorf("high contrast %v: %s: %.2f:1, below 4.5:1", high, p.what, r)
			}
		}
	}
	hc := themeFor(0, true)
	if r := ratio(hc.Color(theme.ColorNameForeground, 0), hc.Color(theme.ColorNameBackground, 0)); r < 7 {
		t.Errorf("the high-contrast theme's body text is only %.2f:1", r)
	}
}

// measured reports whether what was measured includes a painting named
// what.
func measured(ps []painting, what string) bool {
	for _, p := range ps {
		if p.what == what {
			return true
		}
	}
	return false
}

// firstOfEachKind is the index of the first era, event and person slide.
func firstOfEachKind(slides []present.Slide) []int {
	var out []int
	seen := map[int]bool{}
	for i, s := range slides {
		kind := 0
		switch {
		case s.Event != nil:
			kind = 1
		case s.Person != nil:
			kind = 2
		}
		if !seen[kind] {
			seen[kind] = true
			out = append(out, i)
		}
	}
	return out
}
