package reading_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/reading"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/locales"
)

// rulesFile is the glossary's machine-readable half, docs/glossary-rules.toml.
var rulesFile = filepath.Join("..", "..", "docs", "glossary-rules.toml")

func loadRules(t *testing.T) reading.Rules {
	t.Helper()
	data, err := os.ReadFile(rulesFile)
	if err != nil {
		t.Fatal(err)
	}
	r, err := reading.ParseRules(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestBundledContent runs the glossary's rules over every text of the
// bundled content, speaker notes included.
func TestBundledContent(t *testing.T) {
	r := loadRules(t)
	c, err := content.Load(assets.Content())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Content(c) {
		t.Error(f)
	}
}

// TestCatalogues runs the rules over the Kazakh, Korean and Russian
// interface strings. (English is the source language, kept by developers.)
func TestCatalogues(t *testing.T) {
	r := loadRules(t)
	for _, lang := range []string{"kk", "ko", "ru"} {
		name := "active." + lang + ".toml"
		data, err := fs.ReadFile(locales.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := r.Catalogue("locales/"+name, lang, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			t.Error(f)
		}
	}
}

// TestRuleKinds proves that each kind of rule in the shipped rules file
// fires on a sample of the mistakes the content review found, and stays
// quiet on the corrected text.
func TestRuleKinds(t *testing.T) {
	r := loadRules(t)
	for _, tt := range []struct {
		name, lang, field, text string
		want                    string // the kind that must fire, "" for none
	}{
		{"Latin K in a Kazakh word", "kk", "text", "Kазақстан корейлері", reading.KindMixedScripts},
		{"Latin o in a Russian word", "ru", "text", "в Мocкве", reading.KindMixedScripts},
		{"Latin name in Russian is fine", "ru", "text", "завод Hyundai Motor", ""},
		{"Russian place spelling in Kazakh, declined", "kk", "text", "Казахстанға жер аударылды", reading.KindForbidden},
		{"Kazakh place spelling", "kk", "text", "Қазақстанға жер аударылды", ""},
		{"Kyzylorda in Russian letters in Kazakh", "kk", "title", "Кызылордада", reading.KindForbidden},
		{"Koryo-saram transliterated in Kazakh", "kk", "AppTitle.other", "Корё сарам: Корея және Қазақстан", reading.KindForbidden},
		{"genitive of a Korean person in Kazakh", "kk", "connection", "Корейдің Әділет армиясы генералы", reading.KindForbidden},
		{"Korean Wikipedia spacing", "ko", "text", "강제이주된 한인", reading.KindForbidden},
		{"Korean with the space", "ko", "text", "강제 이주된 한인", ""},
		{"Korean 지금의", "ko", "text", "지금의 알마티", reading.KindForbidden},
		{"capital before a foreign president (pattern)", "ru", "text", "Президентом Ли Мён Баком", reading.KindForbidden},
		{"capital for Kazakhstan's President", "ru", "text", "Президент Токаев", ""},
		{"euphemism for deportees", "ru", "text", "Переселенцы лишились", reading.KindForbidden},
		{"straight apostrophe (anywhere)", "en", "text", "Korea's Liberation Day", reading.KindForbidden},
		{"Alma-Ata without its gloss", "en", "text", "moved to Alma-Ata in 1978", reading.KindGloss},
		{"Alma-Ata glossed", "en", "text", "moved to Alma-Ata (today’s Almaty) in 1978, then Alma-Ata again", ""},
		{"a title may leave the gloss out", "en", "title", "Korean Theatre settles in Alma-Ata", ""},
		{"declined Russian form without gloss", "ru", "text", "а в 1978 году — в Алма-Ату.", reading.KindGloss},
		{"declined Russian form glossed", "ru", "text", "в Алма-Ату (ныне Алматы)", ""},
		{"Korean gloss before the particle", "ko", "text", "알마아타(오늘날 알마티)로 옮겼다", ""},
		{"Korean without the gloss", "ko", "bio", "알마아타와 아랄해에서", reading.KindGloss},
		{"«корё сарам» without quotation marks", "ru", "AboutText.other", "о корё сарам — корейцах Казахстана", reading.KindEnclosed},
		{"«корё сарам» in quotation marks", "ru", "text", "«Корё сарам»: Корея и Казахстан", ""},
		{"spaced em dash in Kazakh", "kk", "text", "Хон Бом До — қолбасшы", reading.KindForbidden},
		{"spaced en dash in Russian", "ru", "text", "«Центральная Азия – Республика Корея»", reading.KindForbidden},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hits := r.Text(tt.lang, tt.field, tt.text)
			if tt.want == "" {
				for _, h := range hits {
					t.Errorf("unexpected %s: %s", h.Kind, h.Msg)
				}
				return
			}
			if len(hits) != 1 || hits[0].Kind != tt.want {
				t.Errorf("want one %s finding, got %v", tt.want, hits)
			}
		})
	}
}

// TestContent_NamesFileFieldLanguage reintroduces one of the review's
// mistakes into a copy of the bundled content (a Russian place spelling in
// a Kazakh title) and expects exactly that finding, with file, field and
// language.
func TestContent_NamesFileFieldLanguage(t *testing.T) {
	r := loadRules(t)
	fsys := fstest.MapFS{}
	err := fs.WalkDir(assets.Content(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(assets.Content(), p)
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	const file = "events/1937-arrival-ushtobe.toml"
	src := string(fsys[file].Data)
	bad := strings.Replace(src, `kk = "Үштөбеге келу`, `kk = "Уштобеге келу`, 1)
	if bad == src {
		t.Fatalf("%s: the Kazakh title changed; update the test", file)
	}
	fsys[file] = &fstest.MapFile{Data: []byte(bad)}
	c, err := content.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Content(c)
	if len(got) != 1 {
		t.Fatalf("want 1 finding, got %d: %v", len(got), got)
	}
	f := got[0]
	if f.File != file || f.Field != "title" || f.Lang != "kk" || f.Kind != reading.KindForbidden || !strings.Contains(f.Msg, "Үштөбе") {
		t.Errorf("got %s (%s)", f, f.Kind)
	}
}

func TestParseRules_Errors(t *testing.T) {
	for _, tt := range []struct{ name, rules, want string }{
		{"both form and pattern", "[kk]\n[[kk.forbidden]]\nform = \"a\"\npattern = \"b\"\npreferred = \"c\"\nreason = \"d\"\n", "either form or pattern"},
		{"neither", "[kk]\n[[kk.forbidden]]\npreferred = \"c\"\nreason = \"d\"\n", "either form or pattern"},
		{"bad pattern", "[ru]\n[[ru.forbidden]]\npattern = \"(\"\npreferred = \"c\"\nreason = \"d\"\n", "pattern"},
		{"no reason", "[ru]\n[[ru.forbidden]]\nform = \"a\"\npreferred = \"c\"\n", "reason is missing"},
		{"no gloss", "[en]\n[[en.gloss]]\nform = \"Alma-Ata\"\nreason = \"d\"\n", "gloss is missing"},
		{"unknown language", "[de]\nmixed_scripts = true\n", "not an exhibit language"},
		{"unknown key", "[en]\nmixed_script = true\n", "unknown key"},
		{"not TOML", "[en\n", "expected"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := reading.ParseRules([]byte(tt.rules))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("want an error with %q, got %v", tt.want, err)
			}
		})
	}
}

func TestCatalogue_NotTOML(t *testing.T) {
	if _, err := loadRules(t).Catalogue("locales/x.toml", "kk", []byte("[x")); err == nil {
		t.Error("want an error")
	}
}
