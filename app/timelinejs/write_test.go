package timelinejs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/app/content"
)

func TestConvert_Write(t *testing.T) {
	files, _, err := Convert([]byte(ev(`{"start_date":{"year":1900},"group":"A"}`)), content.KO, "w.json", today)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "out")
	if err := Write(dir, files); err != nil {
		t.Fatal(err)
	}
	_, _, ps := content.LoadFolder(os.DirFS(t.TempDir()), os.DirFS(dir), "out", today)
	if errs := ps.Errors(); len(errs) > 0 {
		t.Fatalf("loader errors:\n%v", errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "categories", "a.toml")); !strings.Contains(string(b), "[name]\nko = \"A\"") {
		t.Errorf("categories/a.toml:\n%s", b)
	}
	tests := []struct {
		name  string
		dir   string
		files map[string][]byte
		want  string
	}{
		{"non-empty folder", dir, files, "is not empty"},
		{"path outside the folder", filepath.Join(t.TempDir(), "x"), map[string][]byte{"../evil.toml": nil}, "not a path inside"},
	}
	for _, tt := range tests {
		if err := Write(tt.dir, tt.files); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v; want %q", tt.name, err, tt.want)
		}
	}
}

func TestConvert_PlainText(t *testing.T) {
	tests := []struct{ in, want, dropped string }{
		{"plain", "plain", ""},
		{"  a \n\t b  ", "a b", ""},
		{`<a href="https://x.org">link text</a> after`, "link text after", ""},
		{"one<br>two<br/>three", "one\n\ntwo\n\nthree", ""},
		{"<p>one</p>\n<p>two</p>", "one\n\ntwo", ""},
		{"<ol><li><p>a</p></li><li>b</li></ol>", "• a\n\n• b", ""},
		{"&lt;b&gt; &eacute;t&eacute; &#8212; &nbsp;x", "<b> été — x", ""},
		{"a<script>var s = '</p>';</script>b", "ab", "script"},
		{"<style>p{}</style><iframe src=x>fallback</iframe>c", "c", "style iframe"},
		{"<script>never closed", "", "script"},
		{"<!-- comment -->x", "x", ""},
	}
	for _, tt := range tests {
		got, dropped := plain(tt.in)
		if got != tt.want || strings.Join(dropped, " ") != tt.dropped {
			t.Errorf("plain(%q) = %q, %v; want %q, %q", tt.in, got, dropped, tt.want, tt.dropped)
		}
	}
}

func TestConvert_Slug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ada Lovelace", "ada-lovelace"},
		{"Rózsa Péter writes recursion", "rozsa-peter-writes-recursion"},
		{"...And the women", "and-the-women"},
		{"日本", ""},
		{"a_b.c", "a-b-c"},
		{strings.Repeat("word ", 20), "word-word-word-word-word-word-word-word-word-word-word-word"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
