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

// hostileCase is a content folder that tries to hurt: setup makes it in
// dir; want is what one problem must say, all of it (nil: the folder
// loads without errors).
type hostileCase struct {
	name  string
	setup func(t *testing.T, dir string)
	want  []string
}

// checkHostile loads each case's folder. Each problem must name the file
// and field and say why; none crashes; and where there are errors the app
// starts with the bundled content and a warning for staff instead of a
// broken or blank screen.
func checkHostile(t *testing.T, tests []hostileCase) {
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
