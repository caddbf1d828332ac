package index

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/plainfile"
)

// facetTable holds the facet values of every document of one index
// snapshot, by document number, as small integers. Counting facets from it
// is a loop over the matches; bleve's own facets decode compressed doc
// values for every match instead, which took 25 ms of a 28 ms search at
// 24,000 matches.
//
// Document numbers belong to a snapshot's list of segments, so the table
// records that list (its signature) and is used only with the same one.
// Only indexes opened read-only use a table: their snapshot never changes.
type facetTable struct {
	sig    []segmentSig
	fields map[string]*facetColumn
	snap   bindex.IndexReader // the snapshot counted over; nil until in use
	// measures keeps measure searches over the snapshot (measurecache.go).
	measures measureCache
	// bounds keeps the terms' bounds of pruned searches (maxscore.go).
	bounds termBounds
}

// segmentSig identifies one segment of a snapshot and its document count,
// and Sum is the CRC-32 its file ends with (segmentSum): an older segment
// file copied back over a newer one of the same name and count (a partial
// restore of the cache, a sync tool) is a whole, valid segment whose
// documents are numbered otherwise, and the table saved for the newer one
// counted its facets wrongly, every run (hostile check 56). The sum tells
// the two apart.
type segmentSig struct {
	ID, Docs uint64
	Sum      uint32
}

// facetColumn is one field's values by document, in one of three layouts
// chosen for the field's shape: one code per document (kind, source,
// publisher), a bitmask per document (up to 64 themes), or lists. Entries
// are little-endian and kept as bytes, so a table read from its file is
// used as read, without decoding; at 100,000 items the table is 0.6 MB.
type facetColumn struct {
	terms  []string
	layout byte
	width  uint64 // bytes per document (one code, or bitmask)
	data   []byte // layoutOne, layoutSet: width bytes per document
	start  []byte // layoutLists: uint32 offsets into codes, one more than documents
	codes  []byte // layoutLists: uint32 codes
}

// The layouts of a facet column.
const (
	layoutOne   = 1 // at most one value per document; all ones is none
	layoutSet   = 2 // a bit per term
	layoutLists = 3 // a list of codes per document
)

func u32at(b []byte, i uint64) uint32 { return binary.LittleEndian.Uint32(b[4*i:]) }

// entry reads document doc's entry of a one-code or bitmask column.
func (c *facetColumn) entry(doc uint64) uint64 {
	switch c.width {
	case 1:
		return uint64(c.data[doc])
	case 2:
		return uint64(binary.LittleEndian.Uint16(c.data[2*doc:]))
	case 4:
		return uint64(binary.LittleEndian.Uint32(c.data[4*doc:]))
	default:
		return binary.LittleEndian.Uint64(c.data[8*doc:])
	}
}

// values appends document doc's codes to buf and returns it: the one
// reading of the three layouts, for counting facets and checking filters.
// The file is checksummed, but an entry out of range is still skipped
// rather than followed: a wrong count beats a crash.
func (c *facetColumn) values(doc uint64, buf []uint32) []uint32 {
	n := uint64(len(c.terms)) // a layoutOne entry of n itself is none
	switch c.layout {
	case layoutOne:
		if doc < uint64(len(c.data))/c.width {
			if v := c.entry(doc); v < n {
				buf = append(buf, uint32(v))
			}
		}
	case layoutSet:
		if doc < uint64(len(c.data))/c.width {
			for m := c.entry(doc); m != 0; m &= m - 1 {
				if v := uint64(bits.TrailingZeros64(m)); v < n {
					buf = append(buf, uint32(v))
				}
			}
		}
	case layoutLists:
		if doc+1 < uint64(len(c.start))/4 {
			from, to := uint64(u32at(c.start, doc)), uint64(u32at(c.start, doc+1))
			for j := from; j < to && j < uint64(len(c.codes))/4; j++ {
				if v := u32at(c.codes, j); uint64(v) < n {
					buf = append(buf, v)
				}
			}
		}
	}
	return buf
}

