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
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/app/nav"
)

// minTouch is the smallest side of anything a visitor taps, in pixels.
const minTouch = 48

func (s *Shell) topBar() fyne.CanvasObject {
	var bar fyne.CanvasObject
	if s.stack.Depth() == 1 { // Home: no way back; the reading settings instead of a title
		bar = container.NewBorder(nil, nil, nil, s.languageButtons(), s.watch(NewHPan(s.accessRow())))
	} else {
		back := newButtonIcon(s.loc.T(msgNavBack), theme.NavigateBackIcon(), s.Back)
		home := newButtonIcon(s.loc.T(msgNavHome), theme.HomeIcon(), s.Home)
		title := widget.NewLabelWithStyle(s.screenTitle(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Truncation = fyne.TextTruncateEllipsis
		bar = container.NewBorder(nil, nil, container.NewHBox(back, home), s.languageButtons(), title)
	}
	// The bar's empty space is the staff's hidden corner (see Kiosk).
	bg := newTapArea(func() {
		if s.OnBarTap != nil {
			s.OnBarTap()
		}
	})
	bg.fill = buttonFill()
	return container.NewStack(bg, container.NewPadded(bar))
}

// languageButtons shows each language in its own name; the current one is
// highlighted.
func (s *Shell) languageButtons() fyne.CanvasObject {
	box := container.NewHBox()
	for _, l := range s.langs() {
		l := l
		b := newButton(locale.SelfName(l), func() { s.SetLanguage(l) })
		if l == s.loc.Lang() {
			b.Importance = widget.HighImportance
		}
		box.Add(b)
	}
	return box
}

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

// para is body text that wraps; blank lines in text start new paragraphs.
func para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// chip is a filter button underlined in its colour; the selected one is
// highlighted. Without tap it is a plain tag.
func chip(label string, c color.Color, selected bool, tap func()) fyne.CanvasObject {
	var b fyne.CanvasObject = widget.NewLabel(label)
	if tap != nil {
		btn := newButton(label, tap)
		if selected {
			btn.Importance = widget.HighImportance
		}
		b = btn
	}
	if c == nil {
		return b
	}
	bar := canvas.NewRectangle(c)
	bar.SetMinSize(fyne.NewSize(10, 5))
	return container.NewBorder(nil, bar, nil, nil, b)
}

// sourceList shows sources as text, never as links: nothing a visitor taps
// may leave the app.
// One rich text holds the whole list: the About screen lists about a
// hundred sources, and a widget per line made it the slowest screen.
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

// page puts a screen's body in a vertical drag-to-scroll pane with margins,
// its lines no longer than a reader can follow on a wide screen.
func page(objs ...fyne.CanvasObject) *Pan {
	body := container.New(maxWidth(1200), container.NewVBox(objs...))
	return NewVPan(container.New(layout.NewCustomPaddedLayout(12, 24, 40, 40), body))
}

// page is the free page, watched for the visitor's activity.
func (s *Shell) page(objs ...fyne.CanvasObject) *Pan { return s.watch(page(objs...)) }

// watch makes the pane's movements count as the visitor's activity.
func (s *Shell) watch(p *Pan) *Pan {
	if p.OnScrolled == nil {
		p.OnScrolled = func(float32) { s.touch() }
	}
	return p
}

// maxWidth lays out its objects centred, no wider than max pixels.
type maxWidth float32

func (m maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, float32(m))
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

func (m maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	return min
}

// screenTitle names the current screen in the top bar.
func (s *Shell) screenTitle() string {
	switch s.stack.Current().Screen {
	case nav.Timeline:
		return s.loc.T(msgNavTimeline)
	case nav.People:
		return s.loc.T(msgNavPeople)
	case nav.About:
		return s.loc.T(msgNavAbout)
	case nav.Map:
		return s.loc.T(msgNavMap)
	}
	return ""
}
