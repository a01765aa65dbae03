// Package nav owns where the visitor is: the screen they see and the way
// back, as a stack of routes. It draws nothing.
package nav

import (
	"fmt"
	"strings"
)

// Screen names a kind of screen.
type Screen int

// The screens of the visitor view.
const (
	Home Screen = iota
	Timeline
	Event
	People
	Person
	About
	Map
)

var names = [...]string{"home", "timeline", "event", "people", "person", "about", "map"}

// String returns the screen's lower-case name.
func (s Screen) String() string {
	if s < 0 || int(s) >= len(names) {
		return "unknown"
	}
	return names[s]
}

// Route is one place in the app: a screen and, for Event and Person, the id
// of the item shown.
type Route struct {
	Screen Screen
	ID     string
}

// Stack is the visitor's path from Home; it is never empty.
type Stack struct {
	routes []Route
}

// NewStack returns a stack that holds Home.
func NewStack() *Stack { return &Stack{routes: []Route{{Screen: Home}}} }

// Current returns the route shown now.
func (s *Stack) Current() Route { return s.routes[len(s.routes)-1] }

// Depth returns how many routes are on the stack; 1 at Home.
func (s *Stack) Depth() int { return len(s.routes) }

// Push opens r on top of the current route. Opening Home resets the stack;
// opening the route already shown does nothing.
func (s *Stack) Push(r Route) {
	switch {
	case r.Screen == Home:
		s.Reset()
	case r == s.Current():
	default:
		s.routes = append(s.routes, r)
	}
}

// Replace swaps the current route for r (previous/next within a screen).
func (s *Stack) Replace(r Route) {
	if len(s.routes) == 1 {
		s.Push(r)
		return
	}
	s.routes[len(s.routes)-1] = r
}

// Back returns to the previous route; at Home it stays there. It reports
// whether it moved.
func (s *Stack) Back() bool {
	if len(s.routes) == 1 {
		return false
	}
	s.routes = s.routes[:len(s.routes)-1]
	return true
}

// Reset goes back to Home.
func (s *Stack) Reset() { s.routes = s.routes[:1] }

// ParseRoute reads a route as the command line and the settings write it:
// "home", "timeline", "people", "map", "about", "era/ID" (the timeline at
// an era), "event/ID" or "person/ID". Whether the ID exists is for the
// content to say.
func ParseRoute(s string) (Route, error) {
	kind, id, hasID := strings.Cut(strings.TrimSpace(s), "/")
	plain := map[string]Screen{"home": Home, "timeline": Timeline, "people": People, "map": Map, "about": About}
	items := map[string]Screen{"era": Timeline, "event": Event, "person": Person}
	if sc, ok := plain[kind]; ok && !hasID {
		return Route{Screen: sc}, nil
	}
	if sc, ok := items[kind]; ok && hasID && id != "" {
		return Route{Screen: sc, ID: id}, nil
	}
	return Route{}, fmt.Errorf("%q is not a screen: use home, timeline, people, map, about, era/ID, event/ID or person/ID", s)
}

// String writes the route the way ParseRoute reads it.
func (r Route) String() string {
	switch {
	case r.ID == "":
		return r.Screen.String()
	case r.Screen == Timeline:
		return "era/" + r.ID
	}
	return r.Screen.String() + "/" + r.ID
}
