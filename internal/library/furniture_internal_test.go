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

// TestAuthorBioIsFurniture: one sentence saying who the author is and
// what post they hold is an author's note; a sentence that goes on to a
// finding is not. Written for this test.
func TestAuthorBioIsFurniture(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Amira Haddad is Policy and Research Lead at The Infant Health Trust.", true},
		{"Dr Tom Okoro is a consultant community paediatrician in Leeds.", true},
		{"Professor Jane Lowe was chief executive of the Northfield Children's Trust.", true},
		{"Dr Tom Okoro is a consultant paediatrician at the trust, where waits doubled in 2023.", false},
		{"Jane Lowe is worried that 40% of families wait too long.", false},
		{"Health visitors are the first professionals most families meet.", false},
	}
	for _, c := range cases {
		if got := isFurnitureText(c.in); got != c.want {
			t.Errorf("isFurnitureText(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestDatedLinesAreFurniture: a page's review line is furniture alone or
// with its next review date in the same element; a sentence that dates a
// finding is not. Written for this test.
func TestDatedLinesAreFurniture(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Page last reviewed: 3 October 2024", true},
		{"Page last reviewed: 3 October 2024 Next review due: 3 October 2025", true},
		{"Last updated: 12 May 2024. Next review date: 12 May 2025", true},
		{"Published 5 March 2024 by the Department for Education", true},
		{"Published on 5 March 2024, the review found that 40% of families waited too long.", false},
	}
	for _, c := range cases {
		if got := isFurnitureText(c.in); got != c.want {
			t.Errorf("isFurnitureText(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestPreheaderIsFurniture: a newsletter's teaser that ends in the link to
// read it in a browser is furniture; a sentence that only mentions a
// browser is not. Written for this test.
func TestPreheaderIsFurniture(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Policy news, network updates and dates for children's health teams across North Riverside. View this email in your browser", true},
		{"This month: asthma, vaping and school nursing. Dates for your diary. View this email in your browser.", true},
		{"View this email in your browser", true},
		{"Parents told us the booking page did not work in their browser, so 40% rang instead.", false},
	}
	for _, c := range cases {
		if got := isFurnitureText(c.in); got != c.want {
			t.Errorf("isFurnitureText(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
