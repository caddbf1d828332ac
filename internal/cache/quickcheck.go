package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/folderstamp"
	"github.com/cypx/cypx/internal/plainfile"
)

// A start of a large library does not stat every source file. After a
// full check (every file listed and stat-ed) found the manifest current,
// a small record beside it says so, with the time of that check, a stamp
// of each folder of sources (its modification and change times and inode)
// and the states of the newest files. For quickMaxAge after that check a
// start trusts the record if the folders' stamps are the same and so are
// the newest files' sizes and modification times: adding, removing or
// renaming a file changes its folder's times, so the names the manifest
// lists are the names there. What this does not see is a file rewritten in
// place (the folder's times stay as they were) other than one of the
// newest: that is seen by the first start after quickMaxAge, which checks
// every file again. A library of fewer than quickMinFiles files is checked
// file by file at every start, as it costs little.
var (
	// quickMinFiles is the smallest library checked by its folders: at
	// 1,000 files the stats cost a start about 2 ms of CPU.
	quickMinFiles = 1000
	// quickMaxAge is how long a full check is trusted.
	quickMaxAge = time.Minute
	// quickNewest is how many of the most recently modified files are
	// stat-ed at every start: the ones being worked on are edited again.
	quickNewest = 64
	// racyMargin is how much older than the check a folder's times must
	// be to be trusted: a change within the same tick of a coarse clock
	// (a second on some file systems) leaves the time as it was.
	racyMargin = 2 * time.Second
	// clock is the time of a check (tests move it).
	clock = time.Now
)

// checkFile is the record of the last full check.
const checkFile = "checked-sources.json"

// maxCheckFile bounds the record's read: it holds a few dozen names.
const maxCheckFile = 1 << 20

// checkRecord vouches for a manifest until CheckedAt+quickMaxAge.
type checkRecord struct {
	// Manifest is the stamp of the manifest file it vouches for: a
	// manifest written since (an update, a rebuild) is another file.
	Manifest  string      `json:"manifest"`
	CheckedAt time.Time   `json:"checked_at"`
	Files     int         `json:"files"`
	Folders   []string    `json:"folders"`
	Newest    []fileEntry `json:"newest"`
}

type fileEntry struct {
	File  string    `json:"file"`
	State fileState `json:"state"`
}

// layered is a corpus made of several (library.Merge): each has its own
// folder of sources, stamped apart.
type layered interface{ Layers() []fs.FS }

// folderStamps stamps each folder of sources the corpus reads; ok is false
// when one cannot be stamped or is too recent to be trusted at now.
func folderStamps(fsys fs.FS, now time.Time) (stamps []string, ok bool) {
	layers := []fs.FS{fsys}
	if l, isLayered := fsys.(layered); isLayered {
		layers = l.Layers()
	}
	ok = true
	for _, l := range layers {
		info, err := fs.Stat(l, corpus.SourcesDir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			stamps = append(stamps, "none")
			continue
		case err != nil:
			return nil, false
		case info.ModTime().IsZero():
			// Embedded in the program (the bundled corpus): its listing
			// is in memory and costs nothing to read.
			entries, err := fs.ReadDir(l, corpus.SourcesDir)
			if err != nil {
				return nil, false
			}
			h := sha256.New()
			for _, e := range entries {
				h.Write([]byte(e.Name()))
				h.Write([]byte{0})
			}
			stamps = append(stamps, "listing "+hex.EncodeToString(h.Sum(nil)[:12]))
			continue
		}
		stamp, changed := folderstamp.Of(info)
		if age := now.Sub(changed); age < racyMargin {
			ok = false
		}
		stamps = append(stamps, stamp)
	}
	return stamps, ok
}

// fileStamp says which file is at path: another file written in its
// place (a rename, as writeManifest does) has another stamp.
func fileStamp(path string) (string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	stamp, _ := folderstamp.Of(info)
	return stamp, nil
}

