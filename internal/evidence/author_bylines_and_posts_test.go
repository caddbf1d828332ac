package evidence

import (
	"slices"
	"testing"
	"time"
)

// TestAnAuthorFieldsBylineAndPostsAreNoNames: an author field copied from
// a byline ("By Tom Brown"), with a post after the name ("Tom Brown,
// Health Reporter") or a post alone ("Health Correspondent"), is cited by
// the people and bodies it names: the byline's words and the post are no
// author. A person's name, a body's and two people are read as
// before. Before (hostile check 69 F14), they were cited "(Brown, 2025)"
// with "Brown, B.T." in the reference, "(Brown and Reporter, 2025)"
// and "(Correspondent, 2025)".
func TestAnAuthorFieldsBylineAndPostsAreNoNames(t *testing.T) {
	acc := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	for field, want := range map[string]struct {
		names []string
		cite  string
	}{
		"By Tom Brown":               {[]string{"Tom Brown"}, "(Brown, 2025)"},
		"by Tom Brown and Ann Lee":   {[]string{"Tom Brown", "Ann Lee"}, "(Brown and Lee, 2025)"},
		"Written by Tom Brown":       {[]string{"Tom Brown"}, "(Brown, 2025)"},
		"Tom Brown, Health Reporter": {[]string{"Tom Brown"}, "(Brown, 2025)"},
		"Health Correspondent":       {nil, "(Kent Herald, 2025)"},
		"Tom Brown":                  {[]string{"Tom Brown"}, "(Brown, 2025)"},
		"Tom Brown and Ann Lee":      {[]string{"Tom Brown", "Ann Lee"}, "(Brown and Lee, 2025)"},
		"Byron Smith":                {[]string{"Byron Smith"}, "(Smith, 2025)"},
		"Smith, Jane":                {[]string{"Jane Smith"}, "(Smith, 2025)"},
		"The Children's Society":     {[]string{"The Children's Society"}, "(The Children's Society, 2025)"},
		"Jane Smith, Policy Officer": {[]string{"Jane Smith"}, "(Smith, 2025)"},
	} {
		got := Authors(field)
		src := Source{ID: "kh", Title: "Waits", Publisher: "Kent Herald", Author: field, Date: Date{Year: 2025}, Type: News}
		cite := NewCiter(Harvard, acc, nil).Cite(Item{ID: "kh#1", Source: src}).InText
		if !slices.Equal(got, want.names) || cite != want.cite {
			t.Errorf("author %q: names %q, cited %q; want %q, %q", field, got, cite, want.names, want.cite)
		}
	}
}