// widthFor is the smallest of 1, 2, 4 and 8 bytes holding n bits.
func widthFor(n int) uint64 {
	switch {
	case n <= 8:
		return 1
	case n <= 16:
		return 2
	case n <= 32:
		return 4
	}
	return 8
}

func putEntry(b []byte, width, doc, v uint64) {
	switch width {
	case 1:
		b[doc] = byte(v)
	case 2:
		binary.LittleEndian.PutUint16(b[2*doc:], uint16(v))
	case 4:
		binary.LittleEndian.PutUint32(b[4*doc:], uint32(v))
	default:
		binary.LittleEndian.PutUint64(b[8*doc:], v)
	}
}

// layOut stores (document, term) pairs in the smallest layout that fits.
func (c *facetColumn) layOut(docs uint64, pairs []docTerm) {
	per := make([]uint32, docs)
	single := true
	for _, p := range pairs {
		if per[p.doc]++; per[p.doc] > 1 {
			single = false
		}
	}
	n := len(c.terms)
	switch {
	case single && uint64(n) < 1<<32-1:
		c.layout, c.width = layoutOne, widthFor(bits.Len(uint(n))) // n itself means none
		c.data = make([]byte, docs*c.width)
		for doc := range docs {
			putEntry(c.data, c.width, doc, uint64(n))
		}
		for _, p := range pairs {
			putEntry(c.data, c.width, uint64(p.doc), uint64(p.term))
		}
	case n <= 64:
		c.layout, c.width = layoutSet, widthFor(n)
		c.data = make([]byte, docs*c.width)
		for _, p := range pairs {
			doc := uint64(p.doc)
			putEntry(c.data, c.width, doc, c.entry(doc)|1<<p.term)
		}
	default:
		c.layout = layoutLists
		start := make([]uint32, docs+1)
		for doc, k := range per {
			start[doc+1] = start[doc] + k
		}
		codes := make([]uint32, len(pairs))
		next := append([]uint32(nil), start[:docs]...)
		for _, p := range pairs {
			codes[next[p.doc]] = p.term
			next[p.doc]++
		}
		c.start, c.codes = littleEndian(start), littleEndian(codes)
	}
}

// tableFields are the fields a facet table holds.
var tableFields = []string{FieldTheme, FieldKind, FieldSource, FieldPublisher}

// facetTableFile is the table's file inside the index folder, so that an
// index rebuilt and renamed into place never meets an older table.
const facetTableFile = "cypx-facets.bin"

// SideFile is a file the index keeps in its folder beside bleve's, and
// what it is for, for a warning.
type SideFile struct{ Name, Role string }

// SideFiles are the plain files the index writes whole in its folder:
// the facet table and the record of checked segments. The cache clears
// whatever else stands at their names (a folder cannot be replaced by a
// file, so one planted there stood for good).
var SideFiles = []SideFile{{facetTableFile, "its facet table"}, {checkedFile, "its record of checked segments"}}

// facetTableMagic starts the file; a new layout changes it.
const facetTableMagic = "cypx facets 3\n"

// errNotNumbered means the index's internal ids are not the 8-byte document
// numbers scorch uses; facets are then left to bleve.
var errNotNumbered = errors.New("index: internal ids are not document numbers")

func docNumber(id bindex.IndexInternalID) (uint64, error) {
	if len(id) != 8 {
		return 0, errNotNumbered
	}
	return binary.BigEndian.Uint64(id), nil
}

// signature lists a snapshot's segments.
func signature(r bindex.IndexReader) ([]segmentSig, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, errNotNumbered
	}
	var sig []segmentSig
	for _, s := range snap.Segments() {
		sig = append(sig, segmentSig{ID: s.Id(), Docs: s.Segment().Count(), Sum: segmentSum(s.Segment())})
	}
	return sig, nil
}

