package stats

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Read returns the sessions of the log and its rotated predecessor, oldest
// first. Damaged lines (a power cut mid-write, a line over MaxLine) are
// skipped and reported; the lines after them are read.
func Read(path string) ([]Session, []error) {
	var out []Session
	var errs []error
	for _, p := range []string{path + ".1", path} {
		f, err := os.Open(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ss, es := readLog(f, p)
		out, errs = append(out, ss...), append(errs, es...)
		f.Close()
	}
	return out, errs
}

// readLog reads the sessions of one log r, named name in messages.
func readLog(r io.Reader, name string) ([]Session, []error) {
	var out []Session
	var errs []error
	err := Lines(r, func(n int, line []byte) {
		var s Session
		if line == nil || json.Unmarshal(line, &s) != nil || s.Start.IsZero() {
			errs = append(errs, fmt.Errorf("%s:%d: damaged line skipped", name, n))
			return
		}
		out = append(out, s)
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return out, errs
}

// Summary is what staff want to know about the visits.
type Summary struct {
	Sessions      int
	PerDay        map[string]int // "2026-11-29" → visits
	MedianLength  time.Duration
	TopEvents     []Count
	TopPeople     []Count
	Languages     []Count // languages chosen (the default counts once per visit)
	ScreensViewed []Count
}

// Count is a name and how often it came up.
type Count struct {
	Name string
	N    int
}

// Summarize counts the sessions.
func Summarize(ss []Session) Summary {
	sum := Summary{Sessions: len(ss), PerDay: map[string]int{}}
	var lengths []time.Duration
	events, people, langs, screens := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	for _, s := range ss {
		sum.PerDay[s.Start.Format("2006-01-02")]++
		lengths = append(lengths, s.Duration())
		tally(events, s.Events)
		tally(people, s.People)
		tally(langs, s.Languages)
		for k, v := range s.Screens {
			screens[k] += v
		}
	}
	sum.MedianLength = median(lengths)
	sum.TopEvents, sum.TopPeople = top(events, 10), top(people, 10)
	sum.Languages, sum.ScreensViewed = top(langs, 0), top(screens, 0)
	return sum
}

// median is the middle length, or the mean of the two middle ones for an
// even count; 0 for none.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func tally(m map[string]int, xs []string) {
	for _, x := range xs {
		m[x]++
	}
}

// top sorts counts, most first; n > 0 keeps the first n.
func top(m map[string]int, n int) []Count {
	var out []Count
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Name < out[j].Name
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// Print writes the summary for a person to read.
func (s Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "visits: %d\nmedian visit: %s\n", s.Sessions, s.MedianLength.Round(time.Second))
	days := make([]string, 0, len(s.PerDay))
	for d := range s.PerDay {
		days = append(days, d)
	}
	sort.Strings(days)
	fmt.Fprintln(w, "visits per day:")
	for _, d := range days {
		fmt.Fprintf(w, "  %s  %d\n", d, s.PerDay[d])
	}
	for _, sec := range []struct {
		title string
		cs    []Count
	}{{"languages", s.Languages}, {"screens", s.ScreensViewed}, {"top events", s.TopEvents}, {"top people", s.TopPeople}} {
		fmt.Fprintf(w, "%s:\n", sec.title)
		for _, c := range sec.cs {
			fmt.Fprintf(w, "  %-40s %d\n", c.Name, c.N)
		}
	}
}

// WriteCSV exports one row per visit.
func WriteCSV(w io.Writer, ss []Session) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"start", "end", "seconds", "languages", "screens", "events", "people"})
	for _, s := range ss {
		var screens []string
		for k, v := range s.Screens {
			screens = append(screens, k+":"+strconv.Itoa(v))
		}
		sort.Strings(screens)
		_ = cw.Write([]string{s.Start.Format(time.RFC3339), s.End.Format(time.RFC3339),
			strconv.Itoa(int(s.Duration().Seconds())), strings.Join(s.Languages, " "),
			strings.Join(screens, " "), strings.Join(s.Events, " "), strings.Join(s.People, " ")})
	}
	cw.Flush()
	return cw.Error()
}
