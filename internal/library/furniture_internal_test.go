package library

import "testing"

// TestDownloadLinksAreFurniture: a link to a file with its type and size
// is furniture however the type is bracketed; a sentence with a size-like
// number is not. The lines are written for this test.
func TestDownloadLinksAreFurniture(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Annual report 2023-24 (PDF, 2.4 MB)", true},
		{"Annual report 2023-24 [pdf] 2.4 MB", true},
		{"Tables by region [xlsx] 418 kB", true},
		{"Tables by region (XLSX) 96KB", true},
		{"The service saw 418 children in the year, 12% more than in 2022/23.", false},
	}
	for _, c := range cases {
		if got := isFurnitureText(c.in); got != c.want {
			t.Errorf("isFurnitureText(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
