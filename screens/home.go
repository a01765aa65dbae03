package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/koryo-exhibit/koryo/app/nav"
)

// homeView is the start screen: the title, the era art as a frieze, and
// the ways in.
type homeView struct{ *ctx }

func newHomeView(c *ctx) *homeView { return &homeView{c} }

func (v *homeView) buildUI() fyne.CanvasObject {
	title := heading(v.s.title())
	title.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignCenter
	sub := widget.NewLabelWithStyle(v.loc.T(msgAppSubtitle), fyne.TextAlignCenter, fyne.TextStyle{})
	sub.Hidden = !v.content.Title.IsZero() // the subtitle speaks of the bundled exhibit only
	sub.Wrapping = fyne.TextWrapWord
	ways := container.NewGridWithColumns(4,
		v.wayIn(msgNavTimeline, v.eventCount(), theme.HistoryIcon(), nav.Timeline),
		v.wayIn(msgNavPeople, v.loc.N(msgHomePeople, len(v.content.People)), theme.AccountIcon(), nav.People),
		v.wayIn(msgNavMap, v.loc.T(msgHomeMap), mapIcon, nav.Map),
		v.wayIn(msgNavAbout, v.loc.T(msgHomeAbout), theme.InfoIcon(), nav.About),
	)
	// Not italic: the exhibit's faces have no italic, and each text style
	// costs Fyne a parse of every face (about 15 MB for this one line).
	hint := widget.NewLabelWithStyle(v.loc.T(msgHomeTouch), fyne.TextAlignCenter, fyne.TextStyle{})
	hint.Wrapping = fyne.TextWrapWord
	middle := container.NewVBox(layout.NewSpacer(), title, sub, layout.NewSpacer())
	bottom := container.NewVBox(ways, hint)
	return container.New(layout.NewCustomPaddedLayout(12, 24, 40, 40),
		container.NewBorder(v.frieze(), bottom, nil, nil, middle))
}

// wayIn is a large tile: a button with the screen's name and a line under it.
func (v *homeView) wayIn(name *Message, detail string, icon fyne.Resource, to nav.Screen) fyne.CanvasObject {
	b := newButtonIcon(v.loc.T(name), icon, func() { v.open(nav.Route{Screen: to}) })
	b.Importance = widget.HighImportance
	tall := blank(200, 96)
	d := widget.NewLabelWithStyle(keepTogether(detail), fyne.TextAlignCenter, fyne.TextStyle{})
	d.Wrapping = fyne.TextWrapWord
	return container.NewVBox(container.NewStack(tall, b), d)
}

// frieze shows the eras' art side by side, each with its name; a tap opens
// the timeline at that era.
func (v *homeView) frieze() fyne.CanvasObject {
	row := container.NewGridWithColumns(max(len(v.content.Eras), 1))
	for _, e := range v.content.Eras {
		img := v.eraImage(e, 320, 140)
		img.SetMinSize(fyne.NewSize(120, 80))
		name := widget.NewLabelWithStyle(v.loc.Text(e.Name), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		name.Wrapping = fyne.TextWrapWord
		open := newTapArea(func() { v.open(nav.Route{Screen: nav.Timeline, ID: e.ID}) })
		row.Add(container.NewStack(container.NewVBox(img, name), open))
	}
	return row
}

// mapIcon is a map pin, in the theme's foreground colour.
var mapIcon = theme.NewThemedResource(fyne.NewStaticResource("pin.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2C8.1 2 5 5.1 5 9c0 5.2 7 13 7 13s7-7.8 7-13c0-3.9-3.1-7-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg>`)))

// eventCount is the line under the Timeline tile: the bundled exhibit's
// own ("… from the 1860s to today"), or a plain count for a folder's.
func (v *homeView) eventCount() string {
	if v.content.Title.IsZero() {
		return v.loc.N(msgHomeEvents, len(v.content.Events))
	}
	return v.loc.N(msgTimelineShown, len(v.content.Events))
}
