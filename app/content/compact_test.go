package content

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/koryo-exhibit/koryo/assets"
)

// TestCompact: after Compact every exported string of every item (found
// by reflection, so a field added to the model later is caught) lies in
// the one block, and reads as before.
func TestCompact(t *testing.T) {
	c := loadTestdata(t)
	before := allStrings(c)
	c.Compact()
	after := allStrings(c)
	if !reflect.DeepEqual(texts(before), texts(after)) {
		t.Fatal("Compact changed a text")
	}
	var lo, hi uintptr
	for _, s := range after {
		if len(*s.p) == 0 {
			continue
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(*s.p)))
		if lo == 0 || p < lo {
			lo = p
		}
		hi = max(hi, p+uintptr(len(*s.p)))
	}
	total := 0
	for _, s := range after {
		total += len(*s.p)
	}
	if int(hi-lo) != total {
		t.Fatalf("the texts span %d bytes but hold %d: some field was not compacted (%s?)", hi-lo, total, outside(after, lo, hi))
	}
}

type field struct {
	name string
	p    *string
}

// allStrings finds every exported string field under c by reflection.
func allStrings(c *Content) []field {
	var out []field
	var walk func(v reflect.Value, name string)
	walk = func(v reflect.Value, name string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), name)
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Type().Field(i); f.IsExported() {
					walk(v.Field(i), name+"."+f.Name)
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), name+"[]")
			}
		case reflect.String:
			if v.Type() == reflect.TypeOf("") {
				out = append(out, field{name, v.Addr().Interface().(*string)})
			}
		}
	}
	walk(reflect.ValueOf(c), "Content")
	return out
}

func texts(fs []field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = *f.p
	}
	return out
}

func outside(fs []field, lo, hi uintptr) string {
	for _, f := range fs {
		p := uintptr(unsafe.Pointer(unsafe.StringData(*f.p)))
		if len(*f.p) > 0 && (p < lo || p >= hi) {
			return f.name
		}
	}
	return ""
}

// loadTestdata is the bundled exhibit: every kind of item, most optional
// fields filled.
func loadTestdata(t *testing.T) *Content {
	t.Helper()
	c, ps := Check(assets.Content(), today)
	if len(ps.Errors()) > 0 {
		t.Fatal(ps.Errors())
	}
	return c
}
