// Package synth makes exhibit content of any size for benchmarks and scale
// tests: eras, categories, fields and places like the exhibit's, and as
// many events and people as asked, with texts in all four languages built
// from phrase banks, dates spread over 1860 to 2026 with a dense autumn of
// 1937, and an importance mix. The same seed gives the same files. It
// draws nothing; tools/gencontent writes its files to a folder.
package synth

import (
	"fmt"
	"math/rand"
	"path"
	"strings"
)

// Files returns a content folder of events and people as file contents by
// path, with a manifest (base = "none") that titles it.
func Files(events, people int, seed int64) map[string][]byte {
	g := &gen{rng: rand.New(rand.NewSource(seed)), files: map[string][]byte{}}
	g.put("manifest.toml", "base = \"none\"\n"+text("title", [4]string{
		fmt.Sprintf("Synthetic exhibit: %d events", events),
		fmt.Sprintf("Синтетикалық көрме: %d оқиға", events),
		fmt.Sprintf("합성 전시: 사건 %d개", events),
		fmt.Sprintf("Синтетическая выставка: %d событий", events)}))
	g.fixed()
	ids := g.people(people)
	g.events(events, ids)
	return g.files
}

type gen struct {
	rng   *rand.Rand
	files map[string][]byte
}

func (g *gen) put(name, body string) { g.files[name] = []byte(body) }

func (g *gen) pick(n int) int { return g.rng.Intn(n) }

// text writes a four-language text table, en kk ko ru.
func text(name string, t [4]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s]\n", name)
	for i, l := range []string{"en", "kk", "ko", "ru"} {
		fmt.Fprintf(&b, "%s = %q\n", l, t[i])
	}
	return b.String()
}

func source(n int) string {
	return fmt.Sprintf("[[sources]]\ntitle = \"Regional archive, file %d\"\nurl = \"https://example.org/archive/%d\"\n", n, n)
}

// fixed writes the eras, categories, fields and places.
func (g *gen) fixed() {
	for _, e := range eras {
		to := ""
		if e.to > 0 {
			to = fmt.Sprintf("to = %d\n", e.to)
		}
		g.put(path.Join("eras", e.id+".toml"), fmt.Sprintf("id = %q\nfrom = %d\n%scolour = %q\n", e.id, e.from, to, e.colour)+
			text("name", e.name)+text("description", e.desc))
	}
	for _, c := range categories {
		g.put(path.Join("categories", c.id+".toml"), fmt.Sprintf("id = %q\ncolour = %q\n", c.id, c.colour)+text("name", c.name))
	}
	for _, f := range fields {
		g.put(path.Join("fields", f.id+".toml"), fmt.Sprintf("id = %q\n", f.id)+text("name", f.name))
	}
	for _, p := range places {
		g.put(path.Join("places", p.id+".toml"), fmt.Sprintf("id = %q\nlat = %v\nlon = %v\n", p.id, p.lat, p.lon)+text("name", p.name))
	}
}
