package stats

import (
	"io"
	"os"
	"path/filepath"
)

// appendLines appends lines to the file at path in one write and syncs it.
// A file that does not end in a newline (a crash or a full disk cut its
// last line short) gets one first, so the damaged line never swallows the
// next visit. If the write or the sync fails, the file is cut back to its
// old length: a reader never finds half a line from us.
func appendLines(path string, lines [][]byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	size, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		f.Close()
		return err
	}
	var buf []byte
	if size > 0 && !endsInNewline(f, size) {
		buf = append(buf, '\n')
	}
	for _, l := range lines {
		buf = append(buf, l...)
	}
	_, err = f.Write(buf)
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		_ = f.Truncate(size)
		_ = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func endsInNewline(f *os.File, size int64) bool {
	b := make([]byte, 1)
	_, err := f.ReadAt(b, size-1)
	return err != nil || b[0] == '\n'
}