// quickCheck says whether the record of the last full check still vouches
// for the manifest, so the start need not list and stat the files. The
// manifest's entries are the files, with their states, when it does.
func quickCheck(fsys fs.FS, dir string) bool {
	data, err := plainfile.Read(filepath.Join(dir, checkFile), maxCheckFile)
	if err != nil {
		return false
	}
	var rec checkRecord
	if json.Unmarshal(data, &rec) != nil {
		return false
	}
	now := clock()
	if age := now.Sub(rec.CheckedAt); age < 0 || age > quickMaxAge || rec.Files < quickMinFiles {
		return false
	}
	if m, err := fileStamp(filepath.Join(dir, manifestFile)); err != nil || m != rec.Manifest {
		return false
	}
	if stamps, _ := folderStamps(fsys, now); stamps == nil || !slices.Equal(stamps, rec.Folders) {
		return false
	}
	for _, e := range rec.Newest {
		info, err := fs.Stat(fsys, e.File)
		if err != nil || info.Size() != e.State.Size || !info.ModTime().UTC().Equal(e.State.ModTime) {
			return false
		}
	}
	return true
}

// embeddedUnchanged says whether the files embedded in the program (whose
// time is zero) still have the hashes the manifest records: a full check
// hashes them at every start, as their time says nothing.
func embeddedUnchanged(fsys fs.FS, m *manifest) bool {
	for _, e := range m.Entries {
		if e.State == (fileState{}) || !e.State.ModTime.IsZero() {
			continue
		}
		data, err := fs.ReadFile(fsys, e.File)
		if err != nil || hashBytes(data) != e.State.Hash {
			return false
		}
	}
	return true
}

// fullCheck is what a full check saw of the folders, taken before the
// files were listed, so a change made while they were is a change of stamp.
type fullCheck struct {
	at      time.Time
	folders []string
	trusted bool
}

// startFullCheck stamps the folders before a full check lists the files.
func startFullCheck(fsys fs.FS) fullCheck {
	at := clock()
	folders, ok := folderStamps(fsys, at)
	return fullCheck{at: at, folders: folders, trusted: ok}
}

// recordCheck writes the record of a full check that found the files'
// states (each at its file's index) and the manifest now in dir to agree,
// when the user asked for the quick check (Options.TrustFolders; by
// default no start reads the record, so none writes it). Large libraries
// only, and only when every file could be read: an unreadable file may become readable with no
// change of time (a change of permissions), so it is looked at every
// start. Failing to write the record costs the next start a full check,
// nothing more, so an error is not reported.
func recordCheck(o Options, dir string, c fullCheck, files []string, states []fileState) {
	if !o.TrustFolders {
		return
	}
	path := filepath.Join(dir, checkFile)
	if !c.trusted || len(states) < quickMinFiles {
		os.Remove(path)
		return
	}
	newest := make([]fileEntry, 0, len(states))
	for i, st := range states {
		if strings.HasPrefix(st.Hash, "unreadable: ") {
			os.Remove(path)
			return
		}
		if !st.ModTime.IsZero() {
			newest = append(newest, fileEntry{files[i], st})
		}
	}
	slices.SortFunc(newest, func(a, b fileEntry) int {
		if c := b.State.ModTime.Compare(a.State.ModTime); c != 0 {
			return c
		}
		return strings.Compare(a.File, b.File)
	})
	newest = newest[:min(len(newest), quickNewest)]
	for i := range newest {
		newest[i].State.Hash = ""
	}
	m, err := fileStamp(filepath.Join(dir, manifestFile))
	if err != nil {
		os.Remove(path)
		return
	}
	data, err := json.Marshal(checkRecord{Manifest: m, CheckedAt: c.at, Files: len(states), Folders: c.folders, Newest: newest})
	if err == nil {
		err = atomicfile.Replace(path, data)
	}
	if err != nil {
		os.Remove(path)
	}
}
