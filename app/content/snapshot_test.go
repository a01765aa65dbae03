package content

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/koryo-exhibit/koryo/assets"
)

// TestSnapshot: the bundled content written and read back is the same
// content, lookups included.
func TestSnapshot(t *testing.T) {
	c, ps := Check(assets.Content(), today)
	var b bytes.Buffer
	if err := (&Snapshot{Content: c, Problems: ps}).Encode(&b); err != nil {
		t.Fatal(err)
	}
	first := append([]byte(nil), b.Bytes()...)
	s, err := DecodeSnapshot(&b)
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := s.Encode(&again); err != nil || !bytes.Equal(again.Bytes(), first) {
		t.Fatal("the content read back differs from the content written") // gob writes nil and empty lists alike
	}
	for i, e := range c.Events {
		if d := s.Content.Events[i].Date; d != e.Date {
			t.Fatalf("%s: date %+v, want %+v", e.ID, d, e.Date)
		}
	}
	if !reflect.DeepEqual(s.Problems, ps) {
		t.Fatalf("problems: %v, want %v", s.Problems, ps)
	}
	p := c.People[0]
	if got := s.Content.Person(p.ID); got == nil || len(s.Content.EventsOf(p.ID)) != len(c.EventsOf(p.ID)) {
		t.Fatalf("lookups not rebuilt: %v", got)
	}
	if _, err := DecodeSnapshot(bytes.NewReader(first[:len(first)/2])); err == nil {
		t.Fatal("half a snapshot must not read")
	}
}