// segmentSum is the CRC-32 a segment's file ends with (zapx writes it over
// all the bytes before it; checksum.go reads it whole once per file), read
// as its last four bytes: a read per segment, once per process. A segment
// with no file (in memory), or one that cannot be read, sums to 0.
func segmentSum(seg any) uint32 {
	p, ok := seg.(interface{ Path() string })
	if !ok || p.Path() == "" {
		return 0
	}
	f, err := os.Open(p.Path())
	if err != nil {
		return 0
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() < 4 {
		return 0
	}
	var b [4]byte
	if _, err := f.ReadAt(b[:], info.Size()-4); err != nil {
		return 0
	}
	return binary.BigEndian.Uint32(b[:])
}

// facetTable returns the table for a read-only index, loading it from the
// index folder or, the first time, building and saving it. It returns nil
// where facets must be left to bleve: an index in memory or being written.
func (ix *Index) facetTable() *facetTable {
	if !ix.readOnly || ix.path == "" || ix.bleveOnly {
		return nil
	}
	ix.tmu.Lock()
	defer ix.tmu.Unlock()
	if ix.tableTried {
		return ix.table
	}
	ix.tableTried = true
	r, err := ix.reader()
	if err != nil {
		return nil
	}
	sig, err := signature(r)
	if err != nil {
		r.Close()
		return nil
	}
	file := filepath.Join(ix.path, facetTableFile)
	t := readFacetTable(file, sig)
	if t == nil {
		// Built once per index, whatever asked first; the context of one
		// search must not leave every later one without a table.
		if t, err = buildFacetTable(context.Background(), r, sig); err != nil {
			r.Close()
			return nil
		}
		// A cache folder that cannot be written only costs the next start
		// the same build.
		_ = atomicfile.Replace(file, t.encode())
	}
	t.snap = r
	ix.table = t
	return t
}

// closeTable releases the table's snapshot.
func (ix *Index) closeTable() {
	ix.tmu.Lock()
	defer ix.tmu.Unlock()
	if ix.table != nil && ix.table.snap != nil {
		ix.table.snap.Close()
	}
	ix.table, ix.tableTried = nil, true
}

// buildFacetTable reads the postings of every term of the table's fields.
func buildFacetTable(ctx context.Context, r bindex.IndexReader, sig []segmentSig) (*facetTable, error) {
	var docs uint64
	for _, s := range sig {
		docs += s.Docs
	}
	t := &facetTable{sig: sig, fields: map[string]*facetColumn{}}
	for _, field := range tableFields {
		col, err := readColumn(ctx, r, field, docs)
		if err != nil {
			return nil, err
		}
		t.fields[field] = col
	}
	return t, nil
}

func readColumn(ctx context.Context, r bindex.IndexReader, field string, docs uint64) (*facetColumn, error) {
	dict, err := ownReads(r).FieldDict(field)
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	// Postings come term by term: gather (document, term) pairs, then lay
	// them out by document.
	var pairs []docTerm
	col := &facetColumn{}
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		code := uint32(len(col.terms))
		col.terms = append(col.terms, e.Term)
		tfr, err := r.TermFieldReader(ctx, []byte(e.Term), field, false, false, false)
		if err != nil {
			return nil, err
		}
		var d *bindex.TermFieldDoc
		for {
			if d, err = tfr.Next(d); err != nil || d == nil {
				break
			}
			n, nerr := docNumber(d.ID)
			if nerr == nil && n >= docs {
				nerr = fmt.Errorf("index: document %d beyond the snapshot's %d", n, docs)
			}
			if nerr != nil {
				err = nerr
				break
			}
			pairs = append(pairs, docTerm{uint32(n), code})
		}
		tfr.Close()
		if err != nil {
			return nil, err
		}
	}
	col.layOut(docs, pairs)
	return col, nil
}

// docTerm is one value of one document.
type docTerm struct{ doc, term uint32 }

func littleEndian(vs []uint32) []byte {
	b := make([]byte, 0, 4*len(vs))
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// sortFacetCounts orders counts most frequent first, then by value. Values
// are distinct, so no stable sort is needed (a stable one over 2,000
// sources took a fifth of a search).
func sortFacetCounts(fc []FacetCount) {
	slices.SortFunc(fc, func(a, b FacetCount) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return strings.Compare(a.Value, b.Value)
	})
}

