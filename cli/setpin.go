package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/pin"
)

// runSetPIN asks for the staff PIN twice and stores its salted hash in the
// settings file, keeping the other settings.
func runSetPIN(args []string, env Env) int {
	fs := flag.NewFlagSet("set-pin", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	path := fs.String("config", config.DefaultPath(), "settings file (TOML)")
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "usage: koryo set-pin [--config FILE]")
		return 2
	}
	cfg := loadConfig(*path, env)
	read := env.ReadSecret
	if read == nil {
		read = lineReader(env)
	}
	first, err := read("New staff PIN (4–12 digits): ")
	if err == nil {
		var again string
		again, err = read("Again: ")
		if err == nil && again != first {
			err = fmt.Errorf("the two PINs differ")
		}
	}
	if err == nil {
		cfg.PINHash, err = pin.Hash(first)
	}
	if err == nil {
		err = config.Save(*path, cfg)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "set-pin:", err)
		return 1
	}
	fmt.Fprintln(env.Stdout, "PIN saved (as a salted hash) in", *path)
	return 0
}

// lineReader reads secrets as lines of Stdin (a pipe, or a test).
func lineReader(env Env) func(string) (string, error) {
	in := bufio.NewReader(env.Stdin)
	return func(prompt string) (string, error) {
		fmt.Fprint(env.Stderr, prompt)
		line, err := in.ReadString('\n')
		if err != nil && line == "" {
			return "", fmt.Errorf("no PIN given")
		}
		return strings.TrimSpace(line), nil
	}
}
