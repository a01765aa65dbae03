package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/timelinejs"
)

// runImport turns a TimelineJS3 JSON file into a content folder and prints
// what could not be carried over.
//
//	koryo import-timelinejs FILE.json --lang CODE --out DIR
func runImport(args []string, env Env) int {
	fs := flag.NewFlagSet("import-timelinejs", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "en", "the language of the timeline's texts: kk, ko, ru or en")
	out := fs.String("out", "", "the content folder to write (must be new or empty)")
	var file string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if fs.Parse(args) != nil || file == "" && fs.NArg() == 0 || *out == "" {
		fmt.Fprintln(env.Stderr, "usage: koryo import-timelinejs FILE.json --lang CODE --out DIR")
		return 2
	}
	if file == "" {
		file = fs.Arg(0)
	}
	if !content.Lang(*lang).Valid() {
		fmt.Fprintf(env.Stderr, "import: --lang %q: use kk, ko, ru or en\n", *lang)
		return 2
	}
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(env.Stderr, "import:", err)
		return 1
	}
	files, report, err := timelinejs.Convert(data, content.Lang(*lang), filepath.Base(file), env.Today)
	if err == nil {
		err = timelinejs.Write(*out, files)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "import:", err)
		return 1
	}
	for _, r := range report {
		fmt.Fprintln(env.Stdout, r)
	}
	fmt.Fprintf(env.Stderr, "import: wrote %d files to %s; %d note(s) above. Next: koryo validate %s\n", len(files), *out, len(report), *out)
	return 0
}
