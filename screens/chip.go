package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// chip is a filter button underlined in its colour (a category's or a
// field's, from the content); the selected one is highlighted. Without tap
// it is a plain tag.
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

// filterRow is a row of chips: All, then one per choice; tap(id) filters,
// "" for all.
func filterRow(all string, choices []filterChoice, selected string, tap func(id string)) fyne.CanvasObject {
	row := container.NewHBox(chip(all, nil, selected == "", func() { tap("") }))
	for _, ch := range choices {
		row.Add(chip(ch.label, ch.colour, selected == ch.id, func() { tap(ch.id) }))
	}
	return row
}

// filterChoice is one chip of a filterRow.
type filterChoice struct {
	id, label string
	colour    color.Color
}
