package content

import (
	"encoding/gob"
	"io"
)

// Snapshot is content as it was loaded and validated, with its warnings,
// in a form that can be written and read back whole: reading it costs a
// tenth of reading and checking thousands of content files again. It says
// nothing about which files it came from; whoever keeps one (app/startup)
// decides when it still stands for them.
type Snapshot struct {
	Content  *Content
	Problems Problems // warnings only: content with errors is not kept
}

// Encode writes the snapshot.
func (s *Snapshot) Encode(w io.Writer) error { return gob.NewEncoder(w).Encode(s) }

// DecodeSnapshot reads a snapshot written by Encode and indexes its
// content again, as loading it did.
func DecodeSnapshot(r io.Reader) (*Snapshot, error) {
	var s Snapshot
	if err := gob.NewDecoder(r).Decode(&s); err != nil {
		return nil, err
	}
	c := s.Content
	if c == nil {
		return nil, io.ErrUnexpectedEOF
	}
	c.index(&loader{}) // ids were unique when it was kept
	for _, e := range c.Events {
		e.Date.raw = e.DateText
	}
	for _, p := range c.People {
		p.Born.raw, p.Died.raw = p.BornText, p.DiedText
	}
	return &s, nil
}
