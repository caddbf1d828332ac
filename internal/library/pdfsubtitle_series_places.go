package library

import "github.com/cypx/cypx/internal/lazyre"

// seriesPlaceRe is a line under a title that names only the document's
// place in a series, numbered parts with or without a section's name
// before them: "Part 3", "Volume 2, part 1", "Living Well section,
// chapter 3". It says where the document sits, not what it is about, so
// it is no subtitle.
var seriesPlaceRe = lazyre.New(`(?i)^(?:[\w’'&-]+\s+){0,4}?(?:section|part|volume|chapter|module)(?:\s+[\dIVX]+)?(?:,?\s+(?:section|part|volume|chapter|module)\s+[\dIVX]+)*$`)
