package report

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

// Load reads the visit logs at paths and counts them for each window of
// days ending at now, in one pass over the files, on every core. A path is
// a log (read with its rotated path+".1" first, as stats.Read) or a folder,
// whose *.jsonl files are read at any depth, skipping folders whose names
// start with "." (Syncthing's .stversions, .git). A visit without a Kiosk
// counts for a kiosk named after its file: "hall-2" for hall-2.jsonl, and
// for a kiosk's own visits.jsonl, its folder: "hall-2" for hall-2/visits.jsonl.
//
// The problems are not fatal: a path with no log, a file that cannot be
// read, and per file the damaged lines skipped (counted in Damaged). Lines
// longer than 1 MiB count as damaged too.
func Load(paths []string, now time.Time, days ...int) ([]Figures, []error) {
	logs, errs := files(paths)
	results := make([]fileResult, len(logs))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(logs)))
	tallies := make([]*Tally, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		tallies[w] = NewTally(now, days...)
		wg.Go(func() {
			p := newParser()
			for i := int(next.Add(1)) - 1; i < len(logs); i = int(next.Add(1)) - 1 {
				results[i] = p.file(logs[i], tallies[w])
			}
		})
	}
	wg.Wait()
	damaged := 0
	for i, r := range results {
		damaged += r.damaged
		if r.err != nil {
			errs = append(errs, r.err)
		} else if r.damaged > 0 {
			errs = append(errs, fmt.Errorf("%s:%d: %d damaged line(s) skipped", logs[i].path, r.first, r.damaged))
		}
	}
	for _, t := range tallies[1:] {
		tallies[0].Merge(t)
	}
	return tallies[0].Figures(damaged), errs
}

// logFile is a file to read and the kiosk its unnamed visits count for.
type logFile struct{ path, kiosk string }

// files lists the files to read, each once, rotated ones first.
func files(paths []string) ([]logFile, []error) {
	var out []logFile
	var errs []error
	seen := map[string]bool{}
	found := false // a log at this path, maybe seen before
	add := func(path, kiosk string) {
		for _, p := range []string{path + ".1", path} {
			abs, _ := filepath.Abs(p)
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				found = true
				if !seen[abs] {
					seen[abs] = true
					out = append(out, logFile{p, kiosk})
				}
			}
		}
	}
	for _, root := range paths {
		found = false
		if fi, err := os.Stat(root); err == nil && fi.IsDir() {
			errs = append(errs, walk(root, add)...)
		} else {
			abs, _ := filepath.Abs(root)
			add(root, kioskName(filepath.Base(filepath.Dir(abs))+"/"+strings.TrimSuffix(filepath.Base(root), ".1")))
		}
		if !found {
			errs = append(errs, fmt.Errorf("%s: no visit log there", root))
		}
	}
	return out, errs
}

// walk adds the *.jsonl files under root, skipping folders named ".…".
func walk(root string, add func(path, kiosk string)) []error {
	var errs []error
	abs, _ := filepath.Abs(root)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			errs = append(errs, err)
		case d.IsDir() && p != root && strings.HasPrefix(d.Name(), "."):
			return filepath.SkipDir
		case !d.IsDir() && strings.HasSuffix(p, ".jsonl"):
			rel, _ := filepath.Rel(root, p)
			add(p, kioskName(filepath.ToSlash(filepath.Join(filepath.Base(abs), rel)))) // hall-3/visits.jsonl
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return errs
}

// kioskName names the visits of a log without a kiosk name after its
// file: "hall-2" for hall-2.jsonl; for visits.jsonl (a kiosk's own log
// name) in a folder, the folder's name: "hall-2" for hall-2/visits.jsonl.
// rel is the log's slashed path with at least its folder.
func kioskName(rel string) string {
	dir, file := path.Split(strings.TrimSuffix(rel, ".jsonl"))
	if parent := path.Base(dir); file == "visits" && dir != "" && parent != "/" && parent != "." {
		return parent
	}
	return file
}

type fileResult struct {
	damaged, first int // damaged lines, the first one's number
	err            error
}

// file counts the visits of one file into t.
func (p *parser) file(lf logFile, t *Tally) (r fileResult) {
	f, err := os.Open(lf.path)
	if err != nil {
		return fileResult{err: err}
	}
	defer f.Close()
	err = stats.Lines(f, func(n int, line []byte) {
		if line != nil && p.parse(line) {
			t.Add(&p.s, lf.kiosk)
			return
		}
		if r.damaged++; r.first == 0 {
			r.first = n
		}
	})
	if err != nil {
		r.err = fmt.Errorf("%s: %w", lf.path, err)
	}
	return r
}
