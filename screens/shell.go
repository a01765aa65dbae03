package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// Shell is the visitor view: a top bar (Back, Home, the four languages)
// over the current screen. It routes between screens and rebuilds the
// current one when the language changes, since screens are cheap functions
// of content, language and callbacks.
type Shell struct {
	content *content.Content
	loc     *locale.Localizer
	stack   *nav.Stack
	view    viewState
	notice  string // a warning for staff above the screen; "" for none
	access  access
	root    *fyne.Container
	win     fyne.Window
	// OnActivity, when set, hears every visitor action: a tap that changes
	// something, a drag, a wheel turn, a key.
	OnActivity func()
	// OnPresent, when set (desktop mode), puts a Presentation button on Home.
	OnPresent func()
	// onAccess, when set, hears a change of the reading settings.
	onAccess func()
	// OnBarTap, when set, hears taps on the empty part of the top bar.
	OnBarTap func()
	// OnView, when set, hears every screen shown and language chosen.
	OnView func(r nav.Route, lang content.Lang)
}

// access is the visitor's reading settings: text-size step and contrast.
type access struct {
	step int
	high bool
}

// SetTextSize picks a step of TextScales (0 is the standard size).
func (s *Shell) SetTextSize(step int) {
	s.touch()
	s.access.step = min(max(step, 0), len(TextScales)-1)
	s.applyAccess()
}

// SetHighContrast switches the high-contrast theme on or off.
func (s *Shell) SetHighContrast(on bool) {
	s.touch()
	s.access.high = on
	s.applyAccess()
}

func (s *Shell) applyAccess() {
	if a := fyne.CurrentApp(); a != nil {
		a.Settings().SetTheme(themeFor(s.access.step, s.access.high))
	}
	s.rebuild()
	if s.onAccess != nil {
		s.onAccess()
	}
}

// viewState is what a visitor set on screens that outlives rebuilding them:
// filters and the timeline position.
type viewState struct {
	category  string  // timeline filter; "" for all
	field     string  // people filter; "" for all
	place     string  // place chosen on the map; "" for none
	timelineX float32 // timeline scroll offset
	timeline  *timelineScreen
}

// NewShell returns the visitor view on Home.
func NewShell(c *content.Content, loc *locale.Localizer) *Shell {
	s := &Shell{content: c, loc: loc, stack: nav.NewStack(), root: container.NewStack()}
	s.fitLanguage()
	s.rebuild()
	return s
}

// SetContent swaps in new content (a curator's folder reloaded), staying
// on the current screen when its item still exists.
func (s *Shell) SetContent(c *content.Content) {
	s.content = c
	r := s.stack.Current()
	if (r.Screen == nav.Event && c.Event(r.ID) == nil) || (r.Screen == nav.Person && c.Person(r.ID) == nil) {
		s.stack.Reset()
	}
	s.fitLanguage()
	s.rebuild()
}

// SetNotice shows a warning for staff above the screen; "" removes it.
func (s *Shell) SetNotice(text string) {
	s.notice = text
	s.rebuild()
}

// Notice returns the warning shown, if any.
func (s *Shell) Notice() string { return s.notice }

// langs are the languages of the buttons: those the content provides.
func (s *Shell) langs() []content.Lang {
	if len(s.content.Langs) == 0 {
		return content.Languages
	}
	return s.content.Langs
}

// fitLanguage keeps the current language among the content's languages.
func (s *Shell) fitLanguage() {
	ls := s.langs()
	for _, l := range ls {
		if l == s.loc.Lang() {
			return
		}
	}
	s.loc.SetLang(ls[len(ls)-1])
}

// Object returns the shell's canvas object, to put in a window.
func (s *Shell) Object() fyne.CanvasObject { return s.root }

// Attach connects the shell to its window: keyboard navigation and title.
func (s *Shell) Attach(w fyne.Window) {
	s.win = w
	w.Canvas().SetOnTypedKey(s.TypedKey)
	s.updateTitle()
}

// Route returns the screen shown now.
func (s *Shell) Route() nav.Route { return s.stack.Current() }

// Lang returns the current language.
func (s *Shell) Lang() content.Lang { return s.loc.Lang() }

// Open shows a route on top of the current one.
func (s *Shell) Open(r nav.Route) {
	s.touch()
	s.stack.Push(r)
	s.rebuild()
}

// Replace swaps the current route (previous/next event).
func (s *Shell) Replace(r nav.Route) {
	s.touch()
	s.stack.Replace(r)
	s.rebuild()
}

// Back returns to the previous screen.
func (s *Shell) Back() {
	s.touch()
	if s.stack.Back() {
		s.rebuild()
	}
}

// Home returns to the start screen, keeping the language.
func (s *Shell) Home() { s.Open(nav.Route{Screen: nav.Home}) }

// SetLanguage switches the language and redraws the current screen.
func (s *Shell) SetLanguage(l content.Lang) {
	s.touch()
	if l == s.loc.Lang() {
		return
	}
	s.loc.SetLang(l)
	s.rebuild()
}

// Reset brings the shell back to Home in language l with every filter and
// scroll position cleared, for the next visitor.
func (s *Shell) Reset(l content.Lang) {
	s.view = viewState{}
	s.stack.Reset()
	s.loc.SetLang(l)
	s.fitLanguage()
	if s.access != (access{}) {
		s.access = access{}
		s.applyAccess()
		return
	}
	s.rebuild()
}

func (s *Shell) rebuild() {
	r := s.stack.Current()
	body := s.build(r)
	if r.Screen != nav.Timeline {
		s.view.timeline = nil
	}
	top := s.topBar()
	if s.notice != "" {
		n := widget.NewLabel(s.notice)
		n.Wrapping = fyne.TextWrapWord
		n.Importance = widget.DangerImportance
		top = container.NewVBox(top, n)
	}
	s.root.Objects = []fyne.CanvasObject{container.NewBorder(top, nil, nil, nil, body)}
	s.root.Refresh()
	s.updateTitle()
	if s.OnView != nil {
		s.OnView(r, s.loc.Lang())
	}
}

func (s *Shell) touch() {
	if s.OnActivity != nil {
		s.OnActivity()
	}
}

func (s *Shell) build(r nav.Route) fyne.CanvasObject {
	switch r.Screen {
	case nav.Timeline:
		return s.timelineScreen()
	case nav.Event:
		if e := s.content.Event(r.ID); e != nil {
			return s.eventScreen(e)
		}
	case nav.People:
		return s.peopleScreen()
	case nav.Person:
		if p := s.content.Person(r.ID); p != nil {
			return s.personScreen(p)
		}
	case nav.About:
		return s.aboutScreen()
	case nav.Map:
		return s.mapScreen()
	}
	return s.homeScreen()
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
