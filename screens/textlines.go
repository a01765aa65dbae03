package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// textLines breaks text into at most max lines of themed canvas text no
// wider than width, ending the last with "…" when the text does not fit.
// Words break at spaces; a word wider than the line is cut by runes.
func textLines(text string, size float32, bold bool, width float32, max int) []fyne.CanvasObject {
	lines := wrapLines(text, size, bold, width, max)
	out := make([]fyne.CanvasObject, len(lines))
	for i, l := range lines {
		out[i], _ = themedText(l, size, fyne.TextStyle{Bold: bold}, theme.ColorNameForeground)
	}
	return out
}

// wrapLines breaks text into at most max lines no wider than width, the
// last ending with "…" when the text does not fit; never no line.
func wrapLines(text string, size float32, bold bool, width float32, max int) []string {
	style := fyne.TextStyle{Bold: bold}
	fits := func(s string) bool { return fyne.MeasureText(s, size, style).Width <= width }
	lines := wrap(keepTogether(text), fits)
	if len(lines) > max {
		last := []rune(lines[max-1])
		n := longest(len(last), func(n int) bool { return fits(string(last[:n]) + "…") })
		lines = append(lines[:max-1], strings.TrimSpace(string(last[:n]))+"…")
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}

// longest is the largest n in 0…max for which ok(n) holds, ok being true
// up to some n and false after: a binary search, so cutting a long word or
// a title to fit measures it a handful of times, not once a letter.
func longest(max int, ok func(n int) bool) int {
	lo, hi := 0, max
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ok(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// wrap breaks text into lines that fit.
func wrap(text string, fits func(string) bool) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		next := strings.TrimSpace(line + " " + word)
		if fits(next) {
			line = next
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = word
		for !fits(line) && len([]rune(line)) > 1 {
			r := []rune(line)
			cut := max(longest(len(r)-1, func(n int) bool { return fits(string(r[:n])) }), 1)
			lines = append(lines, string(r[:cut]))
			line = string(r[cut:])
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
