package cache

import (
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/pipeline"
	"golang.org/x/sys/unix"
)

// A default start stats every source file, so that a file rewritten in
// place is seen at once. Through fs.FS each stat names the file by its
// whole path, which the kernel walks again folder by folder, and gives a
// FileInfo to throw away; at 20,000 files that was most of a start's CPU.
// Where the sources are folders on disk (os.DirFS, or library.Merge of one
// with the embedded corpus), each folder is opened once, its names read,
// and each file stat-ed relative to it (fstatat): the same answers (a
// link followed as fs.Stat follows it), one name looked up a file. Any
// file whose stat fails, and any layer that is not a folder on disk, is
// asked through fs.FS, so the errors recorded are the ones it gives.

// dirFSType is the type os.DirFS returns: a string, the folder's path.
var dirFSType = reflect.TypeOf(os.DirFS("."))

// osFolder is the folder on disk an fs.FS made by os.DirFS reads.
func osFolder(fsys fs.FS) (string, bool) {
	if fsys == nil || reflect.TypeOf(fsys) != dirFSType || reflect.ValueOf(fsys).Kind() != reflect.String {
		return "", false
	}
	dir := reflect.ValueOf(fsys).String()
	return dir, dir != ""
}

// listedFile is a source file of one layer of the corpus.
type listedFile struct {
	file  string
	layer int
}

// listAndStatFolders is ListFiles and statFiles in one pass, where at
// least one layer of the corpus is a folder on disk; ok is false
// otherwise, or when a folder of sources cannot be opened or read, and the
// caller then lists and stats through fs.FS (which says what is wrong).
// A file in two layers is the first's, as library.Merge reads it.
func listAndStatFolders(fsys fs.FS) (files []string, states []fileState, ok bool) {
	layers := []fs.FS{fsys}
	if l, isLayered := fsys.(layered); isLayered {
		layers = l.Layers()
	}
	if !slices.ContainsFunc(layers, func(l fs.FS) bool { _, onDisk := osFolder(l); return onDisk }) {
		return nil, nil, false
	}
	folders := make([]*os.File, len(layers))
	defer func() {
		for _, f := range folders {
			if f != nil {
				f.Close()
			}
		}
	}()
	var listed []listedFile
	for i, l := range layers {
		names, folder, err := listLayer(l)
		if err != nil {
			return nil, nil, false
		}
		folders[i] = folder
		for _, name := range names {
			if strings.HasSuffix(name, ".md") {
				listed = append(listed, listedFile{corpus.SourcesDir + "/" + name, i})
			}
		}
	}
	slices.SortFunc(listed, func(a, b listedFile) int {
		if c := strings.Compare(a.file, b.file); c != 0 {
			return c
		}
		return a.layer - b.layer
	})
	listed = slices.CompactFunc(listed, func(a, b listedFile) bool { return a.file == b.file })
	fds := make([]int, len(folders))
	for i, f := range folders {
		fds[i] = -1
		if f != nil {
			fds[i] = int(f.Fd())
		}
	}
	files = make([]string, len(listed))
	states = make([]fileState, len(listed))
	pipeline.Parallel(len(listed), func(i int) {
		files[i] = listed[i].file
		if fd := fds[listed[i].layer]; fd >= 0 {
			var st unix.Stat_t
			if err := unix.Fstatat(fd, listed[i].file[len(corpus.SourcesDir)+1:], &st, 0); err == nil {
				states[i] = fileState{Size: st.Size, ModTime: time.Unix(st.Mtim.Sec, st.Mtim.Nsec).UTC()}
				return
			}
		}
		states[i] = statFile(fsys, listed[i].file)
	})
	return files, states, true
}

// listLayer reads the names in a layer's folder of sources: one on disk is
// opened, and left open for the stats (folder); another is read through
// fs.FS (the embedded corpus, in memory).
func listLayer(l fs.FS) (names []string, folder *os.File, err error) {
	dir, onDisk := osFolder(l)
	if !onDisk {
		entries, err := fs.ReadDir(l, corpus.SourcesDir)
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names, nil, err
	}
	if !os.IsPathSeparator(dir[len(dir)-1]) {
		dir += string(os.PathSeparator)
	}
	folder, err = os.OpenFile(dir+corpus.SourcesDir, os.O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, nil, err
	}
	if names, err = folder.Readdirnames(-1); err != nil {
		folder.Close()
		return nil, nil, err
	}
	return names, folder, nil
}
