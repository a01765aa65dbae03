package report

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// same compares Figures field by field, so a failure names the figure.
func same(t *testing.T, what string, got, want Figures) {
	t.Helper()
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := range g.NumField() {
		name := g.Type().Field(i).Name
		if name == "Kiosks" {
			continue
		}
		a, b := g.Field(i).Interface(), w.Field(i).Interface()
		if ta, ok := a.(time.Time); ok {
			if !ta.Equal(b.(time.Time)) {
				t.Errorf("%s %s = %v, want %v", what, name, a, b)
			}
			continue
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s %s = %v, want %v", what, name, a, b)
		}
	}
}

func TestLoad_Known(t *testing.T) {
	dir := writeKnownLog(t)
	figs, errs := Load([]string{dir}, knownNow, 7, 30)
	wantErrs := []string{
		filepath.Join(dir, "hall-1.jsonl") + ":5: 2 damaged line(s) skipped",
		filepath.Join(dir, "hall-2.jsonl") + ":1: 2 damaged line(s) skipped"}
	if fmt.Sprint(errs) != fmt.Sprint(wantErrs) {
		t.Errorf("problems %v, want %v", errs, wantErrs)
	}
	d7, d30 := at(11, 26, 0, 0, 0), at(11, 3, 0, 0, 0)
	same(t, "7 days", figs[0], Figures{From: d7, To: knownNow, Days: 7, Visits: 5,
		PerDay:  perDay(d7, []int{0, 0, 1, 0, 0, 1, 3}, []int{0, 0, 0, 0, 0, 1, 2}),
		PerHour: hours(map[int]int{10: 2, 14: 1, 15: 1, 16: 1}), Lengths: buckets(1, 0, 1, 1, 1, 1, 0, 0),
		Median: 90 * time.Second, Languages: counts("kk", 3, "ru", 3, "en", 2), Screens: counts("home", 5, "event", 4),
		TopEvents: counts("e1", 3, "e2", 1), TopPeople: counts("p1", 1, "p2", 1),
		Reached: 3, ReachedEvent: 0.6, Damaged: 4})
	days30, reached30 := make([]int, 30), make([]int, 30)
	days30[0], days30[17], days30[25], days30[28], days30[29] = 1, 1, 1, 1, 3
	reached30[28], reached30[29] = 1, 2
	same(t, "30 days", figs[1], Figures{From: d30, To: knownNow, Days: 30, Visits: 7,
		PerDay:  perDay(d30, days30, reached30),
		PerHour: hours(map[int]int{0: 1, 10: 2, 11: 1, 14: 1, 15: 1, 16: 1}), Lengths: buckets(2, 0, 1, 1, 1, 1, 0, 1),
		Median: 90 * time.Second, Languages: counts("kk", 5, "ru", 3, "en", 2), Screens: counts("home", 7, "event", 4),
		TopEvents: counts("e1", 3, "e2", 1), TopPeople: counts("p1", 2, "p2", 1),
		Reached: 3, ReachedEvent: 3.0 / 7, Damaged: 4})
	checkKiosks(t, figs, d7)
}

func checkKiosks(t *testing.T, figs []Figures, d7 time.Time) {
	t.Helper()
	var names []string
	for _, k := range figs[1].Kiosks {
		names = append(names, k.Name)
	}
	if fmt.Sprint(names) != "[hall-1 hall-2 hall-10]" || len(figs[0].Kiosks) != 3 {
		t.Fatalf("kiosks %v (7 days: %d)", names, len(figs[0].Kiosks))
	}
	h1, h2, h10 := figs[0].Kiosks[0], figs[0].Kiosks[1], figs[0].Kiosks[2]
	same(t, "hall-1, 7 days", h1.Figures, Figures{From: d7, To: knownNow, Days: 7, Visits: 3,
		PerDay: perDay(d7, []int{0, 0, 0, 0, 0, 1, 2}, []int{0, 0, 0, 0, 0, 1, 1}), PerHour: hours(map[int]int{10: 2, 14: 1}),
		Lengths: buckets(0, 0, 1, 1, 1), Median: 90 * time.Second, Languages: counts("kk", 3, "en", 1, "ru", 1), Screens: counts("event", 3, "home", 3),
		TopEvents: counts("e1", 2, "e2", 1), TopPeople: counts(), Reached: 2, ReachedEvent: 2.0 / 3})
	same(t, "hall-2, 7 days", h2.Figures, Figures{From: d7, To: knownNow, Days: 7, Visits: 2,
		PerDay: perDay(d7, []int{0, 0, 1, 0, 0, 0, 1}, []int{0, 0, 0, 0, 0, 0, 1}), PerHour: hours(map[int]int{15: 1, 16: 1}),
		Lengths: buckets(1, 0, 0, 0, 0, 1), Median: 155500 * time.Millisecond, Languages: counts("ru", 2, "en", 1), Screens: counts("home", 2, "event", 1),
		TopEvents: counts("e1", 1), TopPeople: counts("p1", 1, "p2", 1), Reached: 1, ReachedEvent: 0.5})
	same(t, "hall-10, 7 days", h10.Figures, Figures{From: d7, To: knownNow, Days: 7,
		PerDay: perDay(d7, make([]int, 7), make([]int, 7)), Lengths: buckets(), Languages: counts(), Screens: counts(), TopEvents: counts(), TopPeople: counts()})
	for i, last := range []time.Time{at(12, 2, 10, 50, 0), knownNow, at(10, 1, 12, 0, 0)} {
		if k := figs[0].Kiosks[i]; !k.Last.Equal(last) {
			t.Errorf("%s: last visit %v, want %v", k.Name, k.Last, last)
		}
	}
	h1m := figs[1].Kiosks[0]
	if h1m.Visits != 5 || h1m.Median != 90*time.Second || h1m.ReachedEvent != 0.4 || !reflect.DeepEqual(h1m.TopPeople, counts("p1", 1)) {
		t.Errorf("hall-1, 30 days: %+v", h1m.Figures)
	}
}

