package library

import "testing"

// TestPDFInfoTitleOfKindOrReference checks that a PDF's document-info
// title that only adds the document's kind to the title on its page
// ("Waiting well factsheet" over "Waiting well"), or that is the file's
// reference ("FOI-2425-0093 response"), gives way to the page's title.
func TestPDFInfoTitleOfKindOrReference(t *testing.T) {
	for _, c := range []struct {
		info string
		m    docMeta
		want string
	}{
		{"Waiting well factsheet", docMeta{title: "Waiting well", weakTitle: true}, "Waiting well"},
		{"Waiting well factsheet", docMeta{title: "Waiting well: support for families who wait", weakTitle: true}, "Waiting well"},
		{"FOI-2425-0093 response", docMeta{title: "Freedom of Information request: speech therapy waits", weakTitle: true}, "Freedom of Information request: speech therapy waits"},
		{"Waiting well: support for families", docMeta{title: "Waiting well", weakTitle: true}, "Waiting well: support for families"},
		{"Annual report 2025", docMeta{title: "Annual", weakTitle: true}, "Annual report 2025"},
	} {
		var im Imported
		if got, _, _ := pickMeta(&im, map[string]string{"Title": c.info}, c.m); got != c.want {
			t.Errorf("info %q, page %q: title %q, want %q", c.info, c.m.title, got, c.want)
		}
	}
}
