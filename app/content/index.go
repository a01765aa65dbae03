package content

// index builds the id maps, reporting duplicate ids.
func (c *Content) index(l *loader) {
	c.eras = indexOf(l, c.Eras)
	c.categories = indexOf(l, c.Categories)
	c.fields = indexOf(l, c.Fields)
	c.places = indexOf(l, c.Places)
	c.events = indexOf(l, c.Events)
	c.people = indexOf(l, c.People)
	c.personEvts = map[string][]*Event{}
	for _, e := range c.Events {
		for _, id := range e.People {
			c.personEvts[id] = append(c.personEvts[id], e)
		}
	}
}

func indexOf[P item](l *loader, items []P) map[string]P {
	m := make(map[string]P, len(items))
	for _, it := range items {
		if it.id() == "" {
			continue
		}
		if prev, ok := m[it.id()]; ok {
			l.errorf(it.file(), "id", "duplicate id %q, also used by %s", it.id(), prev.file())
			continue
		}
		m[it.id()] = it
	}
	return m
}

// Era returns the era with the given id, or nil.
func (c *Content) Era(id string) *Era { return c.eras[id] }

// Category returns the category with the given id, or nil.
func (c *Content) Category(id string) *Category { return c.categories[id] }

// Field returns the field with the given id, or nil.
func (c *Content) Field(id string) *Field { return c.fields[id] }

// Place returns the place with the given id, or nil.
func (c *Content) Place(id string) *Place { return c.places[id] }

// Event returns the event with the given id, or nil.
func (c *Content) Event(id string) *Event { return c.events[id] }

// Person returns the person with the given id, or nil.
func (c *Content) Person(id string) *Person { return c.people[id] }

// EventsOf returns the events that name the person, in date order.
func (c *Content) EventsOf(personID string) []*Event { return c.personEvts[personID] }

// EventIndex returns the position of the event in c.Events, or -1.
func (c *Content) EventIndex(id string) int {
	for i, e := range c.Events {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// Sources returns every distinct source of the events and people, in the
// order they first appear.
func (c *Content) Sources() []Source {
	seen := map[string]bool{}
	var out []Source
	add := func(ss []Source) {
		for _, s := range ss {
			if !seen[s.URL] {
				seen[s.URL] = true
				out = append(out, s)
			}
		}
	}
	for _, e := range c.Events {
		add(e.Sources)
	}
	for _, p := range c.People {
		add(p.Sources)
	}
	return out
}
