package synth

import (
	"io/fs"
	"testing"
	"testing/fstest"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
)

func asFS(files map[string][]byte) fs.FS {
	m := fstest.MapFS{}
	for p, b := range files {
		m[p] = &fstest.MapFile{Data: b}
	}
	return m
}

// TestFiles_Validates: generated content loads without a problem at every
// size the benchmarks use, is the same for the same seed, and has the
// dense autumn of 1937.
func TestFiles_Validates(t *testing.T) {
	for _, n := range []int{0, 100, 1000} {
		files := Files(n, n/5, 1937)
		m, _ := content.Overlay(asFS(map[string][]byte{}), asFS(files), "synth")
		c, ps := content.CheckLangs(m.FS, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), m.Manifest.Languages)
		if len(ps) > 0 {
			t.Fatalf("%d events: %d problems, first %v", n, len(ps), ps[0])
		}
		if len(c.Events) != n || len(c.People) != n/5 {
			t.Fatalf("%d events: got %d events, %d people", n, len(c.Events), len(c.People))
		}
		dense := 0
		for _, e := range c.Events {
			if e.Date.From.Year == 1937 && e.Date.From.Month >= 8 {
				dense++
			}
		}
		if n > 0 && (dense < n/8 || dense > n/3) {
			t.Errorf("%d events: %d in the autumn of 1937, want about a fifth", n, dense)
		}
	}
	a, b := Files(50, 10, 7), Files(50, 10, 7)
	for p := range a {
		if string(a[p]) != string(b[p]) {
			t.Fatalf("%s differs between two runs with the same seed", p)
		}
	}
}
