package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A plain-text or Markdown report with no front matter often says who
// published it and when on a line of its own: "Published by Northshire
// Council, March 2025.", "Published: 12 March 2025", "© Northshire Council
// 2025". Read by the imprint rules web pages and PDFs use (imprintOrg), so
// `cypx add` need not ask for flags the file answers.

var (
	// publishedDateLineRe is a line that only dates a publication:
	// "Published: 12 March 2025", "First published on 3 June 2024",
	// "Publication date: March 2025". Group 1 the date.
	publishedDateLineRe = lazyre.New(`(?i)^(?:first\s+)?(?:published|publication\s+date|date\s+published)(?:\s+on)?\s*:?\s+(.{6,30}?)[.\s]*$`)
	// imprintRestRe is what may stand beside an imprint's name and date
	// on its line and nothing else: punctuation, "in", "on".
	imprintRestRe = lazyre.New(`(?i)^[\s,.;:–—-]*(?:(?:in|on)\b[\s,.;:–—-]*)?$`)
	// copyrightYearRe is the one year of a copyright notice: "© X 2025",
	// "© 2025 X". A span of years ("2010–2025") dates no publication.
	copyrightYearRe = lazyre.New(`(?:19|20)\d{2}`)
)

// imprintLines reads the publisher and the date a text's own imprint
// lines give: "Published by X, Month YYYY" names both, "Published: D
// Month YYYY" the date, "© X YYYY" the publisher, and its year the date
// where no line says when it was published. Where two lines name
// different publishers, or two dates disagree, that field is "" or zero:
// never a guess between them. A line must hold the imprint and nothing
// else, so a sentence opening "Published by NHS England in 2023, the plan
// sets out" names no publisher of this report.
func imprintLines(body string) (publisher string, date evidence.Date) {
	var publishers []string
	var dates, years []evidence.Date
	addName := func(n string) {
		for _, p := range publishers {
			if strings.EqualFold(p, n) {
				return
			}
		}
		publishers = append(publishers, n)
	}
	addDate := func(ds *[]evidence.Date, d evidence.Date) {
		for _, e := range *ds {
			if e == d {
				return
			}
		}
		*ds = append(*ds, d)
	}
	for _, l := range strings.Split(body, "\n") {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(strings.TrimLeft(l, "#>")), "*_"))
		if t == "" || len(strings.Fields(t)) > 14 {
			continue
		}
		if m := publishedDateLineRe.FindStringSubmatch(t); m != nil {
			if d := textDate(m[1]); !d.IsZero() && imprintRestRe.MatchString(textDateRe.ReplaceAllString(m[1], "")) {
				addDate(&dates, d)
			}
			continue
		}
		name, kind := imprintOrg(t, false)
		if kind == noImprint {
			continue
		}
		rest := t
		if i := strings.Index(rest, name); i >= 0 {
			rest = rest[i+len(name):]
		}
		loc := textDateRe.FindStringIndex(rest)
		switch kind {
		case publishedImprint:
			if loc != nil {
				rest = rest[:loc[0]] + rest[loc[1]:]
			}
			if !imprintRestRe.MatchString(rest) {
				continue // a sentence of the text, not an imprint
			}
			addName(name)
			if d := textDate(t); !d.IsZero() {
				addDate(&dates, d) // "Published by X, March 2025", "First published July 2024 by X"
			}
		case copyrightImprint:
			addName(name)
			if ys := copyrightYearRe.FindAllString(t, -1); len(ys) == 1 {
				if d, err := evidence.ParseDate(ys[0]); err == nil {
					addDate(&years, d)
				}
			}
		}
	}
	if len(publishers) == 1 {
		publisher = publishers[0]
	}
	switch {
	case len(dates) == 1:
		date = dates[0]
	case len(dates) == 0 && len(years) == 1:
		date = years[0]
	}
	return publisher, date
}
