// Package check owns what `validate` checks beyond the loader: characters
// the bundled fonts cannot draw, and texts too long for their place on a
// 1280×800 screen. It measures with the fonts the app ships and draws
// nothing.
package check

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Fonts measures text with the app's regular and bold faces.
type Fonts struct {
	regular, bold *sfnt.Font
	buf           sfnt.Buffer
}

// NewFonts parses the regular and bold font files.
func NewFonts(regular, bold []byte) (*Fonts, error) {
	r, err := sfnt.Parse(regular)
	if err != nil {
		return nil, fmt.Errorf("regular font: %w", err)
	}
	b, err := sfnt.Parse(bold)
	if err != nil {
		return nil, fmt.Errorf("bold font: %w", err)
	}
	return &Fonts{regular: r, bold: b}, nil
}

// Missing returns the characters of s that a face has no glyph for.
func (f *Fonts) Missing(s string, bold bool) []rune {
	face := f.face(bold)
	var out []rune
	for _, r := range s {
		if unicode.IsControl(r) {
			continue
		}
		if g, err := face.GlyphIndex(&f.buf, r); err != nil || g == 0 {
			out = append(out, r)
		}
	}
	return out
}

func (f *Fonts) face(bold bool) *sfnt.Font {
	if bold {
		return f.bold
	}
	return f.regular
}

// Width is the advance width of s in pixels at size px.
func (f *Fonts) Width(s string, size float64, bold bool) float64 {
	face := f.face(bold)
	ppem := fixed.Int26_6(size * 64)
	var w fixed.Int26_6
	for _, r := range s {
		g, err := face.GlyphIndex(&f.buf, r)
		if err != nil {
			continue
		}
		adv, err := face.GlyphAdvance(&f.buf, g, ppem, font.HintingNone)
		if err == nil {
			w += adv
		}
	}
	return float64(w) / 64
}

// Lines counts the lines s wraps to in width px, breaking at spaces.
func (f *Fonts) Lines(s string, size, width float64, bold bool) int {
	n, line := 0, ""
	for _, w := range strings.Fields(s) {
		next := strings.TrimSpace(line + " " + w)
		if line != "" && f.Width(next, size, bold) > width {
			n++
			next = w
		}
		line = next
	}
	if line != "" {
		n++
	}
	return n
}

// Source reads a content file, for finding the line of a field.
type Source func(file string) []byte

// FromFS reads sources from a content FS.
func FromFS(fsys fs.FS) Source {
	return func(file string) []byte {
		b, _ := fs.ReadFile(fsys, file)
		return b
	}
}
