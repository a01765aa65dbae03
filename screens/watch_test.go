package screens

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/startup"
)

// offer is one call of watchContent's apply.
type offer struct {
	c       *content.Content
	warning string
}

// TestWatchContent_BrokenFolderKeepsTheLastGood changes a content folder
// under a running app as a share or a curator might: deleted, renamed
// back, half-written, finished. A folder that fails its checks is never
// offered (nil: the last good content stays), and the warning says why.
func TestWatchContent_BrokenFolderKeepsTheLastGood(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "content")
	event := filepath.Join(dir, "events", "1938-test.toml")
	good := strings.Replace(testEventSrc, "A test event", "A test event, edited", 1)
	os.MkdirAll(filepath.Dir(event), 0o755)
	os.WriteFile(event, []byte(testEventSrc), 0o644)
	x, _, _ := startTest(t, startup.Options{ContentDir: dir, Lang: content.EN})
	got := make(chan offer, 10)
	stop := make(chan struct{})
	defer close(stop)
	<-x.watchContent(20*time.Millisecond, stop, func(c *content.Content, w string) { got <- offer{c, w} })
	next := func(step string) offer {
		t.Helper()
		select {
		case o := <-got:
			return o
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no offer within 10 s", step)
		}
		return offer{}
	}
	os.Rename(dir, dir+".away")
	if o := next("deleted"); o.c != nil || !strings.Contains(o.warning, "the last good content is still shown") {
		t.Fatalf("a folder gone must keep the last good content: %+v", o.warning)
	}
	os.Rename(dir+".away", dir)
	if o := next("back"); o.c == nil || o.warning != "" {
		t.Fatalf("the folder back must be offered: %q", o.warning)
	}
	os.WriteFile(event, []byte(good[:len(good)/2]), 0o644)
	if o := next("half-written"); o.c != nil || !strings.Contains(o.warning, "events/1938-test.toml") {
		t.Fatalf("a half-written file must not be offered: %q", o.warning)
	}
	os.WriteFile(event, []byte(good), 0o644)
	o := next("finished")
	if o.c == nil || o.c.Event("1938-test") == nil || o.c.Event("1938-test").Title.In(content.EN) != "A test event, edited" {
		t.Fatalf("the finished file must be offered: %q", o.warning)
	}
}

const testEventSrc = `id = "1938-test"
date = "1938"
era = "deportation"
category = "history"

[title]
en = "A test event"
kk = "Сынақ оқиғасы"
ko = "시험 사건"
ru = "Тестовое событие"

[text]
en = "It happened."
kk = "Болған оқиға."
ko = "있었던 일이다."
ru = "Это случилось."

[[sources]]
title = "A source"
url = "https://example.org/a"
`
