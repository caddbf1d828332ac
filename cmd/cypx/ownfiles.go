package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/paths"
)

// ownFileError refuses an output path that is one of the files cypx keeps
// (the basket, the history, the saved searches, the settings), through a
// link or not, or that lies in the library's folder of sources, where a
// file is read as a source: --force replaces a file the user wrote, not
// cypx's own. Before, `export --basket -o …/basket.json --force` replaced
// the basket it was exported from with the pack, and the next command
// said "not a basket file".
func ownFileError(path string) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		target = path // a new file: its folder still says where it goes
	}
	if info, err := os.Stat(target); err == nil {
		for _, own := range []struct {
			file func() (string, error)
			what string
		}{{paths.Basket, "basket"}, {paths.History, "history"}, {paths.Saved, "saved searches"}, {paths.Config, "settings file"}} {
			if sameFile(info, own.file) {
				return fmt.Errorf("%s is cypx's %s: give another name", cell(path), own.what)
			}
		}
	}
	if folder, err := os.Stat(filepath.Dir(target)); err == nil && sameFile(folder, librarySourcesFolder) {
		return fmt.Errorf("%s is in cypx's library of sources, where every file is read as a source: give a name in another folder", cell(path))
	}
	return nil
}

// librarySourcesFolder is the folder of the library's sources.
func librarySourcesFolder() (string, error) {
	lib, err := userLibrary()
	if err != nil {
		return "", err
	}
	return filepath.Join(lib.Dir, corpus.SourcesDir), nil
}

// sameFile reports whether info is the file or folder that where names.
func sameFile(info os.FileInfo, where func() (string, error)) bool {
	p, err := where()
	if err != nil {
		return false
	}
	other, err := os.Stat(p)
	return err == nil && os.SameFile(info, other)
}
