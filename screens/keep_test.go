package screens

import (
	"testing"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"

	"github.com/koryo-exhibit/koryo/assets"
)

func TestKeepTogether(t *testing.T) {
	g, k := string(groupSpace), string(keepSpace)
	tests := map[string]string{
		"погибли от 16 500 до 50 000 человек": "погибли от 16" + g + "500 до 50" + g + "000 человек",
		"100 000–120 000":     "100" + g + "000–120" + g + "000",
		"10\u00a0000 событий": "10" + g + "000 событий",
		"1 234 567":           "1" + g + "234" + g + "567",
		"в 1937 году":         "в 1937 году",
		"1937 1938":           "1937 1938",
		"в 1937 г.":           "в 1937 г.",
		"1937\u00a0г.":        "1937" + k + "г.",
		"12 1234":             "12 1234",
		"no spaces":           "no spaces",
	}
	for in, want := range tests {
		if got := keepTogether(in); got != want {
			t.Errorf("keepTogether(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKeepTogether_Faces: both faces of Exhibit Sans draw the two blanks
// (tools/fonts/keeptogether.py), as blanks no wider than a space.
func TestKeepTogether_Faces(t *testing.T) {
	for name, data := range map[string][]byte{"ExhibitSans-Regular": assets.FontRegular, "ExhibitSans-Bold": assets.FontBold} {
		font, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		space, _ := font.GlyphIndex(&buf, ' ')
		spaceW, _ := font.GlyphAdvance(&buf, space, 1000, xfont.HintingNone)
		for _, r := range []rune{groupSpace, keepSpace} {
			g, err := font.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				t.Errorf("%s cannot draw U+%04X", name, r)
				continue
			}
			w, _ := font.GlyphAdvance(&buf, g, 1000, xfont.HintingNone)
			segs, _ := font.LoadGlyph(&buf, g, 1000, nil)
			if w == 0 || w > spaceW*3/2 || len(segs) != 0 {
				t.Errorf("%s draws U+%04X %v wide with %d segments, not as a blank", name, r, w, len(segs))
			}
		}
	}
}
