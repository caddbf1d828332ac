package index

import (
	"cmp"
	"fmt"
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
		return Hit{}, fmt.Errorf("index: item %s: %w", id, err)
	}
	return Hit{Item: it, Score: score}, nil
}

// bleveHit decodes a hit of bleve's collector, whose request asked for the
// fieldDoc field.
func bleveHit(h *search.DocumentMatch) (Hit, error) {
	raw, _ := h.Fields[fieldDoc].(string)
	return decodeHit(h.ID, []byte(raw), h.Score)
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
	return storedHit(admit, h.ID, []byte(raw), outlined, h.Score)
}

// listingCompare orders items as listings are: newest source first, then by
// source id, then in document order. Searches break ties on score the same
// way, and builds add items in this order so that index order agrees.
func listingCompare(a, b *evidence.Item) int {
	// Dates compare field by field as their strings would ("2024" before
	// "2024-07"), without making a string per comparison; newest first.
	da, db := a.Source.Date, b.Source.Date
	if da != db {
		return cmp.Or(cmp.Compare(db.Year, da.Year), cmp.Compare(db.Month, da.Month), cmp.Compare(db.Day, da.Day))
	}
	if c := strings.Compare(a.Source.ID, b.Source.ID); c != 0 {
		return c
	}
	return cmp.Compare(a.Seq, b.Seq)
}
