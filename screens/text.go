package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// heading is large bold text that wraps.
func heading(text string) *widget.RichText {
	return richText(text, widget.RichTextStyleHeading)
}

// subheading is a section title.
func subheading(text string) *widget.RichText {
	return richText(text, widget.RichTextStyleSubHeading)
}

func richText(text string, style widget.RichTextStyle) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: style})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// para is body text that wraps.
func para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// paragraphs splits a text at blank lines, folding the white space inside
// each paragraph.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Join(strings.Fields(p), " "))
		}
	}
	return out
}
