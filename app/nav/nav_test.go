package nav

import "testing"

func TestStack_PushBackReset(t *testing.T) {
	s := NewStack()
	steps := []struct {
		do    func()
		want  Route
		depth int
	}{
		{func() { s.Push(Route{Screen: Timeline}) }, Route{Screen: Timeline}, 2},
		{func() { s.Push(Route{Screen: Timeline}) }, Route{Screen: Timeline}, 2},
		{func() { s.Push(Route{Event, "a"}) }, Route{Event, "a"}, 3},
		{func() { s.Replace(Route{Event, "b"}) }, Route{Event, "b"}, 3},
		{func() { s.Push(Route{Person, "p"}) }, Route{Person, "p"}, 4},
		{func() { s.Back() }, Route{Event, "b"}, 3},
		{func() { s.Push(Route{Screen: Home}) }, Route{Screen: Home}, 1},
		{func() { s.Back() }, Route{Screen: Home}, 1},
		{func() { s.Replace(Route{Screen: People}) }, Route{Screen: People}, 2},
		{func() { s.Reset() }, Route{Screen: Home}, 1},
	}
	for i, st := range steps {
		st.do()
		if got := s.Current(); got != st.want || s.Depth() != st.depth {
			t.Fatalf("step %d: got %v depth %d, want %v depth %d", i, got, s.Depth(), st.want, st.depth)
		}
	}
}

func TestScreen_String(t *testing.T) {
	if Person.String() != "person" || Screen(42).String() != "unknown" {
		t.Fatal("screen names wrong")
	}
}

func TestParseRoute(t *testing.T) {
	good := map[string]Route{
		"home": {Screen: Home}, "timeline": {Screen: Timeline}, "people": {Screen: People}, "map": {Screen: Map},
		"about": {Screen: About}, "era/deportation": {Timeline, "deportation"}, "event/1937-deportation": {Event, "1937-deportation"},
		"person/hong-beom-do": {Person, "hong-beom-do"},
	}
	for s, want := range good {
		got, err := ParseRoute(s)
		if err != nil || got != want {
			t.Errorf("ParseRoute(%q) = %v, %v; want %v", s, got, err, want)
		}
		if got.String() != s {
			t.Errorf("%v.String() = %q, want %q", got, got.String(), s)
		}
	}
	for _, s := range []string{"", "timelines", "event", "event/", "people/x", "home/x"} {
		if _, err := ParseRoute(s); err == nil {
			t.Errorf("ParseRoute(%q) accepted", s)
		}
	}
}
