package startup

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/assets"
)

// LoadFolder loads the bundled content, or dir over it ("" for none), and
// returns every problem named by the file it comes from, warnings too.
// The folder is read through an os.Root: nothing outside it is ever read,
// whatever its links or paths say.
func LoadFolder(dir string, today time.Time) (*content.Content, *content.Merged, content.Problems) {
	var fsys fs.FS // nil: the bundled content alone
	if dir != "" {
		dir = filepath.Clean(dir)
		root, err := os.OpenRoot(dir)
		if err != nil {
			fsys = failFS{err}
		} else {
			defer root.Close()
			rfs := newRootFS(root)
			defer rfs.Close()
			fsys = rfs
		}
	}
	return content.LoadFolder(assets.Content(), fsys, dir, today)
}

// failFS is a content folder that cannot be opened: every read fails with
// why, so the loader reports it as it reports any unreadable folder.
type failFS struct{ err error }

func (f failFS) Open(name string) (fs.File, error) {
	err := f.err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: err}
}

// LoadToShow is LoadFolder for content the app is about to show: when it
// has no errors its texts are compacted into one block (content.Compact),
// which gives back the memory the decoding scattered them through.
func LoadToShow(dir string, today time.Time) (*content.Content, content.Problems) {
	c, _, ps := LoadFolder(dir, today)
	if c != nil && len(ps.Errors()) == 0 {
		c.Compact()
	}
	return c, ps
}

// Start is the content the app starts with.
type Start struct {
	Content  *content.Content
	Problems content.Problems // the folder's, warnings too, for the log
	Warning  string           // for staff, when the folder could not be shown
	// Read is when the folder began to be read (zero without a folder):
	// its watcher reports what changed from then on (watch.Since).
	Read time.Time
}

// StartContent is the content the app starts with: dir over the bundled
// content when it loads without errors, else the bundled content and a
// warning for staff that names the first problem. The error is set only
// when the bundled content itself does not load.
// The bundled content is read only when it is needed: shown, laid under
// the folder, or fallen back on.
func StartContent(dir string, today time.Time) (Start, error) {
	// Loading a large folder makes a heap of short-lived garbage: collect
	// it half as often while loading (0.97 → 0.85 s of CPU at 10,000 events).
	defer debug.SetGCPercent(debug.SetGCPercent(200))
	if dir != "" {
		read := time.Now()
		c, ps := LoadToShow(dir, today)
		errs := ps.Errors()
		if len(errs) == 0 {
			return Start{Content: c, Problems: ps, Read: read}, nil
		}
		bundled, err := loadBundled(today)
		return Start{Content: bundled, Problems: ps, Warning: FolderWarning(dir, errs, "the bundled content is shown"), Read: read}, err
	}
	bundled, err := loadBundled(today)
	return Start{Content: bundled}, err
}

func loadBundled(today time.Time) (*content.Content, error) {
	bundled, ps := LoadToShow("", today)
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, fmt.Errorf("the bundled content does not load (run `koryo validate`): %w", errs)
	}
	return bundled, nil
}

// FolderWarning tells staff that a content folder has errors and what is
// shown instead.
func FolderWarning(dir string, errs content.Problems, instead string) string {
	return fmt.Sprintf("Content folder %s has %d error(s), so %s. First: %s (run `koryo validate %s` for all).",
		dir, len(errs), instead, errs[0].Error(), dir)
}

// ContentDir is the content folder the app shows: --content, else the
// settings' content (a fleet's shared folder), else "" for the bundled
// content alone.
func ContentDir(o Options, cfg config.Config) string {
	if o.ContentDir != "" {
		return o.ContentDir
	}
	return cfg.Content
}

// StartContentKept is StartContent with a snapshot of the folder kept in
// cache (snapshot.go; "" for none): read from it when it still stands for
// the folder, else the folder is read and, some seconds later, once the
// app has started, a snapshot kept for the next start.
func StartContentKept(dir string, today time.Time, cache string) (Start, error) {
	if dir == "" || cache == "" {
		return StartContent(dir, today)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return StartContent(dir, today)
	}
	if st, ok := fromSnapshot(cache, abs, today); ok {
		return st, nil
	}
	st, err := StartContent(dir, today)
	if err == nil && st.Warning == "" {
		time.AfterFunc(snapshotDelay, func() {
			defer LogPanic()
			if err := keepSnapshot(cache, abs, today, st); err != nil {
				log.Printf("content snapshot: %v", err)
			}
		})
	}
	return st, err
}

// snapshotDelay is how long after the start a snapshot is written: its
// 200 ms of encoding stay out of the start-up.
const snapshotDelay = 10 * time.Second

// Preload starts loading the start content on its own goroutine and
// returns a function that waits for it. main calls it before Fyne opens
// its window, so reading a large folder and starting the graphics overlap
// on two cores. The folder is ContentDir's, the settings read for it
// quietly: Start reports their problems.
func Preload(o Options, today time.Time) func() (Start, error) {
	cfg, _ := config.Load(o.ConfigPath)
	dir := ContentDir(o, cfg)
	type result struct {
		st  Start
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer LogPanic()
		st, err := StartContentKept(dir, today, o.CacheDir)
		done <- result{st, err}
	}()
	var r *result
	return func() (Start, error) {
		if r == nil {
			v := <-done
			r = &v
		}
		return r.st, r.err
	}
}
