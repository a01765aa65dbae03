package timelinejs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/tomlfile"
)

// text is a visible text in the one language of the import.
type text map[string]string

type manifestFile struct {
	Languages []string `toml:"languages"`
	Base      string   `toml:"base"`
	Title     text     `toml:"title,omitempty"`
}

type eraFile struct {
	ID          string `toml:"id"`
	From        int    `toml:"from"`
	To          int    `toml:"to"`
	Colour      string `toml:"colour"`
	Name        text   `toml:"name"`
	Description text   `toml:"description,omitempty"`
}

type categoryFile struct {
	ID     string `toml:"id"`
	Colour string `toml:"colour"`
	Name   text   `toml:"name"`
}

type eventFile struct {
	ID       string           `toml:"id"`
	Date     string           `toml:"date"`
	Era      string           `toml:"era"`
	Category string           `toml:"category"`
	Planned  bool             `toml:"planned,omitempty"`
	Label    text             `toml:"date_label,omitempty"`
	Title    text             `toml:"title"`
	Text     text             `toml:"text"`
	Sources  []content.Source `toml:"sources"`
}

// txt makes a text of s; an empty s gives no text at all.
func (c *converter) txt(s string) text {
	if s == "" {
		return nil
	}
	return text{string(c.lang): s}
}

// files encodes the converted timeline as a content folder.
func (c *converter) files() (map[string][]byte, error) {
	out := map[string][]byte{}
	head := fmt.Sprintf("# Imported from the TimelineJS file %s\n# Title: %s\n",
		comment(c.name), comment(c.title))
	add := func(p string, v any) error {
		b, err := encode(v)
		out[p] = b
		return err
	}
	err := add(content.ManifestFile, manifestFile{Languages: []string{string(c.lang)}, Base: content.BaseNone.String(), Title: c.txt(c.title)})
	out[content.ManifestFile] = append([]byte(head), out[content.ManifestFile]...)
	for i, e := range c.eras {
		err = errors.Join(err, add("eras/"+e.id+".toml", eraFile{ID: e.id, From: e.from, To: e.to,
			Colour: palette[i%len(palette)], Name: c.txt(e.name), Description: c.txt(e.description)}))
	}
	for _, k := range c.catList {
		err = errors.Join(err, add("categories/"+k.id+".toml", categoryFile{ID: k.id, Colour: k.colour, Name: c.txt(k.name)}))
	}
	for _, ev := range c.events {
		err = errors.Join(err, add("events/"+ev.id+".toml", eventFile{ID: ev.id, Date: ev.date, Era: ev.era,
			Category: ev.category, Planned: ev.planned, Label: c.txt(ev.label), Title: c.txt(ev.title),
			Text: c.txt(ev.text), Sources: ev.sources}))
	}
	return out, err
}

func encode(v any) ([]byte, error) { return tomlfile.Marshal(v) }

// comment makes s safe for a one-line TOML comment.
func comment(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// Write writes the files under dir (creating folders), refusing to
// overwrite a non-empty dir. Paths are slash-separated and must stay
// inside dir.
func Write(dir string, files map[string][]byte) error {
	entries, err := os.ReadDir(dir)
	switch {
	case err == nil && len(entries) > 0:
		return fmt.Errorf("%s is not empty; will not overwrite it", dir)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	names := make([]string, 0, len(files))
	for p := range files {
		if !fs.ValidPath(p) || p == "." {
			return fmt.Errorf("%q is not a path inside the folder", p)
		}
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, files[p], 0o644); err != nil {
			return err
		}
	}
	return nil
}
