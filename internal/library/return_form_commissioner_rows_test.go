package library_test

import (
	"strings"
	"testing"
)

// The fixtures of this test were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/returnundericbmasthead.fodt testdata/pdf/returnlinesleadcommissioner.fodt
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/returnnoprovider.fodt testdata/pdf/returncouncilcommissioner.fodt
//
// Each is a provider's quarterly return on its commissioner's template:
// the commissioner's name over the form's title ("NHS Dunmarsh Integrated
// Care Board", "Kentmere County Council"), "Section 1: Provider details"
// over a details table ("Commissioner" before "Provider", or "Provider"
// before "Commissioning body") or over lines of their own ("Lead
// commissioner: ...", "Provider: ...", "Date submitted: ..."); one form
// gives "Commissioned by" and no Provider row.

// A return form is published by the provider its Provider row names, on
// the day its "Date submitted" row gives, never by the commissioner its
// masthead and Commissioner rows name, whichever order the rows come in;
// a form with no Provider row asks for its publisher rather than give its
// commissioner. Before (hostile check 65), each was the commissioner's.
func TestReturnFormUnderItsCommissionersMastheadIsTheProviders(t *testing.T) {
	for _, c := range []struct{ file, publisher, date string }{
		{"returnundericbmasthead.pdf", "Hollin Vale Community Health CIC", "2026-01-21"},
		{"returnlinesleadcommissioner.pdf", "Medway Vale Community Healthcare NHS Trust", "2026-02-04"},
		{"returncouncilcommissioner.pdf", "Brightpath Family Support CIC", "2026-04-15"},
		{"returnnoprovider.pdf", "", ""},
	} {
		im, err := importReportF75a(t, c.file)
		if c.publisher == "" {
			if err == nil || !strings.Contains(err.Error(), "--publisher") {
				t.Errorf("%s: publisher %q, err %v; want a refusal asking for --publisher", c.file, im.Source.Publisher, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: refused: %v", c.file, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q, date %s; want %q, %s", c.file, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
	}
}
