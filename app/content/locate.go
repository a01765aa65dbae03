package content

import (
	"bytes"
	"strconv"
	"strings"
)

// locate finds the line on which a field is written in a TOML source, so a
// problem can point a curator at it. field is "name", "facts[2]" or
// "sources[1].url"; it returns 0 when the field is not written at all.
func locate(src []byte, field string) int {
	head, rest, _ := strings.Cut(field, ".")
	name, idx := head, -1
	if i := strings.IndexByte(head, '['); i > 0 && strings.HasSuffix(head, "]") {
		name = head[:i]
		idx, _ = strconv.Atoi(head[i+1 : len(head)-1])
	}
	lines := bytes.Split(src, []byte("\n"))
	seen := -1
	for n, raw := range lines {
		l := string(bytes.TrimSpace(raw))
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
func refine(lines [][]byte, n int, key string) int {
	if key != "" {
		for i := n + 1; i < len(lines); i++ {
			l := string(bytes.TrimSpace(lines[i]))
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
