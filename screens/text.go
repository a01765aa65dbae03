package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The text constructors below wrap, so they draw their text through
// keepTogether: a grouped number ("50 000") never breaks across lines.

// heading is large bold text that wraps.
func heading(text string) *widget.RichText {
	return richText(text, widget.RichTextStyleHeading)
}

// subheading is a section title.
func subheading(text string) *widget.RichText {
	return richText(text, widget.RichTextStyleSubHeading)
}

func richText(text string, style widget.RichTextStyle) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: keepTogether(text), Style: style})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// para is body text that wraps.
func para(text string) *widget.Label {
	l := widget.NewLabel(keepTogether(text))
	l.Wrapping = fyne.TextWrapWord
	return l
}

// paragraphs splits a text at blank lines, folding the white space inside
// each paragraph but the spaces that must not break (keepTogether).
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(keepTogether(text)), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Join(strings.Fields(p), " "))
		}
	}
	return out
}
