package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/assets"
)

var (
	fontRegular = fyne.NewStaticResource("ExhibitSans-Regular.ttf", assets.FontRegular)
	fontBold    = fyne.NewStaticResource("ExhibitSans-Bold.ttf", assets.FontBold)
)

// Fixed colours of the generated art.
var (
	colInk     = color.NRGBA{R: 0x2b, G: 0x25, B: 0x22, A: 0xff}
	colOnColor = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
)

// palette is the colours of one theme.
type palette struct {
	paper, ink, muted, accent, onAccent, button, line, hover, pressed, selection color.NRGBA
}

// warm paper, dark ink, a deep red accent
var standard = palette{
	paper: color.NRGBA{R: 0xf6, G: 0xf1, B: 0xe7, A: 0xff}, ink: colInk,
	muted:  color.NRGBA{R: 0x5e, G: 0x55, B: 0x4e, A: 0xff},
	accent: color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0xff}, onAccent: colOnColor,
	button: color.NRGBA{R: 0xe8, G: 0xdf, B: 0xcf, A: 0xff}, line: color.NRGBA{R: 0xd3, G: 0xc7, B: 0xb3, A: 0xff},
	hover:   color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x22},
	pressed: color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x44}, selection: color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x33},
}

// black, white and yellow, for visitors who need more contrast
var contrast = palette{
	paper: color.NRGBA{A: 0xff}, ink: colOnColor,
	muted:  color.NRGBA{R: 0xe0, G: 0xe0, B: 0xe0, A: 0xff},
	accent: color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0xff}, onAccent: color.NRGBA{A: 0xff},
	button: color.NRGBA{R: 0x1e, G: 0x1e, B: 0x1e, A: 0xff}, line: colOnColor,
	hover:   color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0x40},
	pressed: color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0x70}, selection: color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0x50},
}

// TextScales are the steps of the text-size control.
var TextScales = []float32{1, 1.25, 1.5}

// exhibitTheme uses the bundled fonts (Latin, Cyrillic with Kazakh letters,
// Hangul), sizes for a touch screen seen from a step away, a text scale and
// the standard or high-contrast palette.
type exhibitTheme struct {
	scale float32
	pal   palette
}

// NewTheme returns the exhibit's standard theme.
func NewTheme() fyne.Theme { return exhibitTheme{scale: 1, pal: standard} }

// themeFor returns the theme for a text-size step and contrast setting.
func themeFor(step int, high bool) fyne.Theme {
	t := exhibitTheme{scale: TextScales[min(max(step, 0), len(TextScales)-1)], pal: standard}
	if high {
		t.pal = contrast
	}
	return t
}

func (t exhibitTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	p := t.pal
	switch n {
	case theme.ColorNameBackground:
		return p.paper
	case theme.ColorNameForeground:
		return p.ink
	case theme.ColorNameButton, theme.ColorNameInputBackground:
		return p.button
	case theme.ColorNamePrimary, theme.ColorNameFocus, theme.ColorNameHyperlink:
		return p.accent
	case theme.ColorNameForegroundOnPrimary:
		return p.onAccent
	case theme.ColorNameSeparator, theme.ColorNameInputBorder:
		return p.line
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return p.muted
	case theme.ColorNameHover:
		return p.hover
	case theme.ColorNamePressed:
		return p.pressed
	case theme.ColorNameSelection:
		return p.selection
	case theme.ColorNameDisabledButton:
		return p.button
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (exhibitTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold {
		return fontBold
	}
	return fontRegular
}

func (exhibitTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return theme.DefaultTheme().Icon(n)
}

func (t exhibitTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 19 * t.scale
	case theme.SizeNameHeadingText:
		return 34 * t.scale
	case theme.SizeNameSubHeadingText:
		return 24 * t.scale
	case theme.SizeNameCaptionText:
		return 15 * t.scale
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 14
	case theme.SizeNameInlineIcon:
		return 24 * t.scale
	case theme.SizeNameScrollBar:
		return 10
	case theme.SizeNameInputBorder:
		return 3 // also the focus ring: clearly visible
	}
	return theme.DefaultTheme().Size(n)
}

// The current theme's colours, for what the screens draw themselves.
func current() exhibitTheme {
	if t, ok := fyne.CurrentApp().Settings().Theme().(exhibitTheme); ok {
		return t
	}
	return NewTheme().(exhibitTheme)
}

func ink() color.NRGBA        { return current().pal.ink }
func paper() color.NRGBA      { return current().pal.paper }
func accent() color.NRGBA     { return current().pal.accent }
func buttonFill() color.NRGBA { return current().pal.button }

// textScale is the current text-size factor, for canvas text.
func textScale() float32 { return current().scale }
