package screens

import (
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/startup"
	"github.com/koryo-exhibit/koryo/app/stats"
	"github.com/koryo-exhibit/koryo/app/watch"
	"github.com/koryo-exhibit/koryo/locales"
)

// Exhibit is the running app: its main window and the shell in it, and,
// in kiosk mode, the kiosk around the shell.
type Exhibit struct {
	App    fyne.App
	Window fyne.Window
	Shell  *Shell
	Kiosk  *Kiosk
	cfg    config.Config
	opts   startup.Options
	deps   deps
}

// deps are what Start takes from the machine: the clock, and how to run a
// function again and again (a ticker on its own goroutine, through the UI
// thread). Tests pass a fake clock and tick by hand.
type deps struct {
	clock clock.Clock
	every func(d time.Duration, stop <-chan struct{}, fn func())
	today time.Time
}

var realDeps = deps{clock: clock.Real{}, every: uiEvery}

// uiEvery runs fn on the UI goroutine every d until stop is closed.
func uiEvery(d time.Duration, stop <-chan struct{}, fn func()) {
	go func() {
		defer startup.LogPanic()
		clock.Every(d, stop, func() { fyne.Do(fn) })
	}()
}

// Start opens the exhibit on a as o asks: it reads the settings, the
// content and the catalogues, and sets up the main window for the mode.
// Problems are logged and shown to staff; the window never stays blank.
// The caller runs the app (a.Run()).
func Start(a fyne.App, o startup.Options) *Exhibit {
	d := realDeps
	d.today = time.Now()
	return start(a, o, d)
}

func start(a fyne.App, o startup.Options, d deps) *Exhibit {
	cfg, err := config.Load(o.ConfigPath)
	if err != nil {
		log.Print(err) // the settings returned are still usable
	}
	a.Settings().SetTheme(NewTheme())
	w := a.NewWindow("Koryo-saram")
	w.Resize(fyne.NewSize(1280, 800))
	w.SetFullScreen(o.Fullscreen || o.Mode == startup.Kiosk)
	x := &Exhibit{App: a, Window: w, cfg: cfg, opts: o, deps: d}
	shell, warning, err := x.newShell()
	if err != nil {
		log.Print(err)
		w.SetContent(ErrorScreen(err))
		w.Show()
		return x
	}
	x.Shell = shell
	shell.Attach(w)
	if o.Mode == startup.Kiosk {
		x.startKiosk(warning)
	} else {
		x.startDesktop(warning)
	}
	w.Show()
	return x
}

// lang is the language every visit starts in: the flag, else the
// settings, else the OS locale, else English.
func (x *Exhibit) lang() content.Lang {
	l := x.opts.Lang
	if l == "" {
		l = x.cfg.Language
	}
	return locale.Default(string(l), locale.OSLocales())
}

// newShell puts the content and the catalogues into the visitor view.
func (x *Exhibit) newShell() (*Shell, string, error) {
	st, err := startup.StartContent(x.opts.ContentDir, x.deps.today)
	if err != nil {
		return nil, "", err
	}
	for _, p := range st.Problems {
		log.Print(p.Error())
	}
	loc, err := locale.New(locales.FS, x.lang())
	if err != nil {
		return nil, "", err
	}
	loc.Missing = func(err error) { log.Print("missing translation: ", err) }
	return NewShell(st.Content, loc), st.Warning, nil
}

func (x *Exhibit) startDesktop(warning string) {
	s := x.Shell
	s.SetNotice(warning)
	s.OnPresent = x.startPresentation
	s.rebuild()
	x.Window.SetContent(s.Object())
	if x.opts.Mode == startup.Present {
		x.startPresentation()
	}
	if x.opts.ContentDir != "" {
		go x.livePreview(nil)
	}
}

// staffChord opens the PIN pad from a keyboard: Ctrl+Alt+P.
var staffChord = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt}

// startKiosk locks the window down and runs the shell as a kiosk.
func (x *Exhibit) startKiosk(warning string) {
	var rec *stats.Recorder
	if x.cfg.Statistics {
		rec = stats.NewRecorder(startup.VisitLog(x.cfg, x.opts.ConfigPath), x.deps.clock)
	}
	k := NewKiosk(x.Shell, KioskOptions{
		Config: x.cfg, Default: x.lang(), Clock: x.deps.clock, Recorder: rec, Warning: warning,
		OnExit: func() {
			if rec != nil {
				_ = rec.End()
			}
			x.App.Quit()
		},
		OnSave: func(c config.Config) error { return config.Save(x.opts.ConfigPath, c) },
	})
	x.Kiosk = k
	x.Window.SetCloseIntercept(func() {}) // the close button and Alt+F4 do nothing
	x.Window.Canvas().AddShortcut(staffChord, func(fyne.Shortcut) { k.OpenStaff() })
	x.Window.SetContent(k.Object())
	x.deps.every(time.Second, nil, k.Tick)
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

// livePreview reloads the content folder whenever a file in it changes
// (checked twice a second) and keeps the last good content when a change
// breaks it, showing the problem above the screen.
func (x *Exhibit) livePreview(stop <-chan struct{}) {
	defer startup.LogPanic()
	dir := x.opts.ContentDir
	watch.New(dir).Poll(500*time.Millisecond, stop, func() {
		c, _, ps := startup.LoadFolder(dir, time.Now())
		errs := ps.Errors()
		fyne.Do(func() {
			if len(errs) > 0 {
				log.Print(errs.Error())
				x.Shell.SetNotice(startup.FolderWarning(dir, errs, "the last good content is still shown"))
				return
			}
			x.Shell.SetContent(c)
			x.Shell.SetNotice("")
		})
	})
}
