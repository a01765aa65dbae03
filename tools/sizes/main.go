// Command sizes prints the sizes of the Go files and functions under a
// folder (tests and tools excluded): median, 90th percentile and maximum,
// and the largest of each. It is how the code-size figures in the closing
// notes and docs/architecture.md are made:
//
//	go run ./tools/sizes [DIR]
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type size struct {
	name  string
	lines int
}

func main() {
	root := "."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	files, funcs, err := measure(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sizes:", err)
		os.Exit(1)
	}
	report("file lines", files)
	report("function lines", funcs)
}

func measure(root string) (files, funcs []size, err error) {
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "tools" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		files = append(files, size{p, fset.File(f.Pos()).LineCount()})
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Body != nil {
				n := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
				funcs = append(funcs, size{p + ":" + fn.Name.Name, n})
			}
		}
		return nil
	})
	return files, funcs, err
}

func report(what string, s []size) {
	if len(s) == 0 {
		return
	}
	sort.Slice(s, func(i, j int) bool { return s[i].lines < s[j].lines })
	at := func(q float64) int { return s[int(q*float64(len(s)-1))].lines }
	fmt.Printf("%s: %d of them, median %d, p90 %d, max %d\n", what, len(s), at(0.5), at(0.9), s[len(s)-1].lines)
	for i := len(s) - 1; i >= 0 && i >= len(s)-5; i-- {
		fmt.Printf("  %4d  %s\n", s[i].lines, s[i].name)
	}
}
