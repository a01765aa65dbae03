// Package timelinejs owns the import of TimelineJS3 JSON timelines: it turns
// one into a curator's content folder (manifest, eras, categories, events)
// that content.LoadFolder accepts without errors, and reports everything
// the content format cannot carry over.
package timelinejs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
)

// topKeys are the top-level fields of a TimelineJS3 timeline that are read.
var topKeys = map[string]bool{"title": true, "events": true, "eras": true, "scale": true}

// converter holds one conversion's state.
type converter struct {
	lang     content.Lang
	name     string // the input's file name, for messages
	today    time.Time
	title    string // the title slide's headline, or "Timeline"
	rep      reporter
	eras     []*era
	events   []*event
	skipped  []string             // why events were skipped
	cats     map[string]*category // by group text
	catList  []*category
	eraIDs   *ids
	catIDs   *ids
	eventIDs *ids
}

// Convert turns TimelineJS JSON into the files of a content folder (path →
// content), with a report of everything that could not be carried over.
// name is the input's file name (for messages). The whole import fails on
// input that is not a TimelineJS timeline, on the cosmological scale, and
// when no event can be converted; a single wrong event is skipped and
// reported.
func Convert(data []byte, lang content.Lang, name string, today time.Time) (files map[string][]byte, report []string, err error) {
	if name = strings.ToValidUTF8(name, "\uFFFD"); name == "" {
		name = "input"
	}
	if !lang.Valid() {
		return nil, nil, fmt.Errorf("%s: %q is not an exhibit language", name, lang)
	}
	top, err := parseTop(data, name)
	if err != nil {
		return nil, nil, err
	}
	c := &converter{lang: lang, name: name, today: today, cats: map[string]*category{},
		eraIDs: newIDs(), catIDs: newIDs(), eventIDs: newIDs()}
	if err := c.read(top); err != nil {
		return nil, nil, err
	}
	c.assign()
	if files, err = c.files(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return files, c.rep.result(), nil
}

func parseTop(data []byte, name string) (object, error) {
	var top object
	err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\uFEFF")), &top) // a byte order mark is harmless
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return nil, fmt.Errorf("%s: not valid JSON: %v (at byte %d)", name, err, se.Offset)
	case err != nil || top == nil:
		return nil, fmt.Errorf("%s: the top-level JSON value is not an object", name)
	}
	return top, nil
}

// read converts the timeline's title, eras and events.
func (c *converter) read(top object) error {
	const pre = "the timeline"
	switch sc := strings.ToLower(strings.TrimSpace(c.str(top, "scale", pre))); sc {
	case "cosmological":
		return fmt.Errorf("%s: scale \"cosmological\" is not supported: the content format has only dates from year 1 on", c.name)
	case "", "human":
	default:
		c.rep.addf("%s: scale %q is not known; read as \"human\"", pre, short(sc))
	}
	list, ok := asList(top["events"])
	if !ok || len(list) == 0 {
		return fmt.Errorf("%s: no events (\"events\" must be a non-empty list)", c.name)
	}
	c.readTitle(top)
	c.readEras(top)
	for i, raw := range list {
		if ev := c.event(i+1, raw); ev != nil {
			c.events = append(c.events, ev)
		}
	}
	if len(c.events) == 0 {
		return fmt.Errorf("%s: none of its %d events could be converted (%s)", c.name, len(list), c.skipped[0])
	}
	var extra []string
	for k, v := range top {
		if !topKeys[k] && !isEmpty(v) {
			extra = append(extra, fmt.Sprintf("%s: field %q dropped", pre, short(k)))
		}
	}
	sort.Strings(extra)
	c.rep.lines = append(c.rep.lines, extra...)
	return nil
}

func (c *converter) readTitle(top object) {
	c.title = "Timeline"
	t := c.sub(top, "title", "the title slide")
	if t == nil {
		return
	}
	pre := "the title slide"
	if h := c.plain(c.str(c.sub(t, "text", pre), "headline", pre), pre, "headline", true); h != "" {
		c.title, pre = h, fmt.Sprintf("%s (“%s”)", pre, short(h))
	}
	c.rep.addf("%s: its headline becomes the exhibit's title (manifest.toml); its text and media are not carried over", pre)
}

// sub returns the object under key; any other non-empty value is reported
// under pre and ignored.
func (c *converter) sub(o object, key, pre string) object {
	raw := o[key]
	if isEmpty(raw) {
		return nil
	}
	v, ok := asObject(raw)
	if !ok {
		c.rep.addf("%s: %s is not an object; dropped", pre, key)
	}
	return v
}

// str returns the string or number under key; other values are reported.
func (c *converter) str(o object, key, pre string) string {
	s, ok := scalar(o[key])
	if !ok {
		c.rep.addf("%s: %s is not text; dropped", pre, key)
	}
	return s
}

// plain turns HTML into plain text (one line if line), reporting hidden
// content it removed.
func (c *converter) plain(s, pre, field string, line bool) string {
	t, dropped := plain(s)
	for _, tag := range dropped {
		c.rep.addf("%s: %s: <%s> content dropped", pre, field, tag)
	}
	if line {
		t = oneLine(t)
	}
	return t
}

// dropUnknown reports the non-empty fields of o that are neither known nor
// listed in also, grouped by prefix+field.
func (c *converter) dropUnknown(o object, known map[string]bool, prefix, noun string, also ...string) {
	for k, v := range o {
		if known[k] || isEmpty(v) || contains(also, k) {
			continue
		}
		c.rep.drop(prefix+short(k), noun)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
