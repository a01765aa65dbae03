package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/stats"
)

func TestGen_SameSeedSameBytes(t *testing.T) {
	end := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	var files [2][]byte
	for i := range files {
		path := filepath.Join(t.TempDir(), "hall-1.jsonl")
		g := newGen(7, end, 30)
		if err := writeKiosk(path, g, g.kiosk("hall-1", 0), 500, 2); err != nil {
			t.Fatal(err)
		}
		a, _ := os.ReadFile(path + ".1")
		b, _ := os.ReadFile(path)
		files[i] = append(a, b...)
		ss, errs := stats.Read(path)
		if len(ss) != 498 || len(errs) != 2 {
			t.Fatalf("%d visits, %d damaged lines; want 498 and 2", len(ss), len(errs))
		}
		for _, s := range ss {
			if s.Kiosk != "hall-1" || !s.Start.Before(end) || s.Start.Before(end.AddDate(0, 0, -30)) ||
				s.Start.Hour() < 10 || s.Start.Hour() >= 18 || s.End.Before(s.Start) {
				t.Fatalf("visit %+v", s)
			}
		}
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("the same seed wrote different files")
	}
}
