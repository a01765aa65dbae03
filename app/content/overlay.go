package content

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"
)

// Merged is a curator's folder laid over the bundled content.
type Merged struct {
	FS       fs.FS // what the loader reads
	Manifest Manifest
	layers   *layerFS
}

// Origin says where a file of the merged content comes from, for messages:
// the folder's own path, or "assets/content/" and the path for a bundled file.
func (m *Merged) Origin(p string) string { return m.layers.origin(p) }

// Overlay lays dir (named dirName in messages) over bundled. Files in dir
// replace bundled files of the same path; the manifest can hide bundled
// items or drop the bundled content altogether. A nil dir means the
// bundled content alone.
func Overlay(bundled, dir fs.FS, dirName string) (*Merged, Problems) {
	layers := newLayerFS()
	m := &Merged{FS: layers, layers: layers, Manifest: Manifest{Languages: Languages}}
	var ps Problems
	if dir != nil {
		m.Manifest, ps = readManifest(dir, dirName)
	}
	if m.Manifest.Base != BaseNone {
		ps = append(ps, layers.add(bundled, "assets/content/")...)
	}
	for _, h := range m.Manifest.Hide {
		p := strings.TrimSuffix(h, ".toml") + ".toml"
		if _, ok := layers.files[p]; !ok {
			ps = append(ps, Problem{File: path.Join(dirName, ManifestFile), Field: "hide",
				Msg: fmt.Sprintf("%q is not a bundled item", h)})
		}
		delete(layers.files, p)
	}
	if dir != nil {
		ps = append(ps, layers.add(dir, dirName+"/")...)
		delete(layers.files, ManifestFile)
	}
	return m, ps
}

// add lays every file of src (but hidden ones, whose names start with a
// dot) over what the layers hold; prefix names src in messages.
func (l *layerFS) add(src fs.FS, prefix string) Problems {
	var ps Problems
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ps = append(ps, Problem{File: prefix + p, Msg: unwrapPath(err).Error()})
			return nil
		}
		if strings.HasPrefix(path.Base(p), ".") && p != "." {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if p := linkProblem(src, p, prefix); p != nil {
				ps = append(ps, *p)
				return nil
			}
		}
		if !d.IsDir() {
			l.files[p] = layerFile{fsys: src, name: p, origin: prefix + p}
		}
		return nil
	})
	if err != nil {
		ps = append(ps, Problem{File: prefix, Msg: err.Error()})
	}
	return ps
}

// LoadFolder loads a curator's folder over the bundled content and checks
// everything, naming each problem by the file it really comes from. A nil
// dir checks the bundled content alone.
func LoadFolder(bundled, dir fs.FS, dirName string, today time.Time) (*Content, *Merged, Problems) {
	m, ps := Overlay(bundled, dir, dirName)
	c, more := CheckLangs(m.FS, today, m.Manifest.Languages)
	c.Title = m.Manifest.Title
	for i := range more {
		more[i].File = m.Origin(more[i].File)
	}
	return c, m, append(ps, more...)
}

// linkProblem checks a symbolic link in a folder: one that leads outside
// it, or nowhere, is refused; one to a folder is not followed (a warning);
// one to a file inside is read as that file (nil).
func linkProblem(src fs.FS, p, prefix string) *Problem {
	info, err := fs.Stat(src, p)
	switch {
	case err != nil:
		return &Problem{File: prefix + p, Msg: readError(err).Error()}
	case info.IsDir():
		return &Problem{File: prefix + p, Severity: Warning, Msg: "a link to a folder is not followed; put the files in the folder itself"}
	}
	return nil
}
