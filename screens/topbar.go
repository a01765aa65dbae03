package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/locale"
)

// minTouch is the smallest side of anything a visitor taps, in pixels.
const minTouch = 48

// topBar is Back, Home and the screen's title, or on Home the reading
// settings, then the languages. Its empty space is the kiosk's hidden
// staff corner.
func (s *Shell) topBar(spec screenSpec) fyne.CanvasObject {
	var bar fyne.CanvasObject
	if s.stack.Depth() == 1 {
		bar = container.NewBorder(nil, nil, nil, s.languageButtons(), s.watch(NewHPan(s.homeBar())))
	} else {
		back := newButtonIcon(s.loc.T(msgNavBack), theme.NavigateBackIcon(), s.Back)
		home := newButtonIcon(s.loc.T(msgNavHome), theme.HomeIcon(), s.Home)
		title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		if spec.title != nil {
			title.SetText(s.loc.T(spec.title))
		}
		title.Truncation = fyne.TextTruncateEllipsis
		bar = container.NewBorder(nil, nil, container.NewHBox(back, home), s.languageButtons(), title)
	}
	bg := newTapArea(s.Hooks.BarTap.Emit)
	bg.fill = theme.ColorNameButton
	return container.NewStack(bg, container.NewPadded(bar))
}

// homeBar is Home's top bar: the reading settings and, in desktop mode,
// the Presentation button.
func (s *Shell) homeBar() fyne.CanvasObject {
	row := s.readingRow()
	if s.present != nil {
		row.Add(newButtonIcon(s.loc.T(msgPresent), theme.MediaPlayIcon(), s.present))
	}
	return row
}

// languageButtons shows each language in its own name; the current one is
// highlighted.
func (s *Shell) languageButtons() fyne.CanvasObject {
	box := container.NewHBox()
	for _, l := range s.langs() {
		b := newButton(locale.SelfName(l), func() { s.SetLanguage(l) })
		if l == s.loc.Lang() {
			b.Importance = widget.HighImportance
		}
		box.Add(b)
	}
	return box
}

// watch makes a pane's movements count as the visitor's activity.
func (s *Shell) watch(p *Pan) *Pan {
	if p.OnScrolled == nil {
		p.OnScrolled = func(float32) { s.touch() }
	}
	return p
}