// encode writes the table: the magic line, the signature, then each field's
// name, layout, terms and entries, all little-endian, and a checksum.
func (t *facetTable) encode() []byte {
	var b bytes.Buffer
	b.WriteString(facetTableMagic)
	u32 := func(v uint32) { b.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	str := func(s string) { u32(uint32(len(s))); b.WriteString(s) }
	u32s := func(vs []byte) {
		u32(uint32(len(vs) / 4))
		b.Write(vs)
	}
	u32(uint32(len(t.sig)))
	for _, s := range t.sig {
		b.Write(binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(nil, s.ID), s.Docs))
		u32(s.Sum)
	}
	u32(uint32(len(tableFields)))
	for _, f := range tableFields {
		col := t.fields[f]
		str(f)
		b.WriteByte(col.layout)
		b.WriteByte(byte(col.width))
		u32(uint32(len(col.terms)))
		for _, term := range col.terms {
			str(term)
		}
		if col.layout == layoutLists {
			u32s(col.start)
			u32s(col.codes)
		} else {
			u32(uint32(len(col.data)))
			b.Write(col.data)
		}
	}
	return binary.LittleEndian.AppendUint32(b.Bytes(), crc32.Checksum(b.Bytes(), castagnoli))
}

// castagnoli checksums the table file, so a damaged one is rebuilt rather
// than miscounting.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// readFacetTable reads a table saved for the snapshot sig; any other file,
// or none, gives nil.
func readFacetTable(path string, sig []segmentSig) *facetTable {
	// Not os.ReadFile: a FIFO or a link to /dev/zero in its place would
	// hang the first count of facets.
	data, err := plainfile.Read(path, maxSideFile)
	if err != nil || !bytes.HasPrefix(data, []byte(facetTableMagic)) || len(data) < len(facetTableMagic)+4 {
		return nil
	}
	body, sum := data[:len(data)-4], data[len(data)-4:]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(sum) {
		return nil
	}
	d := decoder{data: body[len(facetTableMagic):]}
	n := d.u32()
	if int(n) != len(sig) {
		return nil
	}
	var docs uint64
	for _, s := range sig {
		if d.u64() != s.ID || d.u64() != s.Docs || d.u32() != s.Sum {
			return nil
		}
		docs += s.Docs
	}
	t := &facetTable{sig: sig, fields: map[string]*facetColumn{}}
	for nf := d.u32(); nf > 0 && d.err == nil; nf-- {
		name := d.str()
		head := d.take(2)
		if head == nil {
			return nil
		}
		col := &facetColumn{layout: head[0]}
		width := uint64(head[1])
		for nt := d.u32(); nt > 0 && d.err == nil; nt-- {
			col.terms = append(col.terms, d.str())
		}
		switch col.layout {
		case layoutLists:
			col.start, col.codes = d.u32s(), d.u32s()
			if d.err != nil || uint64(len(col.start)) != 4*(docs+1) || uint64(u32at(col.start, docs)) != uint64(len(col.codes))/4 {
				return nil
			}
		case layoutOne, layoutSet:
			col.width, col.data = width, d.take(uint64(d.u32()))
			if d.err != nil || (width != 1 && width != 2 && width != 4 && width != 8) || uint64(len(col.data)) != docs*width {
				return nil
			}
		default:
			return nil
		}
		t.fields[name] = col
	}
	for _, f := range tableFields {
		if t.fields[f] == nil {
			return nil
		}
	}
	if d.err != nil || len(d.data) != 0 {
		return nil
	}
	return t
}

// decoder reads the table's encoding, remembering the first error.
type decoder struct {
	data []byte
	err  error
}

func (d *decoder) take(n uint64) []byte {
	if d.err != nil || n > uint64(len(d.data)) {
		d.err = errors.New("facet table: truncated")
		return nil
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *decoder) u32() uint32 {
	if b := d.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *decoder) u64() uint64 {
	if b := d.take(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) str() string { return string(d.take(uint64(d.u32()))) }

func (d *decoder) u32s() []byte { return d.take(4 * uint64(d.u32())) }

// holds says whether the table has all the fields.
func (t *facetTable) holds(fields []string) bool {
	for _, f := range fields {
		if t.fields[f] == nil {
			return false
		}
	}
	return true
}
