package refs_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nickng/bibtex"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/refs"
)

var accessed = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

func day(y, m, d int) evidence.Date { return evidence.Date{Year: y, Month: m, Day: d} }

// sources are one of each kind, with the characters that break formats:
// TeX's specials, braces, a percent-encoded URL, curly quotes, a pound sign.
var sources = []evidence.Source{
	{Title: "Forgotten generation: shaping better services for children & young people", Publisher: "NHS Providers", Place: "London",
		Date: day(2024, 7, 15), Type: evidence.Report, URL: "https://nhsproviders.org/forgotten-generation?a=1&b=%20c#top"},
	{Title: "Most trusts say they work effectively with ICBs on children’s services", Publisher: "Healthcare Leader", Author: "Beth Gault",
		Date: day(2024, 7, 15), Type: evidence.News, URL: "https://healthcareleadernews.com/news/most-trusts"},
	{Title: "Local NHS plans show more focus needed: £2.3bn {gap} at 100% of 50_000", Publisher: "National Children's Bureau",
		Date: day(2024, 2, 5), Type: evidence.PressRelease, URL: "https://www.ncb.org.uk/news/local-nhs-plans"},
	{Title: "What is autism?", Publisher: "National Autistic Society", Type: evidence.WebPage, URL: "https://www.autism.org.uk/what-is-autism",
		Accessed: day(2026, 1, 2)},
	{Title: "Waiting for a diagnosis", Publisher: "Mind blog", Author: "Sam Lee and Ama Khan-Smith", Date: evidence.Date{Year: 2023, Month: 9},
		Type: evidence.Blog, URL: "https://www.mind.org.uk/blog/waiting"},
	{Title: "Child and adolescent mental health services statistics", Publisher: "NHS Digital", Date: evidence.Date{Year: 2025},
		Type: evidence.Data, URL: "https://digital.nhs.uk/data"},
}

// wantType is each source's type in each format, as Zotero's importers map them.
var wantType = map[evidence.SourceType][3]string{
	evidence.Report:       {"RPRT", "techreport", "report"},
	evidence.News:         {"NEWS", "article", "article-newspaper"},
	evidence.PressRelease: {"RPRT", "techreport", "report"},
	evidence.WebPage:      {"ELEC", "online", "webpage"},
	evidence.Blog:         {"BLOG", "online", "post-weblog"},
	evidence.Data:         {"RPRT", "techreport", "dataset"},
}

// parseRIS is a strict reading of RIS, separate from the one cypx uses:
// every line a tag line or blank, records from TY to ER.
func parseRIS(t *testing.T, text string) []map[string][]string {
	t.Helper()
	tagLine := regexp.MustCompile(`^([A-Z][A-Z0-9])  - (.*)$`)
	var out []map[string][]string
	var cur map[string][]string
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasSuffix(line, "\r") && line != "" {
			t.Errorf("RIS lines end with CR LF: %q", line)
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			continue
		}
		m := tagLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("not a RIS tag line: %q", line)
		}
		switch {
		case m[1] == "TY":
			if cur != nil {
				t.Fatalf("TY inside a record")
			}
			cur = map[string][]string{}
		case cur == nil:
			t.Fatalf("%s outside a record", m[1])
		case m[1] == "ER":
			out = append(out, cur)
			cur = nil
			continue
		}
		cur[m[1]] = append(cur[m[1]], m[2])
	}
	if cur != nil {
		t.Fatal("a record without ER")
	}
	return out
}

func TestRISParsesBackWithRequiredFields(t *testing.T) {
	text, err := refs.Write(refs.RIS, sources, accessed)
	if err != nil {
		t.Fatal(err)
	}
	recs := parseRIS(t, text)
	if len(recs) != len(sources) {
		t.Fatalf("%d records for %d sources", len(recs), len(sources))
	}
	for i, r := range recs {
		s := sources[i]
		if r["TY"][0] != wantType[s.Type][0] {
			t.Errorf("%s: TY %s, want %s", s.Title, r["TY"][0], wantType[s.Type][0])
		}
		for _, tag := range []string{"TI", "UR", "Y2"} {
			if len(r[tag]) != 1 {
				t.Errorf("%s: %s %v", s.Title, tag, r[tag])
			}
		}
		if r["TI"][0] != s.Title || r["UR"][0] != s.URL {
			t.Errorf("title or URL changed: %v", r)
		}
		if len(r["AU"]) == 0 && len(r["T2"]) == 0 {
			t.Errorf("%s: no author and no container", s.Title)
		}
		if !s.Date.IsZero() && (r["PY"][0] != "2024" && r["PY"][0] != "2023" && r["PY"][0] != "2025" || len(r["DA"]) != 1) {
			t.Errorf("%s: PY %v DA %v", s.Title, r["PY"], r["DA"])
		}
	}
	if got := recs[1]["AU"]; len(got) != 1 || got[0] != "Gault, Beth" || recs[1]["T2"][0] != "Healthcare Leader" || recs[1]["DA"][0] != "2024/07/15/" {
		t.Errorf("news record: %v", recs[1])
	}
	if recs[0]["AU"][0] != "NHS Providers," || recs[0]["PB"][0] != "NHS Providers" || recs[0]["CY"][0] != "London" {
		t.Errorf("report record: %v", recs[0])
	}
	if recs[2]["M3"][0] != "Press release" {
		t.Errorf("press release: %v", recs[2])
	}
	if recs[3]["Y2"][0] != "2026/01/02/" || recs[0]["Y2"][0] != "2026/11/22/" {
		t.Errorf("accessed dates: %v %v", recs[3]["Y2"], recs[0]["Y2"])
	}
	if len(recs[4]["AU"]) != 2 || recs[4]["AU"][1] != "Khan-Smith, Ama" || recs[4]["DA"][0] != "2023/09//" {
		t.Errorf("blog: %v", recs[4])
	}
}

