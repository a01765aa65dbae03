package timelinejs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// object is a JSON object whose values are decoded on demand.
type object map[string]json.RawMessage

// asObject decodes raw as a JSON object; ok is false for any other value.
func asObject(raw json.RawMessage) (object, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return nil, false
	}
	var o object
	if json.Unmarshal(raw, &o) != nil {
		return nil, false
	}
	if o == nil {
		o = object{}
	}
	return o, true
}

// asList decodes raw as a JSON array; ok is false for any other value.
func asList(raw json.RawMessage) ([]json.RawMessage, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '[' {
		return nil, false
	}
	var l []json.RawMessage
	return l, json.Unmarshal(raw, &l) == nil
}

// scalar returns the text of a JSON string or number; absent and null give
// "". ok is false for booleans, objects and arrays.
func scalar(raw json.RawMessage) (s string, ok bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	switch c := raw[0]; {
	case c == '"':
		return s, json.Unmarshal(raw, &s) == nil
	case c == '-' || (c >= '0' && c <= '9'):
		return string(raw), true
	}
	return "", false
}

// asInt reads a whole number written as a JSON number or string, leniently:
// surrounding spaces, a leading "+" or "0" and a ".0" are accepted. An
// absent, null or blank value is not present.
func asInt(raw json.RawMessage) (n int, present bool, err error) {
	s, ok := scalar(raw)
	if !ok {
		return 0, true, fmt.Errorf("%s is not a number", short(string(raw)))
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false, nil
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, true, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1e9 {
		return 0, true, fmt.Errorf("%q is not a whole number", short(s))
	}
	return int(f), true, nil
}

// isEmpty reports whether raw carries nothing: absent, null, a blank
// string, or an array or object holding only empty values.
func isEmpty(raw json.RawMessage) bool {
	if s, ok := scalar(raw); ok {
		return strings.TrimSpace(s) == ""
	}
	var v any
	return json.Unmarshal(raw, &v) == nil && emptyValue(v)
}

func emptyValue(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(v) == ""
	case []any:
		return len(v) == 0
	case map[string]any:
		for _, x := range v {
			if !emptyValue(x) {
				return false
			}
		}
		return true
	}
	return false
}

// short cuts s to a length fit for a one-line message.
func short(s string) string {
	const max = 60
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= max {
		return string(r)
	}
	return string(r[:max-1]) + "…"
}
