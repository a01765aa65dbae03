package timelinejs

import (
	"os"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/internal/fuzzcheck"
)

// FuzzConvert: any bytes either fail to convert or give a content folder
// that loads without an error.
func FuzzConvert(f *testing.F) {
	for _, name := range []string{"eras.json", "women_in_computing.json"} {
		if data, err := os.ReadFile(samples + name); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		ev(`{"start_date":{"year":"1815","month":12,"day":"10"},"text":{"headline":"<b>Ada</b>","text":"<p>x</p>"}}`),
		ev(`{"unique_id":"a","start_date":{"year":1900},"end_date":{"year":1890}}`, `{"unique_id":"a","start_date":{"year":2100}}`),
		`{"eras":[{"start_date":{"year":10},"end_date":{"year":20}}],` + ev(`{"start_date":{"year":"15"},"group":"g"}`)[1:],
		ev(`{"start_date":{"year":-1}}`),
		ev(`{"start_date":{"year":"1900","hour":1},"text":{"headline":"\u0000\u007f\r","text":"a\u001fb \"\"\" \\ <li>x"}}`),
		ev(`{"start_date":{"year":" 0700 ","display_date":"c. 700"},"display_date":"<i>x</i>","group":"<b>G</b>"}`),
		ev(`{"start_date":{"year":1950},"media":{"url":"//x.org/a.png","caption":"<a href=y>c</a>","credit":"&amp;","thumbnail":"t"}}`),
		ev(`{"start_date":{"year":1950},"media":{"url":"<blockquote>q<cite>w</cite></blockquote>"}}`),
		ev(`{"unique_id":"x","start_date":{"year":1}}`, `{"unique_id":"x-2","start_date":{"year":9999,"month":2,"day":29}}`, `{"unique_id":"X","start_date":{"year":2026,"month":3,"day":6}}`),
		`{"eras":[{"start_date":{"year":5},"end_date":{"year":1}},{"start_date":{"year":1},"end_date":{"year":9}},{"text":{"headline":"E"}}],` + ev(`{"start_date":{"year":3}}`, `{"start_date":{"year":12}}`)[1:],
		`{"title":{"text":{"headline":"T\n2"}},"scale":"human","x":1,` + ev(`{"start_date":{"year":2000},"end_date":{"year":2000,"month":1}}`)[1:],
		"\uFEFF" + ev(`{"start_date":{"year":1900}}`),
		`{"scale":"cosmological","events":[]}`,
		`[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzcheck.Limit(t, func() {
			files, _, err := Convert(data, content.EN, "fuzz.json", today)
			if err != nil {
				return
			}
			if _, errs := load(files); len(errs) > 0 {
				t.Fatalf("loader errors:\n%v\ninput: %q", errs, data)
			}
		})
	})
}
