package startup

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goodEvent is a valid event over the bundled content; extra lines go
// before its tables.
func goodEvent(id, extra string) string {
	return fmt.Sprintf(`id = %q
date = "1938"
era = "deportation"
category = "history"
%s
[title]
en = "A test event"
kk = "Сынақ оқиғасы"
ko = "시험 사건"
ru = "Тестовое событие"

[text]
en = "It happened."
kk = "Болған оқиға."
ko = "있었던 일이다."
ru = "Это случилось."

[[sources]]
title = "A source"
url = "https://example.org/a"
`, id, extra)
}

// hugePNG is a PNG header that claims w×h pixels (a decompression bomb):
// a valid IHDR chunk and nothing after it.
func hugePNG(w, h uint32) []byte {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	p := b.Bytes()[:33] // signature and IHDR
	for i, v := range []uint32{w, h} {
		p[16+4*i], p[17+4*i], p[18+4*i], p[19+4*i] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	crc := crc32.ChecksumIEEE(p[12:29])
	p[29], p[30], p[31], p[32] = byte(crc>>24), byte(crc>>16), byte(crc>>8), byte(crc)
	return p
}

func write(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLoadFolder_Hostile gives the loader folders that try to hurt. Each
// must name the file and field and say why; nothing outside the folder is
// read; none crashes; and the app starts with the bundled content and a
// warning for staff instead of a broken or blank screen.
func TestLoadFolder_Hostile(t *testing.T) {
	outside := t.TempDir()
	write(t, outside, "secret.toml", []byte(goodEvent("secret", "")))
	write(t, outside, "secret.png", hugePNG(1, 1))
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		want  []string // in one problem; none: the folder loads without errors
	}{
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
		{"non-UTF-8 bytes", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(strings.Replace(goodEvent("x", ""), "A test event", "A \xff\xfe event", 1)))
		}, []string{"events/x.toml:", "UTF-8"}},
		{"half-written file", func(t *testing.T, dir string) {
			src := goodEvent("x", "")
			write(t, dir, "events/x.toml", []byte(src[:strings.Index(src, "It happened")+4]))
		}, []string{"events/x.toml:"}},
		{"10,000 files", func(t *testing.T, dir string) {
			for i := 0; i < 10000; i++ {
				write(t, dir, fmt.Sprintf("events/e%05d.toml", i), []byte("id = \n"))
			}
		}, []string{"events/e09999.toml:1"}},
		{"byte order mark", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte("\ufeff"+goodEvent("x", "")))
		}, nil},
		{"CRLF line ends", func(t *testing.T, dir string) {
			write(t, dir, "events/x.toml", []byte(strings.ReplaceAll(goodEvent("x", ""), "\n", "\r\n")))
		}, nil},
		{"folder deleted", func(t *testing.T, dir string) { os.RemoveAll(dir) }, []string{"no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "content")
			os.MkdirAll(dir, 0o755)
			tt.setup(t, dir)
			_, _, ps := LoadFolder(dir, today)
			errs := ps.Errors()
			if tt.want == nil {
				if len(errs) != 0 {
					t.Fatalf("want no errors, got %v", errs)
				}
				return
			}
			if !anyHas(ps.Error(), tt.want) {
				t.Fatalf("no problem says %q:\n%s", tt.want, clip(ps.Error()))
			}
			if len(errs) == 0 {
				return // a warning: the folder is shown, without what it refused
			}
			st, err := StartContent(dir, today)
			if err != nil || st.Content == nil || len(st.Content.Events) == 0 || !strings.Contains(st.Warning, "the bundled content is shown") {
				t.Fatalf("the app must start with the bundled content and a warning: %v %q", err, st.Warning)
			}
		})
	}
}

// anyHas reports whether one line of msgs contains every part of want.
func anyHas(msgs string, want []string) bool {
	for _, line := range strings.Split(msgs, "\n") {
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(line, w)
		}
		if ok {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// TestStartContent_WatchesFromBeforeTheLoad: the start content carries the
// folder's fingerprint, so an edit made after it was taken (while a large
// folder loads) is noticed by the watcher rather than lost.
func TestStartContent_WatchesFromBeforeTheLoad(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "")))
	st, err := StartContent(dir, today)
	if err != nil || st.Watch == nil || st.Watch.Dir != filepath.Clean(dir) {
		t.Fatalf("want a watcher of %s: %v %+v", dir, err, st.Watch)
	}
	write(t, dir, "events/x.toml", []byte(goodEvent("x", "# edited")))
	st.Watch.Changed() // the first look sees it still changing
	if !st.Watch.Changed() {
		t.Fatal("an edit made after the fingerprint was not noticed")
	}
	if bundled, _ := StartContent("", today); bundled.Watch != nil {
		t.Fatal("the bundled content alone has nothing to watch")
	}
}
