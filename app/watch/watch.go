// Package watch owns noticing that a content folder changed: it compares a
// fingerprint of every file's path, size and modification time. Polling
// needs no OS-specific notification and copes with editors that replace
// files by renaming. It draws nothing.
package watch

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

// Folder remembers the last fingerprint of a folder.
type Folder struct {
	Dir  string
	last uint64 // the state last reported (or New's)
	seen uint64 // the state at the previous call
}

// New fingerprints dir as it is now.
func New(dir string) *Folder {
	f := &Folder{Dir: dir}
	f.last = f.fingerprint()
	f.seen = f.last
	return f
}

// Changed reports whether anything under the folder changed since the last
// change it reported (or since New), once the folder has stayed the same
// between two calls: a folder still being copied or written is reported
// when the copying stops, not half-way.
func (f *Folder) Changed() bool {
	now := f.fingerprint()
	settled := now == f.seen
	f.seen = now
	if now == f.last || !settled {
		return false
	}
	f.last = now
	return true
}

func (f *Folder) fingerprint() uint64 {
	h := fnv.New64a()
	_ = filepath.WalkDir(f.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(h, "%s!%v;", p, err)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		fmt.Fprintf(h, "%s:%d:%d;", p, info.Size(), info.ModTime().UnixNano())
		return nil
	})
	return h.Sum64()
}

// Poll calls changed whenever the folder changes, checking every interval,
// until stop is closed.
func (f *Folder) Poll(every time.Duration, stop <-chan struct{}, changed func()) {
	clock.Every(every, stop, func() {
		if f.Changed() {
			changed()
		}
	})
}
