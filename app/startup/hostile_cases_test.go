package startup

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadFolder_HostilePaths: paths and links that lead out of the
// folder, or round in circles; nothing outside the folder is read.
func TestLoadFolder_HostilePaths(t *testing.T) {
	outside := t.TempDir()
	write(t, outside, "secret.toml", []byte(goodEvent("secret", "")))
	write(t, outside, "secret.png", hugePNG(1, 1))
	checkHostile(t, []hostileCase{
		{"image path climbing out", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(goodEvent("x", `image = "../../../etc/passwd"`)))
		}, []string{"events/x.toml", "image: ../../../etc/passwd: must be a path inside the content folder"}},
		{"absolute image path", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(goodEvent("x", `image = "/etc/passwd"`)))
		}, []string{"events/x.toml", "image: /etc/passwd: must be a path inside"}},
		{"image linked outside", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(goodEvent("x", `image = "images/x.png"`)))
			os.MkdirAll(filepath.Join(dir, "images"), 0o755)
			os.Symlink(filepath.Join(outside, "secret.png"), filepath.Join(dir, "images/x.png"))
		}, []string{"content/images/x.png: refused: it leads outside the content folder"}},
		{"event file linked outside", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "events"), 0o755)
			os.Symlink(filepath.Join(outside, "secret.toml"), filepath.Join(dir, "events/secret.toml"))
		}, []string{"events/secret.toml", "refused: it leads outside the content folder"}},
		{"folder linked outside", func(t *testing.T, dir string) {
			os.Symlink(outside, filepath.Join(dir, "events"))
		}, []string{"content/events: refused: it leads outside the content folder"}},
		{"folder linked inside", func(t *testing.T, dir string) {
			write(t, dir, "more/x.toml", []byte(goodEvent("x", "")))
			os.Symlink("more", filepath.Join(dir, "events"))
		}, []string{"content/events: warning: a link to a folder is not followed"}},
		{"symlink loop", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "events"), 0o755)
			os.Symlink("b.toml", filepath.Join(dir, "events/a.toml"))
			os.Symlink("a.toml", filepath.Join(dir, "events/b.toml"))
		}, []string{"events/a.toml", "refused: a loop of symbolic links"}},
	})
}

// TestLoadFolder_HostileSizes: files, pictures and folders too large to
// read, refused from their size or header.
func TestLoadFolder_HostileSizes(t *testing.T) {
	checkHostile(t, []hostileCase{
		{"50 MB text field", func(t *testing.T, dir string) {
			big := goodEvent("big", "") + "\n[notes]\nen = \"" + strings.Repeat("a", 50<<20) + "\"\n"
			write(t, dir, "events/big.toml", []byte(big))
		}, []string{"events/big.toml", "the file is 50.0 MiB; a content file may be at most 4.0 MiB"}},
		{"garbage PNG", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(goodEvent("x", `image = "images/x.png"`)))
			write(t, dir, "images/x.png", []byte("\x89PNG\r\n\x1a\nthis is not a picture at all"))
		}, []string{"events/x.toml", "image: images/x.png: not a PNG or JPEG picture"}},
		{"20000×20000 PNG", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(goodEvent("x", `image = "images/x.png"`)))
			write(t, dir, "images/x.png", hugePNG(20000, 20000))
		}, []string{"events/x.toml", "image: images/x.png: the picture is 20000×20000 pixels; at most 8192×8192"}},
		{"10,000 files", func(t *testing.T, dir string) {
			for i := 0; i < 10000; i++ {
				write(t, dir, fmt.Sprintf("events/e%05d.toml", i), []byte("id = \n"))
			}
		}, []string{"events/e09999.toml:1"}},
	})
}

// TestLoadFolder_HostileBytes: broken and unusual bytes, and a folder that
// is gone; a byte order mark and CRLF line ends are accepted.
func TestLoadFolder_HostileBytes(t *testing.T) {
	checkHostile(t, []hostileCase{
		{"non-UTF-8 bytes", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(strings.Replace(goodEvent("x", ""), "A test event", "A \xff\xfe event", 1)))
		}, []string{"events/x.toml:", "UTF-8"}},
		{"half-written file", func(t *testing.T, dir string) {
			src := goodEvent("x", "")
			write(t, dir, "events/x.toml", []byte(src[:strings.Index(src, "It happened")+4]))
		}, []string{"events/x.toml:"}},
		{"byte order mark", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte("\ufeff"+goodEvent("x", "")))
		}, nil},
		{"CRLF line ends", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(strings.ReplaceAll(goodEvent("x", ""), "\n", "\r\n")))
		}, nil},
		{"folder deleted", func(t *testing.T, dir string) { os.RemoveAll(dir) }, []string{"no such file or directory"}},
	})
}
