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
	unknown, err := tomlfile.Decode(src, v)
	if err != nil {
		return nil, Problems{decodeProblem(name, err)}
	}
	var ps Problems
	bad := func(field, format string, args ...any) {
		ps = append(ps, Problem{File: name, Line: tomlfile.Line(src, field), Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	for _, k := range unknown {
		top, _, _ := strings.Cut(k, ".")
		bad(top, "unknown field %q", k)
	}
	v.setFile(name)
	stem := strings.TrimSuffix(path.Base(name), ".toml")
	switch {
	case v.id() == "":
		bad("id", "missing")
	case v.id() != stem:
		bad("id", "%q does not match the file name %q", v.id(), stem)
	}
	return v, ps
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
