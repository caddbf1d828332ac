package index

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path/filepath"
	"sync/atomic"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/plainfile"
)

// A segment damaged in place between two runs (a disk, a backup tool,
// another program), its size and modification time kept, is not damage a
// stat can see, and not all of it fails to decode: a dictionary with a few
// bytes changed can still be walked and simply not hold a word, so a search
// answers "nothing" where it found three items. Every segment file ends
// with a CRC-32 (IEEE) of all its bytes before it, which zapx writes and
// never reads; the index reads it once per file.
//
// Reading a whole segment on every open would cost a start as much as the
// index's size (1.3 GB at a million items), so a file whose checksum held
// is remembered in the index folder (checkedFile) by its name, size, inode
// and change time. The change time is the kernel's: writing to a file sets
// it, and no program can set it back (os.Chtimes sets the modification
// time, and changes the change time as it does). A file whose mark differs
// from the remembered one is read again. Where the change time is not
// known (fileID), the modification time stands in, and in-place damage
// that keeps it is not caught between runs.

// checkedFile records the segments whose checksums held.
const checkedFile = "cypx-checked.json"

// maxSideFile bounds the read of the files cypx keeps beside bleve's (the
// record of checked segments, the facet table): far beyond either at a
// million items, it is there so that only plain files are read.
const maxSideFile = 1 << 30

// segmentID is what identifies one version of a file's bytes.
type segmentID struct {
	Size   int64  `json:"size"`
	Inode  uint64 `json:"inode"`
	Change int64  `json:"change"` // change time, ns
}

// checkedSegments reads the record of checked segments of the index at
// dir; a missing or unreadable record only means the files are read again.
func checkedSegments(dir string) map[string]segmentID {
	// A FIFO or a link to /dev/zero in its place must not hang the open.
	data, err := plainfile.Read(filepath.Join(dir, checkedFile), maxSideFile)
	if err != nil {
		return map[string]segmentID{}
	}
	var m map[string]segmentID
	if json.Unmarshal(data, &m) != nil || m == nil {
		return map[string]segmentID{}
	}
	return m
}

// verifyStore verifies the segment files of the index at dir before bleve
// opens it, and returns what each was (by path) when verified. bleve reads
// every segment's footer and field table as it opens, and an index opened
// to write starts merging at once on goroutines of its own: damage read
// there is a crash no recover reaches (a length read from a damaged footer
// can ask for more memory than the machine has, which Go does not turn
// into a panic). files are the store's segment files (plainFiles).
func verifyStore(dir string, files []string) (map[string]segmentID, error) {
	ids := make(map[string]segmentID, len(files))
	for _, f := range files {
		if info, err := os.Stat(f); err == nil {
			ids[f] = fileID(info)
		}
	}
	if err := checkSegments(dir, files, ids, true); err != nil {
		return nil, err
	}
	return ids, nil
}

// checkSegments verifies the checksum of every file in files not already
// recorded with the same identity, and records the files that pass. A file
// that fails is damage. When files are all the index's segment files
// (all), the record keeps only them; otherwise it keeps what it held too.
func checkSegments(dir string, files []string, ids map[string]segmentID, all bool) error {
	record := checkedSegments(dir)
	kept := make(map[string]segmentID, len(files))
	if !all {
		maps.Copy(kept, record)
	}
	changed := false
	for _, f := range files {
		id, ok := ids[f]
		if !ok {
			continue // deleted: bleve retired it
		}
		name := filepath.Base(f)
		if was, ok := record[name]; ok && was == id {
			kept[name] = id
			continue
		}
		if err := segmentChecksum(f); err != nil {
			return fmt.Errorf("%w: %s %v", ErrDamaged, f, err)
		}
		kept[name], changed = id, true
	}
	if changed || len(kept) != len(record) {
		data, err := json.Marshal(kept)
		if err == nil {
			// A cache folder that cannot be written costs the next open
			// the same reads, nothing more.
			_ = atomicfile.Replace(filepath.Join(dir, checkedFile), data)
		}
	}
	return nil
}

// checksumsRead counts the segment files read whole, for the tests that
// show a file is read once, not on every open.
var checksumsRead atomic.Int64

// segmentChecksum reads a segment file whole and compares the CRC-32 of
// all but its last four bytes with those four (big-endian), as zapx
// writes them.
func segmentChecksum(path string) error {
	checksumsRead.Add(1)
	// Opening a FIFO to read waits for a writer: the name is checked first.
	if info, err := os.Stat(path); err != nil {
		return err
	} else if !info.Mode().IsRegular() {
		return plainfile.ErrNotRegular
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if info.Size() < 4 {
		return fmt.Errorf("is %d bytes, too short for a segment", info.Size())
	}
	h := crc32.NewIEEE()
	if _, err := io.CopyN(h, f, info.Size()-4); err != nil {
		return err
	}
	var tail [4]byte
	if _, err := io.ReadFull(f, tail[:]); err != nil {
		return err
	}
	if want := binary.BigEndian.Uint32(tail[:]); h.Sum32() != want {
		return fmt.Errorf("fails its checksum (%08x, recorded %08x)", h.Sum32(), want)
	}
	return nil
}
