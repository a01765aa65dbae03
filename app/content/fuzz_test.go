package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzParseDate: no input panics, and an accepted date is consistent.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1932", "1937-10", "1992-01-28", "~1863", "2009-05-12/2009-05-14", "0602", "1937/1938-03", "2000-02-29", "~", "/", "1-1-1", "9999-12-31/9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.From.Year < 1 || d.From.Year > 9999 || d.LastKey() < d.Key() {
			t.Fatalf("ParseDate(%q) accepted %+v", s, d)
		}
		if d.Range != strings.Contains(s, "/") {
			t.Fatalf("ParseDate(%q): range %v", s, d.Range)
		}
	})
}

// FuzzCheck feeds any bytes to the loader as an event and as a person
// file: it must report problems, never panic, and a file it accepts must
// give a usable event.
func FuzzCheck(f *testing.F) {
	f.Add([]byte(eventSrc(`date = "1923-03-01"`)), []byte(personSrc(`born = "1868-08-27"`)))
	f.Add([]byte("id = \"first\"\ndate = 1923\n[title]\nen = 1\n"), []byte("[[facts]]\n[[facts]]\nen = \"\"\n"))
	f.Add([]byte("id = \"first\"\n[[sources]]\nurl = \"http://[::1\"\n"), []byte("id = \"person\"\nborn = \"~1955/1956\"\ndied = \"1950\"\n"))
	f.Fuzz(func(t *testing.T, event, person []byte) {
		fsys := validFS()
		fsys["events/first.toml"] = &fstest.MapFile{Data: event}
		fsys["people/person.toml"] = &fstest.MapFile{Data: person}
		c, ps := Check(fsys, today)
		for _, p := range ps {
			if p.File == "" || p.Msg == "" {
				t.Fatalf("problem without file or message: %+v", p)
			}
		}
		if len(ps.Errors()) > 0 {
			return
		}
		e := c.Event("first")
		if e == nil || e.Date.IsZero() || c.Era(e.Era) == nil || len(e.Sources) == 0 {
			t.Fatalf("accepted an unusable event: %+v", e)
		}
	})
}
