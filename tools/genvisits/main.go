// Command genvisits writes synthetic visit logs for a fleet of kiosks, one
// JSON Lines file per kiosk (stats.Session per line, as the kiosks write
// them), for the staff reports' scale tests and screenshots:
//
//	go run ./tools/genvisits -kiosks 10 -visits 100000 -end 2026-12-02 -out /tmp/fleet
//	koryo stats --report /tmp/fleet/report.html /tmp/fleet
//
// Each kiosk's visits fall in the -days days before -end, in opening hours,
// busier at weekends, and open the bundled content's events and people. The
// older half of each kiosk's visits goes to the rotated file (NAME.jsonl.1),
// as a kiosk's own log rotates. The same flags and seed write the same bytes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	kiosks := flag.Int("kiosks", 10, "how many kiosks (one file each)")
	visits := flag.Int("visits", 1000, "visits per kiosk")
	days := flag.Int("days", 60, "spread the visits over this many days before -end")
	end := flag.String("end", time.Now().Format("2006-01-02"), "the last day (YYYY-MM-DD, local time); visits end before its end")
	seed := flag.Uint64("seed", 1937, "the random seed: the same seed, the same files")
	unnamed := flag.Int("unnamed", 0, "this many kiosks write no kiosk name (older versions): the report names them by file")
	damaged := flag.Int("damaged", 0, "damaged lines per kiosk (a line cut short, as by a power cut)")
	out := flag.String("out", "", "the folder to write (created)")
	flag.Parse()
	last, err := time.ParseInLocation("2006-01-02", *end, time.Local)
	if *out == "" || err != nil || *kiosks < 1 || *visits < 0 || *days < 1 {
		fmt.Fprintln(os.Stderr, "usage: genvisits -kiosks N -visits M [-days D] [-end YYYY-MM-DD] [-seed S] -out DIR")
		os.Exit(2)
	}
	g := newGen(*seed, last.AddDate(0, 0, 1), *days)
	for k := range *kiosks {
		name := fmt.Sprintf("hall-%d", k+1)
		kiosk := g.kiosk(name, k)
		if k < *unnamed {
			kiosk.name = ""
		}
		if err := writeKiosk(filepath.Join(*out, name+".jsonl"), g, kiosk, *visits, *damaged); err != nil {
			fmt.Fprintln(os.Stderr, "genvisits:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("wrote %d kiosks × %d visits to %s\n", *kiosks, *visits, *out)
}

// writeKiosk writes the older half of the visits to path+".1", the rest to
// path, with the damaged lines spread through the newer file.
func writeKiosk(path string, g *gen, k kiosk, n, damaged int) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	starts := g.starts(n)
	half := n / 2
	if err := writeLines(path+".1", g, k, starts[:half], 0); err != nil {
		return err
	}
	return writeLines(path, g, k, starts[half:], damaged)
}

func writeLines(path string, g *gen, k kiosk, starts []time.Time, damaged int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	every := 0
	if damaged > 0 {
		every = len(starts)/damaged + 1
	}
	for i, s := range starts {
		line := g.visit(k, s)
		if every > 0 && i%every == every/2 {
			line = line[:len(line)/2] // cut short
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
