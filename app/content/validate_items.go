package content

import (
	"fmt"
	_ "image/jpeg" // pictures in content folders
	_ "image/png"
	"unicode"
)

func (l *loader) checkEvent(c *Content, e *Event) {
	f := e.File
	l.requireText(f, "title", e.Title)
	l.requireText(f, "text", e.Text)
	l.optionalText(f, "date_label", e.Label)
	l.optionalText(f, "notes", e.Notes)
	l.checkSources(f, e.Sources)
	e.Date = l.parseDate(f, "date", e.DateText, true)
	refs(l, f, "places", e.Places, c.places)
	refs(l, f, "people", e.People, c.people)
	if _, ok := c.categories[e.Category]; !ok {
		l.errorf(f, "category", "unknown category %q", e.Category)
	}
	era, ok := c.eras[e.Era]
	if !ok {
		l.errorf(f, "era", "unknown era %q", e.Era)
	} else if !e.Date.IsZero() && !era.Contains(e.Date.From.Year) {
		l.errorf(f, "era", "the date %s is outside era %q (%d–%s)", e.DateText, era.ID, era.From, eraEnd(era))
	}
	l.checkPlanned(e)
	l.checkImage(e)
	if e.Importance != 0 && (e.Importance < 1 || e.Importance > 3) {
		l.errorf(f, "importance", "%d: use 1 (minor), 2 (normal) or 3 (key event)", e.Importance)
	}
}

// checkImage requires an event's picture to be inside the folder, to exist
// and to be a PNG or JPEG within the size limits.
func (l *loader) checkImage(e *Event) {
	if e.Image == "" {
		return
	}
	if err := checkPicture(l.fsys, e.Image); err != nil {
		l.errorf(e.File, "image", "%s: %v", e.Image, err)
	}
}

func eraEnd(e *Era) string {
	if e.To == 0 {
		return "today"
	}
	return fmt.Sprint(e.To)
}

// checkPlanned requires future events to be marked as planned, and past
// events not to be.
func (l *loader) checkPlanned(e *Event) {
	if e.Date.IsZero() {
		return
	}
	today := l.today.Year()*10000 + int(l.today.Month())*100 + l.today.Day()
	future := e.Date.Key() > today
	switch {
	case future && !e.Planned:
		l.errorf(e.File, "date", "%s is in the future: mark the event planned = true", e.DateText)
	case !future && e.Planned:
		l.add(e.File, "planned", "", Warning, "the date %s has passed: is the event still only planned?", e.DateText)
	}
}

func (l *loader) checkPerson(c *Content, p *Person) {
	f := p.File
	for _, t := range []struct {
		field string
		text  Text
	}{{"name", p.Name}, {"role", p.Role}, {"bio", p.Bio}} {
		l.requireText(f, t.field, t.text)
	}
	l.optionalText(f, "birthplace", p.Birthplace)
	l.optionalText(f, "deathplace", p.Deathplace)
	l.optionalText(f, "connection", p.Connection)
	for i, t := range p.Facts {
		l.requireText(f, fmt.Sprintf("facts[%d]", i), t)
	}
	l.checkSources(f, p.Sources)
	if _, ok := c.fields[p.Field]; !ok {
		l.errorf(f, "field", "unknown field %q", p.Field)
	}
	p.Born = l.parseDate(f, "born", p.BornText, true)
	p.Died = l.parseDate(f, "died", p.DiedText, false)
	if !p.Born.IsZero() && !p.Died.IsZero() && p.Died.LastKey() < p.Born.Key() {
		l.errorf(f, "died", "%s is before the birth date %s", p.DiedText, p.BornText)
	}
	l.checkScripts(p)
	if !p.Gender.Valid() {
		l.errorf(f, "gender", "%q: use \"female\" or \"male\"", p.Gender)
	}
	if len(c.personEvts[p.ID]) == 0 {
		l.add(f, "id", "", Warning, "no event names this person")
	}
}

func (l *loader) checkScripts(p *Person) {
	if p.Hangul != "" && !hasScript(p.Hangul, unicode.Hangul) {
		l.errorf(p.File, "hangul", "%q has no Hangul letters", p.Hangul)
	}
	if p.Cyrillic != "" && !hasScript(p.Cyrillic, unicode.Cyrillic) {
		l.errorf(p.File, "cyrillic", "%q has no Cyrillic letters", p.Cyrillic)
	}
}
