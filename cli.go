package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/pin"
	"github.com/koryo-exhibit/koryo/app/stats"
)

// runSetPIN asks for the staff PIN twice and stores its salted hash in the
// settings file.
func runSetPIN(path string, cfg config.Config) int {
	in := bufio.NewReader(os.Stdin)
	first, err := readSecret(in, "New staff PIN (4–12 digits): ")
	if err == nil {
		var again string
		again, err = readSecret(in, "Again: ")
		if err == nil && again != first {
			err = fmt.Errorf("the two PINs differ")
		}
	}
	if err == nil {
		cfg.PINHash, err = pin.Hash(first)
	}
	if err == nil {
		err = config.Save(path, cfg)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "set-pin:", err)
		return 1
	}
	fmt.Println("PIN saved (as a salted hash) in", path)
	return 0
}

func readSecret(in *bufio.Reader, prompt string) (string, error) {
	fmt.Fprint(os.Stderr, prompt)
	if fd := int(os.Stdin.Fd()); term.IsTerminal(fd) {
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(os.Stderr)
		return strings.TrimSpace(string(b)), err
	}
	line, err := in.ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimSpace(line), nil
}

// runStats prints a summary of the visit log and can export it as CSV.
func runStats(args []string) int {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	cfgPath := fs.String("config", config.DefaultPath(), "settings file (TOML)")
	csvPath := fs.String("csv", "", "also write one row per visit to this CSV file")
	if fs.Parse(args) != nil {
		return 2
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	path := statsPath(cfg, *cfgPath)
	ss, errs := stats.Read(path)
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, "stats:", e)
	}
	fmt.Println("visit log:", path)
	stats.Summarize(ss).Print(os.Stdout)
	if *csvPath == "" {
		return 0
	}
	f, err := os.Create(*csvPath)
	if err == nil {
		err = stats.WriteCSV(f, ss)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "stats:", err)
		return 1
	}
	return 0
}
