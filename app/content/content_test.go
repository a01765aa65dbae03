package content

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

var today = time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)

const names = `
[name]
en = "Name"
kk = "Атау"
ko = "이름"
ru = "Имя"
`

// validFS is the smallest content that loads without a problem.
func validFS() fstest.MapFS {
	return fstest.MapFS{
		"eras/old.toml": {Data: []byte(`id = "old"
from = 1860
to = 1937
colour = "#3f7f6e"` + names + `
[description]
en = "d"
kk = "д"
ko = "설명"
ru = "о"
`)},
		"categories/history.toml": {Data: []byte(`id = "history"
colour = "#8e3b46"` + names)},
		"fields/sport.toml":  {Data: []byte(`id = "sport"` + names)},
		"places/seoul.toml":  {Data: []byte(`id = "seoul"` + "\nlat = 37.5\nlon = 127.0" + names)},
		"events/first.toml":  {Data: []byte(eventSrc(`date = "1923-03-01"`))},
		"people/person.toml": {Data: []byte(personSrc(`born = "1868-08-27"` + "\n" + `died = "1943-10-25"`))},
	}
}

func eventSrc(date string) string {
	return `id = "first"
` + date + `
era = "old"
category = "history"
places = ["seoul"]
people = ["person"]
[title]
en = "T"
kk = "Т"
ko = "제목"
ru = "З"
[text]
en = "Text"
kk = "Мәтін"
ko = "본문"
ru = "Текст"
[[sources]]
title = "A source"
url = "https://example.org/a"
`
}

func personSrc(dates string) string {
	return `id = "person"
field = "sport"
hangul = "홍범도"
cyrillic = "Хон Бом До"
` + dates + names + `
[role]
en = "r"
kk = "р"
ko = "역"
ru = "р"
[bio]
en = "b"
kk = "б"
ko = "전기"
ru = "б"
[[facts]]
en = "f"
kk = "ф"
ko = "사실"
ru = "ф"
[[sources]]
title = "S"
url = "https://example.org/s"
`
}

func TestCheck_Valid(t *testing.T) {
	c, ps := Check(validFS(), today)
	if len(ps) != 0 {
		t.Fatalf("want no problems, got:\n%v", ps)
	}
	if len(c.Events) != 1 || c.Person("person") == nil || len(c.EventsOf("person")) != 1 {
		t.Fatalf("content not indexed: %+v", c)
	}
	if got := c.Events[0].Date.From; got != (Point{1923, 3, 1, PrecDay}) {
		t.Fatalf("date = %+v", got)
	}
}

func TestCheck_Problems(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want []string // each must appear in one problem line
	}{
		{"missing language", "events/first.toml",
			strings.Replace(eventSrc(`date = "1923"`), `kk = "Т"`+"\n", "", 1),
			[]string{"events/first.toml:7: title [kk]: missing translation"}},
		{"unknown references", "events/first.toml",
			strings.NewReplacer(`era = "old"`, `era = "new"`, `"seoul"`, `"pusan"`, `["person"]`, `["nobody"]`).Replace(eventSrc(`date = "1923"`)),
			[]string{`era: unknown era "new"`, `places: unknown id "pusan"`, `people: unknown id "nobody"`}},
		{"impossible date", "events/first.toml", eventSrc(`date = "1923-02-30"`),
			[]string{"events/first.toml:2: date: date \"1923-02-30\": day 30 does not exist"}},
		{"date outside era", "events/first.toml", eventSrc(`date = "1992-01-28"`),
			[]string{`outside era "old"`}},
		{"future without planned", "events/first.toml", eventSrc(`date = "2030"`),
			[]string{"in the future: mark the event planned = true"}},
		{"no sources", "events/first.toml", eventSrc(`date = "1923"`)[:strings.Index(eventSrc(`date = "1923"`), "[[sources]]")],
			[]string{"sources: at least one source is needed"}},
		{"bad url", "events/first.toml", strings.Replace(eventSrc(`date = "1923"`), "https://example.org/a", "example.org", 1),
			[]string{`sources[0].url: "example.org" is not an http(s) URL`}},
		{"died before born", "people/person.toml", personSrc(`born = "1900"` + "\n" + `died = "1890"`),
			[]string{"died: 1890 is before the birth date 1900"}},
		{"unknown field and typo", "people/person.toml", strings.Replace(personSrc(`born = "1900"`), "[bio]", "[biography]", 1),
			[]string{`unknown field "biography`, "bio: missing (needs kk, ko, ru and en)"}},
		{"syntax error", "people/person.toml", "id = \"person\nfield = 1",
			[]string{"people/person.toml:1: TOML syntax"}},
		{"id mismatch", "fields/sport.toml", `id = "sports"` + names,
			[]string{`id: "sports" does not match the file name "sport"`, `unknown field "sport"`}},
		{"bad gender", "people/person.toml", strings.Replace(personSrc(`born = "1900"`), "field = ", "gender = \"f\"\nfield = ", 1),
			[]string{`people/person.toml:2: gender: "f": use "female" or "male"`}},
		{"bad importance", "events/first.toml", eventSrc(`date = "1923"` + "\nimportance = 5"),
			[]string{`events/first.toml:3: importance: 5: use 1 (minor), 2 (normal) or 3 (key event)`}},
		{"bad colour and coordinates", "categories/history.toml", `id = "history"` + "\ncolour = \"red\"" + names,
			[]string{`colour: "red" is not a #RRGGBB colour`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validFS()
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.src)}
			_, ps := Check(fsys, today)
			text := ps.Error()
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("want a problem containing %q, got:\n%s", w, text)
				}
			}
		})
	}
}

func TestCheck_ReportsEveryProblemAtOnce(t *testing.T) {
	fsys := validFS()
	fsys["events/first.toml"] = &fstest.MapFile{Data: []byte(strings.NewReplacer(
		`era = "old"`, `era = "x"`, `category = "history"`, `category = "y"`, `ko = "본문"`, `ko = ""`,
	).Replace(eventSrc(`date = "1923-13"`)))}
	fsys["places/seoul.toml"] = &fstest.MapFile{Data: []byte(`id = "seoul"` + "\nlat = 137\nlon = 1" + names)}
	_, ps := Check(fsys, today)
	if n := len(ps.Errors()); n != 5 {
		t.Fatalf("want 5 errors (era, category, text [ko], date, lat), got %d:\n%v", n, ps)
	}
	if _, err := Load(fsys); err == nil {
		t.Fatal("Load accepted broken content")
	}
}

func TestCheck_DuplicateID(t *testing.T) {
	fsys := validFS()
	fsys["fields/other.toml"] = &fstest.MapFile{Data: []byte(`id = "sport"` + names)}
	_, ps := Check(fsys, today)
	if !strings.Contains(ps.Error(), `duplicate id "sport", also used by fields/`) {
		t.Fatalf("duplicate not reported:\n%v", ps)
	}
}

func TestCheck_MissingFolder(t *testing.T) {
	fsys := validFS()
	delete(fsys, "places/seoul.toml")
	_, ps := Check(fsys, today)
	if !strings.Contains(ps.Error(), `places: unknown id "seoul"`) {
		t.Fatalf("missing folder not reported:\n%v", ps)
	}
}
