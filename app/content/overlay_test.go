package content

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadFolder_AddReplaceHide(t *testing.T) {
	bundled := validFS()
	dir := fstest.MapFS{
		"manifest.toml":     {Data: []byte("hide = [\"places/seoul\"]\n")},
		"fields/sport.toml": {Data: []byte(`id = "sport"` + strings.Replace(names, `"Name"`, `"Sport"`, 1))},
		"fields/art.toml":   {Data: []byte(`id = "art"` + names)},
	}
	c, _, ps := LoadFolder(bundled, dir, "/srv/exhibit", today)
	// hiding a place that an event uses is reported against the event
	if !strings.Contains(ps.Error(), `assets/content/events/first.toml:5: places: unknown id "seoul"`) {
		t.Fatalf("problems:\n%v", ps)
	}
	if c.Field("sport").Name.EN != "Sport" || c.Field("art") == nil {
		t.Fatal("folder items did not replace or add")
	}
}

func TestLoadFolder_OwnLanguagesOnly(t *testing.T) {
	dir := fstest.MapFS{
		"manifest.toml":       {Data: []byte("languages = [\"en\", \"ru\"]\nbase = \"none\"\n[title]\nen = \"Early times\"\n")},
		"eras/e.toml":         {Data: []byte("id = \"e\"\nfrom = 602\nto = 720\ncolour = \"#123456\"\n[name]\nen = \"Early\"\nru = \"Ранние\"\n")},
		"categories/c.toml":   {Data: []byte("id = \"c\"\ncolour = \"#123456\"\n[name]\nen = \"C\"\nru = \"К\"\n")},
		"events/x.toml":       {Data: []byte("id = \"x\"\ndate = \"0650\"\nera = \"e\"\ncategory = \"c\"\n[title]\nen = \"T\"\nru = \"Т\"\n[text]\nen = \"x\"\nru = \"х\"\n[[sources]]\ntitle = \"TimelineJS file\"\n")},
		"images/missing.keep": {Data: nil},
	}
	c, m, ps := LoadFolder(validFS(), dir, "tl", today)
	if errs := ps.Errors(); len(errs) != 0 {
		t.Fatalf("errors:\n%v", errs)
	}
	if len(c.Events) != 1 || len(m.Manifest.Languages) != 2 || c.Langs[0] != RU || c.Langs[1] != EN || c.Title.EN != "Early times" {
		t.Fatalf("content %d events, languages %v", len(c.Events), c.Langs)
	}
	if !strings.Contains(ps.Error(), "tl/events/x.toml:11: sources[0].url: warning: the source has no URL") {
		t.Fatalf("warning missing:\n%v", ps)
	}
}

func TestLoadFolder_BadManifest(t *testing.T) {
	dir := fstest.MapFS{"manifest.toml": {Data: []byte("languages = [\"de\"]\nbase = \"all\"\nhide = [\"events/none\"]\nextra = 1\n")}}
	_, _, ps := LoadFolder(validFS(), dir, "d", today)
	for _, w := range []string{`d/manifest.toml:1: languages: "de" is not one of`, `d/manifest.toml:2: base:`, `hide: "events/none" is not a bundled item`, `d/manifest.toml:4: extra: unknown field`} {
		if !strings.Contains(ps.Error(), w) {
			t.Errorf("want %q in:\n%v", w, ps)
		}
	}
}

// TestOverlay_IsAFileSystem checks the merged view against the standard
// library's file-system conformance test, and that nothing is copied: a
// bundled file is read from the bundled FS, a folder file from the folder.
func TestOverlay_IsAFileSystem(t *testing.T) {
	dir := fstest.MapFS{
		"fields/art.toml":     {Data: []byte(`id = "art"` + names)},
		".git/config":         {Data: []byte("[core]")},
		"events/.hidden.toml": {Data: []byte("x")},
	}
	m, ps := Overlay(validFS(), dir, "folder")
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	if err := fstest.TestFS(m.FS, "fields/art.toml", "fields/sport.toml", "events/first.toml", "people/person.toml"); err != nil {
		t.Fatal(err)
	}
	if got := m.Origin("fields/art.toml"); got != "folder/fields/art.toml" {
		t.Errorf("origin %q", got)
	}
	if got := m.Origin("fields/sport.toml"); got != "assets/content/fields/sport.toml" {
		t.Errorf("origin %q", got)
	}
	if _, err := fs.Stat(m.FS, ".git/config"); err == nil {
		t.Error("hidden folders must not be laid over the content")
	}
}

func TestOverlay_BundledAlone(t *testing.T) {
	c, m, ps := LoadFolder(validFS(), nil, "", today)
	if len(ps) != 0 || len(c.Events) != 1 || m.Manifest.Base != BaseBundled || len(c.Langs) != 4 {
		t.Fatalf("bundled alone: %v, %d events, base %v", ps, len(c.Events), m.Manifest.Base)
	}
}
