package locale

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/koryo-exhibit/koryo/app/tomlfile"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/locales"
)

func TestDefault(t *testing.T) {
	tests := []struct {
		flag    string
		locales []string
		want    content.Lang
	}{
		{"ko", []string{"ru_RU.UTF-8"}, content.KO},
		{"KK", nil, content.KK},
		{"de", []string{"ru_RU.UTF-8"}, content.RU},
		{"", []string{"kk_KZ.UTF-8"}, content.KK},
		{"", []string{"ko_KR.UTF-8"}, content.KO},
		{"", []string{"de_DE:fr_FR:ko"}, content.KO},
		{"", []string{"en_GB.UTF-8"}, content.EN},
		{"", []string{"uz_UZ.UTF-8"}, content.RU}, // Uzbek readers are served Russian
		{"", []string{"ja_JP.UTF-8"}, content.EN},
		{"", []string{"garbage!!"}, content.EN},
		{"", nil, content.EN},
	}
	for _, tt := range tests {
		if got := Default(tt.flag, tt.locales); got != tt.want {
			t.Errorf("Default(%q, %v) = %s, want %s", tt.flag, tt.locales, got, tt.want)
		}
	}
}

func TestOSLocales_SkipsC(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "C.UTF-8")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "ko_KR.UTF-8")
	if got := OSLocales(); len(got) != 1 || got[0] != "ko_KR.UTF-8" {
		t.Fatalf("OSLocales() = %v", got)
	}
}

func TestSelfName(t *testing.T) {
	want := map[content.Lang]string{content.KK: "қазақ тілі", content.KO: "한국어", content.RU: "русский", content.EN: "English"}
	for l, w := range want {
		if got := SelfName(l); got != w {
			t.Errorf("SelfName(%s) = %q, want %q", l, got, w)
		}
	}
}

func TestSortPeople(t *testing.T) {
	mk := func(names ...string) []*content.Person {
		var ps []*content.Person
		for _, n := range names {
			ps = append(ps, &content.Person{ID: n, Name: content.Text{EN: n, KK: n, KO: n, RU: n}})
		}
		return ps
	}
	tests := []struct {
		lang content.Lang
		in   []string
		want string
	}{
		{content.KK, []string{"Үміт", "Ұлан", "Іле", "Ыдырыс"}, "Ұлан Үміт Ыдырыс Іле"},
		{content.KO, []string{"홍범도", "계봉우", "데니스 텐", "김로만"}, "계봉우 김로만 데니스 텐 홍범도"},
		{content.RU, []string{"Ёлкин", "Ежов", "Жуков"}, "Ежов Ёлкин Жуков"},
		{content.EN, []string{"ten", "Son", "kim"}, "kim Son ten"},
	}
	for _, tt := range tests {
		ps := mk(tt.in...)
		SortPeople(tt.lang, ps)
		var got []string
		for _, p := range ps {
			got = append(got, p.ID)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("[%s] got %v, want %s", tt.lang, got, tt.want)
		}
	}
}

var msgEvents = &Message{ID: "HomeEvents", One: "{{.Count}} event", Other: "{{.Count}} events"}

func TestLocalizer_Plural(t *testing.T) {
	l, err := New(locales.FS, content.RU)
	if err != nil {
		t.Fatal(err)
	}
	for n, want := range map[int]string{1: "1 событие", 3: "3 события", 5: "5 событий", 21: "21 событие"} {
		if got := l.N(msgEvents, n); !strings.HasPrefix(got, want) {
			t.Errorf("ru %d: got %q, want prefix %q", n, got, want)
		}
	}
	l.SetLang(content.KO)
	if got := l.N(msgEvents, 1); !strings.Contains(got, "1개의 사건") {
		t.Errorf("ko: got %q", got)
	}
}

func TestLocalizer_MissingKeepsEnglish(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, l := range content.Languages {
		fsys["active."+string(l)+".toml"] = &fstest.MapFile{Data: []byte("Known = \"x\"\n")}
	}
	l, err := New(fsys, content.KK)
	if err != nil {
		t.Fatal(err)
	}
	var missed error
	l.Missing = func(err error) { missed = err }
	if got := l.T(&Message{ID: "Absent", Other: "English text"}); got != "English text" {
		t.Fatalf("got %q", got)
	}
	if missed == nil || !strings.Contains(missed.Error(), "Absent [kk]") {
		t.Fatalf("missing translation not reported: %v", missed)
	}
}

func TestNew_BadCatalogue(t *testing.T) {
	fsys := fstest.MapFS{"active.en.toml": {Data: []byte("x = \"y\"")}}
	_, err := New(fsys, content.EN)
	if err == nil || !strings.Contains(err.Error(), "active.kk.toml") {
		t.Fatalf("want an error naming active.kk.toml, got %v", err)
	}
}

// pluralForms are the CLDR plural categories each language needs.
var pluralForms = map[content.Lang][]string{
	content.EN: {"one", "other"},
	content.KK: {"one", "other"},
	content.KO: {"other"},
	content.RU: {"one", "few", "many", "other"},
}

// TestCatalogues_Complete fails when a message of the English catalogue is
// missing from another language, or lacks one of its plural forms.
func TestCatalogues_Complete(t *testing.T) {
	en := readCatalogue(t, "en")
	for _, lang := range content.Languages {
		cat := readCatalogue(t, string(lang))
		for id, msg := range en {
			got, ok := cat[id]
			if !ok {
				t.Errorf("active.%s.toml: %s: missing", lang, id)
				continue
			}
			forms := []string{"other"}
			if _, plural := msg["one"]; plural {
				forms = pluralForms[lang]
			}
			for _, f := range forms {
				if strings.TrimSpace(got[f]) == "" {
					t.Errorf("active.%s.toml: %s.%s: missing", lang, id, f)
				}
			}
		}
	}
}

// readCatalogue reads a catalogue as id -> plural form -> text; a plain
// string entry is its "other" form.
func readCatalogue(t *testing.T, lang string) map[string]map[string]string {
	t.Helper()
	var raw map[string]any
	data, err := locales.FS.ReadFile("active." + lang + ".toml")
	if err == nil {
		err = tomlfile.Unmarshal(data, &raw)
	}
	if err != nil {
		t.Fatal(errors.Join(errors.New("active."+lang+".toml"), err))
	}
	out := map[string]map[string]string{}
	for id, v := range raw {
		m := map[string]string{}
		switch v := v.(type) {
		case string:
			m["other"] = v
		case map[string]any:
			for k, s := range v {
				if str, ok := s.(string); ok {
					m[k] = str
				}
			}
		}
		out[id] = m
	}
	return out
}

func TestLocalizer_In(t *testing.T) {
	l, err := New(locales.FS, content.EN)
	if err != nil {
		t.Fatal(err)
	}
	ko := l.In(content.KO)
	if ko.Lang() != content.KO || l.Lang() != content.EN {
		t.Fatalf("In(ko) = %s, the original is now %s", ko.Lang(), l.Lang())
	}
	if got := ko.N(msgEvents, 1); !strings.Contains(got, "1개의 사건") {
		t.Errorf("In(ko).N = %q", got)
	}
	if got := l.N(msgEvents, 1); strings.Contains(got, "사건") {
		t.Errorf("the original speaks Korean too: %q", got)
	}
}
