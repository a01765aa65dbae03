package timelinejs

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/koryo-exhibit/koryo/app/content"
)

// palette holds the muted colours given to eras and categories in turn.
var palette = [8]string{"#8e3b46", "#4f6d7a", "#7a8450", "#a0785a",
	"#5b5f97", "#6b8f71", "#9c6b8e", "#b08d57"}

// eraKeys are the fields of an era that are read.
var eraKeys = map[string]bool{"start_date": true, "end_date": true, "text": true}

// era is one converted era: whole years from..to.
type era struct {
	id, name, description string
	from, to              int
}

// category is one converted event group.
type category struct {
	id, name, colour string
}

func (c *converter) readEras(top object) {
	raw := top["eras"]
	if isEmpty(raw) {
		return
	}
	list, ok := asList(raw)
	if !ok {
		c.rep.addf("the timeline: eras is not a list; dropped")
		return
	}
	for i, r := range list {
		if e := c.era(i+1, r); e != nil {
			c.eras = append(c.eras, e)
		}
	}
}

// era converts the n-th (1-based) era, or reports why it is skipped.
func (c *converter) era(n int, raw json.RawMessage) *era {
	pre := fmt.Sprintf("era %d", n)
	o, ok := asObject(raw)
	if !ok {
		c.rep.addf("%s: not an object; skipped", pre)
		return nil
	}
	c.dropUnknown(o, eraKeys, "eras: ", "era")
	t := c.sub(o, "text", pre)
	c.dropUnknown(t, textKeys, "eras: text.", "era")
	e := &era{name: c.plain(c.str(t, "headline", pre), pre, "headline", true)}
	if e.name != "" {
		pre = fmt.Sprintf("era %d (“%s”)", n, short(e.name))
	}
	if e.from, e.to, ok = c.eraYears(o, pre); !ok {
		return nil
	}
	if e.name == "" {
		e.name = fmt.Sprintf("Era %d", n)
		c.rep.addf("%s: no headline; named “%s”", pre, e.name)
	}
	e.description = c.plain(c.str(t, "text", pre), pre, "text", false)
	e.id = c.eraIDs.take(orDefault(slug(e.name), fmt.Sprintf("era-%d", n)))
	return e
}

// eraYears reads an era's first and last year, reporting why an era is
// skipped (ok false) and what of its dates is dropped.
func (c *converter) eraYears(o object, pre string) (from, to int, ok bool) {
	so, eo := c.sub(o, "start_date", pre), c.sub(o, "end_date", pre)
	c.dropUnknown(so, dateKeys, "eras: start_date.", "era")
	c.dropUnknown(eo, dateKeys, "eras: end_date.", "era")
	f, errF := readPoint(so, "start_date")
	t, errT := readPoint(eo, "end_date")
	switch {
	case errF != nil || errT != nil:
		c.rep.addf("%s: %v; skipped", pre, firstErr(errF, errT))
	case !f.has || !t.has:
		c.rep.addf("%s: needs a start_date and an end_date year; skipped", pre)
	case t.p.Year < f.p.Year:
		c.rep.addf("%s: ends (%d) before it starts (%d); skipped", pre, t.p.Year, f.p.Year)
	default:
		if f.p.Prec > content.PrecYear || t.p.Prec > content.PrecYear || len(f.times)+len(t.times) > 0 {
			c.rep.addf("%s: kept whole years only (eras have no months or days)", pre)
		}
		return f.p.Year, t.p.Year, true
	}
	return 0, 0, false
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// assign puts each event into the first era (by start year) that holds its
// start year; the others go into a catch-all era spanning their years.
func (c *converter) assign() {
	sort.SliceStable(c.eras, func(i, j int) bool { return c.eras[i].from < c.eras[j].from })
	var rest *era
	outside := 0
	for _, ev := range c.events {
		for _, e := range c.eras {
			if e.from <= ev.start && ev.start <= e.to {
				ev.era = e.id
				break
			}
		}
		if ev.era != "" {
			continue
		}
		if rest == nil {
			rest = &era{id: c.eraIDs.take("timeline"), name: c.title, from: ev.start, to: ev.endYear}
		}
		rest.from, rest.to = min(rest.from, ev.start), max(rest.to, ev.endYear, ev.start)
		ev.era, outside = rest.id, outside+1
	}
	if rest == nil {
		return
	}
	if len(c.eras) > 0 {
		c.rep.addf("%d event(s) fall outside every era; they went into a catch-all era %q (%d–%d)",
			outside, rest.id, rest.from, rest.to)
	}
	c.eras = append(c.eras, rest)
}

// category returns the id of the category for a group, creating it; events
// without a group go into "general", named after the timeline.
func (c *converter) category(group string) string {
	if k, ok := c.cats[group]; ok {
		return k.id
	}
	k := &category{name: group, colour: palette[len(c.catList)%len(palette)]}
	if group == "" {
		k.name, k.id = c.title, c.catIDs.take("general")
	} else {
		k.id = c.catIDs.take(orDefault(slug(group), "group"))
	}
	c.cats[group] = k
	c.catList = append(c.catList, k)
	return k.id
}