// Compute over the sessions stats.Read returns gives what Load gives.
func TestCompute_SameAsLoad(t *testing.T) {
	dir := writeKnownLog(t)
	ss, _ := stats.Read(filepath.Join(dir, "hall-1.jsonl"))
	got := Compute(slices.Values(ss), knownNow, 30)
	want, _ := Load([]string{filepath.Join(dir, "hall-1.jsonl")}, knownNow, 30)
	want[0].Damaged = 0
	same(t, "Compute", got, want[0])
	if len(got.Kiosks) != 1 || got.Kiosks[0].Name != "hall-1" {
		t.Errorf("kiosks %+v", got.Kiosks)
	}
}

func TestLoad_Paths(t *testing.T) {
	dir := writeKnownLog(t)
	// The same file twice, through the folder and by name, counts once;
	// its name is then its folder's (hall-2 by file name either way).
	figs, errs := Load([]string{dir, filepath.Join(dir, "hall-2.jsonl"), filepath.Join(dir, "none.jsonl")}, knownNow, 7)
	if figs[0].Visits != 5 || len(errs) != 3 || !strings.HasSuffix(errs[0].Error(), "none.jsonl: no visit log there") {
		t.Errorf("visits %d, problems %v", figs[0].Visits, errs)
	}
	// A kiosk's rotated log alone, named after the file.
	figs, _ = Load([]string{filepath.Join(dir, "hall-2.jsonl.1")}, knownNow, 7)
	if figs[0].Visits != 1 || figs[0].Kiosks[0].Name != "hall-2" {
		t.Errorf("rotated alone: %d visits, %+v", figs[0].Visits, figs[0].Kiosks)
	}
	if figs, _ := Load(nil, knownNow, 0, -3); len(figs) != 2 || figs[1].Days != 1 || len(figs[1].PerDay) != 1 {
		t.Errorf("windows of 0 and -3 days: %+v", figs)
	}
	figs, errs = Load(nil, knownNow, 7)
	if figs[0].Visits != 0 || len(figs[0].PerDay) != 7 || figs[0].Kiosks != nil || errs != nil {
		t.Errorf("no logs: %+v %v", figs[0], errs)
	}
}

func TestKioskName(t *testing.T) {
	for rel, want := range map[string]string{"hall-2.jsonl": "hall-2", "site/hall-2.jsonl": "hall-2",
		"hall-2/visits.jsonl": "hall-2", "a/b/visits.jsonl": "b", "visits.jsonl": "visits", "/visits.jsonl": "visits",
		"./visits.jsonl": "visits", "hall-2/visits.jsonl.1": "visits.jsonl.1"} {
		if got := kioskName(rel); got != want {
			t.Errorf("kioskName(%q) = %q, want %q", rel, got, want)
		}
	}
	// A kiosk's own log copied into a folder named after it.
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "hall-3"), 0o755); err != nil {
		t.Fatal(err)
	}
	line := visit("", at(12, 1, 12, 0, 0), time.Minute, []string{"kk"}, nil, nil)
	if err := os.WriteFile(filepath.Join(dir, "hall-3", "visits.jsonl"), []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{dir, filepath.Join(dir, "hall-3"), filepath.Join(dir, "hall-3", "visits.jsonl")} {
		figs, _ := Load([]string{p}, knownNow, 7)
		if len(figs[0].Kiosks) != 1 || figs[0].Kiosks[0].Name != "hall-3" {
			t.Errorf("%s: kiosks %+v", p, figs[0].Kiosks)
		}
	}
}

func TestNaturalOrder(t *testing.T) {
	names := []string{"hall-10", "b", "hall-2", "hall-02", "a1b", "hall-1", "a10", "a9b"}
	slices.SortFunc(names, func(a, b string) int {
		if kioskLess(a, b) {
			return -1
		}
		return 1
	})
	if got := fmt.Sprint(names); got != "[a1b a9b a10 b hall-1 hall-02 hall-2 hall-10]" {
		t.Errorf("order %s", got)
	}
}

// At midnight the window ends with the day that just ended.
func TestLoad_Midnight(t *testing.T) {
	figs, _ := Load([]string{writeKnownLog(t)}, at(12, 3, 0, 0, 0), 7)
	f := figs[0]
	if !f.From.Equal(at(11, 26, 0, 0, 0)) || !f.PerDay[6].Date.Equal(at(12, 2, 0, 0, 0)) || f.Visits != 6 ||
		f.Span() != "26 Nov – 2 Dec 2026" {
		t.Errorf("from %v, last day %v, %d visits, %q", f.From, f.PerDay[6].Date, f.Visits, f.Span())
	}
}
