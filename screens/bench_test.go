package screens

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

var size1080 = fyne.NewSize(1920, 1080)

// BenchmarkOpenScreen builds each screen and renders the 1920×1080 canvas
// to pixels with Fyne's software painter. Target: under 50 ms.
func BenchmarkOpenScreen(b *testing.B) {
	for _, r := range allRoutes() {
		b.Run(r.Screen.String(), func(b *testing.B) {
			s, w := newTestShell(b, content.KO, size1080)
			b.ReportAllocs()
			for b.Loop() {
				s.Home()
				s.Open(r)
				w.Canvas().Capture()
			}
		})
	}
}

// BenchmarkSwitchLanguage switches the language on each screen and renders
// the canvas. Target: under 50 ms.
func BenchmarkSwitchLanguage(b *testing.B) {
	for _, r := range allRoutes() {
		b.Run(r.Screen.String(), func(b *testing.B) {
			s, w := newTestShell(b, content.EN, size1080)
			s.Open(r)
			langs := content.Languages
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				s.SetLanguage(langs[i%len(langs)])
				w.Canvas().Capture()
				i++
			}
		})
	}
}

// BenchmarkBuildScreen measures building a screen without painting it.
func BenchmarkBuildScreen(b *testing.B) {
	for _, r := range allRoutes() {
		b.Run(r.Screen.String(), func(b *testing.B) {
			s, _ := newTestShell(b, content.KK, size1080)
			b.ReportAllocs()
			for b.Loop() {
				s.Home()
				s.Open(r)
			}
		})
	}
}

var _ = nav.Home
