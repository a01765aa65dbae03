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

// Palette of the exhibit: warm paper, dark ink, a deep red accent.
var (
	colPaper   = color.NRGBA{R: 0xf6, G: 0xf1, B: 0xe7, A: 0xff}
	colInk     = color.NRGBA{R: 0x2b, G: 0x25, B: 0x22, A: 0xff}
	colMuted   = color.NRGBA{R: 0x5e, G: 0x55, B: 0x4e, A: 0xff}
	colAccent  = color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0xff}
	colButton  = color.NRGBA{R: 0xe8, G: 0xdf, B: 0xcf, A: 0xff}
	colLine    = color.NRGBA{R: 0xd3, G: 0xc7, B: 0xb3, A: 0xff}
	colOnColor = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
)

// exhibitTheme is a light theme with the bundled fonts (Latin, Cyrillic with
// Kazakh letters, Hangul) and sizes for a touch screen seen from a step away.
type exhibitTheme struct{}

// NewTheme returns the exhibit's theme.
func NewTheme() fyne.Theme { return exhibitTheme{} }

func (exhibitTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground:
		return colPaper
	case theme.ColorNameForeground:
		return colInk
	case theme.ColorNameButton, theme.ColorNameInputBackground:
		return colButton
	case theme.ColorNamePrimary, theme.ColorNameFocus, theme.ColorNameHyperlink:
		return colAccent
	case theme.ColorNameForegroundOnPrimary:
		return colOnColor
	case theme.ColorNameSeparator, theme.ColorNameInputBorder:
		return colLine
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return colMuted
	case theme.ColorNameHover:
		return color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x22}
	case theme.ColorNamePressed:
		return color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x44}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0x33}
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

func (exhibitTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 19
	case theme.SizeNameHeadingText:
		return 34
	case theme.SizeNameSubHeadingText:
		return 24
	case theme.SizeNameCaptionText:
		return 15
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 14
	case theme.SizeNameInlineIcon:
		return 24
	case theme.SizeNameScrollBar:
		return 10
	}
	return theme.DefaultTheme().Size(n)
}
