package library

import "github.com/cypx/cypx/internal/lazyre"

// periodOnlySubtitleRe is a line under a title that names only the period
// the paper covers, led by a word saying so: "Reporting year 2023/24",
// "Financial year 2026 to 2027", "Effective June 2026 to May 2028",
// "Covering 1 April 2023 to 31 March 2024". Like a bare date it says when,
// not what the paper is about, so it is no subtitle; before, the title
// was cited as "... Report: reporting year 2023/24".
var periodOnlySubtitleRe = lazyre.New(`(?i)^(?:(?:reporting|financial|academic|school|calendar|plan|strategy)\s+(?:year|period)s?|period|year|effective(?:\s+from)?|covering|in\s+force(?:\s+from)?|valid(?:\s+from)?|for\s+the\s+(?:year|period))\s*:?\s+(?:(?:from|to|until|and|-|–|/|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?|january|february|march|april|may|june|july|august|september|october|november|december)\s*)+$`)
