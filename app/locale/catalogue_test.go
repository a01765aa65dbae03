package locale

import (
	"errors"
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/tomlfile"
	"github.com/koryo-exhibit/koryo/locales"
)

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
