package cache

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"time"
	"unsafe"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
)

// manifestFile is a layout of cypx's own: at 20,000 sources gob took
// 25-30 ms of every start to decode, most of it making each of some
// 300,000 strings, where this reads them as parts of one. It ends in a
// checksum, so damage that would still decode is damage. The name changes
// with the layout.
const manifestFile = "manifest-3.bin"

// gobManifestFile is the layout before, read when there is no other (and
// then written again in the new one), so an update of cypx does not
// rebuild every index.
const gobManifestFile = "manifest-2.gob"

const manifestMagic = "cypx manifest 3\n"

// maxManifest bounds the manifest read: some 250 bytes a source, so 64 MB
// is far beyond any library, and a file past it is damage, rebuilt.
const maxManifest = 64 << 20

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errManifest is a manifest that does not read back: damage, rebuilt.
var errManifest = errors.New("the manifest is damaged")

// readManifest reads the manifest, or the gob one an older cypx wrote
// (legacy is then set, so it is written again in the new layout).
func readManifest(dir string) (m *manifest, err error) {
	// Not os.ReadFile: a manifest made a FIFO or a link to /dev/zero would
	// hang every start (waiting for a writer, or reading without end).
	data, err := plainfile.Read(filepath.Join(dir, manifestFile), maxManifest)
	if errors.Is(err, fs.ErrNotExist) {
		return readGobManifest(dir)
	}
	if err != nil {
		return nil, err
	}
	return decodeManifest(data)
}

func readGobManifest(dir string) (*manifest, error) {
	data, err := plainfile.Read(filepath.Join(dir, gobManifestFile), maxManifest)
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&m); err != nil {
		return nil, err
	}
	m.legacy = true
	return &m, nil
}

// manifestExists says whether a manifest of either layout is there.
func manifestExists(dir string) error {
	_, err := os.Stat(filepath.Join(dir, manifestFile))
	if errors.Is(err, fs.ErrNotExist) {
		_, err = os.Stat(filepath.Join(dir, gobManifestFile))
	}
	return err
}

