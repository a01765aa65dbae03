package screens

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// ctx is what every screen reads and may do: the content, the language,
// what the visitor set on screens, and the ways to move on. Views get it
// from the shell and never reach past it.
type ctx struct {
	content *content.Content
	loc     *locale.Localizer
	state   *viewState
	s       *Shell
}

// viewState is what a visitor set on screens that outlives building them
// again: filters and the timeline's position. The idle reset clears it.
type viewState struct {
	category string  // timeline filter; "" for all
	field    string  // people filter; "" for all
	place    string  // place chosen on the map; "" for none
	tlStart  float64 // the timeline's view: the year at its left edge
	tlPPY    float64 // and its pixels per year; 0 until it has one
	tlEra    string  // the era the timeline was last opened at
	peopleY  float32 // the people grid's scroll offset
}

func (s *Shell) ctx() *ctx { return &ctx{content: s.content, loc: s.loc, state: &s.state, s: s} }

func (c *ctx) open(r nav.Route)    { c.s.Open(r) }
func (c *ctx) replace(r nav.Route) { c.s.Replace(r) }
func (c *ctx) touch()              { c.s.touch() }
func (c *ctx) rebuild()            { c.s.rebuild() }
func (c *ctx) now() time.Time      { return c.s.clock.Now() }
func (c *ctx) watch(p *Pan) *Pan   { return c.s.watch(p) }

// page is a screen's scrolling page, watched for the visitor's activity.
func (c *ctx) page(objs ...fyne.CanvasObject) *Pan { return c.watch(page(objs...)) }

// dateText is the event's date label when the content gives one, else its
// date at its precision.
func (c *ctx) dateText(e *content.Event) string {
	if l := c.loc.Text(e.Label); l != "" {
		return l
	}
	return c.loc.Date(e.Date)
}

// filteredEvents are the events within the timeline's category filter.
func (c *ctx) filteredEvents() []*content.Event {
	if c.state.category == "" {
		return c.content.Events
	}
	var out []*content.Event
	for _, e := range c.content.Events {
		if e.Category == c.state.category {
			out = append(out, e)
		}
	}
	return out
}

// filteredPeople are the people within the field filter, in the current
// language's alphabetical order.
func (c *ctx) filteredPeople() []*content.Person { return c.peopleData().people }

// peopleData is the people within the field filter in the current
// language's order, and their index of letters: sorted once per content,
// language and filter, and kept by the shell.
func (c *ctx) peopleData() *peopleData {
	key := peopleKey{c.loc.Lang(), c.state.field}
	if d, ok := c.s.people[key]; ok {
		return d
	}
	d := newPeopleData(c.content, key)
	c.s.people[key] = d
	return d
}

// newPeopleData sorts the people of c within k's field filter in k's
// language and files them under their letters. It touches nothing but c,
// so the shell can make it in the background (warm.go).
func newPeopleData(c *content.Content, k peopleKey) *peopleData {
	d := &peopleData{}
	for _, p := range c.People {
		if k.field == "" || p.Field == k.field {
			d.people = append(d.people, p)
		}
	}
	locale.SortPeople(k.lang, d.people)
	names := make([]string, len(d.people))
	for i, p := range d.people {
		names[i] = p.Name.In(k.lang)
	}
	d.index = locale.Index(k.lang, names)
	return d
}

// peopleData is one order of the people, with its index.
type peopleData struct {
	people []*content.Person
	index  []locale.Letter
}

// peopleKey names one order of the people: a language and a field filter.
type peopleKey struct {
	lang  content.Lang
	field string
}
