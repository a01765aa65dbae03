package content

import (
	"errors"
	"io/fs"
	"path"
)

// ManifestFile is the name of a content folder's manifest.
const ManifestFile = "manifest.toml"

// Base says what a content folder is laid over.
type Base int

// The bases a manifest can name.
const (
	// BaseBundled (the default): the folder adds to, replaces or hides
	// bundled items.
	BaseBundled Base = iota
	// BaseNone: the folder is the whole content.
	BaseNone
)

// String returns the word a manifest writes: "bundled" or "none".
func (b Base) String() string {
	if b == BaseNone {
		return "none"
	}
	return "bundled"
}

// Manifest describes a curator's content folder.
type Manifest struct {
	// Languages the folder provides; the language buttons show only these.
	Languages []Lang
	// Base is what the folder is laid over.
	Base Base
	// Hide lists bundled items to leave out, as "events/<id>".
	Hide []string
	// Title, when given, is the exhibit's title on Home and the window,
	// in the folder's languages.
	Title Text
}

// manifestFile is the manifest as written, before its words are checked.
type manifestFile struct {
	Languages []Lang   `toml:"languages"`
	Base      string   `toml:"base"`
	Hide      []string `toml:"hide"`
	Title     Text     `toml:"title"`
}

// readManifest reads dir's manifest; a folder without one provides all
// four languages over the bundled content.
func readManifest(dir fs.FS, dirName string) (Manifest, Problems) {
	name := path.Join(dirName, ManifestFile)
	m := Manifest{Languages: Languages}
	data, err := readLimited(dir, ManifestFile, MaxFileBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, Problems{{File: name, Msg: readError(err).Error()}}
	}
	var raw manifestFile
	f, ok := decodeFile(name, data, &raw)
	if !ok {
		return m, f.ps
	}
	var langs []Lang
	for _, l := range raw.Languages {
		if !l.Valid() {
			f.bad("languages", "%q is not one of kk, ko, ru, en", l)
			continue
		}
		langs = append(langs, l)
	}
	m.Languages, m.Hide, m.Title = ordered(langs), raw.Hide, raw.Title
	switch raw.Base {
	case "", BaseBundled.String():
	case BaseNone.String():
		m.Base = BaseNone
	default:
		f.bad("base", "%q: use \"bundled\" or \"none\"", raw.Base)
	}
	return m, f.ps
}

// ordered returns the languages in the buttons' order; none means all.
func ordered(ls []Lang) []Lang {
	if len(ls) == 0 {
		return Languages
	}
	var out []Lang
	for _, l := range Languages {
		for _, x := range ls {
			if x == l {
				out = append(out, l)
				break
			}
		}
	}
	return out
}
