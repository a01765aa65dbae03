// Package signal owns the one way that parts of the app hear about each
// other: a Signal has any number of listeners, each added with Listen and
// removed with the function Listen returns. The shell emits what happened
// (a visitor's touch, a screen shown, the reading settings changed) and the
// modes that care (kiosk idle, visit log, presentation) listen side by side,
// instead of taking turns at one callback field. Signals are for the UI
// goroutine; they are not safe for concurrent use. It draws nothing.
package signal

// Signal delivers values of type T to its listeners, in the order they
// started listening.
type Signal[T any] struct {
	next      int
	listeners []listener[T]
}

type listener[T any] struct {
	id int
	fn func(T)
}

// Listen adds fn; calling the returned function removes it again (twice is
// harmless).
func (s *Signal[T]) Listen(fn func(T)) (stop func()) {
	s.next++
	id := s.next
	s.listeners = append(s.listeners, listener[T]{id, fn})
	return func() {
		for i, l := range s.listeners {
			if l.id == id {
				s.listeners = append(s.listeners[:i:i], s.listeners[i+1:]...)
				return
			}
		}
	}
}

// Emit calls every listener with v. A listener added or removed during
// Emit takes effect from the next Emit.
func (s *Signal[T]) Emit(v T) {
	for _, l := range s.listeners {
		l.fn(v)
	}
}

// Len returns the number of listeners.
func (s *Signal[T]) Len() int { return len(s.listeners) }

// Notice is a Signal that carries nothing but the fact itself.
type Notice struct{ s Signal[struct{}] }

// Listen adds fn; calling the returned function removes it again.
func (n *Notice) Listen(fn func()) (stop func()) {
	return n.s.Listen(func(struct{}) { fn() })
}

// Emit calls every listener.
func (n *Notice) Emit() { n.s.Emit(struct{}{}) }

// Len returns the number of listeners.
func (n *Notice) Len() int { return n.s.Len() }
