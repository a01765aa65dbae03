package content

import (
	"fmt"
	"strings"
)

// Severity says whether a problem stops the content from loading.
type Severity int

// Problem severities.
const (
	Error Severity = iota
	Warning
)

// Problem is one thing wrong with the content, located as precisely as known.
type Problem struct {
	File     string // path inside the content FS, e.g. "events/1937.toml"
	Line     int    // 1-based; 0 when unknown
	Field    string // e.g. "title", "facts[2]", "sources[0].url"
	Lang     Lang   // set when the problem is about one language
	Msg      string
	Severity Severity
}

// Error formats the problem as "file:line: field [lang]: message".
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field)
		if p.Lang != "" {
			fmt.Fprintf(&b, " [%s]", p.Lang)
		}
		b.WriteString(": ")
	}
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is every problem found in one load; it is an error when it holds
// at least one problem of severity Error.
type Problems []Problem

// Error lists the problems one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return fmt.Sprintf("content: %d problem(s):\n%s", len(ps), strings.Join(lines, "\n"))
}

// Errors returns only the problems of severity Error.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == Error {
			out = append(out, p)
		}
	}
	return out
}
