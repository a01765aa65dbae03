package content

import (
	"fmt"
	"net/url"
	"regexp"
	"unicode"
)

var colourRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

func (l *loader) validate(c *Content) {
	for _, e := range c.Eras {
		l.checkEra(e)
	}
	for _, k := range c.Categories {
		l.requireText(k.File, "name", k.Name)
		l.checkColour(k.File, k.Colour)
	}
	for _, f := range c.Fields {
		l.requireText(f.File, "name", f.Name)
	}
	for _, p := range c.Places {
		l.checkPlace(p)
	}
	for _, e := range c.Events {
		l.checkEvent(c, e)
	}
	for _, p := range c.People {
		l.checkPerson(c, p)
	}
}

// requireText reports each language missing from a required text.
func (l *loader) requireText(file, field string, t Text) {
	var missing []Lang
	for _, lang := range l.langs {
		if isBlank(t.In(lang)) {
			missing = append(missing, lang)
		}
	}
	if len(missing) == len(l.langs) {
		l.errorf(file, field, "missing (needs %s)", langList(l.langs))
		return
	}
	for _, lang := range missing {
		l.add(file, field, lang, Error, "missing translation")
	}
}

// optionalText accepts an absent text, but not a partly translated one.
func (l *loader) optionalText(file, field string, t Text) {
	for _, lang := range l.langs {
		if !isBlank(t.In(lang)) {
			l.requireText(file, field, t)
			return
		}
	}
}

func langList(ls []Lang) string {
	s := ""
	for i, l := range ls {
		switch {
		case i == 0:
		case i == len(ls)-1:
			s += " and "
		default:
			s += ", "
		}
		s += string(l)
	}
	return s
}

func (l *loader) checkColour(file, colour string) {
	if !colourRE.MatchString(colour) {
		l.errorf(file, "colour", "%q is not a #RRGGBB colour", colour)
	}
}

func (l *loader) checkEra(e *Era) {
	l.requireText(e.File, "name", e.Name)
	l.optionalText(e.File, "description", e.Description)
	l.checkColour(e.File, e.Colour)
	if e.From < 1 || e.From > 9999 {
		l.errorf(e.File, "from", "year %d is out of range", e.From)
	}
	if e.To != 0 && e.To < e.From {
		l.errorf(e.File, "to", "%d is before from (%d)", e.To, e.From)
	}
}

func (l *loader) checkPlace(p *Place) {
	l.requireText(p.File, "name", p.Name)
	if p.Lat < -90 || p.Lat > 90 || (p.Lat == 0 && p.Lon == 0) {
		l.errorf(p.File, "lat", "%v is not a latitude (-90…90; both lat and lon are needed)", p.Lat)
	}
	if p.Lon < -180 || p.Lon > 180 {
		l.errorf(p.File, "lon", "%v is not a longitude (-180…180)", p.Lon)
	}
}

func (l *loader) checkSources(file string, ss []Source) {
	if len(ss) == 0 {
		l.errorf(file, "sources", "at least one source is needed")
	}
	for i, s := range ss {
		field := fmt.Sprintf("sources[%d]", i)
		if isBlank(s.Title) {
			l.errorf(file, field+".title", "missing")
		}
		if s.URL == "" {
			l.add(file, field+".url", "", Warning, "the source has no URL")
			continue
		}
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			l.errorf(file, field+".url", "%q is not an http(s) URL", s.URL)
		}
	}
}

// parseDate parses a date field, reporting a problem when it is wrong.
func (l *loader) parseDate(file, field, s string, required bool) Date {
	if s == "" {
		if required {
			l.errorf(file, field, "missing")
		}
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		l.errorf(file, field, "%v", err)
		return Date{}
	}
	return d
}

// refs reports ids in list that name no item of a kind.
func refs[P any](l *loader, file, field string, ids []string, m map[string]P) {
	seen := map[string]bool{}
	for _, id := range ids {
		if _, ok := m[id]; !ok {
			l.errorf(file, field, "unknown id %q", id)
		}
		if seen[id] {
			l.errorf(file, field, "%q is listed twice", id)
		}
		seen[id] = true
	}
}

func hasScript(s string, t *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}
