// Package tomlfile owns reading the app's hand-edited TOML files (content,
// manifests, settings) one way: Decode turns any decode error into the line
// it is on, and Line finds where a field is written, so every message can
// point a curator or a member of staff at file:line. It draws nothing.
package tomlfile

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
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

// Decode decodes src into v. A failure comes back as an *Error.
func Decode(src []byte, v any) (toml.MetaData, error) {
	md, err := toml.Decode(string(src), v)
	if err != nil {
		return md, asError(err)
	}
	return md, nil
}

// typeErr matches the decoder's type errors, which carry their line only in
// their text: `toml: line 2 (last key "a"): incompatible types: …`.
var typeErr = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "[^"]*"\))?: (.*)$`)

func asError(err error) *Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &Error{Line: pe.Position.Line, Msg: "TOML syntax: " + pe.Message}
	}
	if m := typeErr.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return &Error{Line: n, Msg: m[2]}
	}
	return &Error{Msg: strings.TrimPrefix(err.Error(), "toml: ")}
}

// Line returns the line on which a field is written in a TOML source, or 0
// when it is not written. field is a key ("name"), an element of an array of
// tables ("facts[2]") or a key inside one ("sources[1].url").
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
