package startup

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/watch"
)

// A content folder's snapshot. Reading and checking 12,000 content files
// is most of a kiosk's start-up; once a start has done it, the content is
// kept in the cache folder, and the next start reads that one file instead
// while it still stands for the folder: the same folder with the same
// files (paths, sizes, modification times: watch.Fingerprint), the same
// day (the checks depend on it) and the same program. One file per folder;
// a snapshot that does not read is ignored and the folder read as usual.

// snapshotFormat changes when the snapshot's layout does.
const snapshotFormat = "koryo-content-snapshot 1"

// snapshotFile is where the snapshot of folder dir is kept.
func snapshotFile(cache, dir string) string {
	h := fnv.New64a()
	h.Write([]byte(dir))
	return filepath.Join(cache, fmt.Sprintf("content-%016x.snap", h.Sum64()))
}

// snapshotKey names what a snapshot stands for, on one line.
func snapshotKey(dir string, today time.Time, fingerprint uint64) string {
	exe := "?"
	if p, err := os.Executable(); err == nil {
		if fi, err := os.Stat(p); err == nil {
			exe = fmt.Sprintf("%s %d %d", p, fi.Size(), fi.ModTime().UnixNano())
		}
	}
	return fmt.Sprintf("%s %q %s %016x %q\n", snapshotFormat, dir, today.Format("2006-01-02"), fingerprint, exe)
}

// fromSnapshot is the start content from dir's snapshot, when there is
// one and it still stands for the folder. The folder's fingerprint (some
// 60 ms of file system calls for 12,000 files) is taken while the
// snapshot is decoded.
func fromSnapshot(cache, dir string, today time.Time) (Start, bool) {
	f, err := os.Open(snapshotFile(cache, dir))
	if err != nil {
		return Start{}, false
	}
	defer f.Close()
	read := time.Now()
	key := make(chan string, 1)
	go func() {
		fp, newest := watch.Fingerprint(dir)
		if newest.IsZero() {
			key <- "" // the folder cannot be read: no key matches
			return
		}
		key <- snapshotKey(dir, today, fp)
	}()
	r := bufio.NewReaderSize(f, 1<<16)
	kept, err := r.ReadString('\n')
	var s *content.Snapshot
	if err == nil {
		s, err = content.DecodeSnapshot(r)
	}
	if want := <-key; err != nil || kept != want {
		if err != nil {
			log.Printf("content snapshot %s: %v (reading the folder instead)", f.Name(), err)
		}
		return Start{}, false
	}
	s.Content.Compact()
	return Start{Content: s.Content, Problems: s.Problems, Read: read}, true
}

// keepSnapshot writes st's content as dir's snapshot, when the folder has
// not changed since st was read from it (else the next start reads the
// folder and keeps a snapshot then). The file is replaced whole.
func keepSnapshot(cache, dir string, today time.Time, st Start) error {
	fp, newest := watch.Fingerprint(dir)
	if newest.IsZero() || !newest.Before(st.Read.Add(-watch.MtimeSlack)) {
		return nil
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(cache, ".content-*.snap")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<16)
	w.WriteString(snapshotKey(dir, today, fp))
	err = (&content.Snapshot{Content: st.Content, Problems: st.Problems}).Encode(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), snapshotFile(cache, dir))
}
