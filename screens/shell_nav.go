package screens

import (
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
)

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

// Reset brings the shell back to Home in language l with every filter,
// position and reading setting cleared, for the next visitor.
func (s *Shell) Reset(l content.Lang) { s.ResetTo(l, nav.Route{}) }

// ResetTo is Reset that leaves the shell on start (over Home, so Back
// still leads there) instead; the zero route is Home. It is not a
// visitor's action, so nobody hears of it as activity.
func (s *Shell) ResetTo(l content.Lang, start nav.Route) {
	s.state = viewState{}
	s.stack.Reset()
	if start != (nav.Route{}) {
		s.stack.Push(start)
	}
	s.loc.SetLang(l)
	s.fitLanguage()
	if s.access != (access{}) {
		s.access = access{}
		s.applyAccess()
		return
	}
	s.rebuild()
}

// SetContent swaps in new content (a curator's folder reloaded), staying
// on the current screen when its item still exists.
func (s *Shell) SetContent(c *content.Content) {
	s.content = c
	s.people = map[peopleKey]*peopleData{}
	s.tracks = map[string]*tlData{}
	if r := s.stack.Current(); registry[r.Screen].missing(c, r) {
		s.stack.Reset()
	}
	s.fitLanguage()
	s.rebuild()
	s.prepare()
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
