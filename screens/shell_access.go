package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// access is the visitor's reading settings: text-size step and contrast.
type access struct {
	step int
	high bool
}

// SetTextSize picks a step of TextScales (0 is the standard size).
func (s *Shell) SetTextSize(step int) {
	s.touch()
	s.access.step = min(max(step, 0), len(TextScales)-1)
	s.applyAccess()
}

// SetHighContrast switches the high-contrast theme on or off.
func (s *Shell) SetHighContrast(on bool) {
	s.touch()
	s.access.high = on
	s.applyAccess()
}

// applyAccess sets the theme for the reading settings; text sizes change
// the layout, so the screen is built again.
func (s *Shell) applyAccess() {
	if a := fyne.CurrentApp(); a != nil {
		a.Settings().SetTheme(themeFor(s.access.step, s.access.high))
	}
	s.rebuild()
	s.Hooks.Access.Emit()
}

// readingRow holds the reading settings: three text sizes and high
// contrast. Home's top bar and the presenter window show it.
func (s *Shell) readingRow() *fyne.Container {
	sizes := container.NewGridWithColumns(3)
	row := container.NewHBox(widget.NewLabel(s.loc.T(msgTextSize)), sizes)
	for i, label := range []string{"A", "A+", "A++"} {
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
