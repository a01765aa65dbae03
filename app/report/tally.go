package report

import (
	"iter"
	"sort"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// Tally counts visits into windows of days as they stream past; it holds
// counts, never the sessions. Tallies of different logs merge. Not safe
// for concurrent use: Load gives each goroutine its own.
type Tally struct {
	now    time.Time
	days   []int       // the windows asked for
	long   int         // the longest window
	starts []time.Time // long+1 midnights, oldest first; the last is after now's day
	kiosks map[string]*kioskAcc
}

type kioskAcc struct {
	last time.Time
	w    []*acc // one per window
}

// NewTally counts for windows of days (less than 1 counts as 1) ending at now; the days
// are calendar days in now's time zone, the last one now's, up to now (at
// midnight exactly, the day that just ended).
func NewTally(now time.Time, days ...int) *Tally {
	t := &Tally{now: now, kiosks: map[string]*kioskAcc{}}
	for _, d := range days {
		t.days = append(t.days, max(d, 1)) // a window has a day at least
		t.long = max(t.long, d, 1)
	}
	y, m, d := now.Add(-1).Date() // at midnight, the day that just ended is the last
	for i := range t.long + 1 {
		t.starts = append(t.starts, time.Date(y, m, d-t.long+1+i, 0, 0, 0, 0, now.Location()))
	}
	return t
}

// Compute counts sessions for one window of days ending at now; a session
// without a Kiosk counts for the kiosk named "".
func Compute(sessions iter.Seq[stats.Session], now time.Time, days int) Figures {
	t := NewTally(now, days)
	for s := range sessions {
		t.Add(&s, "")
	}
	return t.Figures(0)[0]
}

// Add counts one visit, for kiosk fallback when s.Kiosk is "".
func (t *Tally) Add(s *stats.Session, fallback string) {
	name := s.Kiosk
	if name == "" {
		name = fallback
	}
	k := t.kiosk(name)
	if s.Start.After(k.last) {
		k.last = s.Start
	}
	if !s.Start.Before(t.now) || s.Start.Before(t.starts[0]) {
		return
	}
	day := sort.Search(t.long, func(i int) bool { return s.Start.Before(t.starts[i+1]) })
	hour := s.Start.In(t.now.Location()).Hour()
	for w, d := range t.days {
		if day >= t.long-d {
			k.w[w].add(s, day-(t.long-d), hour)
		}
	}
}

func (t *Tally) kiosk(name string) *kioskAcc {
	k := t.kiosks[name]
	if k == nil {
		k = &kioskAcc{}
		for _, d := range t.days {
			k.w = append(k.w, newAcc(d))
		}
		t.kiosks[name] = k
	}
	return k
}

// Merge adds the counts of o, a tally made with the same now and days.
func (t *Tally) Merge(o *Tally) {
	for name, ok := range o.kiosks {
		k := t.kiosk(name)
		if ok.last.After(k.last) {
			k.last = ok.last
		}
		for w := range k.w {
			k.w[w].merge(ok.w[w])
		}
	}
}

// Figures returns one Figures per window, in the order NewTally was given
// them, with damaged as their Damaged.
func (t *Tally) Figures(damaged int) []Figures {
	names := make([]string, 0, len(t.kiosks))
	for name := range t.kiosks {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return kioskLess(names[i], names[j]) })
	out := make([]Figures, len(t.days))
	for w, d := range t.days {
		total := newAcc(d)
		for _, name := range names {
			k := t.kiosks[name]
			total.merge(k.w[w])
			out[w].Kiosks = append(out[w].Kiosks, Kiosk{Name: name, Last: k.last, Figures: t.figures(k.w[w], d)})
		}
		kiosks := out[w].Kiosks
		out[w] = t.figures(total, d)
		out[w].Kiosks, out[w].Damaged = kiosks, damaged
	}
	return out
}

func (t *Tally) figures(a *acc, days int) Figures {
	f := Figures{From: t.starts[t.long-days], To: t.now, Days: days, Visits: a.visits, PerHour: a.perHour,
		Lengths: a.lengths.buckets(), Median: a.lengths.median(), Reached: a.reached,
		Languages: stats.Top(a.langs, 0), Screens: stats.Top(a.screens, 0), TopEvents: stats.Top(a.events, 10), TopPeople: stats.Top(a.people, 10)}
	for i, n := range a.perDay {
		f.PerDay = append(f.PerDay, Day{Date: t.starts[t.long-days+i], Visits: n, Reached: a.reachedDay[i]})
	}
	if a.visits > 0 {
		f.ReachedEvent = float64(a.reached) / float64(a.visits)
	}
	return f
}
