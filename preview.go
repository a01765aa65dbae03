package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"github.com/koryo-exhibit/koryo/app/content"
	"github.com/koryo-exhibit/koryo/app/watch"
	"github.com/koryo-exhibit/koryo/assets"
	"github.com/koryo-exhibit/koryo/screens"
)

// loadFolder loads a content folder over the bundled content; it returns
// the errors (warnings are logged only).
func loadFolder(dir string) (*content.Content, content.Problems) {
	dir = filepath.Clean(dir)
	c, _, ps := content.LoadFolder(assets.Content(), os.DirFS(dir), dir, time.Now())
	return c, ps.Errors()
}

// livePreview reloads the content folder whenever a file in it changes
// (checked twice a second) and keeps the last good content when a change
// breaks it, showing the problem above the screen.
func livePreview(dir string, s *screens.Shell) {
	defer logPanic()
	f := watch.New(dir)
	f.Poll(500*time.Millisecond, nil, func() {
		c, errs := loadFolder(dir)
		fyne.Do(func() {
			if len(errs) > 0 {
				log.Print(errs.Error())
				s.SetNotice(fmt.Sprintf("%s: %d error(s); still showing the last good content. %s",
					dir, len(errs), errs[0].Error()))
				return
			}
			s.SetContent(c)
			s.SetNotice("")
		})
	})
}
