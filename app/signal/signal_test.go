package signal

import (
	"reflect"
	"testing"
)

func TestSignal_ListenersSideBySide(t *testing.T) {
	var s Signal[string]
	var got []string
	stopA := s.Listen(func(v string) { got = append(got, "a:"+v) })
	s.Listen(func(v string) { got = append(got, "b:"+v) })
	s.Emit("1")
	stopA()
	stopA() // twice is harmless
	s.Emit("2")
	want := []string{"a:1", "b:1", "b:2"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if s.Len() != 1 {
		t.Fatalf("%d listeners left, want 1", s.Len())
	}
}

func TestSignal_RemoveDuringEmit(t *testing.T) {
	var s Signal[int]
	calls := 0
	var stop func()
	stop = s.Listen(func(int) { calls++; stop() })
	s.Listen(func(int) { calls++ })
	s.Emit(1)
	s.Emit(2)
	if calls != 3 {
		t.Fatalf("%d calls, want 3 (both, then the one that stayed)", calls)
	}
}

func TestNotice(t *testing.T) {
	var n Notice
	count := 0
	stop := n.Listen(func() { count++ })
	n.Emit()
	stop()
	n.Emit()
	if count != 1 || n.Len() != 0 {
		t.Fatalf("count %d, listeners %d", count, n.Len())
	}
}
