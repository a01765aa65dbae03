package screens

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/koryo-exhibit/koryo/app/config"
	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/stats"
)

func TestStaffMenu_SaysWhenSettingsAreNotSaved(t *testing.T) {
	k, _, w, _ := newTestKiosk(t, config.Defaults())
	k.opts.Default = content.EN
	k.opts.OnSave = func(config.Config) error { return errors.New("open config.toml: read-only file system") }
	k.show(KioskStaff)
	tap(t, w, "+ 30")
	if k.idle.Timeout != 120*time.Second {
		t.Fatalf("the change must hold while the app runs: %v", k.idle.Timeout)
	}
	if !showsText(w.Content(), "The settings could not be saved: the change lasts until the app restarts. open config.toml: read-only file system") {
		t.Error("the staff menu must say the settings were not saved and why")
	}
	k.opts.OnSave = func(config.Config) error { return nil }
	tap(t, w, "+ 30")
	if showsText(w.Content(), "could not be saved") {
		t.Error("a later save that works must clear the note")
	}
}

func TestStaffMenu_SaysWhenVisitsAreNotRecorded(t *testing.T) {
	k, _, w, clock := newTestKiosk(t, config.Defaults())
	k.opts.Default = content.EN
	k.opts.Recorder.Path = "/dev/full" // every write: no space left on device
	test.Tap(findCatcher(t, w))
	tap(t, w, "English")
	tap(t, w, "Timeline")
	clock.Add(k.idle.Timeout + time.Second)
	k.Tick()
	k.show(KioskStaff)
	if !showsText(w.Content(), "Visits are not being recorded. stats /dev/full: write /dev/full: no space left on device (1 visit(s) waiting in memory, 0 lost)") {
		t.Error("the staff menu must say visits are not being recorded and why")
	}
	k.opts.Recorder.Path = filepath.Join(t.TempDir(), "visits.jsonl")
	k.resume()
	tap(t, w, "Timeline")
	clock.Add(k.idle.Timeout + time.Second)
	k.Tick()
	if ss, _ := stats.Read(k.opts.Recorder.Path); len(ss) != 2 {
		t.Errorf("once the log can be written, the waiting visit is too: %d visits", len(ss))
	}
	k.show(KioskStaff)
	if showsText(w.Content(), "not being recorded") {
		t.Error("the note must go once visits are recorded again")
	}
}
