package startup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/config"
)

var today = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)

func TestVersion(t *testing.T) {
	tests := []struct{ file, want string }{
		{"Website = \"x\"\n[Details]\n  Name = \"K\"\n  Version = \"1.2.3\"\n  Build = 4\n", "1.2.3"},
		{"[Details]\nName = \"K\"\n", "unknown"},
		{"not toml [", "unknown"},
	}
	for _, tt := range tests {
		if got := Version([]byte(tt.file)); got != tt.want {
			t.Errorf("Version(%q) = %q, want %q", tt.file, got, tt.want)
		}
	}
}

func TestStartContent(t *testing.T) {
	st, err := StartContent("", today)
	if err != nil || st.Warning != "" || len(st.Content.Events) == 0 {
		t.Fatalf("bundled: %v %+v", err, st)
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "events"), 0o755)
	os.WriteFile(filepath.Join(dir, "events", "bad.toml"), []byte("id = \"bad\"\ndate = \"1937-13\"\n"), 0o644)
	st2, err := StartContent(dir, today)
	warn := st2.Warning
	if err != nil || st2.Content == nil || len(st2.Content.Events) != len(st.Content.Events) || len(st2.Problems) == 0 {
		t.Fatalf("a broken folder must fall back to the bundled content: %v", err)
	}
	for _, w := range []string{"Content folder " + dir, "the bundled content is shown", "events/bad.toml", "koryo validate " + dir} {
		if !strings.Contains(warn, w) {
			t.Errorf("warning %q lacks %q", warn, w)
		}
	}
}

func TestVisitLog(t *testing.T) {
	cfg := config.Defaults()
	if got := VisitLog(cfg, "/etc/k/config.toml"); got != "/etc/k/visits.jsonl" {
		t.Errorf("beside the settings: %s", got)
	}
	cfg.StatsFile = "/var/log/k.jsonl"
	if got := VisitLog(cfg, "/etc/k/config.toml"); got != "/var/log/k.jsonl" {
		t.Errorf("configured: %s", got)
	}
}

func TestMode_String(t *testing.T) {
	if Desktop.String() != "desktop" || Kiosk.String() != "kiosk" || Present.String() != "present" {
		t.Fatal("mode names")
	}
}

func TestPreload(t *testing.T) {
	wait := Preload(Options{ConfigPath: "/nonexistent/config.toml"}, today)
	st, err := wait()
	st2, err2 := wait() // a second call gives the same, without waiting
	if err != nil || err2 != nil || st.Content == nil || st2.Content != st.Content {
		t.Fatalf("preload: %v %v", err, err2)
	}
}

// TestStartContent_SaysWhenTheFolderWasRead: the start content says when
// its folder began to be read, for the watcher to count changes from.
func TestStartContent_SaysWhenTheFolderWasRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "")))
	before := time.Now()
	st, err := StartContent(dir, today)
	if err != nil || st.Read.Before(before) || st.Read.After(time.Now()) {
		t.Fatalf("read at %v, want between %v and now: %v", st.Read, before, err)
	}
	if bundled, _ := StartContent("", today); !bundled.Read.IsZero() {
		t.Fatal("the bundled content alone was read from no folder")
	}
}
