package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/koryo-exhibit/koryo/app/tomlfile"
)

// readAll decodes every .toml file in dir into a T, as many files at a
// time as there are processors; the items and problems come out in the
// order of the files.
func readAll[T any, P interface {
	*T
	item
}](l *loader, dir string) []P {
	names := l.list(dir)
	items := make([]P, len(names))
	probs := make([]Problems, len(names))
	parallel(len(names), func(i int) { items[i], probs[i] = readOne[T, P](l.fsys, names[i]) })
	out := items[:0]
	for i, v := range items {
		l.problems = append(l.problems, probs[i]...)
		if v != nil {
			out = append(out, v)
		}
	}
	return out
}

// list names the .toml files of dir, warning about anything else in it.
func (l *loader) list(dir string) []string {
	entries, err := fs.ReadDir(l.fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a folder may have no items of a kind
	}
	if err != nil {
		l.errorf(dir, "", "cannot read folder: %v", unwrapPath(err))
		return nil
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".toml") {
			l.add(name, "", "", Warning, "not a .toml file; ignored")
			continue
		}
		names = append(names, name)
	}
	return names
}

// readOne decodes one file. It touches nothing shared, so files decode in
// parallel; the source is dropped once its problems have their lines.
func readOne[T any, P interface {
	*T
	item
}](fsys fs.FS, name string) (P, Problems) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, Problems{{File: name, Msg: "cannot read: " + readError(err).Error()}}
	}
	v := P(new(T))
	f, ok := decodeFile(name, src, v)
	if !ok {
		return nil, f.ps
	}
	v.setFile(name)
	stem := strings.TrimSuffix(path.Base(name), ".toml")
	switch {
	case v.id() == "":
		f.bad("id", "missing")
	case v.id() != stem:
		f.bad("id", "%q does not match the file name %q", v.id(), stem)
	}
	return v, f.ps
}

// fileProblems are the problems of one file, each at the line of its
// field.
type fileProblems struct {
	name string
	src  []byte
	ps   Problems
}

// bad records a problem at the line where field is written.
func (f *fileProblems) bad(field, format string, args ...any) {
	f.ps = append(f.ps, Problem{File: f.name, Line: tomlfile.Line(f.src, field), Field: field, Msg: fmt.Sprintf(format, args...)})
}

// decodeFile decodes the file name, read as src, into v and reports every
// key v has no field for as an unknown field, at its line. A file that
// does not decode is not ok, with the one problem why.
func decodeFile(name string, src []byte, v any) (f *fileProblems, ok bool) {
	f = &fileProblems{name: name, src: src}
	unknown, err := tomlfile.Decode(src, v)
	if err != nil {
		f.ps = Problems{decodeProblem(name, err)}
		return f, false
	}
	for _, k := range unknown {
		top, _, _ := strings.Cut(k, ".")
		f.bad(top, "unknown field %q", k)
	}
	return f, true
}

// parallel calls fn(0) … fn(n-1) on as many goroutines as there are
// processors.
func parallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
}
