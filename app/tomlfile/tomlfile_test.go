package tomlfile

import (
	"errors"
	"testing"
)

func TestDecode_Errors(t *testing.T) {
	type x struct {
		A int    `toml:"a"`
		B string `toml:"b"`
	}
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"syntax", "a = 1\nb = \n", 2, "TOML syntax: unexpected character"},
		{"table name", "a = 1\n[c\n", 2, "TOML syntax: expected ']'"},
		{"wrong type", "b = \"x\"\na = \"str\"\n", 2, "a: the value is not a whole number"},
		{"wrong type in a list", "a = 1\nb = [1]\n", 2, "b: the value is not a text in quotes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v x
			_, err := Decode([]byte(tt.src), &v)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T), want *Error", err, err)
			}
			if e.Line != tt.line || len(e.Msg) < len(tt.msg) || e.Msg[:len(tt.msg)] != tt.msg {
				t.Fatalf("got line %d %q, want line %d %q…", e.Line, e.Msg, tt.line, tt.msg)
			}
		})
	}
	var v x
	if unknown, err := Decode([]byte("a = 3\nb = \"ok\"\n"), &v); err != nil || v.A != 3 || unknown != nil {
		t.Fatalf("a valid file: %v %v %+v", err, unknown, v)
	}
	unknown, err := Decode([]byte("a = 4\nextra = 1\n[title]\nde = \"x\"\n"), &v)
	if err != nil || v.A != 4 || len(unknown) != 2 || unknown[0] != "extra" || unknown[1] != "title" {
		t.Fatalf("unknown keys: %v %v %+v", err, unknown, v)
	}
}

func TestLine(t *testing.T) {
	src := []byte(`id = "x"
date = "1937"

[title]
en = "T"

[[sources]]
title = "A"
url = "https://a"

[[sources]]
title = "B"
url = "https://b"
`)
	tests := []struct {
		field string
		want  int
	}{
		{"id", 1}, {"date", 2}, {"title", 4}, {"sources[0]", 7}, {"sources[1]", 11},
		{"sources[1].url", 13}, {"sources[0].title", 8}, {"sources[2]", 0}, {"notes", 0},
		{"sources[1].missing", 11},
	}
	for _, tt := range tests {
		if got := Line(src, tt.field); got != tt.want {
			t.Errorf("Line(%q) = %d, want %d", tt.field, got, tt.want)
		}
	}
}
