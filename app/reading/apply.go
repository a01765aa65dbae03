package reading

import (
	"fmt"
	"strings"
)

// forbidden, glosses and enclosed apply one kind of rule to a text.

func (lr *LangRules) forbidden(s string) []Hit {
	var hits []Hit
	for _, f := range lr.Forbidden {
		for _, m := range f.re.FindAllStringIndex(s, -1) {
			if !f.Anywhere && !wordStart(s, m[0]) {
				continue
			}
			hits = append(hits, Hit{KindForbidden, fmt.Sprintf("%q near %q: write %q; %s", s[m[0]:m[1]], around(s, m[0], m[1]), f.Preferred, f.Reason)})
		}
	}
	return hits
}

func (lr *LangRules) glosses(field, s string) []Hit {
	var hits []Hit
	for _, g := range lr.Gloss {
		if contains(g.Except, field) {
			continue
		}
		for _, m := range g.re.FindAllStringIndex(s, -1) {
			if !wordStart(s, m[0]) {
				continue
			}
			// The first mention counts: the gloss follows the form itself
			// (Korean: 알마아타(오늘날 알마티)로) or the declined word
			// (Russian: в Алма-Ату (ныне Алматы)).
			if !strings.HasPrefix(s[m[1]:], g.Gloss) && !strings.HasPrefix(s[wordEnd(s, m[1]):], g.Gloss) {
				hits = append(hits, Hit{KindGloss, fmt.Sprintf("first %q near %q has no gloss %q; %s", s[m[0]:wordEnd(s, m[1])], around(s, m[0], m[1]), g.Gloss, g.Reason)})
			}
			break
		}
	}
	return hits
}

func (lr *LangRules) enclosed(s string) []Hit {
	var hits []Hit
	for _, e := range lr.Enclosed {
		for _, m := range e.re.FindAllStringIndex(s, -1) {
			if !wordStart(s, m[0]) {
				continue
			}
			end := wordEnd(s, m[1])
			if !strings.HasSuffix(s[:m[0]], e.Open) || !strings.HasPrefix(s[end:], e.Close) {
				hits = append(hits, Hit{KindEnclosed, fmt.Sprintf("%q near %q: write %s%s%s; %s", s[m[0]:end], around(s, m[0], end), e.Open, s[m[0]:end], e.Close, e.Reason)})
			}
		}
	}
	return hits
}