// dropManifest removes the manifest, of every layout, and the record of
// the last check that vouches for it, before the index is changed in place
// (an update) or replaced (a rebuild's rename): until the new manifest is
// written, none vouches for the index. An update cut short (a full disk
// refusing its new segments once its deletes were made, ctrl+c, a kill)
// left the manifest of before beside an index holding fewer items, and
// the next run called the index "damaged"; with no manifest it rebuilds
// the index without a word, as a first run does.
func dropManifest(dir string) error {
	for _, name := range []string{checkFile, manifestFile, gobManifestFile, "manifest.gob"} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// writeManifest replaces the manifest atomically: temp file, sync, rename.
func writeManifest(dir string, m *manifest) error {
	// The record of the last check vouches for the manifest it names
	// only, but a new one must not outlive a failed write either.
	os.Remove(filepath.Join(dir, checkFile))
	if err := atomicfile.Replace(filepath.Join(dir, manifestFile), encodeManifest(m)); err != nil {
		return err
	}
	m.legacy = false
	// The layouts before, if any.
	os.Remove(filepath.Join(dir, gobManifestFile))
	os.Remove(filepath.Join(dir, "manifest.gob"))
	return nil
}

func encodeManifest(m *manifest) []byte {
	b := []byte(manifestMagic)
	str := func(s string) {
		b = binary.AppendVarint(b, int64(len(s)))
		b = append(b, s...)
	}
	num := func(n int64) { b = binary.AppendVarint(b, n) }
	flag := func(f bool) {
		if f {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	date := func(d evidence.Date) { num(int64(d.Year)); num(int64(d.Month)); num(int64(d.Day)) }
	str(m.Version)
	str(m.ThemesHash)
	num(int64(len(m.Entries)))
	for _, e := range m.Entries {
		str(e.File)
		num(e.State.Size)
		flag(!e.State.ModTime.IsZero())
		if !e.State.ModTime.IsZero() {
			num(e.State.ModTime.Unix())
			num(int64(e.State.ModTime.Nanosecond()))
		}
		str(e.State.Hash)
		flag(e.Source != nil)
		if s := e.Source; s != nil {
			for _, f := range []string{s.ID, s.Title, s.Section, s.Publisher, s.Author, s.Place, s.URL, string(s.Type), s.About, s.Note, s.File} {
				str(f)
			}
			date(s.Date)
			date(s.Accessed)
		}
		num(int64(len(e.Kinds)))
		for _, k := range e.Kinds {
			str(string(k.Kind))
			num(int64(k.N))
		}
	}
	num(int64(len(m.Problems)))
	for _, p := range m.Problems {
		str(p.File)
		num(int64(p.Line))
		str(p.Message)
		flag(p.Skipped)
		str(p.Key)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// manifestReader reads the fields of a manifest: b and s are the same
// bytes, s to take each string field as a part of one string. A read past
// the end or out of bounds sets bad, and nothing more is read.
type manifestReader struct {
	b   []byte
	s   string
	off int
	bad bool
}

func (r *manifestReader) num() int64 {
	if r.bad {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.off += n
	return v
}

// count reads a length: not negative, and no more than the bytes left
// (each thing counted takes a byte at least).
func (r *manifestReader) count() int {
	n := r.num()
	if n < 0 || n > int64(len(r.b)-r.off) {
		r.bad = true
		return 0
	}
	return int(n)
}

func (r *manifestReader) str() string {
	n := r.count()
	if r.bad {
		return ""
	}
	v := r.s[r.off : r.off+n]
	r.off += n
	return v
}

func (r *manifestReader) flag() bool {
	if r.bad || r.off == len(r.b) || r.b[r.off] > 1 {
		r.bad = true
		return false
	}
	r.off++
	return r.b[r.off-1] == 1
}

func (r *manifestReader) int() int { return int(r.num()) }

func (r *manifestReader) date() evidence.Date {
	return evidence.Date{Year: r.int(), Month: r.int(), Day: r.int()}
}

// decodeManifest reads a manifest from data, which must not change after:
// its strings are parts of it.
func decodeManifest(data []byte) (*manifest, error) {
	if len(data) < len(manifestMagic)+4 || string(data[:len(manifestMagic)]) != manifestMagic {
		return nil, fmt.Errorf("%w: not a manifest of this layout", errManifest)
	}
	body := data[:len(data)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(data[len(body):]) {
		return nil, fmt.Errorf("%w: its checksum does not match", errManifest)
	}
	rest := body[len(manifestMagic):]
	r := &manifestReader{b: rest}
	if len(rest) > 0 {
		// The strings read are parts of data, which no one changes
		// after: copying it (5 MB at 20,000 sources) bought nothing.
		r.s = unsafe.String(&rest[0], len(rest))
	}
	m := &manifest{Version: r.str(), ThemesHash: r.str()}
	m.Entries = make([]entry, r.count())
	sources := 0
	var srcs []evidence.Source
	var kinds []kindCount
	for i := range m.Entries {
		e := &m.Entries[i]
		e.File = r.str()
		e.State.Size = r.num()
		if r.flag() {
			e.State.ModTime = time.Unix(r.num(), r.num()).UTC()
		}
		e.State.Hash = r.str()
		if r.flag() {
			if sources == len(srcs) {
				// One allocation for many sources, not one each.
				srcs = make([]evidence.Source, min(len(m.Entries)-i, 4096))
				sources = 0
			}
			s := &srcs[sources]
			sources++
			s.ID, s.Title, s.Section, s.Publisher, s.Author, s.Place = r.str(), r.str(), r.str(), r.str(), r.str(), r.str()
			s.URL, s.Type, s.About, s.Note, s.File = r.str(), evidence.SourceType(r.str()), r.str(), r.str(), r.str()
			s.Date, s.Accessed = r.date(), r.date()
			e.Source = s
		}
		if n := r.count(); n > 0 {
			if len(kinds) < n {
				kinds = make([]kindCount, max(n, 4096))
			}
			e.Kinds, kinds = kinds[:n:n], kinds[n:]
			for k := range e.Kinds {
				e.Kinds[k] = kindCount{evidence.Kind(r.str()), r.int()}
			}
		}
		if r.bad {
			return nil, fmt.Errorf("%w: entry %d does not read", errManifest, i)
		}
	}
	m.Problems = make([]corpus.Problem, r.count())
	for i := range m.Problems {
		m.Problems[i] = corpus.Problem{File: r.str(), Line: r.int(), Message: r.str(), Skipped: r.flag(), Key: r.str()}
	}
	if r.bad || r.off != len(r.b) {
		return nil, fmt.Errorf("%w: it does not read to its end", errManifest)
	}
	if len(m.Problems) == 0 {
		m.Problems = nil
	}
	return m, nil
}
