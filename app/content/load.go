package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/koryo-exhibit/koryo/app/tomlfile"
)

// Load reads, validates and indexes the content in fsys (the folder that holds
// eras/, events/ …). It returns a Problems error listing every problem of
// severity Error; warnings alone do not stop it.
func Load(fsys fs.FS) (*Content, error) {
	c, ps := Check(fsys, time.Now())
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, errs
	}
	return c, nil
}

// Check reads and validates the content as Load does, taking today's date
// from the caller, and returns the content with every problem, warnings too.
// The content is usable only when no problem is an Error.
func Check(fsys fs.FS, today time.Time) (*Content, Problems) {
	return CheckLangs(fsys, today, Languages)
}

// CheckLangs is Check for content that provides only some languages (a
// curator's folder whose manifest says so): only those are required.
func CheckLangs(fsys fs.FS, today time.Time, langs []Lang) (*Content, Problems) {
	l := &loader{fsys: fsys, srcs: map[string][]byte{}, today: today, langs: langs}
	c := &Content{
		Eras:       readAll[Era](l, "eras"),
		Categories: readAll[Category](l, "categories"),
		Fields:     readAll[Field](l, "fields"),
		Places:     readAll[Place](l, "places"),
		Events:     readAll[Event](l, "events"),
		People:     readAll[Person](l, "people"),
	}
	c.index(l)
	l.validate(c)
	c.sort()
	c.Langs = langs
	return c, l.problems
}

// item is what every content kind has in common.
type item interface {
	id() string
	file() string
	setFile(string)
}

type loader struct {
	fsys     fs.FS
	srcs     map[string][]byte
	today    time.Time
	langs    []Lang
	problems Problems
}

// add records a problem, finding its line in the file's source.
func (l *loader) add(file, field string, lang Lang, sev Severity, format string, args ...any) {
	line := 0
	if field != "" {
		line = tomlfile.Line(l.srcs[file], field)
	}
	l.problems = append(l.problems, Problem{File: file, Line: line, Field: field, Lang: lang,
		Msg: fmt.Sprintf(format, args...), Severity: sev})
}

func (l *loader) errorf(file, field string, format string, args ...any) {
	l.add(file, field, "", Error, format, args...)
}

// readAll decodes every .toml file in dir into a T.
func readAll[T any, P interface {
	*T
	item
}](l *loader, dir string) []P {
	entries, err := fs.ReadDir(l.fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a folder may have no items of a kind
	}
	if err != nil {
		l.errorf(dir, "", "cannot read folder: %v", unwrapPath(err))
		return nil
	}
	var out []P
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".toml") {
			l.add(name, "", "", Warning, "not a .toml file; ignored")
			continue
		}
		if v := readOne[T, P](l, name); v != nil {
			out = append(out, v)
		}
	}
	return out
}

func readOne[T any, P interface {
	*T
	item
}](l *loader, name string) P {
	src, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		l.errorf(name, "", "cannot read: %v", unwrapPath(err))
		return nil
	}
	l.srcs[name] = src
	v := P(new(T))
	md, err := tomlfile.Decode(src, v)
	if err != nil {
		l.problems = append(l.problems, decodeProblem(name, err))
		return nil
	}
	for _, k := range md.Undecoded() {
		l.errorf(name, k[0], "unknown field %q", k.String())
	}
	v.setFile(name)
	stem := strings.TrimSuffix(path.Base(name), ".toml")
	switch {
	case v.id() == "":
		l.errorf(name, "id", "missing")
	case v.id() != stem:
		l.errorf(name, "id", "%q does not match the file name %q", v.id(), stem)
	}
	return v
}

// decodeProblem turns a tomlfile.Decode error into a problem of file name.
func decodeProblem(name string, err error) Problem {
	var te *tomlfile.Error
	if errors.As(err, &te) {
		return Problem{File: name, Line: te.Line, Msg: te.Msg}
	}
	return Problem{File: name, Msg: err.Error()}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (c *Content) sort() {
	sort.SliceStable(c.Eras, func(i, j int) bool { return c.Eras[i].From < c.Eras[j].From })
	sort.SliceStable(c.Events, func(i, j int) bool {
		a, b := c.Events[i], c.Events[j]
		if a.Date.Key() != b.Date.Key() {
			return a.Date.Key() < b.Date.Key()
		}
		return a.ID < b.ID
	})
	for _, evs := range c.personEvts {
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date.Key() < evs[j].Date.Key() })
	}
}
