package screens

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/report"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// writeLog writes visits (and a damaged line) where the kiosk's recorder
// keeps its log.
func writeLog(t testing.TB, path string, visits ...stats.Session) {
	t.Helper()
	var b strings.Builder
	for _, v := range visits {
		line, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteString("\n")
	}
	b.WriteString("{\"start\": \"not a time\n")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func knownVisits() []stats.Session {
	at := func(d, h, m, s int) time.Time { return time.Date(2026, 11, d, h, m, s, 0, time.UTC) }
	return []stats.Session{
		{Start: at(29, 10, 0, 0), End: at(29, 10, 2, 0), Languages: []string{"kk", "en"},
			Screens: map[string]int{"home": 1, "event": 2, "person": 1},
			Events:  []string{"1923-paper", "1923-paper"}, People: []string{"anna-ten"}, Kiosk: "hall-1"},
		{Start: at(28, 15, 0, 0), End: at(28, 15, 0, 20), Languages: []string{"kk"},
			Screens: map[string]int{"home": 1}, Kiosk: "hall-1"},
		{Start: at(10, 9, 0, 0), End: at(10, 9, 10, 0), Languages: []string{"ru"},
			Screens: map[string]int{"event": 1}, Events: []string{"1937-journey", "gone-event"}, Kiosk: "hall-1"},
	}
}

func TestStaffDashboard_KnownLog(t *testing.T) {
	k, _, w, _ := newTestKiosk(t, config.Defaults())
	writeLog(t, k.opts.Recorder.Path, knownVisits()...)
	k.show(KioskStaff)
	for _, want := range []string{
		"Қызметкерлер мәзірі",              // the menu speaks the default language (kk)
		"2026 жылғы 23–29 қараша: 2 келу.", // the last 7 days
		"Келулердің жартысы 1 мин 10 с немесе одан ұзақ созылды.",
		"Газет құрылды 2", // the event's title in Kazakh, opened twice
		"Анна Тен 1",
		"50%", // one visit of two opened an event page
		"hall-1 2",
		"Келулер журналының 1 бүлінген жолы өткізіп жіберілді.",
	} {
		if !showsText(w.Content(), want) {
			t.Errorf("the 7-day dashboard does not show %q", want)
		}
	}
	if showsText(w.Content(), "Батысқа ұзақ жол") {
		t.Error("a visit 19 days ago counts in the last 7 days")
	}
	tap(t, w, "Соңғы 30 күн")
	for _, want := range []string{"2026 жылғы 31 қазан – 29 қараша: 3 келу.", "Батысқа ұзақ жол 1", "gone-event 1", "67%"} {
		if !showsText(w.Content(), want) {
			t.Errorf("the 30-day dashboard does not show %q", want)
		}
	}
}

func TestStaffDashboard_ReadsTheLogOnceAChange(t *testing.T) {
	k, _, w, _ := newTestKiosk(t, config.Defaults())
	path := k.opts.Recorder.Path
	writeLog(t, path, knownVisits()[:1]...)
	k.show(KioskStaff)
	first := reflect.ValueOf(k.dash.figs).Pointer()
	k.show(KioskStaff)
	if reflect.ValueOf(k.dash.figs).Pointer() != first || k.dash.figs[7].Visits != 1 {
		t.Fatalf("figures: %+v", k.dash.figs[7])
	}
	writeLog(t, path, knownVisits()...)
	k.show(KioskStaff)
	if k.dash.figs[7].Visits != 2 || !showsText(w.Content(), "2 келу.") {
		t.Fatalf("a longer log was not read again: %d visits", k.dash.figs[7].Visits)
	}
}

func TestStaffDashboard_NoLog(t *testing.T) {
	s, w := newTestShell(t, content.EN, size1280)
	k := NewKiosk(s, KioskOptions{Config: config.Defaults(), Default: content.RU, Clock: clock.NewFake(fixedNow)})
	w.SetContent(k.Object())
	k.show(KioskStaff)
	if !showsText(w.Content(), "Журнал посещений отключён") {
		t.Error("without a recorder the menu must say the log is off")
	}
}

func TestStaffDashboard_EmptyWindow(t *testing.T) {
	k, _, w, _ := newTestKiosk(t, config.Defaults())
	k.opts.Default = content.EN
	k.show(KioskStaff)
	if !showsText(w.Content(), "No visits were recorded in these days.") {
		t.Error("an empty log must say so")
	}
}

func TestBucketLabel(t *testing.T) {
	k, _, _, _ := newTestKiosk(t, config.Defaults())
	ko := k.shell.loc.In(content.KO)
	got := []string{}
	for _, c := range lengthRows(ko, report.Figures{Lengths: report.LengthBuckets}) {
		got = append(got, c.Label)
	}
	want := "< 15초|15–30초|30–60초|1–2분|2–5분|5–10분|10–20분|20분 이상"
	if strings.Join(got, "|") != want {
		t.Errorf("bucket labels: %s, want %s", strings.Join(got, "|"), want)
	}
}

// BenchmarkStaffDashboard opens the staff menu on a kiosk whose log holds
// n visits over 60 days (a busy kiosk writes about 100,000 a year): the
// log is read afresh each time, as after a visit.
func BenchmarkStaffDashboard(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run("visits="+itoa(n), func(b *testing.B) {
			k, _, _, _ := newTestKiosk(b, config.Defaults())
			model := knownVisits()
			visits := make([]stats.Session, n)
			for i := range visits {
				v := model[i%len(model)]
				shift := -time.Duration(i%60) * 24 * time.Hour
				v.Start, v.End = v.Start.Add(shift), v.End.Add(shift)
				visits[i] = v
			}
			writeLog(b, k.opts.Recorder.Path, visits...)
			b.ResetTimer()
			for range b.N {
				k.dash = dashboard{}
				k.show(KioskStaff)
			}
		})
	}
}
