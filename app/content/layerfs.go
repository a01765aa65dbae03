package content

import (
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// layerFS is the content a loader reads when a curator's folder lies over
// the bundled content: each path maps to the file system and name it really
// comes from, so nothing is copied, and messages can name the real file.
// Directories are implied by the files under them. It implements fs.FS,
// fs.ReadDirFS and fs.ReadFileFS.
type layerFS struct {
	files map[string]layerFile
}

type layerFile struct {
	fsys   fs.FS
	name   string // inside fsys
	origin string // for messages: "assets/content/events/x.toml", "my-folder/events/x.toml"
}

func newLayerFS() *layerFS { return &layerFS{files: map[string]layerFile{}} }

// Open opens a file from its layer, or a directory implied by the files.
func (l *layerFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if f, ok := l.files[name]; ok {
		return f.fsys.Open(f.name)
	}
	entries, err := l.ReadDir(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &layerDir{name: name, entries: entries}, nil
}

// ReadFile reads a file from its layer, refusing one over MaxFileBytes.
func (l *layerFS) ReadFile(name string) ([]byte, error) {
	f, ok := l.files[name]
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return readLimited(f.fsys, f.name, MaxFileBytes)
}

// ReadDir lists the files and directories directly under dir, by name.
func (l *layerFS) ReadDir(dir string) ([]fs.DirEntry, error) {
	prefix := dir + "/"
	if dir == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for p := range l.files {
		rest, ok := strings.CutPrefix(p, prefix)
		if !ok {
			continue
		}
		name, _, isDir := strings.Cut(rest, "/")
		if seen[name] {
			continue
		}
		seen[name] = true
		if isDir {
			out = append(out, dirEntry{name: name})
		} else {
			out = append(out, fileEntry{name: name, f: l.files[p]})
		}
	}
	if len(out) == 0 && dir != "." {
		return nil, &fs.PathError{Op: "readdir", Path: dir, Err: fs.ErrNotExist}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// origin names where p really comes from, for messages.
func (l *layerFS) origin(p string) string {
	if f, ok := l.files[p]; ok {
		return f.origin
	}
	return p
}

// dirEntry is an implied directory's entry, and its own FileInfo.
type dirEntry struct{ name string }

func (e dirEntry) Name() string               { return e.name }
func (e dirEntry) IsDir() bool                { return true }
func (e dirEntry) Type() fs.FileMode          { return fs.ModeDir }
func (e dirEntry) Info() (fs.FileInfo, error) { return e, nil }
func (e dirEntry) Size() int64                { return 0 }
func (e dirEntry) ModTime() time.Time         { return time.Time{} }
func (e dirEntry) Sys() any                   { return nil }
func (e dirEntry) Mode() fs.FileMode          { return fs.ModeDir | 0o555 }

// fileEntry is a file's directory entry; its Info comes from the layer the
// file lives in, when asked.
type fileEntry struct {
	name string
	f    layerFile
}

func (e fileEntry) Name() string               { return e.name }
func (e fileEntry) IsDir() bool                { return false }
func (e fileEntry) Type() fs.FileMode          { return 0 }
func (e fileEntry) Info() (fs.FileInfo, error) { return fs.Stat(e.f.fsys, e.f.name) }

// layerDir is an open directory of a layerFS.
type layerDir struct {
	name    string
	entries []fs.DirEntry
	read    int
}

func (d *layerDir) Stat() (fs.FileInfo, error) {
	return dirEntry{name: path.Base(d.name)}, nil
}
func (d *layerDir) Close() error { return nil }
func (d *layerDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: fs.ErrInvalid}
}

// ReadDir implements fs.ReadDirFile.
func (d *layerDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.read:]
	if n > 0 && len(rest) == 0 {
		return nil, io.EOF
	}
	if n > 0 && len(rest) > n {
		rest = rest[:n]
	}
	d.read += len(rest)
	return rest, nil
}
