package evidence

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestNewsAgencyIsOneCorporateAuthor: a news agency's name ("PA Media",
// "Associated Press", "Reuters", "AFP"), alone or beside a reporter's,
// is one body, cited whole; a department whose name lists "Media" among
// its parts is cited whole as before, and a person's surname is still
// the surname. Before (hostile check 69 F14), "PA Media" was cited
// "(Media, 2025)" and "Associated Press" "(Press, 2025)".
func TestNewsAgencyIsOneCorporateAuthor(t *testing.T) {
	acc := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	for field, want := range map[string]struct {
		names []string
		cite  string
	}{
		"PA Media":               {[]string{"PA Media"}, "(PA Media, 2025)"},
		"Associated Press":       {[]string{"Associated Press"}, "(Associated Press, 2025)"},
		"Press Association":      {[]string{"Press Association"}, "(Press Association, 2025)"},
		"Reuters":                {[]string{"Reuters"}, "(Reuters, 2025)"},
		"AFP":                    {[]string{"AFP"}, "(AFP, 2025)"},
		"ITV News":               {[]string{"ITV News"}, "(ITV News, 2025)"},
		"Tom Brown and PA Media": {[]string{"Tom Brown", "PA Media"}, "(Brown and PA Media, 2025)"},
		"Department for Culture, Media and Sport": {[]string{"Department for Culture, Media and Sport"}, "(Department for Culture, Media and Sport, 2025)"},
		"Jane Press": {[]string{"Jane Press"}, "(Press, 2025)"},
		"Ann Media":  {[]string{"Ann Media"}, "(Media, 2025)"},
	} {
		got := Authors(field)
		src := Source{ID: "kh", Title: "Waits", Publisher: "Kent Herald", Author: field, Date: Date{Year: 2025}, Type: News}
		cite := NewCiter(Harvard, acc, nil).Cite(Item{ID: "kh#1", Source: src}).InText
		if !slices.Equal(got, want.names) || cite != want.cite {
			t.Errorf("author %q: names %q, cited %q; want %q, %q", field, got, cite, want.names, want.cite)
		}
	}
	for _, st := range []Style{Harvard, APA, Footnotes, Vancouver} {
		src := Source{ID: "pa", Title: "Waits grow", Publisher: "Kent Herald", Author: "PA Media", Date: Date{Year: 2025}, Type: News}
		if ref := StyleReference(st, src, acc).String(); !strings.HasPrefix(ref, "PA Media") && !strings.Contains(ref, " PA Media") {
			t.Errorf("%v reference %q does not name PA Media whole", st, ref)
		}
	}
}
