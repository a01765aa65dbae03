package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/koryo-exhibit/koryo/app/internal/disktest"
)

// A save that fails (here a full disk) leaves the old settings whole and
// no temporary file behind.
func TestSave_FullDiskKeepsTheOldFile(t *testing.T) {
	dir := disktest.Tmpfs(t, "size=16k")
	p := filepath.Join(dir, "config.toml")
	old := Defaults()
	old.Name = "hall-1"
	if err := Save(p, old); err != nil {
		t.Fatal(err)
	}
	ballast, _ := os.Create(filepath.Join(dir, "ballast"))
	for _, err := ballast.Write(make([]byte, 4096)); err == nil; _, err = ballast.Write(make([]byte, 4096)) {
	}
	ballast.Close()
	big := old
	big.Name = strings.Repeat("x", 64<<10)
	if err := Save(p, big); err == nil {
		t.Fatal("a save to a full disk reported no error")
	}
	keptWhole(t, dir, "hall-1")
}

// The staff menu's save to a folder that became read-only (a remounted
// SD card, a locked-down share) fails with the reason and leaves the old
// settings whole.
func TestSave_ReadOnlyFolderKeepsTheOldFile(t *testing.T) {
	dir := disktest.Tmpfs(t, "size=64k")
	p := filepath.Join(dir, "config.toml")
	old := Defaults()
	old.Name = "hall-1"
	if err := Save(p, old); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount the tmpfs read-only: %v", err)
	}
	changed := old
	changed.Name, changed.Language = "hall-2", "ko"
	if err := Save(p, changed); err == nil || !strings.Contains(err.Error(), "read-only file system") {
		t.Fatalf("a save to a read-only folder: %v", err)
	}
	keptWhole(t, dir, "hall-1")
}

// keptWhole checks the settings in dir still read as before, without a
// problem, and that no temporary file is left.
func keptWhole(t *testing.T, dir, name string) {
	t.Helper()
	got, err := Load(filepath.Join(dir, "config.toml"))
	if err != nil || got.Name != name {
		t.Fatalf("after a failed save: %q, %v", got.Name, err)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, ".config.toml.*")); len(names) != 0 {
		t.Fatalf("temporary files left: %v", names)
	}
}
