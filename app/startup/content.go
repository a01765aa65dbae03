package startup

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/assets"
)

// LoadFolder loads the bundled content, or dir over it ("" for none), and
// returns every problem named by the file it comes from, warnings too.
func LoadFolder(dir string, today time.Time) (*content.Content, *content.Merged, content.Problems) {
	var fsys fs.FS // nil: the bundled content alone
	if dir != "" {
		dir = filepath.Clean(dir)
		fsys = os.DirFS(dir)
	}
	return content.LoadFolder(assets.Content(), fsys, dir, today)
}

// Start is the content the app starts with.
type Start struct {
	Content  *content.Content
	Problems content.Problems // the folder's, warnings too, for the log
	Warning  string           // for staff, when the folder could not be shown
}

// StartContent is the content the app starts with: dir over the bundled
// content when it loads without errors, else the bundled content and a
// warning for staff that names the first problem. The error is set only
// when the bundled content itself does not load.
func StartContent(dir string, today time.Time) (Start, error) {
	bundled, _, ps := LoadFolder("", today)
	if errs := ps.Errors(); len(errs) > 0 {
		return Start{}, fmt.Errorf("the bundled content does not load (run `koryo validate`): %w", errs)
	}
	if dir == "" {
		return Start{Content: bundled}, nil
	}
	c, _, ps := LoadFolder(dir, today)
	errs := ps.Errors()
	if len(errs) == 0 {
		return Start{Content: c, Problems: ps}, nil
	}
	return Start{Content: bundled, Problems: ps, Warning: FolderWarning(dir, errs, "the bundled content is shown")}, nil
}

// FolderWarning tells staff that a content folder has errors and what is
// shown instead.
func FolderWarning(dir string, errs content.Problems, instead string) string {
	return fmt.Sprintf("Content folder %s has %d error(s), so %s. First: %s (run `koryo validate %s` for all).",
		dir, len(errs), instead, errs[0].Error(), dir)
}
