package main

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/screens"
)

// startPresentation turns the main window into the audience window (full
// screen) and opens a presenter window beside it. Fyne cannot choose a
// monitor: the window manager places them, and staff drag the audience
// window to the projector (see docs/presenting.md). Leaving returns the
// main window to the exhibit.
func startPresentation(a fyne.App, w fyne.Window, s *screens.Shell, tour time.Duration) {
	p := screens.NewPresentation(s, clock.Real{}, tour, 30*time.Second)
	pw := a.NewWindow("Koryo-saram — presenter")
	stop := make(chan struct{})
	p.OnFullScreen = func(on bool) bool { w.SetFullScreen(on); return w.FullScreen() }
	p.IsFullScreen = w.FullScreen
	p.OnExit = func() {
		close(stop)
		p.Close()
		pw.Close()
		w.SetFullScreen(false)
		w.SetContent(s.Object())
		s.Attach(w)
		w.Canvas().SetOnTypedRune(nil)
	}
	for _, win := range []fyne.Window{w, pw} {
		win.Canvas().SetOnTypedKey(p.TypedKey)
		win.Canvas().SetOnTypedRune(p.TypedRune)
	}
	pw.SetContent(p.Presenter())
	pw.Resize(fyne.NewSize(1280, 800))
	pw.SetCloseIntercept(p.OnExit)
	w.SetContent(p.Audience())
	w.SetFullScreen(true)
	pw.Show()
	go everySecond(stop, p.Tick)
}

// everySecond runs fn on the UI goroutine once a second until stop is
// closed (never, when stop is nil), logging a panic before the process dies.
func everySecond(stop <-chan struct{}, fn func()) {
	defer logPanic()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			fyne.Do(fn)
		}
	}
}
