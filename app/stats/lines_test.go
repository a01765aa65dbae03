package stats

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Lines splits as bufio.Scanner does, up to its longest line.
func TestLines_AsScanner(t *testing.T) {
	for _, in := range []string{"", "a", "a\n", "a\n\n", "\n", "a\r\nb", "a\nb\n", strings.Repeat("x", 300<<10) + "\ny"} {
		var got []string
		if err := Lines(strings.NewReader(in), func(n int, line []byte) {
			got = append(got, fmt.Sprintf("%d:%s", n, strings.TrimSuffix(string(line), "\r")))
		}); err != nil {
			t.Fatal(err)
		}
		var want []string
		sc := bufio.NewScanner(strings.NewReader(in))
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for n := 1; sc.Scan(); n++ {
			want = append(want, fmt.Sprintf("%d:%s", n, sc.Text()))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%.20q: %.60q, want %.60q", in, got, want)
		}
	}
	var long []int
	_ = Lines(bytes.NewReader([]byte("a\n"+strings.Repeat("x", MaxLine+1)+"\nb")), func(n int, line []byte) {
		if line == nil {
			long = append(long, n)
		}
	})
	if !slices.Equal(long, []int{2}) {
		t.Errorf("too long: lines %v, want [2]", long)
	}
}

// A line too long to be a visit is skipped; the visits after it are read.
func TestRead_LongLine(t *testing.T) {
	visit := `{"start":"2026-12-01T10:00:00Z"}` + "\n"
	ss, errs := readLog(strings.NewReader(visit+`{"kiosk":"`+strings.Repeat("x", MaxLine)+"\"}\n"+visit), "v.jsonl")
	if len(ss) != 2 || len(errs) != 1 || errs[0].Error() != "v.jsonl:2: damaged line skipped" {
		t.Fatalf("%d visits, %v", len(ss), errs)
	}
}
