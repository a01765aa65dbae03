package timelinejs

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
)

// today is the fixed "today" of the tests.
var today = time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)

const samples = "../../../shared/timelinejs/"

// readSample returns a sample timeline, skipping the test when it is absent.
func readSample(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(samples + name)
	if err != nil {
		t.Skipf("sample %s not available: %v", name, err)
	}
	return data
}

// load loads converted files as a curator folder with no bundled content.
func load(files map[string][]byte) (*content.Content, content.Problems) {
	dir := fstest.MapFS{}
	for p, b := range files {
		dir[p] = &fstest.MapFile{Data: b}
	}
	c, _, ps := content.LoadFolder(fstest.MapFS{}, dir, "out", today)
	return c, ps.Errors()
}

func TestConvert_Samples(t *testing.T) {
	tests := []struct {
		file           string
		events, eras   int
		check          func(t *testing.T, c *content.Content)
		reportContains []string
	}{
		{"eras.json", 20, 3, checkEras, []string{"background: dropped on 7 events",
			"media not shown offline: https://en.wikipedia.org/wiki/Roman-Persian_Wars", "the title slide (“Eras Test”): its headline becomes the exhibit's title"}},
		{"women_in_computing.json", 10, 1, checkWomen, []string{"background: dropped on 1 event",
			"event 2 (“Edith Clarke: Bucking the Trend”): media is embedded HTML"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			files, report, err := Convert(readSample(t, tt.file), content.EN, tt.file, today)
			if err != nil {
				t.Fatal(err)
			}
			c, errs := load(files)
			if len(errs) > 0 {
				t.Fatalf("loader errors:\n%v", errs)
			}
			if len(c.Events) != tt.events || len(c.Eras) != tt.eras {
				t.Errorf("%d events, %d eras; want %d, %d", len(c.Events), len(c.Eras), tt.events, tt.eras)
			}
			all := strings.Join(report, "\n")
			for _, want := range tt.reportContains {
				if !strings.Contains(all, want) {
					t.Errorf("report lacks %q:\n%s", want, all)
				}
			}
			if m := string(files[content.ManifestFile]); !strings.Contains(m, tt.file) || !strings.Contains(m, `base = "none"`) {
				t.Errorf("manifest:\n%s", m)
			}
			tt.check(t, c)
		})
	}
}

func checkEras(t *testing.T, c *content.Content) {
	ev := c.Event("0602-last-great-roman-persian-war")
	if ev == nil || ev.DateText != "0602/0629" || ev.Era != "era-test-600-650" {
		t.Fatalf("zero-padded range event: %+v", ev)
	}
	if ev.Sources[0].URL != "https://en.wikipedia.org/wiki/Roman-Persian_Wars" || ev.Sources[0].Title != "Media" {
		t.Errorf("source %+v", ev.Sources[0])
	}
	if e := c.Event("0663-synod-of-whitby"); e == nil || e.Era != "era-test-650-700" {
		t.Errorf("Synod of Whitby: %+v", e)
	}
	if e := c.Event("0643-arab-army-led-by-omar-ibn-al-aas-takes-alexandria"); e == nil || e.Text.EN != e.Title.EN {
		t.Errorf("empty text should take the headline: %+v", e)
	}
	if c.Eras[0].ID != "era-test-600-650" || c.Eras[0].From != 600 || c.Eras[0].To != 650 {
		t.Errorf("first era %+v", c.Eras[0])
	}
}

func checkWomen(t *testing.T, c *content.Content) {
	ada := c.Event("1815-ada-lovelace")
	if ada == nil || ada.DateText != "1815-12-10/1852-11-27" {
		t.Fatalf("Ada Lovelace: %+v", ada)
	}
	want := "Women have been programming since before it was a thing. Take Ada Lovelace: Daughter of Lord Byron"
	if !strings.HasPrefix(ada.Text.EN, want) || strings.ContainsAny(ada.Text.EN, "<>") ||
		!strings.Contains(ada.Text.EN, "algorithm.\n\nThis slide demonstrates a simple \"image\" media type.") {
		t.Errorf("Ada's text:\n%s", ada.Text.EN)
	}
	if s := ada.Sources[0]; s.Title != "Portrait by Alfred Edward Chalon — Wikimedia Commons" {
		t.Errorf("Ada's source %+v", s)
	}
	if e := c.Event("1943-and-the-women-who-made-it-work"); e == nil || e.DateText != "1943-07/1946" {
		t.Errorf("ENIAC women: %+v", e)
	}
	if e := c.Event("1951-rozsa-peter-writes-recursion"); e == nil || e.Title.EN != "Rózsa Péter writes recursion" {
		t.Errorf("Rózsa Péter: %+v", e)
	}
	if e := c.Event("1948-edith-clarke-bucking-the-trend"); e == nil || !strings.HasPrefix(e.Text.EN, "There is no demand") {
		t.Errorf("Edith Clarke: %+v", e)
	}
	if k := c.Category("general"); k == nil || k.Name.EN != "Women in Computing" || len(c.Categories) != 1 {
		t.Errorf("categories %+v", c.Categories)
	}
	if e := c.Eras[0]; e.ID != "timeline" || e.From != 1815 || e.To != 1985 {
		t.Errorf("catch-all era %+v", e)
	}
}
