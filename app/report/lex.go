package report

import "unicode/utf8"

// lexer reads JSON tokens from b at i.
type lexer struct {
	b []byte
	i int
}

func (l *lexer) ws() {
	for l.i < len(l.b) && (l.b[l.i] == ' ' || l.b[l.i] == '\t' || l.b[l.i] == '\n' || l.b[l.i] == '\r') {
		l.i++
	}
}

func (l *lexer) byte(c byte) bool {
	l.ws()
	if l.i < len(l.b) && l.b[l.i] == c {
		l.i++
		return true
	}
	return false
}

func (l *lexer) null() bool {
	l.ws()
	if len(l.b)-l.i >= 4 && string(l.b[l.i:l.i+4]) == "null" {
		l.i += 4
		return true
	}
	return false
}

// quoted reads a string with no escapes and valid UTF-8, quotes and all.
func (l *lexer) quoted() ([]byte, bool) {
	l.ws()
	if l.i >= len(l.b) || l.b[l.i] != '"' {
		return nil, false
	}
	ascii := true
	for j := l.i + 1; j < len(l.b); j++ {
		switch c := l.b[j]; {
		case c == '"':
			q := l.b[l.i : j+1]
			l.i = j + 1
			return q, ascii || utf8.Valid(q)
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= 0x80:
			ascii = false
		}
	}
	return nil, false
}

// str is quoted without the quotes.
func (l *lexer) str() ([]byte, bool) {
	q, ok := l.quoted()
	if !ok {
		return nil, false
	}
	return q[1 : len(q)-1], true
}

// int reads a whole number of up to 18 digits, as JSON writes it.
func (l *lexer) int() (int, bool) {
	l.ws()
	j, neg := l.i, false
	if j < len(l.b) && l.b[j] == '-' {
		neg, j = true, j+1
	}
	n, from := 0, j
	for ; j < len(l.b) && l.b[j] >= '0' && l.b[j] <= '9'; j++ {
		n = n*10 + int(l.b[j]-'0')
	}
	digits := j - from
	if digits == 0 || digits > 18 || (digits > 1 && l.b[from] == '0') ||
		(j < len(l.b) && (l.b[j] == '.' || l.b[j] == 'e' || l.b[j] == 'E')) {
		return 0, false
	}
	l.i = j
	if neg {
		n = -n
	}
	return n, true
}
