package screens

import (
	"image"
	"image/color"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/koryo-exhibit/koryo/app/content"
)

// eraImage is an era's art drawn at w×h pixels and stretched to fill its
// place; the drawing is cached, so building a screen again reuses it.
func (c *ctx) eraImage(e *content.Era, w, h int) *canvas.Image {
	i := 0
	for j, x := range c.content.Eras {
		if x == e {
			i = j
		}
	}
	return artImage(eraKey(e.ID, w, h), func() image.Image { return eraArt(i, parseHex(e.Colour), w, h) })
}

func artImage(key string, draw func() image.Image) *canvas.Image {
	img := canvas.NewImageFromImage(cached(key, draw))
	img.FillMode = canvas.ImageFillStretch
	return img
}

// portraitImage is the card art for a person of a field, at w×h pixels.
func (c *ctx) portraitImage(field string, w, h int) *canvas.Image {
	col := c.fieldColour(field)
	img := artImage(portraitKey(field, w, h), func() image.Image { return portraitArt(col, w, h) })
	img.SetMinSize(fyne.NewSize(float32(w), float32(h)))
	return img
}

// portrait is the person's card art with their initials in the medallion.
func (c *ctx) portrait(p *content.Person, w, h int, textSize float32) fyne.CanvasObject {
	mark := initials(c.loc.Text(p.Name))
	if utf8.RuneCountInString(mark) > 1 { // two letters must fit the medallion too
		textSize *= 0.62
	}
	t, _ := themedText(mark, textSize, fyne.TextStyle{Bold: true}, colorNameOnArt)
	return container.NewCenter(container.NewStack(c.portraitImage(p.Field, w, h), container.NewCenter(t)))
}

// fieldColours colour the portrait cards by field, in the fields' order.
var fieldColours = []string{"#8e3b46", "#2f6db5", "#2e8b57", "#a0743c", "#5b4a9c", "#3f7f6e"}

func (c *ctx) fieldColour(id string) color.NRGBA {
	for i, f := range c.content.Fields {
		if f.ID == id {
			return parseHex(fieldColours[i%len(fieldColours)])
		}
	}
	return parseHex(fieldColours[0])
}
