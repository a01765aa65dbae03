package locale

import (
	"strconv"

	"github.com/koryo-exhibit/koryo/app/content"
)

// dateStyle writes dates the way one language does. Years are written with
// strconv, never digit-grouped.
type dateStyle struct {
	year       func(y string) string
	month      func(y string, m int) string
	day        func(y string, m, d int) string
	years      func(y1, y2 string) string
	months     func(y string, m1, m2 int) string
	days       func(y string, m, d1, d2 int) string
	monthDays  func(y string, m1, d1, m2, d2 int) string
	approx     func(s string) string
	rangeJoint string
}

// FormatDate writes d at its precision in language l.
func FormatDate(l content.Lang, d content.Date) string {
	st := styles[l]
	if st == nil {
		st = styles[content.EN]
	}
	s := st.format(d)
	if d.Approx {
		s = st.approx(s)
	}
	return s
}

func (st *dateStyle) format(d content.Date) string {
	a, b := d.From, d.To
	if !d.Range {
		return st.point(a)
	}
	y := strconv.Itoa(a.Year)
	sameYear := a.Year == b.Year && a.Prec == b.Prec
	switch {
	case a.Prec == content.PrecYear && b.Prec == content.PrecYear:
		return st.years(y, strconv.Itoa(b.Year))
	case sameYear && a.Prec == content.PrecMonth:
		return st.months(y, a.Month, b.Month)
	case sameYear && a.Month == b.Month:
		return st.days(y, a.Month, a.Day, b.Day)
	case sameYear:
		return st.monthDays(y, a.Month, a.Day, b.Month, b.Day)
	}
	return st.point(a) + st.rangeJoint + st.point(b)
}

func (st *dateStyle) point(p content.Point) string {
	y := strconv.Itoa(p.Year)
	switch p.Prec {
	case content.PrecMonth:
		return st.month(y, p.Month)
	case content.PrecDay:
		return st.day(y, p.Month, p.Day)
	}
	return st.year(y)
}

// Lifespan writes a person's years, "1868–1943", or "b. 1982" style for the
// living, in language l. Kazakh and Korean write the year of birth first:
// "1982 ж. т.", "1982년 출생".
func Lifespan(l content.Lang, born, died content.Date) string {
	y := strconv.Itoa(born.From.Year)
	if !died.IsZero() {
		if born.Approx {
			y = approxYear[l] + y
		}
		return y + "–" + strconv.Itoa(died.From.Year)
	}
	switch l {
	case content.KO: // "1982년 출생", "1953년경 출생"
		if born.Approx {
			return y + "년경 출생"
		}
		return y + "년 출생"
	case content.KK: // "1982 ж. т.", "шамамен 1953 ж. т." (жылы туған)
		if born.Approx {
			y = approxYear[l] + y
		}
		return y + " ж. т."
	}
	if born.Approx {
		y = approxYear[l] + y
	}
	return bornPrefix[l] + y
}

var approxYear = map[content.Lang]string{content.EN: "c. ", content.KK: "шамамен ", content.KO: "약 ", content.RU: "ок. "}
var bornPrefix = map[content.Lang]string{content.EN: "b. ", content.RU: "род. "}
