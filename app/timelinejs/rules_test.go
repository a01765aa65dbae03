package timelinejs

import (
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

// ev wraps event JSON objects into a timeline.
func ev(events ...string) string { return `{"events":[` + strings.Join(events, ",") + `]}` }

// ruleCase is one timeline and what its conversion must give.
type ruleCase struct {
	name   string
	in     string
	file   string // a file that must exist …
	want   string // … and hold this text ("" for any)
	report string // a report line must hold this ("" for none)
}

// checkRules converts each case's timeline; the folder must load without
// errors and hold what the case wants.
func checkRules(t *testing.T, tests []ruleCase) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, report, err := Convert([]byte(tt.in), content.EN, "test.json", today)
			if err != nil {
				t.Fatal(err)
			}
			if _, errs := load(files); len(errs) > 0 {
				t.Fatalf("loader errors:\n%v", errs)
			}
			got, ok := files[tt.file]
			if !ok || !strings.Contains(string(got), tt.want) {
				t.Errorf("%s (present %v) lacks %q:\n%s", tt.file, ok, tt.want, got)
			}
			if all := strings.Join(report, "\n"); tt.report != "" && !strings.Contains(all, tt.report) {
				t.Errorf("report lacks %q:\n%s", tt.report, all)
			}
		})
	}
}

// TestConvert_IDsAndTexts: ids from unique_id or the headline, HTML to
// plain text, groups to categories.
func TestConvert_IDsAndTexts(t *testing.T) {
	checkRules(t, []ruleCase{
		{"duplicate unique_id", ev(`{"unique_id":"dup","start_date":{"year":1900}}`, `{"unique_id":"dup","start_date":{"year":1901}}`),
			"events/dup-2.toml", `date = "1901"`, `unique_id "dup" became id "dup-2"`},
		{"unique_id slugified", ev(`{"unique_id":"My Event!","start_date":{"year":1900}}`),
			"events/my-event.toml", `id = "my-event"`, ""},
		{"unique_id without letters", ev(`{"unique_id":"!!!","start_date":{"year":1900}}`),
			"events/event-1.toml", "", ""},
		{"script dropped", ev(`{"start_date":{"year":1900},"text":{"headline":"S","text":"<p>Hi &amp; bye</p><script>alert(1)</script>"}}`),
			"events/1900-s.toml", "[text]\nen = \"Hi & bye\"\n", "event 1 (“S”): text: <script> content dropped"},
		{"list items", ev(`{"start_date":{"year":1900},"text":{"headline":"L","text":"<ul><li>a</li><li><b>b</b></li></ul>"}}`),
			"events/1900-l.toml", `en = "• a\n\n• b"`, ""},
		{"group becomes a category", ev(`{"start_date":{"year":1900},"group":"Science &amp; Tech"}`),
			"categories/science-tech.toml", "[name]\nen = \"Science & Tech\"", ""},
		{"no group: general", `{"title":{"text":{"headline":"My <i>Story</i>"}},` + ev(`{"start_date":{"year":1900}}`)[1:],
			"categories/general.toml", `en = "My Story"`, "its headline becomes the exhibit's title (manifest.toml)"},
	})
}

// TestConvert_Eras: eras of whole years, and one made for events outside
// them.
func TestConvert_Eras(t *testing.T) {
	checkRules(t, []ruleCase{
		{"event outside the eras", `{"eras":[{"start_date":{"year":1900},"end_date":{"year":1910},"text":{"headline":"Early"}}],` +
			ev(`{"start_date":{"year":1905}}`, `{"start_date":{"year":1950},"end_date":{"year":1960}}`)[1:],
			"eras/timeline.toml", "from = 1950\nto = 1960", "1 event(s) fall outside every era"},
		{"era of whole years", `{"eras":[{"start_date":{"year":1900,"month":5},"end_date":{"year":"1910"},"text":{"headline":"E"}},` +
			`{"start_date":{"year":1950},"end_date":{"year":1940}}],` + ev(`{"start_date":{"year":1905}}`)[1:],
			"eras/e.toml", "from = 1900\nto = 1910", "era 1 (“E”): kept whole years only"},
		{"era ending before it starts", `{"eras":[{"start_date":{"year":1950},"end_date":{"year":1940}}],` + ev(`{"start_date":{"year":1945}}`)[1:],
			"eras/timeline.toml", "from = 1945\nto = 1945", "era 1: ends (1940) before it starts (1950); skipped"},
	})
}

// TestConvert_MediaAndFields: media as sources or dropped, fields the
// format cannot carry reported, the scale.
func TestConvert_MediaAndFields(t *testing.T) {
	checkRules(t, []ruleCase{
		{"media without a link", ev(`{"start_date":{"year":1900},"media":{"url":"image.png","thumbnail":"t.png"}}`),
			"events/1900-untitled-1.toml", `title = "TimelineJS: test.json"`, `media URL "image.png" is not an http(s) link`},
		{"thumbnail dropped", ev(`{"start_date":{"year":1900},"media":{"url":"https://x.org/a.jpg","thumbnail":"t.png"}}`),
			"events/1900-untitled-1.toml", `url = "https://x.org/a.jpg"`, "media.thumbnail: dropped on 1 event"},
		{"unknown field", ev(`{"start_date":{"year":1900},"autolink":true,"background":{"color":"#fff"}}`),
			"events/1900-untitled-1.toml", "", "autolink: dropped on 1 event"},
		{"byte order mark", "\uFEFF" + ev(`{"start_date":{"year":1900}}`), "events/1900-untitled-1.toml", "", ""},
		{"scale in capitals", `{"scale":"Human ","events":[{"start_date":{"year":1900}}]}`,
			"events/1900-untitled-1.toml", "", ""},
		{"unknown scale", `{"scale":"galactic","events":[{"start_date":{"year":1900}}]}`,
			"events/1900-untitled-1.toml", "", `scale "galactic" is not known; read as "human"`},
	})
}

func TestConvert_Errors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"invalid JSON", `{"events": [`, "test.json: not valid JSON"},
		{"not an object", `[{"start_date":{"year":1900}}]`, "test.json: the top-level JSON value is not an object"},
		{"null", `null`, "not an object"},
		{"cosmological", `{"scale":"cosmological","events":[{"start_date":{"year":1900}}]}`, `scale "cosmological" is not supported`},
		{"no events", `{"title":{"text":{"headline":"T"}}}`, "test.json: no events"},
		{"empty events", `{"events":[]}`, "no events"},
		{"events not a list", `{"events":{"start_date":{"year":1900}}}`, "no events"},
		{"no usable event", `{"title":{"text":{"headline":"T"}},` + ev(`{"start_date":{"year":-44}}`, `7`)[1:],
			"none of its 2 events could be converted (event 1: start_date: year -44 is BCE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, _, err := Convert([]byte(tt.in), content.EN, "test.json", today)
			if err == nil || !strings.Contains(err.Error(), tt.want) || files != nil {
				t.Fatalf("error %v; want %q", err, tt.want)
			}
		})
	}
	if _, _, err := Convert([]byte(ev(`{"start_date":{"year":1900}}`)), "de", "x.json", today); err == nil {
		t.Error("language de accepted")
	}
}
