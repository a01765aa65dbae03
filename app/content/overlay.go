package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"
	"time"

	"github.com/BurntSushi/toml"
)

// ManifestFile is the name of a content folder's manifest.
const ManifestFile = "manifest.toml"

// Manifest describes a curator's content folder.
type Manifest struct {
	// Languages the folder provides; the language buttons show only these.
	// Empty means all four.
	Languages []Lang `toml:"languages"`
	// Base is "bundled" (the default: the folder adds to, replaces or hides
	// bundled items) or "none" (the folder is the whole content).
	Base string `toml:"base"`
	// Hide lists bundled items to leave out, as "events/<id>".
	Hide []string `toml:"hide"`
	// Title, when given, is the exhibit's title on Home and the window,
	// in the folder's languages.
	Title Text `toml:"title"`
}

// Merged is a curator's folder laid over the bundled content.
type Merged struct {
	FS       fs.FS
	Manifest Manifest
	origin   map[string]string
}

// Origin says where a file of the merged content comes from, for messages:
// the folder's own path, or "assets/content/" and the path for a bundled file.
func (m *Merged) Origin(p string) string {
	if o, ok := m.origin[p]; ok {
		return o
	}
	return p
}

// Overlay lays dir (named dirName in messages) over bundled. Files in dir
// replace bundled files of the same path; the manifest can hide bundled
// items or drop the bundled content altogether.
func Overlay(bundled, dir fs.FS, dirName string) (*Merged, Problems) {
	m := &Merged{origin: map[string]string{}}
	var ps Problems
	m.Manifest, ps = readManifest(dir, dirName)
	files := fstest.MapFS{}
	if m.Manifest.Base != "none" {
		ps = append(ps, copyFS(files, bundled, "assets/content/", m.origin)...)
	}
	for _, h := range m.Manifest.Hide {
		p := strings.TrimSuffix(h, ".toml") + ".toml"
		if _, ok := files[p]; !ok {
			ps = append(ps, Problem{File: path.Join(dirName, ManifestFile), Field: "hide",
				Msg: fmt.Sprintf("%q is not a bundled item", h)})
		}
		delete(files, p)
	}
	ps = append(ps, copyFS(files, dir, dirName+"/", m.origin)...)
	delete(files, ManifestFile)
	m.FS = files
	return m, ps
}

func copyFS(dst fstest.MapFS, src fs.FS, prefix string, origin map[string]string) Problems {
	var ps Problems
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ps = append(ps, Problem{File: prefix + p, Msg: unwrapPath(err).Error()})
			return nil
		}
		if d.IsDir() || strings.HasPrefix(path.Base(p), ".") {
			return nil
		}
		data, err := fs.ReadFile(src, p)
		if err != nil {
			ps = append(ps, Problem{File: prefix + p, Msg: "cannot read: " + unwrapPath(err).Error()})
			return nil
		}
		dst[p] = &fstest.MapFile{Data: data, ModTime: time.Time{}}
		origin[p] = prefix + p
		return nil
	})
	if err != nil {
		ps = append(ps, Problem{File: prefix, Msg: err.Error()})
	}
	return ps
}

func readManifest(dir fs.FS, dirName string) (Manifest, Problems) {
	name := path.Join(dirName, ManifestFile)
	var m Manifest
	data, err := fs.ReadFile(dir, ManifestFile)
	if errors.Is(err, fs.ErrNotExist) {
		return Manifest{Languages: Languages}, nil
	}
	if err != nil {
		return Manifest{Languages: Languages}, Problems{{File: name, Msg: unwrapPath(err).Error()}}
	}
	md, err := toml.Decode(string(data), &m)
	if err != nil {
		var pe toml.ParseError
		line := 0
		if errors.As(err, &pe) {
			line = pe.Position.Line
		}
		return Manifest{Languages: Languages}, Problems{{File: name, Line: line, Msg: "TOML: " + err.Error()}}
	}
	var ps Problems
	for _, k := range md.Undecoded() {
		ps = append(ps, Problem{File: name, Line: locate(data, k[0]), Field: k.String(), Msg: "unknown field"})
	}
	var langs []Lang
	for _, l := range m.Languages {
		if !l.Valid() {
			ps = append(ps, Problem{File: name, Line: locate(data, "languages"), Field: "languages",
				Msg: fmt.Sprintf("%q is not one of kk, ko, ru, en", l)})
			continue
		}
		langs = append(langs, l)
	}
	m.Languages = ordered(langs)
	if m.Base != "" && m.Base != "bundled" && m.Base != "none" {
		ps = append(ps, Problem{File: name, Line: locate(data, "base"), Field: "base",
			Msg: fmt.Sprintf("%q: use \"bundled\" or \"none\"", m.Base)})
		m.Base = ""
	}
	return m, ps
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

// LoadFolder loads a curator's folder over the bundled content and checks
// everything, naming each problem by the file it really comes from.
func LoadFolder(bundled, dir fs.FS, dirName string, today time.Time) (*Content, *Merged, Problems) {
	m, ps := Overlay(bundled, dir, dirName)
	c, more := CheckLangs(m.FS, today, m.Manifest.Languages)
	c.Title = m.Manifest.Title
	for i := range more {
		more[i].File = m.Origin(more[i].File)
	}
	return c, m, append(ps, more...)
}
