// Package disktest gives tests a small file system of their own: a tmpfs
// of a chosen size or a read-only one, for what the app does when a disk
// is full or a folder cannot be written. It is imported by tests only, and
// imports no testing package: T is what it needs of a *testing.T.
package disktest

import (
	"os"
	"syscall"
)

// T is the part of *testing.T that Tmpfs uses.
type T interface {
	Helper()
	Skip(args ...any)
	Skipf(format string, args ...any)
	TempDir() string
	Cleanup(func())
}

// Tmpfs mounts a tmpfs with opts ("size=64k", "ro") on a temporary folder
// and unmounts it when the test ends. Mounting needs root (CI and the
// project's test command run as root); elsewhere the test is skipped.
func Tmpfs(t T, opts string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, opts); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(dir, 0) })
	return dir
}
