package screens

import (
	"image"
	"image/color"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The exhibit's illustrations are drawn here, pixel by pixel, from a few
// motifs: no photograph or copied image is used. Images are cached by what
// they show and their size, so rebuilding a screen does not redraw them.

var artCache sync.Map // string -> image.Image

func cached(key string, draw func() image.Image) image.Image {
	if img, ok := artCache.Load(key); ok {
		return img.(image.Image)
	}
	img := draw()
	artCache.Store(key, img)
	return img
}

// paint fills a w×h image with f(x, y) for x, y in [0, 1).
func paint(w, h int, f func(x, y float64) color.NRGBA) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for j := 0; j < h; j++ {
		for i := 0; i < w; i++ {
			img.SetNRGBA(i, j, f(float64(i)/float64(w), float64(j)/float64(h)))
		}
	}
	return img
}

func mix(a, b color.NRGBA, t float64) color.NRGBA {
	t = math.Max(0, math.Min(1, t))
	l := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t) }
	return color.NRGBA{R: l(a.R, b.R), G: l(a.G, b.G), B: l(a.B, b.B), A: 0xff}
}

// parseHex reads "#rrggbb"; content validation guarantees the form.
func parseHex(s string) color.NRGBA {
	var c [3]uint8
	for i := range c {
		if len(s) >= 7 {
			c[i] = hexByte(s[1+2*i])<<4 | hexByte(s[2+2*i])
		}
	}
	return color.NRGBA{R: c[0], G: c[1], B: c[2], A: 0xff}
}

func hexByte(b byte) uint8 {
	switch {
	case b >= '0' && b <= '9':
		return b - '0'
	case b >= 'a' && b <= 'f':
		return b - 'a' + 10
	case b >= 'A' && b <= 'F':
		return b - 'A' + 10
	}
	return 0
}

// portraitArt is the background of a portrait card: a soft field of the
// person's colour framed by a band of lozenges, the ornament shared by Kazakh
// felt and Korean lattice work, around a medallion for the initials.
func portraitArt(c color.NRGBA, w, h int) image.Image {
	light := mix(c, colOnColor, 0.82)
	dark := mix(c, colInk, 0.25)
	return paint(w, h, func(x, y float64) color.NRGBA {
		dx, dy := (x-0.5)*float64(w)/float64(h), y-0.5
		r := math.Hypot(dx, dy)
		edge := math.Min(math.Min(x, 1-x)*float64(w)/float64(h), math.Min(y, 1-y))
		switch {
		case r < 0.3:
			return mix(dark, c, r/0.3)
		case r < 0.32:
			return light
		case edge < 0.09:
			u := math.Mod(x*float64(w)/float64(h)*12+y*12, 1)
			v := math.Mod(x*float64(w)/float64(h)*12-y*12+10, 1)
			if math.Abs(u-0.5)+math.Abs(v-0.5) < 0.35 {
				return c
			}
			return mix(c, colOnColor, 0.6)
		}
		return mix(light, colOnColor, y*0.5)
	})
}

// eraArt draws an era banner: each era has its own motif in its colour.
func eraArt(index int, c color.NRGBA, w, h int) image.Image {
	light := mix(c, colOnColor, 0.75)
	motif := eraMotifs[index%len(eraMotifs)]
	return paint(w, h, func(x, y float64) color.NRGBA {
		ax := x * float64(w) / float64(h)
		return mix(light, c, motif(ax, y))
	})
}

// eraMotifs give a strength 0…1 of the era colour at (x in heights, y).
var eraMotifs = []func(x, y float64) float64{
	// the sea at Posyet Bay: waves
	func(x, y float64) float64 {
		return step(y-0.55-0.06*math.Sin(x*9+y*3)) * (0.5 + 0.5*step(math.Sin(y*40)))
	},
	// the railway of 1937: rails and sleepers running into the distance
	func(x, y float64) float64 {
		rail := step(0.03-math.Abs(y-0.7)) + step(0.03-math.Abs(y-0.85))
		sleeper := step(y-0.66) * step(0.89-y) * step(math.Sin(x*30)-0.7)
		return math.Min(1, rail+sleeper+0.25*step(y-0.9))
	},
	// rice fields of the kolkhoz: furrows under a low sun
	func(x, y float64) float64 {
		return step(y-0.5)*(0.4+0.6*step(math.Sin((x-0.5)*40/(y+0.2)))) + step(0.08-math.Hypot(x-1.2, y-0.32))
	},
	// a new dawn: sun and rays
	func(x, y float64) float64 {
		r := math.Hypot(x-1.5, y-1)
		a := math.Atan2(y-1, x-1.5)
		return step(0.45-r) + 0.5*step(math.Sin(a*24))*step(r-0.5)
	},
	// partnership: two rings interlaced, repeated
	func(x, y float64) float64 {
		u := math.Mod(x, 1)
		ring := func(cx float64) float64 { return step(0.04 - math.Abs(math.Hypot(u-cx, y-0.5)-0.28)) }
		return math.Min(1, ring(0.35)+ring(0.65))
	},
}

func step(v float64) float64 {
	if v > 0 {
		return 1
	}
	return 0
}

// initials returns what a portrait card shows: the first syllable of a
// Korean name (the surname), or the first letters of the first two words.
func initials(name string) string {
	name = strings.TrimSpace(name)
	if r, _ := utf8.DecodeRuneInString(name); unicode.Is(unicode.Hangul, r) {
		return string(r)
	}
	var out []rune
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			out = append(out, unicode.ToUpper(r))
		}
		if len(out) == 2 {
			break
		}
	}
	return string(out)
}

func eraKey(id string, w, h int) string {
	return "era/" + id + "/" + strconv.Itoa(w) + "x" + strconv.Itoa(h)
}

func portraitKey(field string, w, h int) string {
	return "portrait/" + field + "/" + strconv.Itoa(w) + "x" + strconv.Itoa(h)
}
