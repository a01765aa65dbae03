package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/koryo-exhibit/koryo/app/check"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/assets"
)

// runValidate checks the bundled content, or a content folder laid over
// it, and prints one line per problem: file:line: field [lang]: message.
// It exits 1 when there are errors, 0 when only warnings remain.
func runValidate(args []string, out io.Writer) int {
	if len(args) > 1 {
		fmt.Fprintln(os.Stderr, "usage: koryo validate [DIR]")
		return 2
	}
	c, ps, fsys := loadContent(args)
	if c != nil {
		fonts, err := check.NewFonts(assets.FontRegular, assets.FontBold)
		if err != nil {
			fmt.Fprintln(os.Stderr, "validate:", err)
			return 2
		}
		more := check.Content(c, fonts, check.FromFS(fsys.FS))
		for i := range more {
			more[i].File = fsys.Origin(more[i].File)
		}
		ps = append(ps, more...)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	for _, p := range ps {
		fmt.Fprintln(out, p.Error())
	}
	errs := len(ps.Errors())
	fmt.Fprintf(os.Stderr, "validate: %d error(s), %d warning(s)\n", errs, len(ps)-errs)
	if errs > 0 {
		return 1
	}
	return 0
}

// loadContent loads the bundled content, or DIR over it, with every
// problem named by the file it comes from.
func loadContent(args []string) (*content.Content, content.Problems, *content.Merged) {
	var dir fs.FS // nil: the bundled content alone
	name := ""
	if len(args) > 0 {
		name = filepath.Clean(args[0])
		dir = os.DirFS(name)
	}
	c, m, ps := content.LoadFolder(assets.Content(), dir, name, time.Now())
	return c, ps, m
}
