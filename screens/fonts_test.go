package screens

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/locales"
)

// TestFonts_CoverEveryRune proves that every character of the content, the
// interface catalogues and the language names has a glyph in the bundled
// fonts, regular and bold: Hangul, Kazakh Cyrillic and Latin.
func TestFonts_CoverEveryRune(t *testing.T) {
	texts := shippedTexts(t)
	for _, f := range []struct {
		name string
		data []byte
	}{{"ExhibitSans-Regular", assets.FontRegular}, {"ExhibitSans-Bold", assets.FontBold}} {
		font, err := sfnt.Parse(f.data)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		var buf sfnt.Buffer
		missing := map[rune]string{}
		for where, text := range texts {
			for _, r := range text {
				if unicode.IsControl(r) {
					continue
				}
				if g, err := font.GlyphIndex(&buf, r); err != nil || g == 0 {
					missing[r] = where
				}
			}
		}
		for r, where := range missing {
			t.Errorf("%s has no glyph for %q (U+%04X), used in %s", f.name, r, r, where)
		}
	}
}

// shippedTexts returns every text file the app ships and the language
// names, by where they come from.
func shippedTexts(t *testing.T) map[string]string {
	out := map[string]string{}
	read := func(fsys fs.FS, prefix string) {
		err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".toml") {
				return err
			}
			b, err := fs.ReadFile(fsys, p)
			out[prefix+p] = string(b)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	read(assets.Content(), "assets/content/")
	read(locales.FS, "locales/")
	for _, l := range []string{"kk", "ko", "ru", "en"} {
		out[fmt.Sprintf("language name %s", l)] = locale.SelfName(contentLang(l))
	}
	out["kazakh letters"] = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
	return out
}

func contentLang(s string) content.Lang { return content.Lang(s) }
