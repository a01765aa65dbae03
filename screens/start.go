package screens

import (
	"log"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/sdnotify"
	"github.com/koryo-exhibit/koryo/app/startup"
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
	read   time.Time // when the start content's folder began to be read
}

// deps are what Start takes from the machine: the clock, and how to run a
// function again and again (a ticker on its own goroutine, through the UI
// thread). Tests pass a fake clock and tick by hand.
type deps struct {
	clock   clock.Clock
	every   func(d time.Duration, stop <-chan struct{}, fn func())
	today   time.Time
	content func() (startup.Start, error) // the start content, perhaps loading already
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
// content (from content, which startup.Preload may have begun before Fyne
// started; nil loads it here) and the catalogues, and sets up the main
// window for the mode. Problems are logged and shown to staff; the window
// never stays blank. The caller runs the app (a.Run()).
func Start(a fyne.App, o startup.Options, content func() (startup.Start, error)) *Exhibit {
	d := realDeps
	d.today = time.Now()
	d.content = content
	return start(a, o, d)
}

func start(a fyne.App, o startup.Options, d deps) *Exhibit {
	cfg, err := config.Load(o.ConfigPath)
	if err != nil {
		log.Print(err) // the settings returned are still usable
	}
	a.Settings().SetTheme(NewTheme())
	// GLFW names the window's class after the title it is made with, and
	// the desktop entry's StartupWMClass must match it: a fixed name first,
	// the translated title once the shell is attached.
	w := a.NewWindow(windowClass)
	w.Resize(fyne.NewSize(1280, 800))
	w.SetFullScreen(o.Fullscreen || o.Mode == startup.Kiosk)
	o.ContentDir = startup.ContentDir(o, cfg)
	x := &Exhibit{App: a, Window: w, cfg: cfg, opts: o, deps: d}
	go warmFonts()
	bg, _ := themedRect(theme.ColorNameBackground, 0)
	w.SetContent(bg)
	w.Show() // the graphics start while the content may still be loading
	shell, warning, err := x.newShell()
	if err != nil {
		log.Print(err)
		w.SetContent(ErrorScreen(err))
		return x
	}
	x.Shell = shell
	shell.SetBackground(inBackground)
	shell.qr, shell.version = x.cfg.QR, x.opts.Version
	shell.Attach(w)
	if o.Mode == startup.Kiosk {
		x.startKiosk(warning)
	} else {
		x.startDesktop(warning)
	}
	// Building the first screen parsed the fonts, the content and the
	// catalogues; Go keeps the garbage of that for reuse, and a kiosk runs
	// for months: hand it back to the system once (one GC, ~10 ms).
	go func() { time.Sleep(3 * time.Second); debug.FreeOSMemory() }()
	x.notifySystemd()
	return x
}

// inBackground runs work on a goroutine of its own and what it returns on
// the UI goroutine: the shell's Background in a running app.
func inBackground(work func() func()) {
	go func() {
		defer startup.LogPanic()
		fyne.Do(work())
	}()
}

// warmFonts measures a word in each text style the first screen uses, on
// its own goroutine, so Fyne parses the faces while the window opens and
// the content loads.
func warmFonts() {
	for _, s := range []fyne.TextStyle{{}, {Bold: true}} {
		fyne.MeasureText("Koryo 고려", 19, s)
	}
}

// windowClass is the main window's class, as the .desktop entry says.
const windowClass = "Koryo-saram Exhibit"

// notifySystemd tells systemd (Type=notify units, deploy/) that the app is
// up, and pings its watchdog through the UI thread: when the UI hangs the
// pings stop and systemd restarts the kiosk. Without NOTIFY_SOCKET it does
// nothing.
func (x *Exhibit) notifySystemd() {
	if err := sdnotify.Ready(); err != nil {
		log.Print("systemd: ", err)
	}
	if iv := sdnotify.Interval(); iv > 0 {
		x.deps.every(iv, nil, func() { _ = sdnotify.Watchdog() })
	}
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
	load := x.deps.content
	if load == nil {
		load = func() (startup.Start, error) { return startup.StartContent(x.opts.ContentDir, x.deps.today) }
	}
	st, err := load()
	if err != nil {
		return nil, "", err
	}
	x.read = st.Read
	for _, p := range st.Problems {
		log.Print(p.Error())
	}
	loc, err := locale.New(locales.FS, x.lang())
	if err != nil {
		return nil, "", err
	}
	loc.Missing = func(err error) { log.Print("missing translation: ", err) }
	return NewShell(st.Content, loc, x.deps.clock), st.Warning, nil
}

func (x *Exhibit) startDesktop(warning string) {
	s := x.Shell
	s.SetNotice(warning)
	s.SetPresentAction(x.startPresentation)
	if x.opts.Start != nil {
		s.Open(*x.opts.Start)
	}
	x.Window.SetContent(s.Object())
	if x.opts.Mode == startup.Present {
		x.startPresentation()
	}
	if x.opts.ContentDir != "" {
		x.livePreview(nil)
	}
}
