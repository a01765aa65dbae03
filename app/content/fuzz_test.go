package content

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/koryo-exhibit/koryo/app/internal/fuzzcheck"
)

// FuzzParseDate: no input panics, an accepted date is consistent, and it
// is the date written the canonical way (so "+193" or "1937-+1" is no
// date): written so again, it parses to the same date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1932", "1937-10", "1992-01-28", "~1863", "2009-05-12/2009-05-14", "0602", "1937/1938-03", "2000-02-29", "~", "/", "1-1-1", "9999-12-31/9999-12-31", "+193", "1937-+1", " ~ 1937 / 1938 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzcheck.Limit(t, func() { checkDate(t, s) })
	})
}

func checkDate(t *testing.T, s string) {
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
	c := canonical(d)
	if c != strings.Join(strings.Fields(s), "") {
		t.Fatalf("ParseDate(%q) accepted a date not written as %q", s, c)
	}
	again, err := ParseDate(c)
	if err != nil || again.From != d.From || again.To != d.To || again.Approx != d.Approx || again.Range != d.Range {
		t.Fatalf("ParseDate(%q) = %+v, but %q gives %+v, %v", s, d, c, again, err)
	}
}

// canonical writes a date as the content format does: "~1937-10/1938".
func canonical(d Date) string {
	point := func(p Point) string {
		s := fmt.Sprintf("%04d", p.Year)
		if p.Prec >= PrecMonth {
			s += fmt.Sprintf("-%02d", p.Month)
		}
		if p.Prec == PrecDay {
			s += fmt.Sprintf("-%02d", p.Day)
		}
		return s
	}
	s := point(d.From)
	if d.Range {
		s += "/" + point(d.To)
	}
	if d.Approx {
		s = "~" + s
	}
	return s
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
		fuzzcheck.Limit(t, func() { checkFS(t, fsys) })
	})
}

// fuzzFiles are the files of validFS, one of each kind, that
// FuzzCheckFile replaces.
var fuzzFiles = []string{"eras/old.toml", "categories/history.toml", "fields/sport.toml", "places/seoul.toml", "events/first.toml", "people/person.toml"}

// FuzzCheckFile feeds any bytes to the loader as a file of any kind (kind
// picks one of fuzzFiles), with the checks of FuzzCheck.
func FuzzCheckFile(f *testing.F) {
	valid := validFS()
	for i, name := range fuzzFiles {
		f.Add(uint8(i), valid[name].Data)
	}
	for _, s := range []string{"id = \"old\"\nfrom = 1860\nto = 1800\ncolour = \"#3f7f6e\"" + names, "id = \"history\"\ncolour = \"red\"\n[name]\nen = \"x\"\n",
		"id = \"sport\"\n[name]\nde = \"Sport\"\n", "id = \"seoul\"\nlat = 91\nlon = -181.5" + names, "id = \"seoul\"\nlat = 0\nlon = 0\n\"name\" = {en = \"a\"}\n"} {
		f.Add(uint8(0), []byte(s))
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		fsys := validFS()
		fsys[fuzzFiles[int(kind)%len(fuzzFiles)]] = &fstest.MapFile{Data: data}
		fuzzcheck.Limit(t, func() { checkFS(t, fsys) })
	})
}

// checkFS checks fsys: every problem names a file of it, a message and a
// line within the file; content without errors is usable.
func checkFS(t *testing.T, fsys fstest.MapFS) {
	c, ps := Check(fsys, today)
	for _, p := range ps {
		f, ok := fsys[p.File]
		if !ok || p.Msg == "" || p.Line < 0 || p.Line > strings.Count(string(f.Data), "\n")+1 {
			t.Fatalf("problem without a file of the folder, a message or a line in the file: %+v", p)
		}
	}
	if len(ps.Errors()) > 0 {
		return
	}
	if why := unusable(c); why != "" {
		t.Fatalf("accepted unusable content: %s", why)
	}
}
