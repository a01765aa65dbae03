package cli

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fleetLines are two kiosks' visits before the tests' today (2 Dec 2026):
// hall-1 names itself, hall-2's older log does not; one line is damaged.
var fleetLines = map[string]string{
	"hall-1.jsonl": `{"start":"2026-12-01T10:00:00Z","end":"2026-12-01T10:03:10Z","languages":["kk"],"screens":{"home":1,"event":1},"events":["1937-deportation"],"kiosk":"hall-1"}` + "\n" +
		`{"start":"2026-12-01T11:00:00Z","end":"2026-12-01T11:01:00Z","languages":["kk","en"],"screens":{"home":1},"kiosk":"hall-1"}` + "\n" +
		`{"start":"2026-12-01T12:00:00Z","end":"2026-12-01T12:0` + "\n",
	"hall-2.jsonl.1": `{"start":"2026-11-28T15:00:00Z","end":"2026-11-28T15:02:00Z","languages":["ru"],"screens":{"home":1,"person":1},"people":["denis-ten"]}` + "\n",
	"hall-2.jsonl":   `{"start":"2026-11-10T15:00:00Z","end":"2026-11-10T15:02:00Z","languages":["ru"],"screens":{"home":1}}` + "\n",
}

func writeFleet(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "logs")
	for name, text := range fleetLines {
		write(t, dir, name, text)
	}
	return dir
}

func TestStats_FleetReport(t *testing.T) {
	logs, out := writeFleet(t), t.TempDir()
	htmlPath, pngPath, csvPath := filepath.Join(out, "r.html"), filepath.Join(out, "c.png"), filepath.Join(out, "v.csv")
	r, stdout, stderr := run(t, "", "stats", "--config", filepath.Join(out, "none.toml"), "--report", htmlPath,
		"--png", pngPath, "--csv", csvPath, "--days", "30", logs)
	if r.Code != 0 {
		t.Fatalf("code %d\n%s\n%s", r.Code, stdout, stderr)
	}
	for _, want := range []string{"last 30 days (2026-11-02 – 2026-12-02 00:00): 4 visits, median visit 2m 00s, 25% opened an event",
		"  1937-deportation                         1", "  hall-1                      2 visits  median 2m 05s",
		"  hall-2                      2 visits"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %q in\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "hall-1.jsonl:3: 1 damaged line(s) skipped") || !strings.Contains(stderr, "wrote "+htmlPath) {
		t.Errorf("stderr: %s", stderr)
	}
	page, err := os.ReadFile(htmlPath)
	if err != nil || strings.Count(string(page), "<svg") != 24 || !strings.Contains(string(page), "Deportation") {
		t.Errorf("report: %v, %d charts", err, strings.Count(string(page), "<svg"))
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if img, err := png.Decode(f); err != nil || img.Bounds().Dx() != 1800 {
		t.Errorf("png: %v", err)
	}
	csv, err := os.ReadFile(csvPath)
	if err != nil || strings.Count(string(csv), "\n") != 5 || !strings.HasPrefix(string(csv), "kiosk,start,") ||
		!strings.Contains(string(csv), "\nhall-2,2026-11-28T15:00:00Z,") {
		t.Errorf("csv: %v\n%s", err, csv)
	}
}

func TestStats_FleetErrors(t *testing.T) {
	logs, out := writeFleet(t), t.TempDir()
	r, _, stderr := run(t, "", "stats", logs, filepath.Join(out, "missing.jsonl"))
	if r.Code != 1 || !strings.Contains(stderr, "missing.jsonl: no visit log there") {
		t.Errorf("a missing log: code %d, %s", r.Code, stderr)
	}
	if r, _, stderr := run(t, "", "stats", "--report", filepath.Join(out, "no", "such", "dir.html"), logs); r.Code != 1 || stderr == "" {
		t.Errorf("an unwritable report: code %d, %s", r.Code, stderr)
	}
	for _, args := range [][]string{{"--days", "0"}, {"--days", "x"}, {"--lang", "de"}, {"--png"}, {"--until", "2026-13-01"}} {
		if r, _, stderr := run(t, "", append([]string{"stats"}, args...)...); r.Code != 2 || !strings.Contains(stderr, "usage: koryo stats") {
			t.Errorf("%v: code %d, %s", args, r.Code, stderr)
		}
	}
}

// Without paths: the settings' visit log, its figures and the reports of
// it; no log yet still makes an (empty) report.
func TestStats_SettingsLogReport(t *testing.T) {
	cfgDir := t.TempDir()
	cfgPath := filepath.Join(cfgDir, "config.toml")
	write(t, cfgDir, "config.toml", "name = \"hall-1\"\n")
	htmlPath := filepath.Join(t.TempDir(), "r.html")
	r, stdout, stderr := run(t, "", "stats", "--config", cfgPath, "--report", htmlPath)
	if r.Code != 0 || !strings.Contains(stdout, "): 0 visits,") || !exists(htmlPath) {
		t.Fatalf("no log: code %d\n%s\n%s", r.Code, stdout, stderr)
	}
	write(t, cfgDir, "visits.jsonl", fleetLines["hall-1.jsonl"])
	r, stdout, stderr = run(t, "", "stats", "--config", cfgPath, "--report", htmlPath)
	page, _ := os.ReadFile(htmlPath)
	if r.Code != 0 || !strings.Contains(stdout, "visit log: "+filepath.Join(cfgDir, "visits.jsonl")) ||
		!strings.Contains(stdout, "): 2 visits,") || !strings.Contains(string(page), ">2<") ||
		!strings.Contains(stderr, "visits.jsonl:3: 1 damaged line(s) skipped") {
		t.Errorf("code %d\n%s\n%s", r.Code, stdout, stderr)
	}
}

// --until ends the windows with a day: a month's report.
func TestStats_Until(t *testing.T) {
	r, stdout, _ := run(t, "", "stats", "--until", "2026-11-30", writeFleet(t))
	if r.Code != 0 || !strings.Contains(stdout, "last 7 days (2026-11-24 – 2026-12-01 00:00): 1 visits") {
		t.Errorf("code %d\n%s", r.Code, stdout)
	}
}
