package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"time"

	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/report"
)

// The dashboard's figures turned into chart bars.

// dayColumns are a bar a day, labelled with the day of the month: every
// day of a week, every fifth of a month (the last day always).
func dayColumns(w *locale.Localizer, f report.Figures) []column {
	n := len(f.PerDay)
	cols := make([]column, n)
	for i, d := range f.PerDay {
		cols[i].N = d.Visits
		if n <= 10 {
			cols[i].Shown = locale.Number(w.Lang(), d.Visits)
		}
		if n <= 10 || (n-1-i)%5 == 0 {
			cols[i].Label = itoa(d.Date.Day())
		}
	}
	return cols
}

func maxDay(f report.Figures) int {
	m := 0
	for _, d := range f.PerDay {
		m = max(m, d.Visits)
	}
	return m
}

func maxOf(ns []int) int {
	m := 0
	for _, n := range ns {
		m = max(m, n)
	}
	return m
}

// busyHours are the first and the last hour of the day visits began in
// (opening hours, as the log saw them), at least six hours apart.
func busyHours(f report.Figures) (first, last int) {
	first, last = 23, 0
	for h, n := range f.PerHour {
		if n > 0 {
			first, last = min(first, h), max(last, h)
		}
	}
	if first > last {
		return 9, 18
	}
	for last-first < 6 {
		first, last = max(first-1, 0), min(last+1, 23)
	}
	return first, last
}

// hourColumns are the hours from first to last, each labelled when there
// are few, else every other.
func hourColumns(f report.Figures, first, last int) []column {
	cols := make([]column, 0, last-first+1)
	for h := first; h <= last; h++ {
		c := column{N: f.PerHour[h]}
		if last-first < 12 || (h-first)%2 == 0 {
			c.Label = itoa(h)
		}
		cols = append(cols, c)
	}
	return cols
}

// lengthRows are the visit lengths' buckets, each with its count.
func lengthRows(w *locale.Localizer, f report.Figures) []row {
	rows := make([]row, len(f.Lengths))
	for i, b := range f.Lengths {
		rows[i] = row{Label: bucketLabel(w, b), N: b.N, Shown: locale.Number(w.Lang(), b.N)}
	}
	return rows
}

// bucketLabel writes a range of lengths short: < 15 s, 30–60 s, 2–5 min,
// 20 min or more.
func bucketLabel(w *locale.Localizer, b report.Bucket) string {
	unit := func(from, to time.Duration) string {
		if to <= time.Minute && to != 0 {
			return w.TData(msgDurSeconds, map[string]any{"N": span(from, to, time.Second)})
		}
		return w.TData(msgDurMinutes, map[string]any{"N": span(from, to, time.Minute)})
	}
	switch {
	case b.From == 0:
		return "< " + unit(0, b.To)
	case b.To == 0:
		return w.TData(msgDurAtLeast, map[string]any{"Time": unit(b.From, 0)})
	}
	return unit(b.From, b.To)
}

// span is "15–30" in units of u, "15" when from is 0 and "20" when to is.
func span(from, to, u time.Duration) string {
	switch {
	case from == 0:
		return itoa(int(to / u))
	case to == 0:
		return itoa(int(from / u))
	}
	return itoa(int(from/u)) + "–" + itoa(int(to/u))
}

// countRows are the counts of ids, named for the staff.
func countRows(w *locale.Localizer, counts []report.Count, kind string, names report.Names) []row {
	rows := make([]row, len(counts))
	for i, c := range counts {
		rows[i] = row{Label: names.Label(kind, c.ID), N: c.N, Shown: locale.Number(w.Lang(), c.N)}
	}
	return rows
}

// kioskRows are the visits at each kiosk whose log was read.
func kioskRows(w *locale.Localizer, f report.Figures) []row {
	rows := make([]row, len(f.Kiosks))
	for i, k := range f.Kiosks {
		rows[i] = row{Label: k.Name, N: k.Visits, Shown: locale.Number(w.Lang(), k.Visits)}
	}
	return rows
}

// reachedChart is the share of visits that opened an event page, as a
// large figure over a split bar.
func reachedChart(w *locale.Localizer, f report.Figures) fyne.CanvasObject {
	pct := locale.Percent(w.Lang(), f.ReachedEvent)
	big, _ := themedText(pct, 56, fyne.TextStyle{Bold: true}, theme.ColorNamePrimary)
	note := w.NData(msgChartShare, f.Reached, map[string]any{"Percent": pct})
	return container.NewVBox(big, shareBar(f.ReachedEvent), wrapped(note))
}
