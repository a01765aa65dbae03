package watch

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFolder_Changed(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "events", "a.toml")
	os.MkdirAll(filepath.Dir(p), 0o755)
	os.WriteFile(p, []byte("id = \"a\""), 0o644)
	f := New(dir)
	if f.Changed() {
		t.Fatal("changed without a change")
	}
	os.WriteFile(p, []byte("id = \"a\"\n# edited"), 0o644)
	if f.Changed() {
		t.Fatal("an edit was reported before the folder settled")
	}
	if !f.Changed() {
		t.Fatal("a settled edit was not noticed")
	}
	if f.Changed() {
		t.Fatal("one edit reported twice")
	}
	os.WriteFile(filepath.Join(dir, "events", "b.toml"), nil, 0o644)
	f.Changed()
	if !f.Changed() {
		t.Fatal("a new file was not noticed")
	}
	os.Remove(p)
	f.Changed()
	if !f.Changed() {
		t.Fatal("a removed file was not noticed")
	}
	os.RemoveAll(dir)
	f.Changed()
	if !f.Changed() {
		t.Fatal("the folder's disappearance was not noticed")
	}
}

// TestFolder_WaitsForACopyToFinish: a folder written to at every poll (a
// copy in progress) is reported only once the writing stops.
func TestFolder_WaitsForACopyToFinish(t *testing.T) {
	dir := t.TempDir()
	f := New(dir)
	for i := 0; i < 5; i++ {
		os.WriteFile(filepath.Join(dir, "e"+string(rune('a'+i))+".toml"), []byte("x"), 0o644)
		if f.Changed() {
			t.Fatalf("reported at file %d of a copy still going on", i+1)
		}
	}
	if !f.Changed() {
		t.Fatal("the finished copy was not reported")
	}
}

func TestFolder_Poll(t *testing.T) {
	dir := t.TempDir()
	f := New(dir)
	stop := make(chan struct{})
	got := make(chan struct{}, 1)
	go f.Poll(10*time.Millisecond, stop, func() { got <- struct{}{} })
	defer close(stop)
	os.WriteFile(filepath.Join(dir, "x.toml"), []byte("x"), 0o644)
	select {
	case <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("Poll did not report the change within 5 s")
	}
}

// TestNextLook: a quick look leaves the poll's own interval in charge; a
// slow one (a huge folder) spaces the looks so that they take at most a
// twentieth of the time.
func TestNextLook(t *testing.T) {
	start := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	if got := nextLook(start, time.Millisecond); got != start.Add(20*time.Millisecond) {
		t.Errorf("1 ms look: next at %v", got.Sub(start))
	}
	if got := nextLook(start, 60*time.Millisecond); got != start.Add(1200*time.Millisecond) {
		t.Errorf("60 ms look: next at %v", got.Sub(start))
	}
}

// TestSince: a folder modified after its content began to be read reports
// a change at the first look that finds it settled; one untouched since
// reports nothing.
func TestSince(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.toml")
	os.WriteFile(p, []byte("x"), 0o644)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(p, old, old)
	os.Chtimes(dir, old, old)
	quiet := Since(dir, time.Now())
	for i := 0; i < 2; i++ {
		if quiet.Changed() {
			t.Fatalf("an untouched folder reported a change at look %d", i+1)
		}
	}
	read := time.Now()
	os.WriteFile(p, []byte("edited while it was read"), 0o644)
	f := Since(dir, read)
	if f.Changed() {
		t.Fatal("Since's first look only takes the folder's fingerprint")
	}
	if !f.Changed() {
		t.Fatal("an edit made while the content was read was not reported")
	}
	if f.Changed() {
		t.Fatal("reported twice")
	}
}

// TestSince_Gone: a folder gone before Since's first look is reported
// (the content shown came from it).
func TestSince_Gone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "share")
	os.MkdirAll(dir, 0o755)
	f := Since(dir, time.Now())
	os.RemoveAll(dir)
	f.Changed()
	if !f.Changed() {
		t.Fatal("a folder gone since the content was read was not reported")
	}
}