func TestBibTeXParsesBackWithRequiredFields(t *testing.T) {
	text, err := refs.Write(refs.BibTeX, sources, accessed)
	if err != nil {
		t.Fatal(err)
	}
	bib, err := bibtex.Parse(strings.NewReader(text))
	if err != nil {
		t.Fatalf("BibTeX does not parse: %v\n%s", err, text)
	}
	if len(bib.Entries) != len(sources) {
		t.Fatalf("%d entries for %d sources", len(bib.Entries), len(sources))
	}
	required := map[string][]string{
		"techreport": {"author", "title", "institution", "year"},
		"article":    {"author", "title", "journal", "year"},
		"online":     {"title", "url", "urldate"},
	}
	keys := map[string]bool{}
	for i, e := range bib.Entries {
		s := sources[i]
		if e.Type != wantType[s.Type][1] {
			t.Errorf("%s: @%s, want @%s", s.Title, e.Type, wantType[s.Type][1])
		}
		if keys[e.CiteName] || !regexp.MustCompile(`^[a-z0-9]+$`).MatchString(e.CiteName) {
			t.Errorf("key %q: repeated or not plain ASCII", e.CiteName)
		}
		keys[e.CiteName] = true
		for _, f := range required[e.Type] {
			if f == "year" && s.Date.IsZero() {
				continue
			}
			if _, ok := e.Fields[f]; !ok {
				t.Errorf("@%s %s lacks %s", e.Type, e.CiteName, f)
			}
		}
		if got := e.Fields["url"].String(); got != s.URL {
			t.Errorf("url %q, want %q", got, s.URL)
		}
	}
	if got := bib.Entries[2].Fields["title"].String(); got != `Local NHS plans show more focus needed: £2.3bn \{gap\} at 100\% of 50\_000` {
		t.Errorf("TeX specials not escaped: %q", got)
	}
	if got := bib.Entries[0].Fields["author"].String(); got != "{NHS Providers}" {
		t.Errorf("an organisation's name should be braced whole: %q", got)
	}
	if got := bib.Entries[4].Fields["author"].String(); got != "Lee, Sam and Khan-Smith, Ama" {
		t.Errorf("authors %q", got)
	}
	if bib.Entries[1].Fields["entrysubtype"].String() != "newspaper" || bib.Entries[2].Fields["type"].String() != "Press release" {
		t.Errorf("news or press release not marked: %v %v", bib.Entries[1].Fields, bib.Entries[2].Fields)
	}
}

// cslTypes are the types CSL 1.0.2 defines.
var cslTypes = strings.Fields(`article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing interview legal_case legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance periodical personal_communication post post-weblog regulation report review review-book software song speech standard thesis treaty webpage`)

