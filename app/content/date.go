package content

import (
	"fmt"
	"strconv"
	"strings"
)

// Precision says how much of a Point is known.
type Precision int

// The precisions a date can have.
const (
	PrecYear Precision = iota + 1
	PrecMonth
	PrecDay
)

// Point is a calendar date known to a precision: Month and Day are zero when
// the precision does not reach them.
type Point struct {
	Year, Month, Day int
	Prec             Precision
}

// Key is a sortable number for the point's earliest possible day.
func (p Point) Key() int { return p.Year*10000 + p.Month*100 + p.Day }

// lastKey is a sortable number for the point's latest possible day.
func (p Point) lastKey() int {
	switch p.Prec {
	case PrecYear:
		return p.Year*10000 + 1231
	case PrecMonth:
		return p.Year*10000 + p.Month*100 + 31
	}
	return p.Key()
}

// Date is a content date: a point or a range, possibly approximate.
type Date struct {
	From   Point
	To     Point // equal to From unless IsRange
	Approx bool  // written with a leading "~": "about"
	Range  bool
	raw    string
}

// String returns the date as it was written in the content file.
func (d Date) String() string { return d.raw }

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.From.Year == 0 }

// Key sorts dates by their start.
func (d Date) Key() int { return d.From.Key() }

// LastKey is the sortable number of the date's latest possible day.
func (d Date) LastKey() int { return d.To.lastKey() }

// ParseDate reads a content date: "1932", "1937-10", "1992-01-28", a range
// "A/B" of any of these, each optionally preceded by "~" for "about".
func ParseDate(s string) (Date, error) {
	d := Date{raw: s}
	body := strings.TrimSpace(s)
	if strings.HasPrefix(body, "~") {
		d.Approx = true
		body = strings.TrimSpace(body[1:])
	}
	if body == "" {
		return d, fmt.Errorf("empty date")
	}
	from, to, isRange := strings.Cut(body, "/")
	var err error
	if d.From, err = parsePoint(from); err != nil {
		return d, err
	}
	d.To = d.From
	if !isRange {
		return d, nil
	}
	d.Range = true
	if d.To, err = parsePoint(to); err != nil {
		return d, err
	}
	if d.To.lastKey() < d.From.Key() {
		return d, fmt.Errorf("range %q ends before it starts", s)
	}
	if d.To == d.From {
		return d, fmt.Errorf("range %q starts and ends on the same date", s)
	}
	return d, nil
}

func parsePoint(s string) (Point, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 {
		return Point{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	widths := []int{4, 2, 2}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || len(p) != widths[i] || !digits(p) {
			return Point{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		nums[i] = n
	}
	p := Point{Year: nums[0], Prec: Precision(len(nums))}
	if p.Year < 1 {
		return p, fmt.Errorf("date %q: year %d is out of range", s, p.Year)
	}
	if p.Prec >= PrecMonth {
		p.Month = nums[1]
		if p.Month < 1 || p.Month > 12 {
			return p, fmt.Errorf("date %q: month %d does not exist", s, p.Month)
		}
	}
	if p.Prec == PrecDay {
		p.Day = nums[2]
		if p.Day < 1 || p.Day > DaysIn(p.Year, p.Month) {
			return p, fmt.Errorf("date %q: day %d does not exist in that month", s, p.Day)
		}
	}
	return p, nil
}

// digits reports whether s is only the digits 0–9 (Atoi also takes a sign).
func digits(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

// DaysIn returns the number of days in a month of the Gregorian calendar.
func DaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Between is the date that spans first to last (first not after last) at
// the finest precision they share: "1937–1945", "September–October 1937",
// "21–30 September 1937", or a single year, month or day.
func Between(first, last Point) Date {
	year := func(p Point) Point { return Point{Year: p.Year, Prec: PrecYear} }
	month := func(p Point) Point { return Point{Year: p.Year, Month: p.Month, Prec: PrecMonth} }
	var a, b Point
	switch {
	case first.Year != last.Year || first.Month == 0 || last.Month == 0:
		a, b = year(first), year(last)
	case first.Month != last.Month || first.Day == 0 || last.Day == 0:
		a, b = month(first), month(last)
	default:
		a, b = first, last
	}
	return Date{From: a, To: b, Range: a != b}
}
