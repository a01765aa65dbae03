package screens

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// luminance is WCAG 2's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func ratio(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// TestTheme_Contrast requires WCAG AA (4.5:1) for body text and controls,
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
	if r := ratio(themeFor(0, true).Color(theme.ColorNameForeground, 0), themeFor(0, true).Color(theme.ColorNameBackground, 0)); r < 7 {
		t.Errorf("the high-contrast theme's body text is only %.2f:1", r)
	}
}

func TestShell_AccessAndReset(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	tap(t, w, "A++")
	if th := current(); th.scale != TextScales[2] {
		t.Fatalf("text scale %v", th.scale)
	}
	tap(t, w, "High contrast")
	if current().pal != contrast {
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
	if current().pal != standard || current().scale != 1 {
		t.Fatal("the idle reset must restore the standard theme")
	}
}
