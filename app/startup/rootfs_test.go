package startup

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRootFS: files in subfolders are read through the subfolder's Root;
// a link to a file in a sibling folder is still read (it stays inside the
// content folder); a link out of the folder is refused.
func TestRootFS(t *testing.T) {
	outside := t.TempDir()
	write(t, outside, "secret.txt", []byte("secret"))
	dir := t.TempDir()
	write(t, dir, "events/a.toml", []byte("a"))
	write(t, dir, "more/b.toml", []byte("b"))
	os.Symlink("../more/b.toml", filepath.Join(dir, "events/b.toml"))
	os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "events/c.toml"))
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	r := newRootFS(root)
	defer r.Close()
	for name, want := range map[string]string{"events/a.toml": "a", "events/b.toml": "b", "more/b.toml": "b"} {
		if got, err := fs.ReadFile(r, name); err != nil || string(got) != want {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
	if _, err := fs.ReadFile(r, "events/c.toml"); err == nil || !strings.Contains(err.Error(), "escapes") {
		t.Errorf("a link out of the folder must be refused: %v", err)
	}
	if r.subs["events"] == nil || r.subs["more"] == nil {
		t.Errorf("subfolder roots not kept: %v", r.subs)
	}
	if es, err := fs.ReadDir(r, "events"); err != nil || len(es) != 3 {
		t.Errorf("listing a subfolder: %d entries, %v", len(es), err)
	}
}
