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
