package cli

import (
	"fmt"
	"sort"

	"github.com/koryo-exhibit/koryo/app/check"
	"github.com/koryo-exhibit/koryo/app/startup"
	"github.com/koryo-exhibit/koryo/assets"
)

// runValidate checks the bundled content, or a content folder laid over
// it, and prints one line per problem: file:line: field [lang]: message.
// It exits 1 when there are errors, 0 when only warnings remain.
func runValidate(args []string, env Env) int {
	if len(args) > 1 {
		fmt.Fprintln(env.Stderr, "usage: koryo validate [DIR]")
		return 2
	}
	dir := ""
	if len(args) == 1 {
		dir = args[0]
	}
	c, m, ps := startup.LoadFolder(dir, env.Today)
	faces := env.Faces
	if len(faces.Regular) == 0 {
		faces = check.Faces{Regular: [][]byte{assets.FontRegular}, Bold: [][]byte{assets.FontBold}}
	}
	fonts, err := check.NewFonts(faces)
	if err != nil {
		fmt.Fprintln(env.Stderr, "validate:", err)
		return 2
	}
	more := check.Content(c, fonts, check.FromFS(m.FS))
	for i := range more {
		more[i].File = m.Origin(more[i].File)
	}
	ps = append(ps, more...)
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	for _, p := range ps {
		fmt.Fprintln(env.Stdout, p.Error())
	}
	errs := len(ps.Errors())
	fmt.Fprintf(env.Stderr, "validate: %d error(s), %d warning(s)\n", errs, len(ps)-errs)
	if errs > 0 {
		return 1
	}
	return 0
}
