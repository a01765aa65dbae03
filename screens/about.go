package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
)

// aboutView says what the exhibit is, with the credits and licences, and
// lists every source beside it. The list builds only the rows in view: a
// large folder has thousands of sources.
type aboutView struct{ *ctx }

func newAboutView(c *ctx) *aboutView { return &aboutView{c} }

func (v *aboutView) buildUI() fyne.CanvasObject {
	parts := []fyne.CanvasObject{heading(v.s.title()), para(v.loc.T(msgAboutText)),
		subheading(v.loc.T(msgAboutCredits)), para(v.loc.T(msgAboutArt)), para(v.loc.T(msgAboutFonts)),
		para(v.loc.T(msgAboutMap)), para(v.loc.T(msgAboutLibraries))}
	if v.s.version != "" {
		parts = append(parts, para(v.loc.TData(msgAboutVersion, map[string]any{"Version": v.s.version})))
	}
	text := v.page(parts...)
	srcs := v.content.Sources()
	list := container.NewBorder(subheading(v.loc.N(msgAboutSources, len(srcs))), nil, nil, nil, v.sourceRows(srcs))
	return container.NewGridWithColumns(2, text, container.NewPadded(list))
}

// sourceList shows sources as text, never as links: nothing a visitor taps
// may leave the app.
func (v *aboutView) sourceRows(srcs []content.Source) fyne.CanvasObject {
	newRow := func() fyne.CanvasObject {
		title := widget.NewLabel("")
		title.Truncation = fyne.TextTruncateEllipsis
		url := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyle{
			SizeName: theme.SizeNameCaptionText, ColorName: theme.ColorNamePlaceHolder}})
		url.Truncation = fyne.TextTruncateEllipsis
		return container.NewVBox(title, url)
	}
	set := func(i int, o fyne.CanvasObject) {
		row := o.(*fyne.Container).Objects
		row[0].(*widget.Label).SetText("• " + srcs[i].Title)
		url := row[1].(*widget.RichText)
		url.Segments[0].(*widget.TextSegment).Text = "   " + srcs[i].URL
		url.Refresh()
	}
	g := newVGrid(len(srcs), fyne.NewSize(300, 72), newRow, set)
	g.list = true
	g.OnScrolled = func(float32) { v.touch() }
	return g
}
