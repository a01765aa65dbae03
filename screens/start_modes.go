package screens

import (
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/startup"
	"github.com/koryo-exhibit/koryo/app/stats"
	"github.com/koryo-exhibit/koryo/app/watch"
)

// staffChord opens the PIN pad from a keyboard: Ctrl+Alt+P.
var staffChord = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt}

// startKiosk locks the window down and runs the shell as a kiosk.
func (x *Exhibit) startKiosk(warning string) {
	var rec *stats.Recorder
	if x.cfg.Statistics {
		rec = stats.NewRecorder(startup.VisitLog(x.cfg, x.opts.ConfigPath), x.deps.clock)
		rec.Kiosk = x.cfg.Name // a fleet's visits say where they were made
	}
	k := NewKiosk(x.Shell, KioskOptions{
		Config: x.cfg, Default: x.lang(), Clock: x.deps.clock, Recorder: rec, Warning: warning, Start: x.kioskStart(),
		OnExit: func() {
			if rec != nil {
				_ = rec.End()
			}
			x.App.Quit()
		},
		OnSave: func(c config.Config) error { return config.Save(x.opts.ConfigPath, c) },
	})
	x.Kiosk = k
	if x.cfg.PINHash == "" {
		log.Printf("kiosk: no valid staff PIN in %s, so the staff menu stays locked: run `koryo set-pin --config %s`", x.opts.ConfigPath, x.opts.ConfigPath)
	}
	x.Window.SetCloseIntercept(func() {}) // the close button and Alt+F4 do nothing
	x.Window.Canvas().AddShortcut(staffChord, func(fyne.Shortcut) { k.OpenStaff() })
	x.Window.SetContent(k.Object())
	x.deps.every(time.Second, nil, k.Tick)
	if x.opts.ContentDir != "" { // a fleet's shared folder: new content at the idle reset
		_ = x.watchContent(5*time.Second, nil, k.OfferContent)
	}
}

// startPresentation turns the main window into the audience window (full
// screen) and opens a presenter window beside it. Fyne cannot choose a
// monitor: the window manager places them, and staff drag the audience
// window to the projector (see docs/presenting.md). Leaving returns the
// main window to the exhibit.
func (x *Exhibit) startPresentation() {
	a, w, s := x.App, x.Window, x.Shell
	p := NewPresentation(s, x.deps.clock, x.opts.Tour, 30*time.Second)
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
	x.deps.every(time.Second, stop, p.Tick)
}

// livePreview is the desktop's watch on the content folder: a change that
// passes its checks is shown at once (a curator editing), one that breaks
// it leaves the last good content and shows the problem above the screen.
func (x *Exhibit) livePreview(stop <-chan struct{}) {
	_ = x.watchContent(500*time.Millisecond, stop, func(c *content.Content, warning string) {
		x.Shell.SetNotice(warning)
		if c != nil {
			x.Shell.SetContent(c)
		}
	})
}

// watchContent checks the content folder every interval, on a goroutine
// of its own, and after each change (once the folder has settled) loads
// and validates it there, then calls apply on the UI goroutine with the
// content (nil when it failed) and a warning for staff. A folder that
// disappears (a share gone) fails its checks: the last good content stays.
// Changes count from when the start content began to be read, so an edit
// made while it loaded is not lost (watch.Since); the returned channel
// closes once the folder's first fingerprint is taken, on the goroutine.
func (x *Exhibit) watchContent(every time.Duration, stop <-chan struct{}, apply func(*content.Content, string)) <-chan struct{} {
	dir, read := x.opts.ContentDir, x.read
	watching := make(chan struct{})
	go func() {
		defer startup.LogPanic()
		var w *watch.Folder
		if read.IsZero() { // a test's content, not read from the folder
			w = watch.New(dir)
		} else {
			w = watch.Since(dir, read)
		}
		close(watching)
		w.Poll(every, stop, func() {
			c, ps := startup.LoadToShow(dir, time.Now())
			errs := ps.Errors()
			warning := ""
			if len(errs) > 0 {
				log.Print(errs.Error())
				c, warning = nil, startup.FolderWarning(dir, errs, "the last good content is still shown")
			}
			fyne.Do(func() { apply(c, warning) })
		})
	}()
	return watching
}

// kioskStart is where every visit starts: --start, else the settings'
// start (both checked when read), else Home.
func (x *Exhibit) kioskStart() nav.Route {
	if x.opts.Start != nil { // --start home too: it overrides the settings
		return *x.opts.Start
	}
	r, _ := nav.ParseRoute(x.cfg.Start)
	return r
}
