package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/koryo-exhibit/koryo/app/check"
	"github.com/koryo-exhibit/koryo/assets"
)

var (
	fontRegular = fyne.NewStaticResource("ExhibitSans-Regular.ttf", assets.FontRegular)
	fontBold    = fyne.NewStaticResource("ExhibitSans-Bold.ttf", assets.FontBold)
)

// The exhibit's own colour names, beside Fyne's: what the screens draw
// themselves looks its colour up by name when it is painted.
const (
	// colorNameVeil is laid, translucent, under text that sits on art or
	// on the map, so the text keeps its contrast.
	colorNameVeil fyne.ThemeColorName = "koryo-veil"
	// colorNameOnArt is text on the generated art (a portrait's initials).
	colorNameOnArt fyne.ThemeColorName = "koryo-on-art"
)

// TextScales are the steps of the text-size control.
var TextScales = []float32{1, 1.25, 1.5}

// exhibitTheme uses the bundled fonts (Latin, Cyrillic with Kazakh letters,
// Hangul), sizes for a touch screen seen from a step away, a text scale and
// the standard or high-contrast palette.
type exhibitTheme struct {
	scale float32
	high  bool // the high-contrast palette
}

// NewTheme returns the exhibit's standard theme.
func NewTheme() fyne.Theme { return exhibitTheme{scale: 1} }

// themeFor returns the theme for a text-size step and contrast setting.
func themeFor(step int, high bool) exhibitTheme {
	return exhibitTheme{scale: TextScales[min(max(step, 0), len(TextScales)-1)], high: high}
}

// The palettes by colour name, made once: Color is called on every paint.
var (
	standardColors = standard.byName()
	contrastColors = contrast.byName()
)

// Color implements fyne.Theme.
func (t exhibitTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	colors := standardColors
	if t.high {
		colors = contrastColors
	}
	if c, ok := colors[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

// Font implements fyne.Theme.
func (exhibitTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold {
		return fontBold
	}
	return fontRegular
}

// Icon implements fyne.Theme.
func (exhibitTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return theme.DefaultTheme().Icon(n)
}

// Size implements fyne.Theme.
func (t exhibitTheme) Size(n fyne.ThemeSizeName) float32 {
	scaled := map[fyne.ThemeSizeName]float32{
		theme.SizeNameText: 19, theme.SizeNameHeadingText: 34, theme.SizeNameSubHeadingText: 24,
		theme.SizeNameCaptionText: 15, theme.SizeNameInlineIcon: 24,
	}
	if s, ok := scaled[n]; ok {
		return s * t.scale
	}
	switch n {
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 14
	case theme.SizeNameScrollBar:
		return 10
	case theme.SizeNameInputBorder:
		return 3 // also the focus ring: clearly visible
	}
	return theme.DefaultTheme().Size(n)
}

// current is the theme in force, for what depends on its text scale.
func current() exhibitTheme {
	if t, ok := fyne.CurrentApp().Settings().Theme().(exhibitTheme); ok {
		return t
	}
	return NewTheme().(exhibitTheme)
}

// textScale is the current text-size factor, for canvas text.
func textScale() float32 { return current().scale }

// Faces are the font files text is drawn with, in the order Fyne tries
// them for a character: Exhibit Sans, then Fyne's own Noto Sans and its
// emoji face. validate checks every character against them.
func Faces() check.Faces {
	emoji := theme.DefaultEmojiFont()
	faces := check.Faces{
		Regular: [][]byte{assets.FontRegular, theme.DefaultTextFont().Content()},
		Bold:    [][]byte{assets.FontBold, theme.DefaultTextBoldFont().Content()},
	}
	if emoji != nil { // nil when built with the no_emoji tag
		faces.Regular = append(faces.Regular, emoji.Content())
		faces.Bold = append(faces.Bold, emoji.Content())
	}
	return faces
}
