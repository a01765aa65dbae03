package screens

import (
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/locale"
	"github.com/koryo-exhibit/koryo/locales"
)

// TestClusterHead: a cluster card's head line counts its events with the
// plural form each language needs, digits grouped its way, then the
// dates it spans ("37 events · September–October 1937").
func TestClusterHead(t *testing.T) {
	autumn := content.Between(content.Point{Year: 1937, Month: 9}, content.Point{Year: 1937, Month: 10})
	want := map[content.Lang]map[int]string{
		content.EN: {1: "1 event", 2: "2 events", 37: "37 events", 10000: "10,000 events"},
		content.RU: {1: "1 событие", 2: "2 события", 5: "5 событий", 21: "21 событие", 37: "37 событий", 10000: "10\u00a0000 событий"},
		content.KK: {1: "1 оқиға", 37: "37 оқиға", 10000: "10\u00a0000 оқиға"},
		content.KO: {1: "사건 1개", 37: "사건 37개", 10000: "사건 10,000개"},
	}
	for l, counts := range want {
		loc, err := locale.New(locales.FS, l)
		if err != nil {
			t.Fatal(err)
		}
		loc.Missing = func(err error) { t.Errorf("missing translation: %v", err) }
		span := loc.Date(autumn)
		for n, count := range counts {
			got := loc.NData(msgTimelineCluster, n, map[string]any{"Range": span})
			if w := count + " · " + span; got != w {
				t.Errorf("%s, %d events: %q, want %q", l, n, got, w)
			}
		}
	}
}
