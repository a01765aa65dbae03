package screens

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/timeline"
)

// tlData is what the timeline needs of the content, for one category
// filter: the events in their order on the axis, indexed (a Track), and
// their density for the overview. It is made once per content and filter
// and kept by the shell, so opening the timeline again, switching the
// language or coming back from an event costs nothing of the content's
// size.
type tlData struct {
	events  []*content.Event
	track   *timeline.Track
	density []int
	full    timeline.Span
	text    map[textKey]*cardTexts
}

// textKey names the cards' texts of one language at one text size.
type textKey struct {
	lang  content.Lang
	scale float32
}

// cardTexts are the texts of the cards made so far: wrapping a title
// measures it, so each is wrapped once per language and text size.
type cardTexts struct {
	titles   map[int][]string
	clusters map[string]clusterText
}

// texts are the card texts for language l at the current text size.
func (d *tlData) texts(l content.Lang) *cardTexts {
	k := textKey{l, textScale()}
	t, ok := d.text[k]
	if !ok {
		t = &cardTexts{titles: map[int][]string{}, clusters: map[string]clusterText{}}
		d.text[k] = t
	}
	return t
}

// timelineData is the timeline of the events within the category filter.
func (c *ctx) timelineData() *tlData {
	if d, ok := c.s.tracks[c.state.category]; ok {
		return d
	}
	d := newTLData(c.filteredEvents(), fullSpan(c.content, c.now()))
	c.s.tracks[c.state.category] = d
	return d
}

// newTLData puts events on the axis of the span full. It touches nothing
// but its arguments, so the shell can make it in the background (warm.go).
func newTLData(evs []*content.Event, full timeline.Span) *tlData {
	events, items := timeline.ByYear(evs)
	d := &tlData{events: events, track: timeline.NewTrack(items), full: full, text: map[textKey]*cardTexts{}}
	d.density = timeline.Density(items, d.full, overviewBins)
	return d
}

// fullSpan is the whole timeline of c: the first era's start (or the
// first event's year, if earlier) to the end of this year (or of the last
// event, if later).
func fullSpan(c *content.Content, now time.Time) timeline.Span {
	s := timeline.Span{From: 1860, To: float64(now.Year() + 1)}
	if len(c.Eras) > 0 {
		s.From = float64(c.Eras[0].From)
	}
	if n := len(c.Events); n > 0 {
		s.From = min(s.From, float64(c.Events[0].Date.From.Year))
		s.To = max(s.To, float64(c.Events[n-1].Date.To.Year+1))
	}
	return s
}

// fullSpan is the whole timeline of the content shown.
func (c *ctx) fullSpan() timeline.Span { return fullSpan(c.content, c.now()) }