func TestCSLJSONParsesBackWithRequiredFields(t *testing.T) {
	text, err := refs.Write(refs.CSLJSON, sources, accessed)
	if err != nil {
		t.Fatal(err)
	}
	var items []map[string]any
	if err := json.Unmarshal([]byte(text), &items); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(items) != len(sources) {
		t.Fatalf("%d items for %d sources", len(items), len(sources))
	}
	ids := map[string]bool{}
	for i, it := range items {
		s := sources[i]
		typ, _ := it["type"].(string)
		if typ != wantType[s.Type][2] || !strings.Contains(" "+strings.Join(cslTypes, " ")+" ", " "+typ+" ") {
			t.Errorf("%s: type %q, want %q", s.Title, typ, wantType[s.Type][2])
		}
		id, _ := it["id"].(string)
		if id == "" || ids[id] {
			t.Errorf("id %q missing or repeated", id)
		}
		ids[id] = true
		if it["title"] != s.Title || it["URL"] != s.URL {
			t.Errorf("title or URL changed: %v", it)
		}
		for _, d := range []string{"issued", "accessed"} {
			v, ok := it[d].(map[string]any)
			if !ok {
				if d == "issued" && s.Date.IsZero() {
					continue
				}
				t.Errorf("%s: no %s", s.Title, d)
				continue
			}
			parts, _ := v["date-parts"].([]any)
			if len(parts) != 1 {
				t.Errorf("%s: %s %v", s.Title, d, v)
				continue
			}
			for _, p := range parts[0].([]any) {
				if n, ok := p.(float64); !ok || n != float64(int(n)) {
					t.Errorf("%s: %s date part %v is not a whole number", s.Title, d, p)
				}
			}
		}
		for _, a := range it["author"].([]any) {
			n := a.(map[string]any)
			if n["literal"] == nil && (n["family"] == nil || n["given"] == nil) {
				t.Errorf("%s: name %v has neither family and given nor literal", s.Title, n)
			}
		}
	}
	if items[1]["container-title"] != "Healthcare Leader" || items[2]["genre"] != "Press release" || items[0]["publisher-place"] != "London" {
		t.Errorf("fields: %v / %v / %v", items[1], items[2], items[0])
	}
}

// TestRecordsReadBack: every source written in every format reads back
// with the same metadata.
func TestRecordsReadBack(t *testing.T) {
	for _, f := range refs.Formats {
		for _, s := range sources {
			text, err := refs.Write(f, []evidence.Source{s}, accessed)
			if err != nil {
				t.Fatal(err)
			}
			got, err := refs.Read("record."+string(f), []byte(text))
			if err != nil {
				t.Errorf("%s %s: %v\n%s", f, s.Title, err, text)
				continue
			}
			want := s
			if want.Accessed.IsZero() {
				want.Accessed = evidence.DateOf(accessed)
			}
			if got != want {
				t.Errorf("%s read back\n got %+v\nwant %+v", f, got, want)
			}
		}
	}
}

// TestReadsOtherManagersRecords: records as Zotero, EndNote and others
// write them — one-space RIS tags, BibTeX names written "Given Family" and
// months as macros, CSL dates as strings and organisations as literals.
func TestReadsOtherManagersRecords(t *testing.T) {
	cases := []struct {
		name, text string
		want       evidence.Source
	}{
		{"zotero.ris", "TY  - NEWS\nTI  - Waits grow\nAU  - Gault, Beth\nT2  - Healthcare Leader\nDA  - 2024/07/15\nPY  - 2024\nUR  - https://x.org/a\nY2  - 2026/11/01/\nER  - \n",
			evidence.Source{Title: "Waits grow", Author: "Beth Gault", Publisher: "Healthcare Leader", Date: day(2024, 7, 15), Type: evidence.News, URL: "https://x.org/a", Accessed: day(2026, 11, 1)}},
		{"endnote.ris", "\ufeffTY - RPRT\nA1 - Department of Health and Social Care\nT1 - Mental health plan\nPB - DHSC\nCY - London\nPY - 2023\nM3 - Press Release\nER - \n",
			evidence.Source{Title: "Mental health plan", Publisher: "DHSC", Place: "London", Date: evidence.Date{Year: 2023}, Type: evidence.PressRelease}},
		{"jabref.bib", "@misc{x, author = {Beth Gault and Sam Lee}, title = {{ICBs} and \\& trusts}, howpublished = {online}, organization = {Healthcare Leader}, year = 2024, month = jul, url = {https://x.org/b}}",
			evidence.Source{Title: "ICBs and & trusts", Author: "Beth Gault and Sam Lee", Publisher: "Healthcare Leader", Date: evidence.Date{Year: 2024, Month: 7}, Type: evidence.WebPage, URL: "https://x.org/b"}},
		{"mendeley.json", `[{"type":"report","title":"Forgotten generation","author":[{"literal":"NHS Providers"}],"issued":{"date-parts":[["2024","7"]]},"URL":"https://nhsproviders.org/fg"}]`,
			evidence.Source{Title: "Forgotten generation", Publisher: "NHS Providers", Date: evidence.Date{Year: 2024, Month: 7}, Type: evidence.Report, URL: "https://nhsproviders.org/fg"}},
	}
	for _, c := range cases {
		got, err := refs.Read(c.name, []byte(c.text))
		if err != nil || got != c.want {
			t.Errorf("%s:\n got %+v (%v)\nwant %+v", c.name, got, err, c.want)
		}
	}
	for name, text := range map[string]string{"empty.ris": "nothing here", "notitle.ris": "TY  - RPRT\nPB  - X\nER  - \n", "bad.bib": "@article{x, title = {unclosed", "bad.json": `[{"type": 3}]`} {
		if _, err := refs.Read(name, []byte(text)); err == nil || !strings.HasPrefix(err.Error(), name+": ") {
			t.Errorf("%s: %v, want an error naming the file", name, err)
		}
	}
}
