package locale

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/koryo-exhibit/koryo/app/content"
)

// Short month names for the timeline's axis.
var shortMonths = map[content.Lang][]string{
	content.EN: {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	content.RU: {"янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."},
	content.KK: {"қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."},
}

// DecadeLabel names the decade that starts in year y: 1930s, 1930-е,
// 1930-жылдар, 1930년대.
func DecadeLabel(l content.Lang, y int) string {
	s := strconv.Itoa(y)
	switch l {
	case content.RU:
		return s + "-е"
	case content.KK:
		return s + "-жылдар"
	case content.KO:
		return s + "년대"
	}
	return s + "s"
}

// YearLabel is a year on the axis: 1937, or 1937년.
func YearLabel(l content.Lang, y int) string {
	if l == content.KO {
		return strconv.Itoa(y) + "년"
	}
	return strconv.Itoa(y)
}

// MonthLabel is a month on the axis, with its year when asked (January,
// or the first tick): Sep, сент., қыр., 9월; Jan 1938, 1938 қаң., 1938년 1월.
func MonthLabel(l content.Lang, y, m int, withYear bool) string {
	if l == content.KO {
		if withYear {
			return fmt.Sprintf("%d년 %d월", y, m)
		}
		return fmt.Sprintf("%d월", m)
	}
	names, ok := shortMonths[l]
	if !ok {
		names = shortMonths[content.EN]
	}
	name := names[m-1]
	switch {
	case !withYear:
		return name
	case l == content.KK:
		return strconv.Itoa(y) + " " + name
	}
	return name + " " + strconv.Itoa(y)
}

// Number writes a count the way language l groups its digits: 10,000 in
// English and Korean, 10 000 (a no-break space) in Russian and Kazakh.
// Years are never written with it.
func Number(l content.Lang, n int) string {
	return message.NewPrinter(Tag(l)).Sprintf("%d", n)
}

// Percent writes a share (0.62) as a whole percentage the way the
// exhibit's texts do (docs/glossary.md, "numbers"): the number grouped as
// language l groups it and the sign right after it, 62% in every language.
// CLDR would put a no-break space before the sign in Russian (62 %),
// which the glossary and the content do not.
func Percent(l content.Lang, share float64) string {
	s := message.NewPrinter(Tag(l)).Sprint(number.Percent(share, number.MaxFractionDigits(0)))
	return strings.Replace(s, "\u00a0%", "%", 1)
}
