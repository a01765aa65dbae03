package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/content"
)

// page puts a screen's body in a vertical drag-to-scroll pane with margins,
// its lines no longer than a reader can follow on a wide screen.
func page(objs ...fyne.CanvasObject) *Pan {
	body := container.New(maxWidth(1200), container.NewVBox(objs...))
	return NewVPan(container.New(layout.NewCustomPaddedLayout(12, 24, 40, 40), body))
}

// maxWidth lays out its objects centred, no wider than max pixels.
type maxWidth float32

// Layout implements fyne.Layout.
func (m maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, float32(m))
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

// MinSize implements fyne.Layout.
func (m maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	return min
}

// sourceList shows sources as text, never as links: nothing a visitor taps
// may leave the app. One rich text holds the whole list: the About screen
// lists about a hundred sources, and a widget per line made it the slowest
// screen.
func sourceList(ss []content.Source) fyne.CanvasObject {
	var segs []widget.RichTextSegment
	for _, src := range ss {
		segs = append(segs, &widget.TextSegment{Text: "• " + src.Title, Style: widget.RichTextStyleParagraph})
		if src.URL != "" {
			url := widget.RichTextStyleParagraph
			url.SizeName, url.ColorName = theme.SizeNameCaptionText, theme.ColorNamePlaceHolder
			segs = append(segs, &widget.TextSegment{Text: "   " + src.URL, Style: url})
		}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// minWidth keeps obj at least w pixels wide: a one-letter button stays a
// finger's width.
func minWidth(obj fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewStack(blank(w, 1), obj)
}

// blank is an empty object at least w×h pixels: what keeps a stack, a
// tile or a panel from shrinking below that.
func blank(w, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}
