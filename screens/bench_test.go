package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/koryo-exhibit/koryo/app/content"
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

// BenchmarkCaptureBaseline paints an empty 1920×1080 canvas with the
// software painter: the floor under every figure of BenchmarkOpenScreen.
func BenchmarkCaptureBaseline(b *testing.B) {
	_, w := newTestShell(b, content.EN, size1080)
	w.SetContent(canvas.NewRectangle(standard.paper))
	w.Resize(size1080)
	for b.Loop() {
		w.Canvas().Capture()
	}
}
