package content

import "strings"

// Compact copies the texts of c (every Text, the sources, ids, dates as
// written and file names) into one block of memory and points the fields
// at their parts of it. Decoding thousands of files leaves each text in a
// small allocation of its own among the decoder's garbage, which keeps
// that garbage's memory pages resident; compacted, the texts take one
// block and those pages go back to the system (10,000 events: 13 MiB less
// heap in use). Call it once, before c is shared: it writes to every item.
func (c *Content) Compact() {
	n := 0
	c.eachString(func(s *string) { n += len(*s) })
	var b strings.Builder
	b.Grow(n)
	c.eachString(func(s *string) { b.WriteString(*s) })
	all, off := b.String(), 0
	c.eachString(func(s *string) {
		l := len(*s)
		*s = all[off : off+l]
		off += l
	})
}

// eachString calls fn with each string field of c's items, in the same
// order every time. TestCompact checks that it misses none.
func (c *Content) eachString(fn func(*string)) {
	w := stringWalk(fn)
	w.text(&c.Title)
	for _, e := range c.Eras {
		w.each(&e.ID, &e.Colour, &e.File)
		w.text(&e.Name, &e.Description)
	}
	for _, k := range c.Categories {
		w.each(&k.ID, &k.Colour, &k.File)
		w.text(&k.Name)
	}
	for _, f := range c.Fields {
		w.each(&f.ID, &f.File)
		w.text(&f.Name)
	}
	for _, p := range c.Places {
		w.each(&p.ID, &p.File)
		w.text(&p.Name)
	}
	for _, e := range c.Events {
		w.each(&e.ID, &e.DateText, &e.Era, &e.Category, &e.Image, &e.File)
		w.list(e.Places)
		w.list(e.People)
		w.text(&e.Label, &e.Title, &e.Text, &e.Notes)
		w.sources(e.Sources)
	}
	for _, p := range c.People {
		w.each(&p.ID, &p.Field, &p.BornText, &p.DiedText, &p.Hangul, &p.Cyrillic, &p.File)
		w.text(&p.Name, &p.Role, &p.Birthplace, &p.Deathplace, &p.Connection, &p.Bio)
		for i := range p.Facts {
			w.text(&p.Facts[i])
		}
		w.sources(p.Sources)
	}
}

// stringWalk hands string fields to a function.
type stringWalk func(*string)

func (w stringWalk) each(ss ...*string) {
	for _, s := range ss {
		w(s)
	}
}

func (w stringWalk) list(ss []string) {
	for i := range ss {
		w(&ss[i])
	}
}

func (w stringWalk) text(ts ...*Text) {
	for _, t := range ts {
		w.each(&t.EN, &t.KK, &t.KO, &t.RU)
	}
}

func (w stringWalk) sources(ss []Source) {
	for i := range ss {
		w.each(&ss[i].Title, &ss[i].URL)
	}
}
