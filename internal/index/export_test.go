package index

// FacetTableFile is the facet table's file name, for tests.
const FacetTableFile = facetTableFile

// BleveOnly makes ix answer every search through bleve alone, without its
// facet table, so tests can compare the two on one index.
func BleveOnly(ix *Index) { ix.bleveOnly = true }

// TrustFiles turns off the check of the segment files before each read,
// so tests can meet a fault itself and see it recovered.
func TrustFiles(ix *Index) { ix.dmg.trust = true }
