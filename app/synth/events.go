package synth

import (
	"fmt"
	"path"
	"strings"
)

// events writes n events: dates over the eras, a fifth of them in the
// autumn of 1937, each with a place, sometimes people, an importance.
func (g *gen) events(n int, people []string) {
	for i := 0; i < n; i++ {
		date, era := g.date()
		c := categories[g.pick(len(categories))]
		p := places[g.pick(len(places))]
		id := fmt.Sprintf("e%05d-%s", i, c.id)
		var who []string
		if len(people) > 0 && g.pick(3) == 0 {
			who = append(who, fmt.Sprintf("%q", people[g.pick(len(people))]))
		}
		if i < len(people) { // every person is named by at least one event
			who = appendOnce(who, fmt.Sprintf("%q", people[i]))
		}
		body := fmt.Sprintf("id = %q\ndate = %q\nera = %q\ncategory = %q\nplaces = [%q]\npeople = [%s]\nimportance = %d\n",
			id, date, era, c.id, p.id, strings.Join(who, ", "), g.importance())
		body += text("title", g.title(c, p)) + text("text", g.body(p)) + source(i)
		g.put(path.Join("events", id+".toml"), body)
	}
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// importance: a tenth key events, a third minor.
func (g *gen) importance() int {
	switch r := g.pick(10); {
	case r == 0:
		return 3
	case r < 4:
		return 1
	}
	return 2
}

// date returns a date and its era: a fifth in August–December 1937, the
// rest spread over 1860 to 2025 at year, month or day precision.
func (g *gen) date() (string, string) {
	y, m := 1860+g.pick(166), 1+g.pick(12)
	dense := g.pick(5) == 0
	if dense {
		y, m = 1937, 8+g.pick(5)
	}
	era := eras[0].id
	for _, e := range eras {
		if y >= e.from {
			era = e.id
		}
	}
	switch r := g.pick(20); {
	case r < 3 && !dense:
		return fmt.Sprintf("%d", y), era
	case r < 8:
		return fmt.Sprintf("%d-%02d", y, m), era
	}
	return fmt.Sprintf("%d-%02d-%02d", y, m, 1+g.pick(28)), era
}

func (g *gen) title(c category, p place) [4]string {
	t := c.titles[g.pick(len(c.titles))]
	var out [4]string
	for l := range out {
		out[l] = strings.ReplaceAll(t[l], "{p}", p.name[l])
	}
	return out
}

func (g *gen) body(p place) [4]string {
	var out [4]string
	for i := 0; i < 3+g.pick(4); i++ {
		s := g.sentence(i)
		for l := range out {
			out[l] = strings.TrimSpace(out[l] + " " + strings.ReplaceAll(s[l], "{p}", p.name[l]))
		}
	}
	return out
}

func (g *gen) sentence(int) [4]string {
	s := sentences[g.pick(len(sentences))]
	for l := range s {
		s[l] = strings.ReplaceAll(s[l], "{p}", places[g.pick(len(places))].name[l])
	}
	return s
}
