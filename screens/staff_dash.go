package screens

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/report"
)

// dashboard is the staff menu's charts of the kiosk's own visit log. Its
// figures are counted once per change of the log (or of the day), not at
// every rebuild of the menu.
type dashboard struct {
	days int    // 7 or 30: the window shown
	key  string // the log's size and time, and the day, the figures are of
	figs map[int]report.Figures
	err  error
}

// dashWindows are the windows of days staff can choose.
var dashWindows = []int{7, 30}

// figures are the visits of the last d days, read again when the log
// changed since.
func (k *Kiosk) figures(d int) (report.Figures, error) {
	path := k.opts.Recorder.Path
	now := k.opts.Clock.Now()
	key := now.Format(time.DateOnly)
	for _, p := range []string{path, path + ".1"} {
		if fi, err := os.Stat(p); err == nil {
			key += fmt.Sprintf("|%d|%d", fi.Size(), fi.ModTime().UnixNano())
		}
	}
	if k.dash.key != key || k.dash.figs == nil {
		figs, errs := report.Load([]string{path}, now, dashWindows...)
		k.dash.figs, k.dash.key, k.dash.err = map[int]report.Figures{}, key, errors.Join(errs...)
		for i, f := range figs {
			k.dash.figs[dashWindows[i]] = f
		}
	}
	return k.dash.figs[d], k.dash.err
}

// visitsSection is the window buttons, the headline figures and the charts.
func (k *Kiosk) visitsSection(w *locale.Localizer) []fyne.CanvasObject {
	if k.opts.Recorder == nil {
		return []fyne.CanvasObject{widget.NewLabel(w.T(msgStaffLogOff))}
	}
	if k.dash.days == 0 {
		k.dash.days = dashWindows[0]
	}
	choose := container.NewHBox()
	for i, d := range dashWindows {
		b := newButton(w.T([]*Message{msgStaffWeek, msgStaffMonth}[i]), func() {
			k.idle.Touch()
			k.dash.days = d
			k.show(KioskStaff)
		})
		if d == k.dash.days {
			b.Importance = widget.HighImportance
		}
		choose.Add(b)
	}
	f, err := k.figures(k.dash.days)
	objs := []fyne.CanvasObject{choose}
	if err != nil {
		objs = append(objs, dangerLabel(err.Error()))
	}
	objs = append(objs, wrapped(k.headline(w, f)))
	if f.Visits == 0 {
		return append(objs, widget.NewLabel(w.T(msgStaffNone)))
	}
	return append(objs, k.charts(w, f)...)
}

// headline is the count of visits, their dates and the median length.
func (k *Kiosk) headline(w *locale.Localizer, f report.Figures) string {
	last := f.To
	if len(f.PerDay) > 0 {
		last = f.PerDay[len(f.PerDay)-1].Date
	}
	span := content.Date{From: dayPoint(f.From), To: dayPoint(last), Range: f.Days > 1}
	s := w.NData(msgStaffCount, f.Visits, map[string]any{"Range": w.Date(span)})
	if f.Visits > 0 {
		s += " " + w.TData(msgStaffMedian, map[string]any{"Time": duration(w, f.Median)})
	}
	if f.Damaged > 0 {
		s += "\n" + w.N(msgStaffDamaged, f.Damaged)
	}
	return s
}

func dayPoint(t time.Time) content.Point {
	return content.Point{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Prec: content.PrecDay}
}

// charts are the dashboard's cards: the small ones two to a row, the
// titles of events and people across the page.
func (k *Kiosk) charts(w *locale.Localizer, f report.Figures) []fyne.CanvasObject {
	names := k.names(w)
	lang := w.Lang()
	pair := func(a, b fyne.CanvasObject) fyne.CanvasObject { return container.NewGridWithColumns(2, a, b) }
	first, last := busyHours(f)
	return []fyne.CanvasObject{
		pair(chartCard(w.T(msgChartDay), columnChart(dayColumns(w, f), locale.Number(lang, maxDay(f)), 260)),
			chartCard(w.T(msgChartHour), columnChart(hourColumns(f, first, last), locale.Number(lang, maxOf(f.PerHour[:])), 260))),
		pair(chartCard(w.T(msgChartReached), reachedChart(w, f)),
			chartCard(w.T(msgChartLangs), rowChart(countRows(w, f.Languages, report.KindLanguage, names)))),
		pair(chartCard(w.T(msgChartLength), rowChart(lengthRows(w, f))),
			chartCard(w.T(msgChartKiosks), rowChart(kioskRows(w, f)))),
		chartCard(w.T(msgChartEvents), rowChart(countRows(w, f.TopEvents, report.KindEvent, names))),
		chartCard(w.T(msgChartPeople), rowChart(countRows(w, f.TopPeople, report.KindPerson, names))),
	}
}

// names are the titles of events and people in the staff's language, and
// the languages' own names; an id the content no longer has shows as is.
func (k *Kiosk) names(w *locale.Localizer) report.Names {
	c := k.shell.content
	return func(kind, id string) string {
		switch kind {
		case report.KindEvent:
			if e := c.Event(id); e != nil {
				return w.Text(e.Title)
			}
		case report.KindPerson:
			if p := c.Person(id); p != nil {
				return w.Text(p.Name)
			}
		case report.KindLanguage:
			if l := content.Lang(id); l.Valid() {
				return locale.SelfName(l)
			}
		}
		return ""
	}
}

func chartCard(title string, chart fyne.CanvasObject) fyne.CanvasObject {
	t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.Truncation = fyne.TextTruncateEllipsis
	return container.NewPadded(container.NewBorder(t, nil, nil, nil, chart))
}

// duration writes a length of time: 45 s, 2 min 15 s, 20 min.
func duration(w *locale.Localizer, d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	switch {
	case s < 60:
		return w.TData(msgDurSeconds, map[string]any{"N": s})
	case s%60 == 0:
		return w.TData(msgDurMinutes, map[string]any{"N": s / 60})
	}
	return w.TData(msgDurMinSec, map[string]any{"M": s / 60, "S": s % 60})
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(keepTogether(s))
	l.Wrapping = fyne.TextWrapWord
	return l
}

func dangerLabel(s string) *widget.Label {
	l := wrapped(s)
	l.Importance = widget.DangerImportance
	return l
}

func itoa(n int) string { return strconv.Itoa(n) }
