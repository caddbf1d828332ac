package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestQualityStandardStatementsAsk: a quality standard's statements, in
// its numbered list under "Quality statements" and again under each
// statement's own "Quality statement" heading, ask the providers and
// commissioners it is for (ICBs, Trusts), numbered as the statement;
// under "What the quality statement means for different audiences" each
// audience's line asks that audience (service providers the trusts,
// commissioners the ICBs, professionals Other), two lines joined in one
// paragraph each asked, and what families can expect is an excerpt with
// no figure. A passive should beside the list asks those the standard is
// for. The rationale's finding stays a statistic. Written for this test.
// Before, every statement and line was an excerpt (the families' line a
// statistic of "about 2 weeks"; in a PDF the statements with a time were
// statistics too).
func TestQualityStandardStatementsAsk(t *testing.T) {
	doc, probs := corpus.Parse("sources/t.md", []byte("---\ntitle: Hip dysplasia in babies\npublisher: National Institute for Health and Care Excellence\ndate: 2025\ntype: report\n---\n"+
		"Quality standard\n\n"+
		"## Quality statements\n\n"+
		"1. Babies with suspected hip dysplasia have an ultrasound scan by 6 weeks of age.\n"+
		"2. Parents of babies waiting for a scan are given a named contact.\n\n"+
		"Other quality standards should be considered when commissioning or providing hip services for babies.\n\n"+
		"## Quality statement 2: Support while waiting\n\n"+
		"## Quality statement\n\n"+
		"Parents of babies on the waiting list for a hip scan are given a named contact and told what to look out for.\n\n"+
		"## Rationale\n\n"+
		"In 2024, 31% of babies referred waited more than 8 weeks for their scan.\n\n"+
		"## What the quality statement means for different audiences\n\n"+
		"Service providers (radiology departments) ensure that each family waiting for a scan has a named contact. Healthcare professionals (such as GPs and midwives) tell parents who to call while they wait.\n\n"+
		"Commissioners (integrated care boards) ensure that the services they commission name a contact for every family.\n\n"+
		"Babies with suspected hip dysplasia and their parents have someone to call within about 2 weeks of referral.\n"))
	for _, p := range probs {
		if p.Skipped {
			t.Fatal(p)
		}
	}
	checkLines(t, itemLines(doc), []string{
		"recommendation|1|ICBs,Trusts|Babies with suspected hip dysplasia have an ultrasound scan by 6 weeks of age.",
		"recommendation|2|ICBs,Trusts|Parents of babies waiting for a scan are given a named contact.",
		"recommendation||ICBs,Trusts|Other quality standards should be considered when commissioning or providing hip services for babies.",
		"recommendation|2|ICBs,Trusts|Parents of babies on the waiting list for a hip scan are given a named contact and told what to look out for.",
		"statistic|||In 2024, 31% of babies referred waited more than 8 weeks for their scan.",
		"recommendation|2|Trusts|Service providers (radiology departments) ensure that each family waiting for a scan has a named contact.",
		"recommendation|2|Other|Healthcare professionals (such as GPs and midwives) tell parents who to call while they wait.",
		"recommendation|2|ICBs|Commissioners (integrated care boards) ensure that the services they commission name a contact for every family.",
		"excerpt|||Babies with suspected hip dysplasia and their parents have someone to call within about 2 weeks of referral.",
	})
}
