// Package present owns the seminar presentation's logic: the order of the
// slides (each era, its events, and the people in them), stepping and
// jumping through them, blanking, and the auto-tour's timing with an
// injected clock. Keys arrive as Actions; it draws nothing.
package present

import (
	"strconv"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/content"
)

// Slide is one slide: exactly one of its fields is set.
type Slide struct {
	Era    *content.Era
	Event  *content.Event
	Person *content.Person
}

// Slides lays the content out as a story: each era, then its events in
// time order, each followed by the people it names who have not yet had a
// slide of their own.
func Slides(c *content.Content) []Slide {
	var out []Slide
	shown := map[string]bool{}
	for _, era := range c.Eras {
		out = append(out, Slide{Era: era})
		for _, e := range c.Events {
			if e.Era != era.ID {
				continue
			}
			out = append(out, Slide{Event: e})
			for _, id := range e.People {
				if p := c.Person(id); p != nil && !shown[id] {
					shown[id] = true
					out = append(out, Slide{Person: p})
				}
			}
		}
	}
	return out
}

// Action is what a key or a clicker asks for.
type Action int

// The actions of the presentation.
const (
	None Action = iota
	Next
	Prev
	First
	Last
	Blank
	FullScreen
	Escape
	Digit // with Deck.Type
	Enter
)

// Deck is the presentation's position.
type Deck struct {
	Slides  []Slide
	Index   int
	Blanked bool
	typed   string
}

// Do applies an action; it reports whether the slide shown changed (a
// blank screen counts). Escape and FullScreen are the window's business.
func (d *Deck) Do(a Action) bool {
	before, blank := d.Index, d.Blanked
	switch a {
	case Next:
		d.Index = min(d.Index+1, len(d.Slides)-1)
	case Prev:
		d.Index = max(d.Index-1, 0)
	case First:
		d.Index = 0
	case Last:
		d.Index = len(d.Slides) - 1
	case Blank:
		d.Blanked = !d.Blanked
		return true
	case Enter:
		return d.enter()
	}
	if a != Digit && a != None {
		d.typed = ""
	}
	if d.Index != before {
		d.Blanked = false
	}
	return d.Index != before || d.Blanked != blank
}

// Type adds a digit of a slide number to jump to with Enter.
func (d *Deck) Type(r rune) {
	if r >= '0' && r <= '9' && len(d.typed) < 4 {
		d.typed += string(r)
	}
}

// Typed returns the digits typed so far.
func (d *Deck) Typed() string { return d.typed }

// enter jumps to the typed slide number (1-based), or goes on.
func (d *Deck) enter() bool {
	if d.typed == "" {
		return d.Do(Next)
	}
	n, _ := strconv.Atoi(d.typed)
	d.typed = ""
	before := d.Index
	d.Index = min(max(n-1, 0), len(d.Slides)-1)
	d.Blanked = false
	return d.Index != before
}

// Tour plays the slides at Pace. A touch or a key pauses it; it resumes
// when it has been left alone for Resume.
type Tour struct {
	Pace, Resume time.Duration
	clock        clock.Clock
	last         time.Time
	pausedAt     time.Time
	On           bool
}

// NewTour starts a tour now.
func NewTour(pace, resume time.Duration, c clock.Clock) *Tour {
	return &Tour{Pace: pace, Resume: resume, clock: c, last: c.Now(), On: true}
}

// Touch pauses the tour (a visitor or the speaker took over).
func (t *Tour) Touch() { t.pausedAt = t.clock.Now() }

// Paused reports whether the tour is waiting after a touch.
func (t *Tour) Paused() bool {
	return !t.pausedAt.IsZero() && t.clock.Now().Sub(t.pausedAt) < t.Resume
}

// Due is called on a timer: it reports whether to show the next slide now.
func (t *Tour) Due() bool {
	if !t.On || t.Paused() {
		return false
	}
	now := t.clock.Now()
	if !t.pausedAt.IsZero() { // just resumed: a full slide's time from now
		t.pausedAt, t.last = time.Time{}, now
		return false
	}
	if now.Sub(t.last) < t.Pace {
		return false
	}
	t.last = now
	return true
}
