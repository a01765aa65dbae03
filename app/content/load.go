package content

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
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
		line = tomlfile.Line(l.source(file), field)
	}
	l.problems = append(l.problems, Problem{File: file, Line: line, Field: field, Lang: lang,
		Msg: fmt.Sprintf(format, args...), Severity: sev})
}

func (l *loader) errorf(file, field string, format string, args ...any) {
	l.add(file, field, "", Error, format, args...)
}

// source reads a file again to find the line of a problem. The loader
// keeps no sources while it decodes, so a large folder's texts are held
// once, in the content; only files with problems are read twice.
func (l *loader) source(file string) []byte {
	if src, ok := l.srcs[file]; ok {
		return src
	}
	src, _ := fs.ReadFile(l.fsys, file)
	l.srcs[file] = src
	return src
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
