package content

import (
	"errors"
	"fmt"
	"image"
	"io"
	"io/fs"
	"strings"
)

// Limits on what a content folder may hold, so that a hostile or broken
// file costs a clear message and never the kiosk's memory.
const (
	MaxFileBytes  = 4 << 20  // a content file (TOML); the longest bundled one is under 20 KB
	MaxImageBytes = 32 << 20 // an event's picture
	MaxImageSide  = 8192     // pixels, either way; checked from the header, before decoding
)

// readLimited reads a whole file of at most limit bytes, checking its size
// before reading and never reading more than limit+1 bytes (a file that
// grows while it is read is refused too).
func readLimited(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(512)
	if fi, err := f.Stat(); err == nil {
		if fi.Size() > limit {
			return nil, tooLarge(fi.Size(), limit)
		}
		size = fi.Size() + 1 // one read for the file, one that finds its end
	}
	data, err := readSized(io.LimitReader(f, limit+1), int(size))
	if err == nil && int64(len(data)) > limit {
		err = tooLarge(int64(len(data)), limit)
	}
	return data, err
}

// readSized is io.ReadAll into a buffer of the expected size: for 12,000
// small files, growing the buffer from 512 bytes took a third of the
// reads and most of the copying.
func readSized(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

func tooLarge(size, limit int64) error {
	return fmt.Errorf("the file is %s; a content file may be at most %s", bytesText(size), bytesText(limit))
}

func bytesText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// checkPicture reads only the header of the picture at name and refuses
// what is not a PNG or JPEG, or is larger than the limits.
func checkPicture(fsys fs.FS, name string) error {
	if strings.HasPrefix(name, "/") || strings.Contains(name, `\`) || !fs.ValidPath(name) {
		return errors.New("must be a path inside the content folder, such as images/photo.jpg (no leading /, no ..)")
	}
	f, err := fsys.Open(name)
	if err != nil {
		return readError(err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxImageBytes {
		return fmt.Errorf("the picture is %s; at most %s", bytesText(fi.Size()), bytesText(MaxImageBytes))
	}
	cfg, _, err := image.DecodeConfig(io.LimitReader(f, MaxImageBytes))
	if err != nil {
		return fmt.Errorf("not a PNG or JPEG picture (%v)", err)
	}
	if cfg.Width > MaxImageSide || cfg.Height > MaxImageSide || cfg.Width <= 0 || cfg.Height <= 0 {
		return fmt.Errorf("the picture is %d×%d pixels; at most %d×%d", cfg.Width, cfg.Height, MaxImageSide, MaxImageSide)
	}
	return nil
}

// readError says why a file could not be read, in a curator's words for
// what the folder refuses.
func readError(err error) error {
	err = unwrapPath(err)
	switch msg := err.Error(); {
	case strings.Contains(msg, "path escapes from parent"):
		return errors.New("refused: it leads outside the content folder (a link or ..); nothing outside the folder is read")
	case strings.Contains(msg, "too many levels of symbolic links"):
		return errors.New("refused: a loop of symbolic links")
	}
	return err
}
