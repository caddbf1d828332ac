package index

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/cypx/cypx/internal/evidence"
)

// decodeHit makes a hit of an item's stored JSON (the fieldDoc field), the
// one decoding of stored JSON, wherever bleve or the facet table found
// them (an item with figures is read from its outline: storedHit).
func decodeHit(id string, raw []byte, score float64) (Hit, error) {
	var it evidence.Item
	// Called directly, not through json.Unmarshal, which would scan the
	// item twice (checking it, then finding its end) before handing it to
	// this same method, which checks it again: a fifth of a decoding.
	if err := it.UnmarshalJSON(raw); err != nil {
		return Hit{}, fmt.Errorf("index: item %s: %w (%v)", id, errStored, err)
	}
	if it.ID != id {
		// Cheap to check, and the one sign of a damaged store whose bytes
		// still decode: the item is not the document it is stored under.
		return Hit{}, fmt.Errorf("index: item %s: %w (it reads as %q)", id, errStored, it.ID)
	}
	return Hit{Item: it, Score: score}, nil
}

// crc is the checksum that seals each stored field (Castagnoli: in
// hardware, a few GB/s).
var crc = crc32.MakeTable(crc32.Castagnoli)

// seal is a stored field as the index keeps it: its bytes, then their
// checksum (4 bytes, big-endian). Bytes of a segment damaged in place can
// still decode, as another item or another text (a digit of an id, a
// letter of a sentence); the checksum tells, for 4 bytes an item.
func seal(b []byte) string {
	return string(binary.BigEndian.AppendUint32(b[:len(b):len(b)], crc32.Checksum(b, crc)))
}

// unseal checks a stored field's checksum and returns its bytes: a field
// that fails is damage (errStored).
func unseal(id string, b []byte) ([]byte, error) {
	n := len(b) - 4
	if n < 0 || binary.BigEndian.Uint32(b[n:]) != crc32.Checksum(b[:n], crc) {
		return nil, fmt.Errorf("index: item %s: %w (its checksum fails)", id, errStored)
	}
	return b[:n], nil
}

// sealedHit is storedHit of sealed fields (see seal); outlined is nil for
// an item without an outline.
func sealedHit(admit func(evidence.Item) bool, id string, doc, outlined []byte, score float64) (Hit, bool, error) {
	doc, err := unseal(id, doc)
	if err != nil {
		return Hit{}, false, err
	}
	if outlined != nil {
		if outlined, err = unseal(id, outlined); err != nil {
			return Hit{}, false, err
		}
	}
	return storedHit(admit, id, doc, outlined, score)
}

// bleveHit decodes a hit of bleve's collector, whose request asked for the
// fieldDoc field.
func bleveHit(h *search.DocumentMatch) (Hit, error) {
	raw, _ := h.Fields[fieldDoc].(string)
	hit, _, err := sealedHit(nil, h.ID, []byte(raw), nil, h.Score)
	return hit, err
}

// admittedBleveHit decodes a hit of bleve's collector if admit admits it (see
// Request.Admit); its request asked for the fieldDoc and fieldOutline
// fields.
func admittedBleveHit(h *search.DocumentMatch, admit func(evidence.Item) bool) (Hit, bool, error) {
	raw, _ := h.Fields[fieldDoc].(string)
	var outlined []byte
	if o, ok := h.Fields[fieldOutline].(string); ok {
		outlined = []byte(o)
	}
	return sealedHit(admit, h.ID, []byte(raw), outlined, h.Score)
}

// listingCompare orders items as listings are: newest source first, then by
// source id, then in document order. Searches break ties on score the same
// way, and builds add items in this order so that index order agrees.
func listingCompare(a, b *evidence.Item) int {
	if c := compareSources(&a.Source, &b.Source); c != 0 {
		return c
	}
	return cmp.Compare(a.Seq, b.Seq)
}

// SourceListingCompare orders sources as listings order their items:
// newest first, then by id. A build that indexes source by source, each
// source's items in document order, in this order of sources gives the
// index the listing's order without sorting every item.
func SourceListingCompare(a, b evidence.Source) int {
	return compareSources(&a, &b)
}

func compareSources(a, b *evidence.Source) int {
	// Dates compare field by field as their strings would ("2024" before
	// "2024-07"), without making a string per comparison; newest first.
	da, db := a.Date, b.Date
	if da != db {
		return cmp.Or(cmp.Compare(db.Year, da.Year), cmp.Compare(db.Month, da.Month), cmp.Compare(db.Day, da.Day))
	}
	return strings.Compare(a.ID, b.ID)
}
