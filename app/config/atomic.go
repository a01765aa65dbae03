package config

import (
	"os"
	"path/filepath"
)

// writeAtomic replaces the file at path with data: written to a temporary
// file beside it, synced, renamed over path, and the folder synced, so
// after a power cut at any point path holds either the old or the new
// settings, whole. On failure the temporary file is removed and path is
// untouched.
func writeAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(0o600); err == nil {
		if _, err = f.Write(data); err == nil {
			err = f.Sync()
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	if d, derr := os.Open(filepath.Dir(path)); derr == nil {
		_ = d.Sync() // the rename itself survives a power cut
		d.Close()
	}
	return nil
}
