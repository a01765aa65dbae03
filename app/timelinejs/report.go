package timelinejs

import (
	"fmt"
	"sort"
)

// reporter collects everything that could not be carried over.
type reporter struct {
	lines   []string
	dropped map[string]int    // field → how many items lost it
	nouns   map[string]string // field → the kind of item ("event", "era")
}

func (r *reporter) addf(format string, args ...any) {
	r.lines = append(r.lines, fmt.Sprintf(format, args...))
}

// drop counts a field dropped from one item; drops are reported grouped.
func (r *reporter) drop(field, noun string) {
	if r.dropped == nil {
		r.dropped, r.nouns = map[string]int{}, map[string]string{}
	}
	r.dropped[field]++
	r.nouns[field] = noun
}

// result returns the report: single lines in order, then one line per
// dropped field, by field name.
func (r *reporter) result() []string {
	fields := make([]string, 0, len(r.dropped))
	for f := range r.dropped {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	out := append([]string(nil), r.lines...)
	for _, f := range fields {
		n, noun := r.dropped[f], r.nouns[f]
		if n != 1 {
			noun += "s"
		}
		out = append(out, fmt.Sprintf("%s: dropped on %d %s", f, n, noun))
	}
	return out
}
