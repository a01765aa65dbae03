package content

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/koryo-exhibit/koryo/app/internal/fuzzcheck"
	"github.com/koryo-exhibit/koryo/app/tomlfile"
)

// FuzzManifest feeds any bytes to the manifest reader, laid over validFS:
// the manifest is always usable (languages known, in the buttons' order,
// once each); problems name the manifest and a line of it; what a clean
// manifest says, written again, reads back the same; hidden items and,
// for base = "none", the bundled ones are gone.
func FuzzManifest(f *testing.F) {
	for _, s := range []string{"", "hide = [\"places/seoul\"]\n",
		"languages = [\"en\", \"ru\"]\nbase = \"none\"\n[title]\nen = \"Early times\"\n",
		"languages = [\"de\", \"en\", \"en\"]\nbase = \"all\"\nhide = [\"events/none\", \"events/first.toml\"]\nextra = 1\n",
		"languages = []\nbase = \"bundled\"\ntitle = {ko = \"제목\", kk = \"Тақырып\"}\n", "\ufeffbase = 'none'\r\nhide = ['manifest', '../x', '']\r\n",
		"[title]\nde = \"x\"\n", "languages = \"en\"\n", "[[hide]]\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzcheck.Limit(t, func() { checkManifest(t, data) })
	})
}

func checkManifest(t *testing.T, data []byte) {
	dir := fstest.MapFS{ManifestFile: {Data: data}}
	m, ps := readManifest(dir, "d")
	if !slices.Equal(ordered(m.Languages), m.Languages) || len(m.Languages) == 0 || m.Base != BaseBundled && m.Base != BaseNone {
		t.Fatalf("%q: unusable manifest %+v", data, m)
	}
	for _, p := range ps {
		if p.File != "d/"+ManifestFile || p.Msg == "" || p.Line < 0 || p.Line > strings.Count(string(data), "\n")+1 {
			t.Fatalf("%q: problem %+v does not name the manifest, a line of it and what is wrong", data, p)
		}
	}
	if len(ps) == 0 {
		again, err := tomlfile.Marshal(manifestFile{Languages: m.Languages, Base: m.Base.String(), Hide: m.Hide, Title: m.Title})
		m2, ps2 := readManifest(fstest.MapFS{ManifestFile: {Data: again}}, "d")
		if err != nil || len(ps2) > 0 || !slices.Equal(m2.Languages, m.Languages) || m2.Base != m.Base || !slices.Equal(m2.Hide, m.Hide) || m2.Title != m.Title {
			t.Fatalf("%+v written as %q reads back as %+v, %v %v", m, again, m2, err, ps2)
		}
	}
	merged, _ := Overlay(validFS(), dir, "d")
	gone := slices.Clone(m.Hide)
	if m.Base == BaseNone {
		gone = append(gone, fuzzFiles...)
	}
	for _, h := range append(gone, ManifestFile) {
		if p := strings.TrimSuffix(h, ".toml") + ".toml"; fs.ValidPath(p) {
			if _, err := fs.Stat(merged.FS, p); err == nil {
				t.Fatalf("%q: %s is still there", data, p)
			}
		}
	}
}
