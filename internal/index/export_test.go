package index

// FacetTableFile is the facet table's file name, for tests.
const FacetTableFile = facetTableFile
