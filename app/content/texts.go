package content

import "fmt"

// EachText calls fn for every visible text of the content, naming its file
// and field, so that other checks (glyphs, lengths) can report precisely.
func (c *Content) EachText(fn func(file, field string, t Text)) {
	for _, e := range c.Eras {
		fn(e.File, "name", e.Name)
		fn(e.File, "description", e.Description)
	}
	for _, k := range c.Categories {
		fn(k.File, "name", k.Name)
	}
	for _, f := range c.Fields {
		fn(f.File, "name", f.Name)
	}
	for _, p := range c.Places {
		fn(p.File, "name", p.Name)
	}
	for _, e := range c.Events {
		for _, t := range []struct {
			f string
			t Text
		}{{"title", e.Title}, {"text", e.Text}, {"date_label", e.Label}, {"notes", e.Notes}} {
			fn(e.File, t.f, t.t)
		}
	}
	for _, p := range c.People {
		for _, t := range []struct {
			f string
			t Text
		}{{"name", p.Name}, {"role", p.Role}, {"birthplace", p.Birthplace}, {"deathplace", p.Deathplace},
			{"connection", p.Connection}, {"bio", p.Bio}, {"hangul", Text{EN: p.Hangul}}, {"cyrillic", Text{EN: p.Cyrillic}}} {
			fn(p.File, t.f, t.t)
		}
		for i, f := range p.Facts {
			fn(p.File, fmt.Sprintf("facts[%d]", i), f)
		}
	}
}
