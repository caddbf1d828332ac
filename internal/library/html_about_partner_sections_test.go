package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A news page's "About X" section on a partner body after the story, as a
// press release's boilerplate, is furniture like "About us": its figures
// ("supports 1,150 young carers") and its "Published by … 2021" line are
// no evidence. A topic ("About autism") and the page's own work ("About
// this report") stay, as does an "About X" section with a section of the
// text after it. Before (hostile check 66), the partner's boilerplate
// was an undated statistic and its imprint an excerpt.
func TestAPartnersAboutSectionAfterTheStoryIsFurniture(t *testing.T) {
	page := func(sections string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Young carers waiting longer - Healthwatch Medway</title>
<meta property="og:site_name" content="Healthwatch Medway"><meta property="article:published_time" content="2025-06-10T09:00:00+01:00"></head><body>
<main><article><h1>Young carers waiting longer</h1>
<p>Our new report finds that 312 young carers in Medway were waiting for a carer's assessment in March 2025, up from 198 in March 2024.</p>` + sections + `</article></main></body></html>`
	}
	partner := `<h2>About Medway Young Carers</h2><p>Medway Young Carers supports 1,150 young carers aged 5 to 18 across Medway. Published by Medway Young Carers, 4 April 2021.</p>`
	for _, c := range []struct {
		name, html string
		kept       bool
	}{
		{"partner.html", page(`<h2>About Healthwatch Medway</h2><p>Healthwatch Medway is your local health and social care champion.</p>` + partner), false},
		{"partnerlast.html", page(partner + `<h2>Notes to editors</h2><p>The report is available on our website.</p>`), false},
		{"topic.html", page(`<h2>About autism</h2><p>Medway Young Carers supports 1,150 young carers aged 5 to 18 across Medway, the charity said in May 2025.</p>`), true},
		{"middle.html", page(partner + `<h2>What happens next</h2><p>The council will publish its response in July 2025, and 40 schools have signed up.</p>`), true},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.html)), library.Meta{Type: "news"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if got := strings.Contains(im.Body, "1,150 young carers"); got != c.kept {
			t.Errorf("%s: partner's boilerplate kept %v, want %v:\n%s", c.name, got, c.kept, im.Body)
		}
		if !strings.Contains(im.Body, "312 young carers") {
			t.Errorf("%s: the story lost:\n%s", c.name, im.Body)
		}
	}
}
