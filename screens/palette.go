package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fixed colours of the generated art, which does not follow the theme.
var (
	colInk     = color.NRGBA{R: 0x2b, G: 0x25, B: 0x22, A: 0xff}
	colOnColor = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
)

// palette is the colours of one theme.
type palette struct {
	paper, ink, muted, accent, onAccent, button, line, hover, pressed, selection color.NRGBA
	scrollBar, veil, onArt, danger, onDanger                                     color.NRGBA
}

// warm paper, dark ink, a deep red accent
var standard = palette{
	paper: color.NRGBA{R: 0xf6, G: 0xf1, B: 0xe7, A: 0xff}, ink: colInk,
	muted:  color.NRGBA{R: 0x5e, G: 0x55, B: 0x4e, A: 0xff},
	accent: color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0xff}, onAccent: colOnColor,
	button: color.NRGBA{R: 0xe8, G: 0xdf, B: 0xcf, A: 0xff}, line: color.NRGBA{R: 0xd3, G: 0xc7, B: 0xb3, A: 0xff},
	hover:   color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x22},
	pressed: color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x44}, selection: color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x33},
	scrollBar: color.NRGBA{R: 0x5e, G: 0x55, B: 0x4e, A: 0xff},
	veil:      color.NRGBA{R: 0xf6, G: 0xf1, B: 0xe7, A: 0xd8}, onArt: colOnColor,
	danger: color.NRGBA{R: 0xb3, G: 0x26, B: 0x1e, A: 0xff}, onDanger: colOnColor,
}

// black, white and yellow, for visitors who need more contrast
var contrast = palette{
	paper: color.NRGBA{A: 0xff}, ink: colOnColor,
	muted:  color.NRGBA{R: 0xe0, G: 0xe0, B: 0xe0, A: 0xff},
	accent: color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0xff}, onAccent: color.NRGBA{A: 0xff},
	button: color.NRGBA{R: 0x1e, G: 0x1e, B: 0x1e, A: 0xff}, line: colOnColor,
	hover:   color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0x40},
	pressed: color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0x70}, selection: color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0x50},
	scrollBar: color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0xff},
	veil:      color.NRGBA{A: 0xe8}, onArt: colOnColor,
	danger: color.NRGBA{R: 0xff, G: 0x6b, B: 0x6b, A: 0xff}, onDanger: color.NRGBA{A: 0xff},
}

// byName maps the theme's colour names onto the palette.
func (p palette) byName() map[fyne.ThemeColorName]color.Color {
	return map[fyne.ThemeColorName]color.Color{
		theme.ColorNameBackground: p.paper, theme.ColorNameForeground: p.ink,
		theme.ColorNameButton: p.button, theme.ColorNameInputBackground: p.button, theme.ColorNameDisabledButton: p.button,
		theme.ColorNamePrimary: p.accent, theme.ColorNameFocus: p.accent, theme.ColorNameHyperlink: p.accent,
		theme.ColorNameForegroundOnPrimary: p.onAccent,
		theme.ColorNameSeparator:           p.line, theme.ColorNameInputBorder: p.line,
		theme.ColorNameDisabled: p.muted, theme.ColorNamePlaceHolder: p.muted,
		theme.ColorNameHover: p.hover, theme.ColorNamePressed: p.pressed, theme.ColorNameSelection: p.selection,
		theme.ColorNameScrollBar: p.scrollBar, colorNameVeil: p.veil, colorNameOnArt: p.onArt,
		theme.ColorNameError: p.danger, theme.ColorNameForegroundOnError: p.onDanger,
	}
}
