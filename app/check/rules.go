package check

import (
	"fmt"
	"strings"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/tomlfile"
)

// Limits of the screens at 1280×800, in pixels, matching screens/.
const (
	cardTextWidth = 266 // a timeline card's text (290 wide, bar and padding off)
	cardTitleSize = 18
	cardMaxLines  = 4
	nameWidth     = 250 // a person card's name
	nameSize      = 19
	nameMaxLines  = 2
	eraNameWidth  = 380 // an era band's label, one line, in the narrowest band
	eraNameSize   = 14  // the label shrinks to this size before it overflows
	maxWords      = 250 // an event text or biography a visitor reads standing
)

// Content checks every text of c in its languages. src gives the source
// of a file, to find lines; it may return nil.
func Content(c *content.Content, f *Fonts, src Source) content.Problems {
	var ps content.Problems
	add := func(file, field string, l content.Lang, sev content.Severity, format string, a ...any) {
		line := 0
		if b := src(file); b != nil {
			line = tomlfile.Line(b, field)
		}
		ps = append(ps, content.Problem{File: file, Line: line, Field: field, Lang: l, Severity: sev, Msg: fmt.Sprintf(format, a...)})
	}
	c.EachText(func(file, field string, t content.Text) {
		for _, l := range content.Languages {
			s := t.In(l)
			if m := f.Missing(s, false); len(m) > 0 {
				add(file, field, l, content.Error, "no font the app draws with has %s (it would show as a box)", runes(m))
			}
			if msg := tooLong(file, field, s, f); msg != "" {
				add(file, field, l, content.Warning, "%s", msg)
			}
		}
	})
	return ps
}

// tooLong says why s does not fit where a field is shown, or "".
func tooLong(file, field, s string, f *Fonts) string {
	kind, _, _ := strings.Cut(file, "/")
	switch {
	case kind == "events" && field == "title":
		if n := f.Lines(s, cardTitleSize, cardTextWidth, false); n > cardMaxLines {
			return fmt.Sprintf("too long for its timeline card: %d lines, %d fit", n, cardMaxLines)
		}
	case kind == "people" && field == "name":
		if n := f.Lines(s, nameSize, nameWidth, true); n > nameMaxLines {
			return fmt.Sprintf("too long for the person card: %d lines, %d fit", n, nameMaxLines)
		}
	case kind == "eras" && field == "name":
		if w := f.Width(s, eraNameSize, true); w > eraNameWidth {
			return fmt.Sprintf("too wide for the era band: %.0f px, %d fit", w, eraNameWidth)
		}
	case field == "text" || field == "bio":
		if n := Words(s); n > maxWords {
			return fmt.Sprintf("%d words: long to read standing at a kiosk (keep under %d)", n, maxWords)
		}
	}
	return ""
}

func runes(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q (U+%04X)", r, r)
	}
	return b.String()
}
