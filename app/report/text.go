package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// Print writes the window's figures for a person to read: the totals,
// visits per day, languages, screens viewed, the top events and people
// (ids) and a line per kiosk.
func (f Figures) Print(w io.Writer) {
	fmt.Fprintf(w, "last %d days (%s – %s): %s visits, median visit %s, %s opened an event\n",
		f.Days, f.From.Format("2006-01-02"), f.To.Format("2006-01-02 15:04"), thousands(f.Visits),
		Length(f.Median), percent(f.ReachedEvent))
	fmt.Fprintln(w, "visits per day:")
	for _, d := range f.PerDay {
		fmt.Fprintf(w, "  %s  %d\n", d.Date.Format("2006-01-02 Mon"), d.Visits)
	}
	for _, sec := range []struct {
		title string
		cs    []Count
	}{{"languages", f.Languages}, {"screens", f.Screens}, {"top events", f.TopEvents}, {"top people", f.TopPeople}} {
		fmt.Fprintf(w, "%s:\n", sec.title)
		for _, c := range sec.cs {
			fmt.Fprintf(w, "  %-40s %d\n", c.ID, c.N)
		}
	}
	fmt.Fprintln(w, "kiosks:")
	for _, k := range f.Kiosks {
		last := "none"
		if !k.Last.IsZero() {
			last = k.Last.In(f.To.Location()).Format("2006-01-02 15:04")
		}
		fmt.Fprintf(w, "  %-20s %8d visits  median %-7s  %4s opened an event  last visit %s\n",
			kioskLabel(k.Name), k.Visits, Length(k.Median), percent(k.ReachedEvent), last)
	}
}

// WriteCSV exports one row per visit of the logs at paths (as Load finds
// them), with stats.WriteCSV's columns after a kiosk column, streaming.
// It returns the problems Load would, and the first write error.
func WriteCSV(w io.Writer, paths []string) ([]error, error) {
	logs, errs := files(paths)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"kiosk", "start", "end", "seconds", "languages", "screens", "events", "people"})
	p := newParser()
	for _, lf := range logs {
		f, err := os.Open(lf.path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		damaged := 0
		err = stats.Lines(f, func(_ int, line []byte) {
			if line == nil || !p.parse(line) {
				damaged++
				return
			}
			_ = cw.Write(row(lf.kiosk, p))
		})
		f.Close()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", lf.path, err))
		} else if damaged > 0 {
			errs = append(errs, fmt.Errorf("%s: %d damaged line(s) skipped", lf.path, damaged))
		}
	}
	cw.Flush()
	return errs, cw.Error()
}

func row(fallback string, p *parser) []string {
	s := &p.s
	kiosk := s.Kiosk
	if kiosk == "" {
		kiosk = fallback
	}
	screens := make([]string, 0, len(s.Screens))
	for k, v := range s.Screens {
		screens = append(screens, k+":"+strconv.Itoa(v))
	}
	sort.Strings(screens)
	return []string{kiosk, s.Start.Format(time.RFC3339), s.End.Format(time.RFC3339),
		strconv.Itoa(int(s.Duration().Seconds())), strings.Join(s.Languages, " "),
		strings.Join(screens, " "), strings.Join(s.Events, " "), strings.Join(s.People, " ")}
}
