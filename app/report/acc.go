package report

import (
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// acc is the counts of one kiosk (or all) in one window.
type acc struct {
	visits, reached       int
	perDay, reachedDay    []int
	perHour               [24]int
	lengths               lengths
	langs, events, people map[string]int
	screens               map[string]int
}

func newAcc(days int) *acc {
	return &acc{perDay: make([]int, days), reachedDay: make([]int, days), langs: map[string]int{}, events: map[string]int{},
		people: map[string]int{}, screens: map[string]int{}}
}

func (a *acc) add(s *stats.Session, day, hour int) {
	a.visits++
	a.perDay[day]++
	a.perHour[hour]++
	a.lengths.add(s.Duration())
	if s.Screens["event"] > 0 {
		a.reached++
		a.reachedDay[day]++
	}
	for i, l := range s.Languages {
		if !seen(s.Languages[:i], l) {
			a.langs[l]++
		}
	}
	for name, n := range s.Screens {
		if n > 0 {
			a.screens[name] += n
		}
	}
	for _, id := range s.Events {
		a.events[id]++
	}
	for _, id := range s.People {
		a.people[id]++
	}
}

func seen(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (a *acc) merge(o *acc) {
	a.visits += o.visits
	a.reached += o.reached
	for i, n := range o.perDay {
		a.perDay[i] += n
		a.reachedDay[i] += o.reachedDay[i]
	}
	for i, n := range o.perHour {
		a.perHour[i] += n
	}
	a.lengths.merge(o.lengths)
	for _, m := range [][2]map[string]int{{a.langs, o.langs}, {a.events, o.events}, {a.people, o.people}, {a.screens, o.screens}} {
		for k, v := range m[1] {
			m[0][k] += v
		}
	}
}

// lengths counts visits by their length in whole seconds (cut down),
// from 0 (also for an end before the start) up to maxSeconds (also for
// longer ones), so that the median is exact to the second.
type lengths []int

const maxSeconds = 24 * 60 * 60

func (l *lengths) add(d time.Duration) {
	s := min(max(int(d/time.Second), 0), maxSeconds)
	for len(*l) <= s {
		*l = append(*l, 0)
	}
	(*l)[s]++
}

func (l *lengths) merge(o lengths) {
	for len(*l) < len(o) {
		*l = append(*l, 0)
	}
	for s, n := range o {
		(*l)[s] += n
	}
}

// median is the middle length, or the mean of the two middle ones for an
// even count; 0 for none.
func (l lengths) median() time.Duration {
	n := 0
	for _, c := range l {
		n += c
	}
	if n == 0 {
		return 0
	}
	lo, hi := l.nth((n-1)/2), l.nth(n/2)
	return time.Duration(lo+hi) * time.Second / 2
}

// nth is the length in seconds of the visit at rank i, shortest first.
func (l lengths) nth(i int) int {
	for s, c := range l {
		if i < c {
			return s
		}
		i -= c
	}
	return len(l) - 1
}

func (l lengths) buckets() []Bucket {
	out := append([]Bucket(nil), LengthBuckets...)
	b := 0
	for s, c := range l {
		d := time.Duration(s) * time.Second
		for out[b].To != 0 && d >= out[b].To {
			b++
		}
		out[b].N += c
	}
	return out
}

// kioskLess orders kiosk names naturally, and names that only differ in
// leading zeros as strings.
func kioskLess(a, b string) bool {
	if naturalLess(a, b) != naturalLess(b, a) {
		return naturalLess(a, b)
	}
	return a < b
}

// naturalLess orders names with their runs of digits as numbers:
// "hall-2" before "hall-10".
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := trimZeros(a[:da]), trimZeros(b[:db])
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digits(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}
