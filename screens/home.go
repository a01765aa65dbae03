package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/nav"
)

// homeScreen: the title, the era art as a frieze, and the ways in.
func (s *Shell) homeScreen() fyne.CanvasObject {
	title := heading(s.title())
	title.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignCenter
	sub := widget.NewLabelWithStyle(s.loc.T(msgAppSubtitle), fyne.TextAlignCenter, fyne.TextStyle{})
	sub.Hidden = !s.content.Title.IsZero() // the subtitle speaks of the bundled exhibit only
	sub.Wrapping = fyne.TextWrapWord
	ways := container.NewGridWithColumns(4,
		s.wayIn(msgNavTimeline, s.eventCount(), theme.HistoryIcon(), nav.Timeline),
		s.wayIn(msgNavPeople, s.loc.N(msgHomePeople, len(s.content.People)), theme.AccountIcon(), nav.People),
		s.wayIn(msgNavMap, s.loc.T(msgHomeMap), mapIcon, nav.Map),
		s.wayIn(msgNavAbout, s.loc.T(msgHomeAbout), theme.InfoIcon(), nav.About),
	)
	hint := widget.NewLabelWithStyle(s.loc.T(msgHomeTouch), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	hint.Wrapping = fyne.TextWrapWord
	middle := container.NewVBox(layout.NewSpacer(), title, sub, layout.NewSpacer())
	bottom := container.NewVBox(ways, hint)
	return container.New(layout.NewCustomPaddedLayout(12, 24, 40, 40),
		container.NewBorder(s.frieze(), bottom, nil, nil, middle))
}

// accessRow is Home's top bar: the reading settings and, in desktop mode,
// the Presentation button.
func (s *Shell) accessRow() fyne.CanvasObject {
	row := s.readingRow()
	if s.OnPresent != nil {
		row.Add(newButtonIcon(s.loc.T(msgPresent), theme.MediaPlayIcon(), s.OnPresent))
	}
	return row
}

// readingRow holds the reading settings: three text sizes and high contrast.
func (s *Shell) readingRow() *fyne.Container {
	sizes := container.NewGridWithColumns(3)
	row := container.NewHBox(widget.NewLabel(s.loc.T(msgTextSize)), sizes)
	for i, label := range []string{"A", "A+", "A++"} {
		i := i
		b := newButton(label, func() { s.SetTextSize(i) })
		if s.access.step == i {
			b.Importance = widget.HighImportance
		}
		sizes.Add(b)
	}
	hc := newButton(s.loc.T(msgContrast), func() { s.SetHighContrast(!s.access.high) })
	if s.access.high {
		hc.Importance = widget.HighImportance
	}
	row.Add(hc)
	return row
}

// wayIn is a large tile: a button with the screen's name and a line under it.
func (s *Shell) wayIn(name *Message, detail string, icon fyne.Resource, to nav.Screen) fyne.CanvasObject {
	b := newButtonIcon(s.loc.T(name), icon, func() { s.Open(nav.Route{Screen: to}) })
	b.Importance = widget.HighImportance
	tall := canvas.NewRectangle(color.Transparent)
	tall.SetMinSize(fyne.NewSize(200, 96))
	d := widget.NewLabelWithStyle(detail, fyne.TextAlignCenter, fyne.TextStyle{})
	d.Wrapping = fyne.TextWrapWord
	return container.NewVBox(container.NewStack(tall, b), d)
}

// frieze shows the eras' art side by side, each with its name.
func (s *Shell) frieze() fyne.CanvasObject {
	row := container.NewGridWithColumns(len(s.content.Eras))
	for _, e := range s.content.Eras {
		img := s.eraImage(e, 320, 140)
		img.SetMinSize(fyne.NewSize(120, 80))
		name := widget.NewLabelWithStyle(s.loc.Text(e.Name), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		name.Wrapping = fyne.TextWrapWord
		row.Add(container.NewVBox(img, name))
	}
	return row
}

// mapIcon is a map pin, in the theme's foreground colour.
var mapIcon = theme.NewThemedResource(fyne.NewStaticResource("pin.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2C8.1 2 5 5.1 5 9c0 5.2 7 13 7 13s7-7.8 7-13c0-3.9-3.1-7-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg>`)))

// eventCount is the line under the Timeline tile: the bundled exhibit's
// own ("… from the 1860s to today"), or a plain count for a folder's.
func (s *Shell) eventCount() string {
	if s.content.Title.IsZero() {
		return s.loc.N(msgHomeEvents, len(s.content.Events))
	}
	return s.loc.N(msgTimelineShown, len(s.content.Events))
}
