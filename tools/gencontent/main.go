// Command gencontent writes a synthetic content folder (app/synth) for
// scale tests and benchmarks:
//
//	go run ./tools/gencontent -events 10000 -people 2000 -out /tmp/k10000
//	koryo validate /tmp/k10000
//	koryo --content /tmp/k10000
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/koryo-exhibit/koryo/app/synth"
)

func main() {
	events := flag.Int("events", 1000, "how many events")
	people := flag.Int("people", 200, "how many people")
	seed := flag.Int64("seed", 1937, "the random seed: the same seed, the same files")
	out := flag.String("out", "", "the folder to write (created; must be empty)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: gencontent -events N -people N -out DIR")
		os.Exit(2)
	}
	if err := write(*out, synth.Files(*events, *people, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "gencontent:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d events and %d people to %s\n", *events, *people, *out)
}

func write(dir string, files map[string][]byte) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
