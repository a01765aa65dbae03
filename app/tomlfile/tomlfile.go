// Package tomlfile owns reading and writing the app's hand-edited TOML
// files (content, manifests, settings, catalogues, rules) one way: Decode
// turns any decode error into the line it is on and lists the keys the
// target does not know, Line finds where a field is written, so every
// message can point a curator or a member of staff at file:line. Marshal
// writes files for curators. It draws nothing.
package tomlfile

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	bstoml "github.com/BurntSushi/toml"
	"github.com/pelletier/go-toml/v2"
)

// Error is a TOML file that does not decode: a syntax error or a value of
// the wrong type, at Line (0 when unknown).
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return "line " + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.Msg
}

// Decode decodes src into v. A failure comes back as an *Error; the keys
// of src that v has no field for come back as unknown ("title.de"), with
// everything else decoded.
func Decode(src []byte, v any) (unknown []string, err error) {
	d := toml.NewDecoder(bytes.NewReader(withoutBOM(src)))
	d.DisallowUnknownFields()
	err = d.Decode(v)
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		for _, e := range strict.Errors {
			unknown = append(unknown, strings.Join(e.Key(), "."))
		}
		return unknown, nil
	}
	if err != nil {
		return nil, asError(err)
	}
	return nil, nil
}

func asError(err error) *Error {
	var de *toml.DecodeError
	if !errors.As(err, &de) {
		return &Error{Msg: strings.TrimPrefix(err.Error(), "toml: ")}
	}
	row, _ := de.Position()
	msg := strings.TrimPrefix(de.Error(), "toml: ")
	if _, goType, ok := strings.Cut(msg, " of type "); ok && strings.HasPrefix(msg, "cannot decode") {
		msg = strings.Join(de.Key(), ".") + ": the value is not " + kindOf(goType)
		return &Error{Line: row, Msg: msg}
	}
	return &Error{Line: row, Msg: "TOML syntax: " + msg}
}

// kindOf says in words what a field of a Go type holds.
func kindOf(goType string) string {
	switch {
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"):
		return "a whole number"
	case strings.HasPrefix(goType, "float"):
		return "a number"
	case goType == "bool":
		return "true or false"
	case strings.HasPrefix(goType, "[]"):
		return "a list [ … ]"
	case strings.Contains(goType, "string") || strings.HasSuffix(goType, "Lang") || strings.HasSuffix(goType, "Gender"):
		return "a text in quotes"
	}
	return "a table [ … ] of its fields"
}

// Unmarshal decodes src into v, unknown keys allowed (go-i18n catalogues).
func Unmarshal(src []byte, v any) error { return toml.Unmarshal(withoutBOM(src), v) }

// withoutBOM drops a UTF-8 byte order mark, which Windows' Notepad may
// write at the start of a file and TOML does not allow.
func withoutBOM(src []byte) []byte { return bytes.TrimPrefix(src, []byte("\ufeff")) }

// Marshal encodes v as TOML the way curators write it: double-quoted
// strings, tables without indentation. Reading uses go-toml (about four
// times faster than BurntSushi's decoder on a large folder), writing uses
// BurntSushi's encoder, whose strings look like the ones in the docs.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := bstoml.NewEncoder(&b)
	enc.Indent = ""
	err := enc.Encode(v)
	return b.Bytes(), err
}

// Line returns the line on which a field is written in a TOML source, or 0
// when it is not written. field is a key ("name"), an element of an array of
// tables ("facts[2]") or a key inside one ("sources[1].url"); for a dotted
// key of a table ("title.de") it finds the table.
func Line(src []byte, field string) int {
	head, rest, _ := strings.Cut(field, ".")
	name, idx := head, -1
	if i := strings.IndexByte(head, '['); i > 0 && strings.HasSuffix(head, "]") {
		name = head[:i]
		idx, _ = strconv.Atoi(head[i+1 : len(head)-1])
	}
	lines := strings.Split(string(src), "\n")
	seen := -1
	for n, raw := range lines {
		l := strings.TrimSpace(raw)
		switch {
		case idx >= 0 && l == "[["+name+"]]":
			seen++
			if seen == idx {
				return refine(lines, n, rest)
			}
		case idx < 0 && (l == "["+name+"]" || isKey(l, name)):
			return n + 1
		}
	}
	return 0
}

// refine looks for key below the array-table header on line n (0-based).
func refine(lines []string, n int, key string) int {
	if key != "" {
		for i := n + 1; i < len(lines); i++ {
			l := strings.TrimSpace(lines[i])
			if strings.HasPrefix(l, "[") {
				break
			}
			if isKey(l, key) {
				return i + 1
			}
		}
	}
	return n + 1
}

func isKey(line, key string) bool {
	rest, ok := strings.CutPrefix(line, key)
	return ok && strings.HasPrefix(strings.TrimSpace(rest), "=")
}
