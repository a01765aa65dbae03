package screens

import (
	"github.com/koryo-exhibit/koryo/app/content"
)

// Background runs work on another goroutine and then the function it
// returns on the UI goroutine (Start's runs it with fyne.Do).
type Background func(work func() (apply func()))

// SetBackground lets the shell prepare, on another core, what People and
// the Timeline first need of each content it is given (see prepare). Nil,
// as in tests, makes everything when it is first shown.
func (s *Shell) SetBackground(b Background) {
	s.background = b
	s.prepare()
}

// prepare sorts the people in every language the content offers and puts
// its events on the axis, in the background, so that the first visit to
// People or the Timeline, and the first language switch there, cost what
// later ones do (at 10,000 events and 2,000 people sorting is most of a
// first switch: 3–9 ms a language). The results go into the shell's
// caches on the UI goroutine, unless the content changed meanwhile or the
// visitor got there first.
func (s *Shell) prepare() {
	if s.background == nil {
		return
	}
	c, langs, full := s.content, s.langs(), fullSpan(s.content, s.clock.Now())
	s.background(func() func() {
		people := make(map[peopleKey]*peopleData, len(langs))
		for _, l := range langs {
			k := peopleKey{lang: l}
			people[k] = newPeopleData(c, k)
		}
		tl := newTLData(c.Events, full)
		return func() { s.adopt(c, people, tl) }
	})
}

// adopt keeps what prepare made for content c, where the shell has
// nothing of its own yet.
func (s *Shell) adopt(c *content.Content, people map[peopleKey]*peopleData, tl *tlData) {
	if s.content != c {
		return
	}
	for k, d := range people {
		if _, ok := s.people[k]; !ok {
			s.people[k] = d
		}
	}
	if _, ok := s.tracks[""]; !ok {
		s.tracks[""] = tl
	}
}
