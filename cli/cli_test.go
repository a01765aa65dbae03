package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/nav"
	"github.com/koryo-exhibit/koryo/app/pin"
	"github.com/koryo-exhibit/koryo/app/startup"
)

// run runs the command line with stdin and returns what it printed.
func run(t *testing.T, stdin string, args ...string) (r Result, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errs, Version: "9.8.7",
		Today: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)}
	r = Main(args, env)
	return r, out.String(), errs.String()
}

func TestMain_WindowFlags(t *testing.T) {
	r, _, _ := run(t, "", "--lang", "ko", "--kiosk", "--start", "event/1937-deportation", "--config", "/x/c.toml")
	o := r.Options
	if !r.Window || o.Mode != startup.Kiosk || o.Lang != content.KO || o.Start == nil || *o.Start != (nav.Route{Screen: nav.Event, ID: "1937-deportation"}) || o.ConfigPath != "/x/c.toml" || o.Version != "9.8.7" {
		t.Fatalf("result %+v", r)
	}
	r, _, _ = run(t, "", "--present", "--tour", "20s")
	if !r.Window || r.Options.Mode != startup.Present || r.Options.Tour != 20*time.Second {
		t.Fatalf("present: %+v", r)
	}
	if r, _, _ := run(t, ""); !r.Window || r.Options.Mode != startup.Desktop {
		t.Fatalf("no arguments: %+v", r)
	}
}

func TestMain_UsageErrors(t *testing.T) {
	for _, args := range [][]string{{"--lang", "de"}, {"--start", "nowhere"}, {"--kiosk", "--present"}, {"frobnicate"}, {"--nope"}} {
		r, _, stderr := run(t, "", args...)
		if r.Window || r.Code != 2 || !strings.Contains(stderr, "koryo: ") || !strings.Contains(stderr, "koryo validate [DIR]") {
			t.Errorf("%v: code %d, window %v, stderr %q", args, r.Code, r.Window, stderr)
		}
	}
	if r, out, _ := run(t, "", "help"); r.Code != 0 || !strings.Contains(out, "import-timelinejs") {
		t.Errorf("help: %d %q", r.Code, out)
	}
}

func TestValidate(t *testing.T) {
	r, _, stderr := run(t, "", "validate")
	if r.Code != 0 || !strings.Contains(stderr, "validate: 0 error(s)") {
		t.Fatalf("bundled content: code %d, %s", r.Code, stderr)
	}
	dir := t.TempDir()
	write(t, dir, "events/bad.toml", "id = \"bad\"\ndate = \"1937-13\"\nera = \"deportation\"\ncategory = \"history\"\n")
	r, out, stderr := run(t, "", "validate", dir)
	if r.Code != 1 || !strings.Contains(out, dir+"/events/bad.toml:2: date: date \"1937-13\": month 13 does not exist") ||
		!strings.Contains(stderr, "error(s)") {
		t.Fatalf("broken folder: code %d\n%s\n%s", r.Code, out, stderr)
	}
	if r, _, _ := run(t, "", "validate", "a", "b"); r.Code != 2 {
		t.Fatalf("two folders: code %d", r.Code)
	}
}

// TestImportThenValidate imports testdata/orchard.json, a small invented
// TimelineJS3 timeline (a title slide, an era, groups, dates as strings and
// numbers, a range, HTML in the texts, media kept as a source, turned into
// text or dropped), and validates the folder it wrote.
func TestImportThenValidate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "imported")
	r, report, stderr := run(t, "", "import-timelinejs", "testdata/orchard.json", "--lang", "en", "--out", out)
	if r.Code != 0 || !strings.Contains(stderr, "Next: koryo validate "+out) {
		t.Fatalf("import: code %d, %s", r.Code, stderr)
	}
	for _, want := range []string{"its headline becomes the exhibit's title",
		"event 1 (“A school opens”): media not shown offline: https://example.org/school.jpg",
		"event 2 (“The orchard is planted”): media is embedded HTML", `event 3 (“A bridge”): media URL "bridge.png" is not an http(s) link; dropped`,
		"event 4 (“Harvest festival”): text: <script> content dropped", "background: dropped on 1 event"} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	checkImported(t, out)
	if r, _, stderr := run(t, "", "validate", out); r.Code != 0 {
		t.Fatalf("the imported folder does not validate: %s", stderr)
	}
	if r, _, _ := run(t, "", "import-timelinejs", "missing.json", "--out", out); r.Code != 1 {
		t.Fatalf("a missing file: code %d", r.Code)
	}
	if r, _, _ := run(t, "", "import-timelinejs", "x.json", "--lang", "de", "--out", out); r.Code != 2 {
		t.Fatalf("a bad language: code %d", r.Code)
	}
}

