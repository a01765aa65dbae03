package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ErrorScreen is shown instead of the exhibit when the content or the
// catalogues cannot be loaded: it lists every problem for the staff.
func ErrorScreen(err error) fyne.CanvasObject {
	return page(heading("The exhibit content could not be loaded"),
		widget.NewLabel(err.Error()))
}
