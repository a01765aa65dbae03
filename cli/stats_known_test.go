package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// knownVisit is a visit of the known logs: its first touch, how long after
// it the last touch came, the languages in the order chosen (the first is
// the default), the screens in the order viewed ("event:ID", "person:ID").
type knownVisit struct {
	start time.Time
	secs  int
	langs []string
	views []string
}

func day(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }

// hall1 and hall2 are the known visits, before the tests' today (2 Dec):
// 4 of hall-1's in the last 7 days (10, 40, 90 and 120 s: median 65 s),
// 3 in the last 2 (10, 90, 120 s: median 90 s); hall-2 adds 5 and 60 s.
var hall1 = []knownVisit{
	{day(20, 10), 30, []string{"kk"}, []string{"home"}}, // before the windows
	{day(29, 9), 40, []string{"kk"}, []string{"home", "timeline"}},
	{day(30, 14), 120, []string{"kk", "ru"}, []string{"home", "event:1937-deportation", "person:denis-ten"}},
	{day(31, 10), 90, []string{"kk", "en", "kk"}, []string{"home", "event:1937-deportation", "event:kazakh-korean-ties"}}, // 1 Dec
	{day(31, 11), 10, []string{"ru"}, []string{"home"}},
}

var hall2 = []knownVisit{
	{day(26, 16), 5, []string{"en"}, []string{"home"}},
	{day(31, 12), 60, []string{"ru"}, []string{"home", "map"}},
}

// record writes visits to the log at path as the kiosk does, through a
// Recorder on a fake clock: a visit ends at the idle reset, 90 s after its
// last touch, which does not count.
func record(t *testing.T, path, kiosk string, visits []knownVisit) {
	t.Helper()
	c := clock.NewFake(visits[0].start)
	r := stats.NewRecorder(path, c)
	r.Kiosk = kiosk
	for _, v := range visits {
		c.Add(v.start.Sub(c.Now()))
		r.Begin(v.langs[0])
		for _, l := range v.langs[1:] {
			r.Language(l)
		}
		for _, view := range v.views {
			screen, id, _ := strings.Cut(view, ":")
			r.View(screen, id)
		}
		c.Add(time.Duration(v.secs) * time.Second)
		r.Touch()
		c.Add(90 * time.Second)
		if err := r.End(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestStats_KnownFigures checks every line `koryo stats` prints, of the
// settings' log (an even and an odd number of visits) and of a fleet.
func TestStats_KnownFigures(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "config.toml", "name = \"hall-1\"\n")
	record(t, filepath.Join(dir, "visits.jsonl"), "hall-1", hall1)
	record(t, filepath.Join(dir, "hall-2.jsonl"), "", hall2)
	cfg := filepath.Join(dir, "config.toml")
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"own log, 7 days", []string{"--config", cfg}, own7Days},
		{"own log, 2 days", []string{"--config", cfg, "--days", "2"}, own2Days},
		{"fleet, 7 days", []string{"--config", cfg, filepath.Join(dir, "visits.jsonl"), filepath.Join(dir, "hall-2.jsonl")}, fleet7Days},
	} {
		r, stdout, stderr := run(t, "", append([]string{"stats"}, tt.args...)...)
		if got := strings.ReplaceAll(stdout, dir, "DIR"); r.Code != 0 || stderr != "" || got != tt.want {
			t.Errorf("%s: code %d, stderr %q, printed\n%s\nwant\n%s", tt.name, r.Code, stderr, got, tt.want)
		}
	}
}

const own7Days = "visit log: DIR/visits.jsonl\n" +
	"last 7 days (2026-11-25 – 2026-12-02 00:00): 4 visits, median visit 1m 05s, 50% opened an event\n" +
	"visits per day:\n" +
	"  2026-11-25 Wed  0\n" +
	"  2026-11-26 Thu  0\n" +
	"  2026-11-27 Fri  0\n" +
	"  2026-11-28 Sat  0\n" +
	"  2026-11-29 Sun  1\n" +
	"  2026-11-30 Mon  1\n" +
	"  2026-12-01 Tue  2\n" +
	"languages:\n" +
	"  kk                                       3\n" +
	"  ru                                       2\n" +
	"  en                                       1\n" +
	"screens:\n" +
	"  home                                     4\n" +
	"  event                                    3\n" +
	"  person                                   1\n" +
	"  timeline                                 1\n" +
	"top events:\n" +
	"  1937-deportation                         2\n" +
	"  kazakh-korean-ties                       1\n" +
	"top people:\n" +
	"  denis-ten                                1\n" +
	"kiosks:\n" +
	"  hall-1                      4 visits  median 1m 05s    50% opened an event  last visit 2026-12-01 11:00\n"

const own2Days = "visit log: DIR/visits.jsonl\n" +
	"last 2 days (2026-11-30 – 2026-12-02 00:00): 3 visits, median visit 1m 30s, 67% opened an event\n" +
	"visits per day:\n" +
	"  2026-11-30 Mon  1\n" +
	"  2026-12-01 Tue  2\n" +
	"languages:\n" +
	"  kk                                       2\n" +
	"  ru                                       2\n" +
	"  en                                       1\n" +
	"screens:\n" +
	"  event                                    3\n" +
	"  home                                     3\n" +
	"  person                                   1\n" +
	"top events:\n" +
	"  1937-deportation                         2\n" +
	"  kazakh-korean-ties                       1\n" +
	"top people:\n" +
	"  denis-ten                                1\n" +
	"kiosks:\n" +
	"  hall-1                      3 visits  median 1m 30s    67% opened an event  last visit 2026-12-01 11:00\n"

const fleet7Days = "visit logs: [DIR/visits.jsonl DIR/hall-2.jsonl]\n" +
	"last 7 days (2026-11-25 – 2026-12-02 00:00): 6 visits, median visit 50s, 33% opened an event\n" +
	"visits per day:\n" +
	"  2026-11-25 Wed  0\n" +
	"  2026-11-26 Thu  1\n" +
	"  2026-11-27 Fri  0\n" +
	"  2026-11-28 Sat  0\n" +
	"  2026-11-29 Sun  1\n" +
	"  2026-11-30 Mon  1\n" +
	"  2026-12-01 Tue  3\n" +
	"languages:\n" +
	"  kk                                       3\n" +
	"  ru                                       3\n" +
	"  en                                       2\n" +
	"screens:\n" +
	"  home                                     6\n" +
	"  event                                    3\n" +
	"  map                                      1\n" +
	"  person                                   1\n" +
	"  timeline                                 1\n" +
	"top events:\n" +
	"  1937-deportation                         2\n" +
	"  kazakh-korean-ties                       1\n" +
	"top people:\n" +
	"  denis-ten                                1\n" +
	"kiosks:\n" +
	"  hall-1                      4 visits  median 1m 05s    50% opened an event  last visit 2026-12-01 11:00\n" +
	"  hall-2                      2 visits  median 32s        0% opened an event  last visit 2026-12-01 12:00\n"