// checkImported looks into the files the import of orchard.json wrote.
func checkImported(t *testing.T, dir string) {
	t.Helper()
	for file, wants := range map[string][]string{
		"manifest.toml":                           {`base = "none"`, `en = "The orchard town"`},
		"eras/early-years.toml":                   {"from = 1900", "to = 1950"},
		"categories/schools.toml":                 {`en = "Schools"`},
		"events/1905-a-school-opens.toml":         {`date = "1905-04-12"`, `category = "schools"`, `en = "Forty pupils, one teacher & a bell."`, `url = "https://example.org/school.jpg"`},
		"events/1921-the-orchard-is-planted.toml": {`date = "1921-09/1923"`, `en = "• apples\n\n• pears\n\nThe trees came by train."`},
		"events/1938-a-bridge.toml":               {`date = "1938"`, `category = "general"`},
		"events/1947-harvest-festival.toml":       {`date = "1947"`, `en = "Songs and dances."`},
	} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		for _, want := range wants {
			if err != nil || !strings.Contains(string(b), want) {
				t.Errorf("%s lacks %s (%v):\n%s", file, want, err, b)
			}
		}
	}
}

func TestSetPINThenPathsAndStats(t *testing.T) {
	cfgPath := filepath.Join(t.TempDir(), "kiosk", "config.toml")
	write(t, filepath.Dir(cfgPath), "config.toml", "language = \"kk\"\n")
	if r, _, stderr := run(t, "1234\n1235\n", "set-pin", "--config", cfgPath); r.Code != 1 || !strings.Contains(stderr, "differ") {
		t.Fatalf("different PINs: code %d %s", r.Code, stderr)
	}
	r, out, _ := run(t, "2468\n2468\n", "--set-pin", "--config", cfgPath)
	if r.Code != 0 || !strings.Contains(out, "PIN saved") {
		t.Fatalf("set-pin: code %d %s", r.Code, out)
	}
	cfg, err := config.Load(cfgPath)
	if err != nil || !pin.Verify(cfg.PINHash, "2468") || cfg.Language != content.KK {
		t.Fatalf("settings after set-pin: %+v %v", cfg, err)
	}
	_, out, _ = run(t, "", "paths", "--config", cfgPath)
	if !strings.Contains(out, cfgPath) || !strings.Contains(out, filepath.Join(filepath.Dir(cfgPath), "visits.jsonl")) {
		t.Fatalf("paths: %s", out)
	}
	write(t, filepath.Dir(cfgPath), "visits.jsonl",
		`{"start":"2026-12-01T10:00:00Z","end":"2026-12-01T10:03:10Z","languages":["kk"],"screens":{"home":1}}`+"\n"+
			`{"start":"2026-12-01T11:00:00Z","end":"2026-12-01T11:01:00Z","languages":["en"],"screens":{"home":1}}`+"\n")
	csv := filepath.Join(t.TempDir(), "visits.csv")
	r, out, _ = run(t, "", "stats", "--config", cfgPath, "--csv", csv)
	if r.Code != 0 || !strings.Contains(out, "): 2 visits, median visit 2m 05s,") {
		t.Fatalf("stats: code %d\n%s", r.Code, out)
	}
	if b, err := os.ReadFile(csv); err != nil || strings.Count(string(b), "\n") != 3 {
		t.Fatalf("csv: %v %q", err, b)
	}
}

func TestVersion(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // no settings file by default
	for _, args := range [][]string{{"version"}, {"--version"}} {
		if r, out, _ := run(t, "", args...); r.Code != 0 || out != "koryo 9.8.7\n" {
			t.Errorf("%v: %d %q", args, r.Code, out)
		}
	}
	dir := t.TempDir()
	write(t, dir, "manifest.toml", "[title]\nen = \"Our town\"\n")
	for _, args := range [][]string{{"--version", "--content", dir}, {"version", "--content", dir}} {
		if _, out, _ := run(t, "", args...); !strings.Contains(out, "content: "+dir+" — Our town") {
			t.Errorf("%v: %q", args, out)
		}
	}
}

// TestVersion_SettingsContent: a kiosk's settings file can name the content
// folder; version reports the folder the app would show, as the app picks
// it (startup.ContentDir): --content first, else the settings' content.
func TestVersion_SettingsContent(t *testing.T) {
	shared, other := t.TempDir(), t.TempDir()
	write(t, shared, "manifest.toml", "[title]\nen = \"Fleet content\"\n")
	write(t, other, "manifest.toml", "[title]\nen = \"Our town\"\n")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(cfg, []byte("content = \""+filepath.ToSlash(shared)+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--version", "--config", cfg}, {"version", "--config", cfg}} {
		r, out, stderr := run(t, "", args...)
		if r.Code != 0 || !strings.HasPrefix(out, "koryo 9.8.7\n") || !strings.Contains(out, "content: "+shared+" — Fleet content") || stderr != "" {
			t.Errorf("%v: %d %q %q", args, r.Code, out, stderr)
		}
	}
	for _, args := range [][]string{{"--version", "--config", cfg, "--content", other}, {"version", "--content", other, "--config", cfg}} {
		if _, out, _ := run(t, "", args...); !strings.Contains(out, "content: "+other+" — Our town") || strings.Contains(out, "Fleet") {
			t.Errorf("%v: --content must win over the settings: %q", args, out)
		}
	}
	// An unreadable settings file says so and still prints the version.
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte("content = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r, out, stderr := run(t, "", "version", "--config", bad); r.Code != 0 || out != "koryo 9.8.7\n" || !strings.Contains(stderr, "content") {
		t.Errorf("bad settings: %d %q %q", r.Code, out, stderr)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
