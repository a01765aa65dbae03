package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/signal"
)

// Shell is the visitor view: a top bar (Back, Home, the four languages)
// over the current screen. It is the navigation core: it keeps the route
// stack, builds the current screen from the registry (registry.go) and
// builds it again when the language or the reading settings change, since
// screens are cheap functions of content, language and state. What happens
// in it is told through Hooks, to any number of listeners.
type Shell struct {
	content *content.Content
	loc     *locale.Localizer
	clock   clock.Clock
	stack   *nav.Stack
	state   viewState
	notice  string // a warning for staff above the screen; "" for none
	access  access
	present func() // desktop mode: starts the presentation; nil for none
	root    *fyne.Container
	win     fyne.Window
	current view
	ctrl    bool                      // a Control key is held: Ctrl+wheel zooms the timeline
	qr      bool                      // events and people show a QR code of their main source
	version string                    // the app's version, for About; "" for none
	people  map[peopleKey]*peopleData // sorted orders, for this content
	tracks  map[string]*tlData        // the timeline, by category filter, for this content
	mapPic  *mapPicture               // the Map's picture, kept so Fyne scales it once (map.go)
	// background prepares those caches for new content; nil: none
	background Background
	Hooks      Hooks
}

// Hooks are what the shell tells its listeners (the kiosk's idle timer and
// visit log, the presentation).
type Hooks struct {
	// Activity hears every visitor action: a tap that changes something, a
	// drag, a wheel turn, a key.
	Activity signal.Notice
	// View hears every screen shown, with the language it is shown in.
	View signal.Signal[Viewed]
	// BarTap hears taps on the empty part of the top bar (the kiosk's
	// hidden staff corner).
	BarTap signal.Notice
	// Access hears a change of the reading settings (text size, contrast).
	Access signal.Notice
}

// Viewed is a screen shown in a language.
type Viewed struct {
	Route nav.Route
	Lang  content.Lang
}

// NewShell returns the visitor view on Home. The clock says where the
// timeline's open-ended era stops.
func NewShell(c *content.Content, loc *locale.Localizer, clk clock.Clock) *Shell {
	s := &Shell{content: c, loc: loc, clock: clk, stack: nav.NewStack(), root: container.NewStack(),
		people: map[peopleKey]*peopleData{}, tracks: map[string]*tlData{}}
	s.fitLanguage()
	s.rebuild()
	return s
}

// Object returns the shell's canvas object, to put in a window.
func (s *Shell) Object() fyne.CanvasObject { return s.root }

// Attach connects the shell to its window: keyboard navigation and title.
func (s *Shell) Attach(w fyne.Window) {
	s.win = w
	w.Canvas().SetOnTypedKey(s.TypedKey)
	if dc, ok := w.Canvas().(desktop.Canvas); ok {
		dc.SetOnKeyDown(func(e *fyne.KeyEvent) { s.ctrl = s.ctrl || isControl(e.Name) })
		dc.SetOnKeyUp(func(e *fyne.KeyEvent) { s.ctrl = s.ctrl && !isControl(e.Name) })
	}
	s.updateTitle()
}

func isControl(k fyne.KeyName) bool {
	return k == desktop.KeyControlLeft || k == desktop.KeyControlRight
}

// ctrlHeld reports whether a Control key is down.
func (s *Shell) ctrlHeld() bool { return s.ctrl }

// Route returns the screen shown now.
func (s *Shell) Route() nav.Route { return s.stack.Current() }

// Lang returns the current language.
func (s *Shell) Lang() content.Lang { return s.loc.Lang() }

// SetPresentAction puts a Presentation button on Home that calls fn (nil
// removes it).
func (s *Shell) SetPresentAction(fn func()) {
	s.present = fn
	s.rebuild()
}

// SetQR shows (or hides) a QR code of each event's and person's main
// source (qr in the settings).
func (s *Shell) SetQR(on bool) {
	s.qr = on
	s.rebuild()
}

// rebuild builds the current screen again, with the top bar over it.
func (s *Shell) rebuild() {
	r := s.stack.Current()
	spec := s.specFor(r)
	s.current = spec.open(s.ctx(), r)
	top := s.topBar(spec)
	if s.notice != "" {
		n := widget.NewLabel(s.notice)
		n.Wrapping = fyne.TextWrapWord
		n.Importance = widget.DangerImportance
		top = container.NewVBox(top, n)
	}
	s.root.Objects = []fyne.CanvasObject{container.NewBorder(top, nil, nil, nil, s.current.buildUI())}
	s.root.Refresh()
	s.updateTitle()
	s.Hooks.View.Emit(Viewed{r, s.loc.Lang()})
}

// touch tells the listeners that the visitor did something.
func (s *Shell) touch() { s.Hooks.Activity.Emit() }

// TypedKey handles the keyboard for the whole window: the current screen
// first (the timeline moves with the arrows), then Escape and Backspace go
// back and Home goes home.
func (s *Shell) TypedKey(e *fyne.KeyEvent) {
	s.touch()
	if k, ok := s.current.(keyed); ok && k.typedKey(e) {
		return
	}
	switch e.Name {
	case fyne.KeyEscape, fyne.KeyBackspace:
		s.Back()
	case fyne.KeyHome:
		s.Home()
	}
}

func (s *Shell) updateTitle() {
	if s.win != nil {
		s.win.SetTitle(s.title())
	}
}

// title is the exhibit's title: a content folder's own, else the bundled
// exhibit's from the catalogue.
func (s *Shell) title() string {
	if t := s.loc.Text(s.content.Title); t != "" {
		return t
	}
	return s.loc.T(msgAppTitle)
}
