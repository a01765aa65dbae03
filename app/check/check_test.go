package check

import (
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/assets"
)

func fonts(t *testing.T) *Fonts {
	f, err := NewFonts(Faces{Regular: [][]byte{assets.FontRegular}, Bold: [][]byte{assets.FontBold}})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFonts(t *testing.T) {
	f := fonts(t)
	if m := f.Missing("Қазақ 한국어 Русский English ӘҒҚҢӨҰҮҺІ", true); len(m) != 0 {
		t.Fatalf("missing %q", m)
	}
	if m := f.Missing("漢字 🙂", false); len(m) != 3 {
		t.Fatalf("missing %q, want the two Hanja and the emoji", m)
	}
	if w := f.Width("MMMM", 20, false); w < 40 || w > 120 {
		t.Fatalf("width %v", w)
	}
	if n := f.Lines(strings.Repeat("word ", 40), 18, 266, false); n < 4 || n > 12 {
		t.Fatalf("lines %d", n)
	}
}

func TestContent_Bundled(t *testing.T) {
	c, err := content.Load(assets.Content())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Content(c, fonts(t), FromFS(assets.Content())) {
		t.Error(p.Error())
	}
}

func TestContent_Problems(t *testing.T) {
	c, err := content.Load(assets.Content())
	if err != nil {
		t.Fatal(err)
	}
	e := c.Events[0]
	e.Title.KO = "洪範圖 " + strings.Repeat("아주 긴 제목입니다 ", 20)
	ps := Content(c, fonts(t), FromFS(assets.Content())).Error()
	for _, w := range []string{e.File + ":", `title [ko]: no font the app draws with has '洪'`, "title [ko]: warning: too long for its timeline card"} {
		if !strings.Contains(ps, w) {
			t.Errorf("want %q in:\n%s", w, ps)
		}
	}
}

func TestWords(t *testing.T) {
	for s, want := range map[string]int{"": 0, "one": 1, "  two  words ": 2, "한국어 문장\n새 줄": 4, "a\tb\nc": 3} {
		if got := Words(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	}
}
