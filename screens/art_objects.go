package screens

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/koryo-exhibit/koryo/app/content"
)

// eraImage is an era's art drawn at w×h pixels and stretched to fill its
// place; the drawing is cached, so rebuilding a screen reuses it.
func (s *Shell) eraImage(e *content.Era, w, h int) *canvas.Image {
	i := 0
	for j, x := range s.content.Eras {
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
func (s *Shell) portraitImage(field string, w, h int) *canvas.Image {
	c := s.fieldColour(field)
	img := artImage(portraitKey(field, w, h), func() image.Image { return portraitArt(c, w, h) })
	img.SetMinSize(fyne.NewSize(float32(w), float32(h)))
	return img
}
