// Command icon draws the app icon, assets/icon.png: a sky-blue medallion
// with a golden sun, framed by a ring of red lozenges on warm paper. Run it
// with `go run ./tools/icon` when the icon must change.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size = 512

var (
	paper = color.NRGBA{R: 0xf6, G: 0xf1, B: 0xe7, A: 0xff}
	red   = color.NRGBA{R: 0x8e, G: 0x3b, B: 0x46, A: 0xff}
	sky   = color.NRGBA{R: 0x2f, G: 0x8f, B: 0xc9, A: 0xff}
	gold  = color.NRGBA{R: 0xf2, G: 0xc1, B: 0x2e, A: 0xff}
	clear = color.NRGBA{}
)

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			img.SetNRGBA(x, y, pixel(float64(x)/size-0.5, float64(y)/size-0.5))
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
}

func pixel(x, y float64) color.NRGBA {
	r := math.Hypot(x, y)
	a := math.Atan2(y, x)
	switch {
	case r > 0.49:
		return clear
	case r > 0.36:
		// ring of 16 lozenges
		u := math.Mod(a/(2*math.Pi)*16+16, 1) - 0.5
		v := (r - 0.425) / 0.065
		if math.Abs(u)*2+math.Abs(v) < 0.8 {
			return red
		}
		return paper
	case r > 0.34:
		return red
	case r < 0.13:
		return gold
	case r < 0.3 && math.Mod(a/(2*math.Pi)*32+32, 1) < 0.35:
		return gold // rays
	}
	return sky
}
