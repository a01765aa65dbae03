package locale

import (
	"fmt"
	"strconv"

	"github.com/koryo-exhibit/koryo/app/content"
)

var (
	enMonths   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	ruMonths   = []string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
	ruMonthsOf = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	kkMonths   = []string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"}
)

var styles = map[content.Lang]*dateStyle{
	content.EN: {
		year:  func(y string) string { return y },
		month: func(y string, m int) string { return enMonths[m-1] + " " + y },
		day:   func(y string, m, d int) string { return fmt.Sprintf("%d %s %s", d, enMonths[m-1], y) },
		years: func(a, b string) string { return a + "–" + b },
		months: func(y string, a, b int) string {
			return enMonths[a-1] + "–" + enMonths[b-1] + " " + y
		},
		days: func(y string, m, a, b int) string { return fmt.Sprintf("%d–%d %s %s", a, b, enMonths[m-1], y) },
		monthDays: func(y string, m1, d1, m2, d2 int) string {
			return fmt.Sprintf("%d %s – %d %s %s", d1, enMonths[m1-1], d2, enMonths[m2-1], y)
		},
		approx:     func(s string) string { return "about " + s },
		rangeJoint: " – ",
	},
	content.RU: {
		year:  func(y string) string { return y + " г." },
		month: func(y string, m int) string { return ruMonths[m-1] + " " + y + " г." },
		day:   func(y string, m, d int) string { return fmt.Sprintf("%d %s %s г.", d, ruMonthsOf[m-1], y) },
		years: func(a, b string) string { return a + "–" + b + " гг." },
		months: func(y string, a, b int) string {
			return ruMonths[a-1] + "–" + ruMonths[b-1] + " " + y + " г."
		},
		days: func(y string, m, a, b int) string { return fmt.Sprintf("%d–%d %s %s г.", a, b, ruMonthsOf[m-1], y) },
		monthDays: func(y string, m1, d1, m2, d2 int) string {
			return fmt.Sprintf("%d %s – %d %s %s г.", d1, ruMonthsOf[m1-1], d2, ruMonthsOf[m2-1], y)
		},
		approx:     func(s string) string { return "около " + s },
		rangeJoint: " – ",
	},
	content.KK: {
		year:  func(y string) string { return y + " ж." },
		month: func(y string, m int) string { return y + " жылғы " + kkMonths[m-1] },
		day:   func(y string, m, d int) string { return fmt.Sprintf("%s жылғы %d %s", y, d, kkMonths[m-1]) },
		years: func(a, b string) string { return a + "–" + b + " жж." },
		months: func(y string, a, b int) string {
			return y + " жылғы " + kkMonths[a-1] + "–" + kkMonths[b-1]
		},
		days: func(y string, m, a, b int) string {
			return fmt.Sprintf("%s жылғы %d–%d %s", y, a, b, kkMonths[m-1])
		},
		monthDays: func(y string, m1, d1, m2, d2 int) string {
			return fmt.Sprintf("%s жылғы %d %s – %d %s", y, d1, kkMonths[m1-1], d2, kkMonths[m2-1])
		},
		approx:     func(s string) string { return "шамамен " + s },
		rangeJoint: " – ",
	},
	content.KO: {
		year:  func(y string) string { return y + "년" },
		month: func(y string, m int) string { return y + "년 " + strconv.Itoa(m) + "월" },
		day:   func(y string, m, d int) string { return fmt.Sprintf("%s년 %d월 %d일", y, m, d) },
		years: func(a, b string) string { return a + "~" + b + "년" },
		months: func(y string, a, b int) string {
			return fmt.Sprintf("%s년 %d~%d월", y, a, b)
		},
		days: func(y string, m, a, b int) string { return fmt.Sprintf("%s년 %d월 %d~%d일", y, m, a, b) },
		monthDays: func(y string, m1, d1, m2, d2 int) string {
			return fmt.Sprintf("%s년 %d월 %d일~%d월 %d일", y, m1, d1, m2, d2)
		},
		approx:     func(s string) string { return s + "경" },
		rangeJoint: " ~ ",
	},
}
