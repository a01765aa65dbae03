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
	last uint64    // the state last reported (or New's)
	seen uint64    // the state at the previous call
	read time.Time // Since's: its first look compares with this
	wait time.Time // Since's: Poll's first look is not before this
}

// New fingerprints dir as it is now.
func New(dir string) *Folder {
	f := &Folder{Dir: dir}
	f.last, _ = f.fingerprint()
	f.seen = f.last
	return f
}

// Since watches dir for content read from it from time read on. It takes
// no fingerprint itself (12,000 files cost some 60 ms of file system
// calls, which the start-up need not wait for): the first look (Changed)
// takes it, and when anything in the folder was modified since read (give
// or take MtimeSlack), or the folder is gone, the next look that finds
// the folder settled reports a change, so an edit made while the content
// was being read is not lost. Poll takes that first look no sooner than
// firstLook after Since, once the app that read the content has started.
func Since(dir string, read time.Time) *Folder {
	return &Folder{Dir: dir, read: read, wait: time.Now().Add(firstLook)}
}

// firstLook is how long after Since Poll first looks at the folder.
const firstLook = 3 * time.Second

// MtimeSlack covers file systems that keep coarse modification times
// (FAT on a USB stick: 2 s): a file modified at t may say t − MtimeSlack.
const MtimeSlack = 2 * time.Second

// Changed reports whether anything under the folder changed since the last
// change it reported (or since New), once the folder has stayed the same
// between two calls: a folder still being copied or written is reported
// when the copying stops, not half-way.
func (f *Folder) Changed() bool {
	now, newest := f.fingerprint()
	if !f.read.IsZero() { // Since's first look
		f.last, f.seen = now, now
		if newest.IsZero() || !newest.Before(f.read.Add(-MtimeSlack)) { // gone, or modified
			f.last = now + 1 // not what the folder is: the next settled look reports it
		}
		f.read = time.Time{}
		return false
	}
	settled := now == f.seen
	f.seen = now
	if now == f.last || !settled {
		return false
	}
	f.last = now
	return true
}

func (f *Folder) fingerprint() (uint64, time.Time) { return Fingerprint(f.Dir) }

// Fingerprint hashes every path under dir with its size and modification
// time (an error, such as the folder gone, hashes too), and says when the
// newest of them was modified (zero when the folder cannot be read).
func Fingerprint(dir string) (uint64, time.Time) {
	h := fnv.New64a()
	var newest time.Time
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(h, "%s!%v;", p, err)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		if info.ModTime().After(newest) {
			newest = info.ModTime()
		}
		fmt.Fprintf(h, "%s:%d:%d;", p, info.Size(), info.ModTime().UnixNano())
		return nil
	})
	return h.Sum64(), newest
}

// Poll calls changed whenever the folder changes, checking every interval,
// until stop is closed. A folder so large that looking at it takes a while
// (12,000 files: some 60 ms of file system calls) is looked at less often,
// so that watching it costs at most 1/busyShare of a core.
func (f *Folder) Poll(every time.Duration, stop <-chan struct{}, changed func()) {
	next := f.wait
	clock.Every(every, stop, func() {
		start := time.Now()
		if start.Before(next) {
			return
		}
		c := f.Changed()
		next = nextLook(start, time.Since(start))
		if c {
			changed()
		}
	})
}

// busyShare bounds how much of a core watching takes: one look in this
// many of its own durations.
const busyShare = 20

// nextLook is the earliest time for the next look at the folder after one
// that began at start and took took.
func nextLook(start time.Time, took time.Duration) time.Time {
	return start.Add(busyShare * took)
}
