package startup

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSnapshot_KeptAndRead: a folder read once is kept; the next start
// reads the snapshot while nothing changed, and the folder again after a
// file changed, on another day, or when the snapshot is damaged.
func TestSnapshot_KeptAndRead(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "")))
	old := time.Now().Add(-time.Hour)
	age := func() { // as a folder copied an hour ago
		for _, p := range []string{"events/x.toml", "events", "."} {
			os.Chtimes(filepath.Join(dir, p), old, old)
		}
	}
	age()
	st, err := StartContent(dir, today)
	if err != nil || st.Warning != "" {
		t.Fatalf("the folder does not load: %v %q", err, st.Warning)
	}
	if err := keepSnapshot(cache, dir, today, st); err != nil {
		t.Fatal(err)
	}
	got, ok := fromSnapshot(cache, dir, today)
	if !ok || got.Content.Event("x") == nil || got.Content.Event("x").Title.EN != "A test event" {
		t.Fatalf("the snapshot was not read back: %v", ok)
	}
	if _, ok := fromSnapshot(cache, dir, today.AddDate(0, 0, 1)); ok {
		t.Fatal("a snapshot of another day was used")
	}
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "# edited")))
	if _, ok := fromSnapshot(cache, dir, today); ok {
		t.Fatal("a snapshot of a folder that changed since was used")
	}
	write(t, dir, "events/x.toml", []byte(goodEvent("x", ""))) // as it was when kept
	age()
	if _, ok := fromSnapshot(cache, dir, today); !ok {
		t.Fatal("the folder as it was kept must read from the snapshot again")
	}
	damaged := snapshotFile(cache, dir)
	data, _ := os.ReadFile(damaged)
	os.WriteFile(damaged, data[:len(data)/2], 0o644)
	if _, ok := fromSnapshot(cache, dir, today); ok {
		t.Fatal("a damaged snapshot was used")
	}
}

// TestSnapshot_NotOfAFolderChangedSinceItWasRead: content read before the
// folder changed is not kept: it no longer stands for the folder.
func TestSnapshot_NotOfAFolderChangedSinceItWasRead(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "")))
	st, _ := StartContent(dir, today)
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "# edited after the read")))
	if err := keepSnapshot(cache, dir, today, st); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(snapshotFile(cache, dir)); err == nil {
		t.Fatal("a snapshot was kept of content the folder no longer holds")
	}
}

// TestStartContentKept_WithoutCache: no cache folder, no snapshot: the
// folder is read as StartContent reads it.
func TestStartContentKept_WithoutCache(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "")))
	st, err := StartContentKept(dir, today, "")
	if err != nil || st.Content.Event("x") == nil {
		t.Fatalf("%v %v", err, st.Content)
	}
}
