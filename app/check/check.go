// Package check owns what `validate` checks beyond the loader: characters
// that no font the app draws with has (its own faces, then Fyne's fallback
// and emoji faces, as the screens' theme uses them), and texts too long for
// their place on a 1280×800 screen. It measures with the app's own faces
// and draws nothing.
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

// Faces are the font files the app draws text with, each style's in the
// order it tries them for a character: its own first, then the fallbacks.
type Faces struct {
	Regular, Bold [][]byte
}

// Fonts measures text with the app's first regular and bold faces, and
// knows which characters any of its faces can draw. Lookups are cached by
// rune: a large folder repeats the same few hundred letters.
type Fonts struct {
	regular, bold []*sfnt.Font // by style, in the order they are tried
	buf           sfnt.Buffer
	has           [2]glyphSet
	advance       map[advanceKey]fixed.Int26_6
}

type advanceKey struct {
	r    rune
	ppem fixed.Int26_6
	bold bool
}

// NewFonts parses the font files; each style needs at least one.
func NewFonts(faces Faces) (*Fonts, error) {
	f := &Fonts{has: [2]glyphSet{newGlyphSet(), newGlyphSet()}, advance: map[advanceKey]fixed.Int26_6{}}
	var err error
	if f.regular, err = parseAll("regular", faces.Regular); err != nil {
		return nil, err
	}
	if f.bold, err = parseAll("bold", faces.Bold); err != nil {
		return nil, err
	}
	return f, nil
}

func parseAll(style string, files [][]byte) ([]*sfnt.Font, error) {
	if len(files) == 0 {
		return nil, fmt.Errorf("no %s font", style)
	}
	out := make([]*sfnt.Font, len(files))
	for i, data := range files {
		var err error
		if out[i], err = sfnt.Parse(data); err != nil {
			return nil, fmt.Errorf("%s font %d: %w", style, i+1, err)
		}
	}
	return out, nil
}

// Missing returns the characters of s that a face has no glyph for.
func (f *Fonts) Missing(s string, bold bool) []rune {
	var out []rune
	for _, r := range s {
		if !unicode.IsControl(r) && !f.hasGlyph(r, bold) {
			out = append(out, r)
		}
	}
	return out
}

func (f *Fonts) hasGlyph(r rune, bold bool) bool {
	i := 0
	if bold {
		i = 1
	}
	has, ok := f.has[i].get(r)
	if !ok {
		for _, face := range f.faces(bold) {
			if g, err := face.GlyphIndex(&f.buf, r); err == nil && g != 0 {
				has = true
				break
			}
		}
		f.has[i].set(r, has)
	}
	return has
}

func (f *Fonts) faces(bold bool) []*sfnt.Font {
	if bold {
		return f.bold
	}
	return f.regular
}

// face is the style's own face, which measures.
func (f *Fonts) face(bold bool) *sfnt.Font { return f.faces(bold)[0] }

// Width is the advance width of s in pixels at size px.
func (f *Fonts) Width(s string, size float64, bold bool) float64 {
	ppem := fixed.Int26_6(size * 64)
	var w fixed.Int26_6
	for _, r := range s {
		w += f.advanceOf(r, ppem, bold)
	}
	return float64(w) / 64
}

func (f *Fonts) advanceOf(r rune, ppem fixed.Int26_6, bold bool) fixed.Int26_6 {
	k := advanceKey{r, ppem, bold}
	if adv, ok := f.advance[k]; ok {
		return adv
	}
	face := f.face(bold)
	var adv fixed.Int26_6
	if g, err := face.GlyphIndex(&f.buf, r); err == nil {
		adv, _ = face.GlyphAdvance(&f.buf, g, ppem, font.HintingNone)
	}
	f.advance[k] = adv
	return adv
}

// Lines counts the lines s wraps to in width px, breaking at spaces.
func (f *Fonts) Lines(s string, size, width float64, bold bool) int {
	n, line := 0, 0.0
	space := f.Width(" ", size, bold)
	for _, w := range strings.Fields(s) {
		ww := f.Width(w, size, bold)
		switch {
		case line == 0:
			line = ww
		case line+space+ww > width:
			n++
			line = ww
		default:
			line += space + ww
		}
	}
	if line > 0 {
		n++
	}
	return n
}

// Words counts the words of s without splitting it.
func Words(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
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
