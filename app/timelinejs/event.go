package timelinejs

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/koryo-exhibit/koryo/app/content"
)

// The fields of an event, its text and its media that are read.
var (
	eventKeys = map[string]bool{"start_date": true, "end_date": true, "text": true,
		"media": true, "group": true, "display_date": true, "unique_id": true}
	textKeys  = map[string]bool{"headline": true, "text": true}
	mediaKeys = map[string]bool{"url": true, "caption": true, "credit": true}
)

// event is one converted event.
type event struct {
	id, date, era, category string
	label, title, text      string
	planned                 bool
	start, endYear          int
	sources                 []content.Source
}

// event converts the n-th (1-based) event, or reports why it is skipped.
func (c *converter) event(n int, raw json.RawMessage) *event {
	o, ok := asObject(raw)
	if !ok {
		c.skip(fmt.Sprintf("event %d: not an object", n))
		return nil
	}
	pre := fmt.Sprintf("event %d", n)
	t := c.sub(o, "text", pre)
	title := c.plain(c.str(t, "headline", pre), pre, "headline", true)
	if title != "" {
		pre = fmt.Sprintf("event %d (“%s”)", n, short(title))
	}
	w, err := c.when(o, pre)
	if err != nil {
		c.skip(fmt.Sprintf("%s: %v", pre, err))
		return nil
	}
	c.dropUnknown(o, eventKeys, "", "event")
	c.dropUnknown(t, textKeys, "text.", "event")
	ev := &event{date: w.date, label: w.label, planned: w.planned, start: w.start.Year, endYear: w.endYear, title: title}
	ev.text = c.plain(c.str(t, "text", pre), pre, "text", false)
	src, extra := c.media(o, pre)
	c.fillIn(ev, n, pre, extra)
	ev.sources = []content.Source{{Title: "TimelineJS: " + c.name}}
	if src != nil {
		ev.sources[0] = *src
	}
	ev.category = c.category(c.plain(c.str(o, "group", pre), pre, "group", true))
	ev.id = c.eventID(o, n, ev, pre)
	return ev
}

// skip reports why an event is skipped.
func (c *converter) skip(why string) {
	c.skipped = append(c.skipped, why)
	c.rep.addf("%s; skipped", why)
}

// fillIn adds media text and fills an empty title or text.
func (c *converter) fillIn(ev *event, n int, pre, extra string) {
	if extra != "" && ev.text != "" {
		ev.text += "\n\n"
	}
	ev.text += extra
	if ev.title == "" {
		ev.title = ev.label
		if ev.title == "" {
			ev.title = fmt.Sprintf("Untitled %d", n)
		}
		c.rep.addf("%s: no headline; titled “%s”", pre, short(ev.title))
	}
	if ev.text == "" {
		ev.text = ev.title
		c.rep.addf("%s: no text; the headline is used as the text", pre)
	}
}

// eventID slugifies unique_id, or makes an id of the year and the title.
func (c *converter) eventID(o object, n int, ev *event, pre string) string {
	uid := strings.TrimSpace(c.str(o, "unique_id", pre))
	if uid == "" {
		base := slug(ev.title)
		if base == "" {
			base = fmt.Sprintf("event-%d", n)
		}
		return c.eventIDs.take(fmt.Sprintf("%04d-%s", ev.start, base))
	}
	base := slug(uid)
	if base == "" {
		base = fmt.Sprintf("event-%d", n)
	}
	id := c.eventIDs.take(base)
	if id != uid {
		c.rep.addf("%s: unique_id %q became id %q", pre, short(uid), id)
	}
	return id
}

// media makes a source of the event's media link. Embedded HTML (a quote)
// comes back as extra text; everything else is reported.
func (c *converter) media(o object, pre string) (src *content.Source, extra string) {
	m := c.sub(o, "media", pre)
	if m == nil {
		return nil, ""
	}
	c.dropUnknown(m, mediaKeys, "media.", "event")
	u := strings.TrimSpace(c.str(m, "url", pre))
	if strings.HasPrefix(u, "//") {
		u = "https:" + u
	}
	caption := c.plain(c.str(m, "caption", pre), pre, "media.caption", true)
	credit := c.plain(c.str(m, "credit", pre), pre, "media.credit", true)
	switch {
	case webURL(u):
		c.rep.addf("%s: media not shown offline: %s", pre, u)
		return &content.Source{Title: sourceTitle(caption, credit), URL: u}, ""
	case strings.HasPrefix(u, "<"):
		if extra = c.plain(u, pre, "media", false); extra != "" {
			c.rep.addf("%s: media is embedded HTML; its text was added to the event text", pre)
		} else {
			c.rep.addf("%s: media is embedded HTML without text; dropped", pre)
		}
	case u != "":
		c.rep.addf("%s: media URL %q is not an http(s) link; dropped", pre, short(u))
	}
	if caption != "" || credit != "" {
		c.rep.addf("%s: media caption and credit dropped with the media", pre)
	}
	return nil, extra
}

// webURL reports whether the loader accepts u as a source URL.
func webURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

func sourceTitle(caption, credit string) string {
	switch {
	case caption != "" && credit != "":
		return caption + " — " + credit
	case caption != "":
		return caption
	case credit != "":
		return credit
	}
	return "Media"
}
