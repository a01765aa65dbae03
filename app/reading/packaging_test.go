package reading_test

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/app/tomlfile"
	"github.com/koryo-exhibit/koryo/locales"
)

// packagingDir holds the Linux desktop entry and AppStream metainfo.
var packagingDir = filepath.Join("..", "..", "packaging", "linux")

// catalogueText is the "other" form of message id in locales/active.LANG.toml.
func catalogueText(t *testing.T, lang, id string) string {
	t.Helper()
	data, err := fs.ReadFile(locales.FS, "active."+lang+".toml")
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]map[string]any
	if err := tomlfile.Unmarshal(data, &msgs); err != nil {
		t.Fatal(err)
	}
	s, _ := msgs[id]["other"].(string)
	if s == "" {
		t.Fatalf("locales/active.%s.toml has no %s", lang, id)
	}
	return s
}

// desktopKeys reads the [Desktop Entry] group of a desktop entry: "Name",
// "GenericName[kk]" and so on, to their values.
func desktopKeys(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	group := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("%s: %q is no key=value", path, line)
			}
			keys[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return keys
}

// metainfoSummaries reads the <summary> of each language ("" for the
// untranslated one) of an AppStream metainfo file.
func metainfoSummaries(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Summaries []struct {
			Lang string `xml:"lang,attr"`
			Text string `xml:",chardata"`
		} `xml:"summary"`
	}
	if err := xml.Unmarshal(data, &c); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	out := map[string]string{}
	for _, s := range c.Summaries {
		out[s.Lang] = strings.TrimSpace(s.Text)
	}
	return out
}

// TestPackagingTitles holds the names a desktop or software centre shows
// to the app's own catalogues, so that they follow the glossary as the app
// does (TestCatalogues): the desktop entry's GenericName and the
// metainfo's summary are the exhibit's title (AppTitle), the entry's Comment
// its subtitle (AppSubtitle), in every language; English is the untranslated
// key.
func TestPackagingTitles(t *testing.T) {
	desktop := filepath.Join(packagingDir, "org.koryosaram.exhibit.desktop")
	metainfo := filepath.Join(packagingDir, "org.koryosaram.exhibit.metainfo.xml")
	keys := desktopKeys(t, desktop)
	summaries := metainfoSummaries(t, metainfo)
	for _, lang := range []string{"en", "kk", "ko", "ru"} {
		suffix, xmlLang := "["+lang+"]", lang
		if lang == "en" {
			suffix, xmlLang = "", ""
		}
		title, subtitle := catalogueText(t, lang, "AppTitle"), catalogueText(t, lang, "AppSubtitle")
		for _, c := range []struct{ file, what, got, want string }{
			{desktop, "GenericName" + suffix, keys["GenericName"+suffix], title},
			{desktop, "Comment" + suffix, keys["Comment"+suffix], subtitle},
			{metainfo, "<summary xml:lang=\"" + xmlLang + "\">", summaries[xmlLang], title},
		} {
			if c.got != c.want {
				t.Errorf("%s: %s is %q; locales/active.%s.toml says %q", c.file, c.what, c.got, lang, c.want)
			}
		}
	}
	// A language the catalogues do not have would go unchecked.
	for k := range keys {
		if i := strings.Index(k, "["); i >= 0 && (strings.HasPrefix(k, "GenericName") || strings.HasPrefix(k, "Comment")) {
			if l := strings.TrimSuffix(k[i+1:], "]"); l != "kk" && l != "ko" && l != "ru" {
				t.Errorf("%s: %s: no catalogue for %q", desktop, k, l)
			}
		}
	}
	for l := range summaries {
		if l != "" && l != "kk" && l != "ko" && l != "ru" {
			t.Errorf("%s: <summary xml:lang=%q>: no catalogue for it", metainfo, l)
		}
	}
}
