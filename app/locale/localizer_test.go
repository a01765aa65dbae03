package locale

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/locales"
)

var msgEvents = &Message{ID: "HomeEvents", One: "{{.Count}} event", Other: "{{.Count}} events"}

func TestLocalizer_Plural(t *testing.T) {
	l, err := New(locales.FS, content.RU)
	if err != nil {
		t.Fatal(err)
	}
	for n, want := range map[int]string{1: "1 событие", 3: "3 события", 5: "5 событий", 21: "21 событие"} {
		if got := l.N(msgEvents, n); !strings.HasPrefix(got, want) {
			t.Errorf("ru %d: got %q, want prefix %q", n, got, want)
		}
	}
	l.SetLang(content.KO)
	if got := l.N(msgEvents, 1); !strings.Contains(got, "1개의 사건") {
		t.Errorf("ko: got %q", got)
	}
}

func TestLocalizer_MissingKeepsEnglish(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, l := range content.Languages {
		fsys["active."+string(l)+".toml"] = &fstest.MapFile{Data: []byte("Known = \"x\"\n")}
	}
	l, err := New(fsys, content.KK)
	if err != nil {
		t.Fatal(err)
	}
	var missed error
	l.Missing = func(err error) { missed = err }
	if got := l.T(&Message{ID: "Absent", Other: "English text"}); got != "English text" {
		t.Fatalf("got %q", got)
	}
	if missed == nil || !strings.Contains(missed.Error(), "Absent [kk]") {
		t.Fatalf("missing translation not reported: %v", missed)
	}
}

func TestNew_BadCatalogue(t *testing.T) {
	fsys := fstest.MapFS{"active.en.toml": {Data: []byte("x = \"y\"")}}
	_, err := New(fsys, content.EN)
	if err == nil || !strings.Contains(err.Error(), "active.kk.toml") {
		t.Fatalf("want an error naming active.kk.toml, got %v", err)
	}
}

func TestLocalizer_In(t *testing.T) {
	l, err := New(locales.FS, content.EN)
	if err != nil {
		t.Fatal(err)
	}
	ko := l.In(content.KO)
	if ko.Lang() != content.KO || l.Lang() != content.EN {
		t.Fatalf("In(ko) = %s, the original is now %s", ko.Lang(), l.Lang())
	}
	if got := ko.N(msgEvents, 1); !strings.Contains(got, "1개의 사건") {
		t.Errorf("In(ko).N = %q", got)
	}
	if got := l.N(msgEvents, 1); strings.Contains(got, "사건") {
		t.Errorf("the original speaks Korean too: %q", got)
	}
}
