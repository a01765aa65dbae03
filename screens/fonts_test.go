package screens

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"github.com/koryo-exhibit/koryo/app/check"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/cli"
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

// TestFaces_EmojiImportValidates: a TimelineJS file with emoji imports and
// validates against the faces the app really draws with (Fyne's emoji face
// among them); against the exhibit's own two faces alone it would not.
func TestFaces_EmojiImportValidates(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "dogs.json")
	os.WriteFile(src, []byte(`{"title":{"text":{"headline":"Dogs 🐶"}},"events":[{"start_date":{"year":"1957"},"text":{"headline":"Laika 🐶🚀","text":"<p>Sputnik 2 😀</p>"}}]}`), 0o644)
	out := filepath.Join(dir, "folder")
	run := func(faces check.Faces, args ...string) (int, string) {
		var o, e bytes.Buffer
		r := cli.Main(args, cli.Env{Stdin: strings.NewReader(""), Stdout: &o, Stderr: &e, Today: fixedNow, Faces: faces})
		return r.Code, o.String() + e.String()
	}
	if code, msg := run(Faces(), "import-timelinejs", src, "--lang", "en", "--out", out); code != 0 {
		t.Fatalf("import: %d %s", code, msg)
	}
	if code, msg := run(Faces(), "validate", out); code != 0 {
		t.Fatalf("validate with the app's faces: %d\n%s", code, msg)
	}
	if code, msg := run(check.Faces{}, "validate", out); code != 1 || !strings.Contains(msg, "'🐶' (U+1F436)") {
		t.Fatalf("validate with Exhibit Sans alone must report the emoji: %d\n%s", code, msg)
	}
	fonts, _ := check.NewFonts(Faces())
	if m := fonts.Missing("洪 🐶 Қ 한", false); len(m) != 1 || m[0] != '洪' {
		t.Fatalf("missing %q, want only the Hanja", m)
	}
}
