package content

import "fmt"

// unusable says what is wrong with content that was accepted, or "": what
// the screens rely on.
func unusable(c *Content) string {
	for _, e := range c.Eras {
		if e.From < 1 || e.From > 9999 || e.To != 0 && e.To < e.From || !colourRE.MatchString(e.Colour) || whole(e.Name) != "" {
			return fmt.Sprintf("era %+v", e)
		}
	}
	for _, k := range c.Categories {
		if !colourRE.MatchString(k.Colour) || whole(k.Name) != "" {
			return fmt.Sprintf("category %+v", k)
		}
	}
	for _, p := range c.Places {
		if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 || whole(p.Name) != "" {
			return fmt.Sprintf("place %+v", p)
		}
	}
	for _, e := range c.Events {
		if c.Event(e.ID) != e || e.Date.IsZero() || c.Era(e.Era) == nil || c.Category(e.Category) == nil ||
			len(e.Sources) == 0 || whole(e.Title) != "" || whole(e.Text) != "" || missingRefs(c, e) != "" {
			return fmt.Sprintf("event %+v %s", e, missingRefs(c, e))
		}
	}
	for _, p := range c.People {
		if c.Person(p.ID) != p || p.Born.IsZero() || c.Field(p.Field) == nil || len(p.Sources) == 0 || whole(p.Name) != "" {
			return fmt.Sprintf("person %+v", p)
		}
	}
	return ""
}

// whole names a language the text lacks, or "".
func whole(t Text) Lang {
	for _, l := range Languages {
		if isBlank(t.In(l)) {
			return l
		}
	}
	return ""
}

func missingRefs(c *Content, e *Event) string {
	for _, id := range e.Places {
		if c.Place(id) == nil {
			return "place " + id
		}
	}
	for _, id := range e.People {
		if c.Person(id) == nil {
			return "person " + id
		}
	}
	return ""
}
