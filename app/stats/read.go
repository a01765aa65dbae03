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

// Count is an id (an event, a person, a language code or a screen's
// name) and how often it came up.
type Count struct {
	ID string
	N  int
}

// Top lists the counts of m, most first, then by id; n > 0 keeps the
// first n.
func Top(m map[string]int, n int) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].ID < out[j].ID
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
