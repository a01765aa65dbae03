package timelinejs

import (
	"fmt"
	"strings"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
)

// timeParts are date parts finer than a day; the content format has none.
var timeParts = []string{"hour", "minute", "second", "millisecond"}

// dateKeys are the fields of a TimelineJS date that are read; display_date
// only in a start_date.
var dateKeys = map[string]bool{"year": true, "month": true, "day": true,
	"hour": true, "minute": true, "second": true, "millisecond": true}

// point is one TimelineJS date read into the content format.
type point struct {
	p     content.Point
	has   bool     // a year is given
	times []string // time parts given, all dropped
	notes []string // what else was dropped
}

// readPoint reads a TimelineJS date object. which ("start_date") prefixes
// errors. A date without a year is not present.
func readPoint(o object, which string) (point, error) {
	var pt point
	for _, k := range timeParts {
		if !isEmpty(o[k]) {
			pt.times = append(pt.times, k)
		}
	}
	y, hasY, err := asInt(o["year"])
	if err != nil {
		return pt, fmt.Errorf("%s: year %v", which, err)
	}
	if !hasY {
		if !isEmpty(o["month"]) || !isEmpty(o["day"]) {
			pt.notes = append(pt.notes, which+": a month or day without a year was dropped")
		}
		return pt, nil
	}
	if err := checkYear(y); err != nil {
		return pt, fmt.Errorf("%s: %v", which, err)
	}
	pt.has, pt.p = true, content.Point{Year: y, Prec: content.PrecYear}
	err = pt.monthDay(o, which)
	return pt, err
}

// monthDay adds o's month and day, when given, to the point's year.
func (pt *point) monthDay(o object, which string) error {
	m, hasM, err := asInt(o["month"])
	if err != nil {
		return fmt.Errorf("%s: month %v", which, err)
	}
	d, hasD, err := asInt(o["day"])
	if err != nil {
		return fmt.Errorf("%s: day %v", which, err)
	}
	switch {
	case !hasM && hasD:
		pt.notes = append(pt.notes, which+": a day without a month was dropped")
	case !hasM:
	case m < 1 || m > 12:
		return fmt.Errorf("%s: month %d does not exist", which, m)
	case !hasD:
		pt.p.Month, pt.p.Prec = m, content.PrecMonth
	case d < 1 || d > content.DaysIn(pt.p.Year, m):
		return fmt.Errorf("%s: day %d does not exist in %04d-%02d", which, d, pt.p.Year, m)
	default:
		pt.p.Month, pt.p.Day, pt.p.Prec = m, d, content.PrecDay
	}
	return nil
}

func checkYear(y int) error {
	switch {
	case y < 0:
		return fmt.Errorf("year %d is BCE; the content format has no BCE dates", y)
	case y == 0:
		return fmt.Errorf("year 0 does not exist in the content format (it starts at year 1)")
	case y > 9999:
		return fmt.Errorf("year %d is after 9999", y)
	}
	return nil
}

// format writes a point as a content date: "0602", "1943-07", "1815-12-10".
func format(p content.Point) string {
	s := fmt.Sprintf("%04d", p.Year)
	if p.Prec >= content.PrecMonth {
		s += fmt.Sprintf("-%02d", p.Month)
	}
	if p.Prec == content.PrecDay {
		s += fmt.Sprintf("-%02d", p.Day)
	}
	return s
}

// when is an event's date in the content format.
type when struct {
	date    string
	label   string // display_date, as plain text
	start   content.Point
	endYear int
	planned bool
}

// when reads an event's start_date and end_date. A date that is wrong is an
// error (the event is skipped); what is merely lost is reported under pre.
func (c *converter) when(o object, pre string) (when, error) {
	so, eo := c.sub(o, "start_date", pre), c.sub(o, "end_date", pre)
	s, err := readPoint(so, "start_date")
	if err == nil && !s.has {
		err = fmt.Errorf("start_date: no year")
	}
	if err != nil {
		return when{}, err
	}
	e, err := readPoint(eo, "end_date")
	if err != nil {
		return when{}, err
	}
	c.dropUnknown(so, dateKeys, "start_date.", "event", "display_date")
	c.dropUnknown(eo, dateKeys, "end_date.", "event")
	w := c.span(s, e, pre)
	if w.label = c.plain(c.str(o, "display_date", pre), pre, "display_date", true); w.label == "" {
		w.label = c.plain(c.str(so, "display_date", pre), pre, "start_date.display_date", true)
	}
	c.noteLosses(pre, s, e)
	if w.planned = s.p.Key() > dayKey(c.today); w.planned {
		c.rep.addf("%s: dated %s, after today: marked planned = true", pre, w.date)
	}
	return w, nil
}

// span makes a single date of the start, or a range when the end is a
// later date.
func (c *converter) span(s, e point, pre string) when {
	w := when{date: format(s.p), start: s.p, endYear: s.p.Year}
	end := format(e.p)
	if !e.has || end == w.date {
		return w
	}
	if _, err := content.ParseDate(w.date + "/" + end); err != nil {
		c.rep.addf("%s: end_date %s is before start_date %s; kept only the start", pre, end, w.date)
		return w
	}
	w.date, w.endYear = w.date+"/"+end, e.p.Year
	return w
}

// noteLosses reports the date parts that were dropped: one line for the
// time of day, one per other loss.
func (c *converter) noteLosses(pre string, pts ...point) {
	var times []string
	for _, pt := range pts {
		for _, n := range pt.notes {
			c.rep.addf("%s: %s", pre, n)
		}
		for _, t := range pt.times {
			times = appendOnce(times, t)
		}
	}
	if len(times) > 0 {
		c.rep.addf("%s: time of day dropped (%s)", pre, strings.Join(times, ", "))
	}
}

// dayKey is today as the loader compares it with content.Point.Key.
func dayKey(t time.Time) int { return t.Year()*10000 + int(t.Month())*100 + t.Day() }
