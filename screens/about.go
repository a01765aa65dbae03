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
type aboutView struct {
	*ctx
	list *fyne.Container // the sources' heading, rows and, with codes on, the code of the one tapped
}

func newAboutView(c *ctx) *aboutView { return &aboutView{ctx: c} }

func (v *aboutView) buildUI() fyne.CanvasObject {
	parts := []fyne.CanvasObject{heading(v.s.title()), para(v.loc.T(msgAboutText)),
		subheading(v.loc.T(msgAboutCredits)), para(v.loc.T(msgAboutArt)), para(v.loc.T(msgAboutFonts)),
		para(v.loc.T(msgAboutMap)), para(v.loc.T(msgAboutLibraries))}
	if v.s.version != "" {
		parts = append(parts, para(v.loc.TData(msgAboutVersion, map[string]any{"Version": v.s.version})))
	}
	text := v.page(parts...)
	srcs := v.content.Sources()
	var qr *fyne.Container       // with codes on, the code of the source tapped
	var bottom fyne.CanvasObject // nil, not a nil *Container, for none
	if v.s.qr {
		qr = container.NewStack()
		bottom = qr
	}
	v.list = container.NewBorder(subheading(v.loc.N(msgAboutSources, len(srcs))), bottom, nil, nil, v.sourceRows(srcs, qr))
	return container.NewGridWithColumns(2, text, container.NewPadded(v.list))
}

// sourceRows shows sources as text, never as links: nothing a visitor taps
// may leave the app. With qr set (codes on), a tap on a source with a URL
// shows its QR code there.
func (v *aboutView) sourceRows(srcs []content.Source, qr *fyne.Container) fyne.CanvasObject {
	newRow := func() fyne.CanvasObject {
		title := widget.NewLabel("")
		title.Truncation = fyne.TextTruncateEllipsis
		url := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyle{
			SizeName: theme.SizeNameCaptionText, ColorName: theme.ColorNamePlaceHolder}})
		url.Truncation = fyne.TextTruncateEllipsis
		if qr == nil {
			return container.NewVBox(title, url)
		}
		return container.NewStack(newTapArea(nil), container.NewVBox(title, url))
	}
	set := func(i int, o fyne.CanvasObject) {
		row := o.(*fyne.Container).Objects
		if qr != nil { // a tap area over the text
			row[0].(*tapArea).onTap = v.showQR(qr, srcs[i])
			row = row[1].(*fyne.Container).Objects
		}
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

// showQR is what a tap on src does in the About list with codes on: show
// its code in qr (nothing for a source without a URL).
func (v *aboutView) showQR(qr *fyne.Container, src content.Source) func() {
	return func() {
		v.touch()
		if src.URL == "" {
			return
		}
		qr.Objects = nil
		if p := v.qrPanel(src); p != nil {
			qr.Objects = []fyne.CanvasObject{p}
		}
		v.list.Refresh() // the code's height changes the rows'
		qr.Refresh()
	}
}
