package screens

import (
	"strings"
	"unicode"
)

// Blanks that Fyne never breaks a line at: Exhibit Sans maps these
// private-use code points to its narrow no-break space and its no-break
// space (tools/fonts/keeptogether.py). Fyne wraps at any Unicode white
// space, the no-break spaces included.
const (
	groupSpace = '\uE000' // inside a grouped number: 172 000, 16 500
	keepSpace  = '\uE001' // any other no-break space
)

// keepTogether returns text as it is drawn where it may wrap: a space
// inside a grouped number (a digit, then a space, a no-break or a narrow
// no-break space, then exactly three digits) becomes groupSpace, so that
// "50 000" never ends one line and begins the next, and every other
// no-break space becomes keepSpace. Years stand alone ("в 1937 году")
// and are left as they are.
func keepTogether(text string) string {
	if !strings.ContainsAny(text, " \u00a0\u202f") {
		return text
	}
	rs := []rune(text)
	changed := false
	for i, r := range rs {
		switch {
		case isGroupGap(rs, i):
			rs[i], changed = groupSpace, true
		case r == '\u00a0' || r == '\u202f':
			rs[i], changed = keepSpace, true
		}
	}
	if !changed {
		return text
	}
	return string(rs)
}

// isGroupGap reports whether rs[i] is a space between the digit groups of
// a number.
func isGroupGap(rs []rune, i int) bool {
	if r := rs[i]; r != ' ' && r != '\u00a0' && r != '\u202f' {
		return false
	}
	if i == 0 || !unicode.IsDigit(rs[i-1]) {
		return false
	}
	for j := i + 1; j <= i+3; j++ {
		if j >= len(rs) || !unicode.IsDigit(rs[j]) {
			return false
		}
	}
	return i+4 >= len(rs) || !unicode.IsDigit(rs[i+4])
}
