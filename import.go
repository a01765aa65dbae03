package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/timelinejs"
)

// runImport turns a TimelineJS3 JSON file into a content folder and prints
// what could not be carried over.
//
//	koryo import-timelinejs FILE.json --lang CODE --out DIR
func runImport(args []string) int {
	fs := flag.NewFlagSet("import-timelinejs", flag.ContinueOnError)
	lang := fs.String("lang", "en", "the language of the timeline's texts: kk, ko, ru or en")
	out := fs.String("out", "", "the content folder to write (must be new or empty)")
	var file string
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if fs.Parse(args) != nil || file == "" && fs.NArg() == 0 || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: koryo import-timelinejs FILE.json --lang CODE --out DIR")
		return 2
	}
	if file == "" {
		file = fs.Arg(0)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "import:", err)
		return 1
	}
	files, report, err := timelinejs.Convert(data, content.Lang(*lang), filepath.Base(file), time.Now())
	if err != nil {
		fmt.Fprintln(os.Stderr, "import:", err)
		return 1
	}
	if err := timelinejs.Write(*out, files); err != nil {
		fmt.Fprintln(os.Stderr, "import:", err)
		return 1
	}
	for _, r := range report {
		fmt.Println(r)
	}
	fmt.Fprintf(os.Stderr, "import: wrote %d files to %s; %d note(s) above. Next: koryo validate %s\n", len(files), *out, len(report), *out)
	return 0
}
