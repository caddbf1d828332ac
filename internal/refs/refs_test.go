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
	if got := bib.Entries[2].Fields["title"].String(); got != `Local NHS plans show more focus needed: £2.3bn \textbraceleft{}gap\textbraceright{} at 100\% of 50\_000` {
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
			evidence.Source{Title: "Mental health plan", Author: "Department of Health and Social Care", Publisher: "DHSC", Place: "London", Date: evidence.Date{Year: 2023}, Type: evidence.PressRelease}},
		{"jabref.bib", "@misc{x, author = {Beth Gault and Sam Lee}, title = {{ICBs} and \\& trusts}, howpublished = {online}, organization = {Healthcare Leader}, year = 2024, month = jul, url = {https://x.org/b}}",
			evidence.Source{Title: "ICBs and & trusts", Author: "Beth Gault and Sam Lee", Publisher: "Healthcare Leader", Date: evidence.Date{Year: 2024, Month: 7}, Type: evidence.WebPage, URL: "https://x.org/b"}},
		{"jabref-encoding.bib", "% Encoding: UTF-8\n\n@report{k,\n  title = {Waits},\n  institution = {NHS Providers},\n  year = {2024},\n}\n",
			evidence.Source{Title: "Waits", Publisher: "NHS Providers", Date: evidence.Date{Year: 2024}, Type: evidence.Report}},
		{"mendeley.json", `[{"type":"report","title":"Forgotten generation","author":[{"literal":"NHS Providers"}],"issued":{"date-parts":[["2024","7"]]},"URL":"https://nhsproviders.org/fg"}]`,
			evidence.Source{Title: "Forgotten generation", Publisher: "NHS Providers", Date: evidence.Date{Year: 2024, Month: 7}, Type: evidence.Report, URL: "https://nhsproviders.org/fg"}},
	}
	for _, c := range cases {
		got, err := refs.Read(c.name, []byte(c.text))
		if err != nil || got != c.want {
			t.Errorf("%s:\n got %+v (%v)\nwant %+v", c.name, got, err, c.want)
		}
	}
	for name, text := range map[string]string{"empty.ris": "nothing here", "empty.json": "[]", "empty.bib": "% nothing"} {
		if _, err := refs.Read(name, []byte(text)); err == nil || !strings.HasPrefix(err.Error(), name+": ") {
			t.Errorf("%s: %v, want an error naming the file", name, err)
		}
	}
}

// TestMalformedRecordsNameFileAndLine: a record that cannot be read is
// reported as file:line: what is wrong, the line being where the problem
// is (or the record that lacks something starts).
func TestMalformedRecordsNameFileAndLine(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"notitle.ris", "\nTY  - RPRT\nPB  - X\nER  - \n", "notitle.ris:2: the record has no title"},
		{"date.ris", "TY  - RPRT\nTI  - T\nPY  - 20x4\nER  - \n", `date.ris:3: PY: bad date "20x4"`},
		{"noend.ris", "TY  - RPRT\r\nTI  - T\r\n", "noend.ris:1: the RIS record that starts here has no ER line"},
		{"unclosed.bib", "@techreport{k,\n  title = {T},\n  note = {unclosed,\n  year = 2024\n}\n", "unclosed.bib:3: BibTeX syntax error"},
		{"year.bib", "@techreport{k,\n  title = {T},\n  year = {20x4},\n}\n", "year.bib:3: year: "},
		{"notitle.bib", "% Encoding: UTF-8\n@techreport{k,\n  year = {2024},\n}\n", "notitle.bib:2: the record has no title"},
		{"syntax.json", "[\n {\"type\": \"report\",\n  \"title\": \"T\",\n }\n]", "syntax.json:4: not CSL JSON: invalid character '}'"},
		{"type.json", "\n\n[\n {\"type\": \"report\",\n  \"title\": 3\n }\n]", "type.json:5: not a CSL JSON item"},
		{"issued.json", "[{\"type\": \"report\",\n  \"title\": \"T\",\n  \"issued\": {\"date-parts\": [[\"x\"]]}}]", "issued.json:3: issued: "},
		{"notitle.json", "\n{\"type\": \"report\"}", "notitle.json:2: the record has no title"},
	} {
		_, err := refs.Read(c.name, []byte(c.text))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q…", c.name, err, c.want)
		}
	}
}

// TestBibTeXAfterABrokenRecord: nickng/bibtex keeps parser state in
// package variables, and a syntax error inside a field used to make every
// later read in the process fail.
func TestBibTeXAfterABrokenRecord(t *testing.T) {
	good := "@techreport{k,\n  title = {Waits},\n  institution = {NHS Providers},\n  year = {2024},\n}\n"
	for i := 0; i < 2; i++ {
		if _, err := refs.Read("broken.bib", []byte("@techreport{k,\n  title = {unclosed,\n")); err == nil {
			t.Fatal("a broken record was read")
		}
		if s, err := refs.Read("good.bib", []byte(good)); err != nil || s.Title != "Waits" {
			t.Fatalf("a good record after a broken one: %+v, %v", s, err)
		}
	}
}

// TestHostileMetadataStaysInItsField: line breaks, escape sequences,
// a bell, a right-to-left override and record syntax in metadata cannot
// end a field, start a record or reach a terminal raw, in any format, and
// a record read back holds no control character.
func TestHostileMetadataStaysInItsField(t *testing.T) {
	evil := evidence.Source{Title: "Waits\n## heading \x1b[31mred\x1b[0m", Publisher: "NHS\u202eProviders\r\nER  - \r\nTY  - JOUR",
		Author: "Beth\x07 Gault", Note: "TI  - injected\n}, title = {injected", Place: "Lon\x9bdon", Date: day(2024, 7, 15),
		Type: evidence.Report, URL: "https://x.org/a\nUR  - javascript:alert(1)"}
	for _, f := range refs.Formats {
		text, err := refs.Write(f, []evidence.Source{evil}, accessed)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range text {
			if r != '\n' && r != '\r' && evidence.Unsafe(r) {
				t.Errorf("%s: %U raw in the record:\n%q", f, r, text)
			}
		}
		switch f {
		case refs.RIS:
			recs := parseRIS(t, text)
			if len(recs) != 1 || len(recs[0]["TY"]) != 1 || len(recs[0]["TI"]) != 1 || len(recs[0]["UR"]) != 1 {
				t.Errorf("metadata made RIS tags: %v", recs)
			}
		case refs.BibTeX:
			bib, err := bibtex.Parse(strings.NewReader(text))
			if err != nil || len(bib.Entries) != 1 {
				t.Fatalf("BibTeX: %v\n%s", err, text)
			}
			if title := bib.Entries[0].Fields["title"].String(); strings.Contains(title, "\n") || strings.Contains(title, "injected") {
				t.Errorf("BibTeX title %q", title)
			}
		case refs.CSLJSON:
			var items []map[string]any
			if err := json.Unmarshal([]byte(text), &items); err != nil || len(items) != 1 {
				t.Fatalf("CSL JSON: %v", err)
			}
		}
		got, err := refs.Read("evil."+string(f), []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, v := range []string{got.Title, got.Publisher, got.Author, got.Place, got.Note, got.URL} {
			if evidence.HasUnsafe(v) || strings.ContainsAny(v, "\r\n") {
				t.Errorf("%s read back %q", f, v)
			}
		}
		if !strings.HasPrefix(got.Title, "Waits ## heading") {
			t.Errorf("%s: title read back %q", f, got.Title)
		}
	}
}

// TestURLsAreEncodedAlikeInEveryFormat: a URL holding a space, braces,
// brackets or a quote is written the same in RIS, BibTeX and CSL JSON,
// percent-encoded by one function (evidence.EncodeURL, as a Markdown
// link's), its own escapes kept. Before, BibTeX encoded the braces alone
// and RIS and CSL JSON nothing, so the three records of one source gave
// three URLs.
func TestURLsAreEncodedAlikeInEveryFormat(t *testing.T) {
	s := evidence.Source{Title: "Waits", Publisher: "NHS Providers", Date: day(2024, 7, 15), Type: evidence.Report,
		URL: "https://x.org/a report {2024} [v2] \"final\".pdf?q=%20x"}
	const want = "https://x.org/a%20report%20%7B2024%7D%20%5Bv2%5D%20%22final%22.pdf?q=%20x"
	got := map[refs.Format]string{}
	for _, f := range refs.Formats {
		text, err := refs.Write(f, []evidence.Source{s}, accessed)
		if err != nil {
			t.Fatal(err)
		}
		switch f {
		case refs.RIS:
			if recs := parseRIS(t, text); len(recs) == 1 && len(recs[0]["UR"]) == 1 {
				got[f] = recs[0]["UR"][0]
			}
		case refs.BibTeX:
			if bib, err := bibtex.Parse(strings.NewReader(text)); err == nil && len(bib.Entries) == 1 {
				got[f] = bib.Entries[0].Fields["url"].String()
			}
		case refs.CSLJSON:
			var items []map[string]any
			if json.Unmarshal([]byte(text), &items) == nil && len(items) == 1 {
				got[f], _ = items[0]["URL"].(string)
			}
		}
		if got[f] != want {
			t.Errorf("%s: URL %q, want %q", f, got[f], want)
		}
	}
}

// TestAuthorWithACommaIsBracedInBibTeX: an organisation cited as the
// author whose name holds a comma ("Department of Health, Social Care")
// is written braced, so BibTeX does not read it as "Last, First", and it
// reads back whole in every format. BibTeX already braced it; CSL JSON
// read its literal back as the person "Social Care, Department of
// Health" (red-team round 10).
func TestAuthorWithACommaIsBracedInBibTeX(t *testing.T) {
	s := evidence.Source{Title: "Waits", Publisher: "Department of Health, Social Care", Date: day(2024, 7, 15), Type: evidence.Report}
	text, err := refs.Write(refs.BibTeX, []evidence.Source{s}, accessed)
	if err != nil {
		t.Fatal(err)
	}
	bib, err := bibtex.Parse(strings.NewReader(text))
	if err != nil || len(bib.Entries) != 1 {
		t.Fatalf("BibTeX: %v\n%s", err, text)
	}
	if got := bib.Entries[0].Fields["author"].String(); got != "{Department of Health, Social Care}" {
		t.Errorf("author %q, want it braced", got)
	}
	for _, f := range refs.Formats {
		text, _ := refs.Write(f, []evidence.Source{s}, accessed)
		got, err := refs.Read("record."+string(f), []byte(text))
		if err != nil || got.Publisher != s.Publisher || got.Author != "" {
			t.Errorf("%s read back: publisher %q, author %q, %v", f, got.Publisher, got.Author, err)
		}
	}
}

// TestBibTeXAccentsAreLetters: a name or title written with TeX's accent
// commands, as Zotero, JabRef and Google Scholar write BibTeX for any
// letter outside ASCII (`M{\"u}ller`, `{\'E}tude`, `na\"{\i}ve`,
// `Fran\c{c}ois`, `{\o}`), is read as the letters they make. Before, the
// commands were kept: "Hans M\"uller" was cited as M\"uller, H. in every
// style (red-team round 11).
func TestBibTeXAccentsAreLetters(t *testing.T) {
	text := `@report{k, author = {M{\"u}ller, Hans and Fran\c{c}ois Dupr\'e and {\O}stergaard, S{\o}ren and Nu\~{n}ez, Jos\'{e}},
  title = {{\'E}tude na\"{\i}ve of {\AE}sop's {\ss} and \v{S}koda: 50\% \& more}, institution = {Org}, year = {2024}}`
	got, err := refs.Read("accents.bib", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Hans Müller and François Dupré and Søren Østergaard and José Nuñez"; got.Author != want {
		t.Errorf("author %q, want %q", got.Author, want)
	}
	if want := "Étude naïve of Æsop's ß and Škoda: 50% & more"; got.Title != want {
		t.Errorf("title %q, want %q", got.Title, want)
	}
}

// TestARecordFileOfSeveralWorksIsRefused: a file of metadata holds the
// record of the one work imported; a second record (a collection exported
// by mistake) is refused at its line, whatever the format. Before, the
// first record was taken without a word: a report imported with a
// two-record file got whichever work came first's title, authors and date
// (red-team round 11).
func TestARecordFileOfSeveralWorksIsRefused(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"two.ris", "TY  - RPRT\nTI  - First\nPB  - Org A\nPY  - 2024\nER  - \n\nTY  - RPRT\nTI  - Second\nPB  - Org B\nPY  - 2019\nER  - \n", "two.ris:7: a second record"},
		{"two.bib", "@techreport{a, title={First}, institution={Org A}, year={2024}}\n\n@techreport{b, title={Second}, institution={Org B}, year={2019}}\n", "two.bib:3: a second record"},
		{"two.json", `[{"type":"report","title":"First","publisher":"Org A","issued":{"date-parts":[[2024]]}},` + "\n" + `{"type":"report","title":"Second","publisher":"Org B","issued":{"date-parts":[[2019]]}}]`, "two.json:2: a second record"},
	} {
		if _, err := refs.Read(c.name, []byte(c.text)); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q…", c.name, err, c.want)
		}
	}
	if s, err := refs.Read("one.ris", []byte("TY  - RPRT\nTI  - First\nPB  - Org A\nPY  - 2024\nER  - \n\n")); err != nil || s.Title != "First" {
		t.Errorf("one record: %+v, %v", s, err)
	}
}

// TestFieldsBracedWholeAreReadAsWritten: a title, institution or address
// braced whole, as Better BibTeX and JabRef keep a style from changing its
// case (`title = {{NHS} and {CQC}}`, `institution = {{NHS England}}`), is
// read as its text. Before, every field braced whole was read as an
// organisation author is, with a comma after it: the report was imported
// as published by "NHS England," (round 19, red team).
func TestFieldsBracedWholeAreReadAsWritten(t *testing.T) {
	text := "@techreport{k,\n  author = {{NHS Providers}},\n  title = {{NHS} and {CQC}},\n  institution = {{NHS England}},\n  address = {{London}},\n  year = {2024},\n}\n"
	got, err := refs.Read("braced.bib", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "NHS and CQC" || got.Publisher != "NHS England" || got.Place != "London" {
		t.Errorf("title %q, publisher %q, place %q", got.Title, got.Publisher, got.Place)
	}
	// An author braced whole is still an organisation: the publisher,
	// where the record names no other.
	got, err = refs.Read("org.bib", []byte("@techreport{k,\n  author = {{NHS Providers}},\n  title = {Waits},\n  year = {2024},\n}\n"))
	if err != nil || got.Publisher != "NHS Providers" || got.Author != "" {
		t.Errorf("organisation author: publisher %q, author %q, %v", got.Publisher, got.Author, err)
	}
}

// TestCSLDatePartsAreWholeNumbers: a CSL JSON date part that is no whole
// year, month or day is an error naming it as written. Before, 2024.5 was
// read as 2024 without a word, and 1e20 was refused as the bad date
// "-9223372036854775808", a number the file does not hold (round 19, red
// team).
func TestCSLDatePartsAreWholeNumbers(t *testing.T) {
	for parts, want := range map[string]string{"[[2024.5]]": "2024.5", "[[1e20]]": "1e+20", "[[2024, 7.5]]": "7.5"} {
		_, err := refs.Read("r.json", []byte(`{"type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": `+parts+`}}`))
		if err == nil || !strings.Contains(err.Error(), "bad date part "+want+" ") || strings.Contains(err.Error(), "922337") {
			t.Errorf("%s: %v", parts, err)
		}
	}
	got, err := refs.Read("r.json", []byte(`{"type": "report", "title": "T", "publisher": "P", "issued": {"date-parts": [[2024, 7, 15]]}}`))
	if err != nil || got.Date.Year != 2024 || got.Date.Day != 15 {
		t.Errorf("%+v, %v", got.Date, err)
	}
}

// TestBibTeXMacrosAreReadOrRefused: nickng/bibtex ends the process
// (log.Fatalf) on a macro it does not know, and knows them only in the
// case they were defined in, where BibTeX ignores case: "month = Jan", a
// @string used in another case, or a macro defined in another file ended
// 'cypx add --meta' with status 1 and "unknown string variable". Each is
// read, or refused at its line.
func TestBibTeXMacrosAreReadOrRefused(t *testing.T) {
	rec := func(extra string) []byte {
		return []byte("@string{NHSP = {NHS Providers}}\n@techreport{k,\n  title = {Waits},\n  institution = nhsp,\n  year = {2024},\n" + extra + "}\n")
	}
	s, err := refs.Read("r.bib", rec("  month = Jan,\n"))
	if err != nil || s.Publisher != "NHS Providers" || s.Date.Month != 1 {
		t.Errorf("month = Jan, a macro in another case: %+v, %v", s, err)
	}
	s, err = refs.Read("r.bib", rec("  note = {Seen} # undefinedvar,\n"))
	if err == nil || !strings.Contains(err.Error(), "6:") || !strings.Contains(err.Error(), `the macro "undefinedvar" is not defined`) {
		t.Errorf("an undefined macro: %+v, %v", s, err)
	}
	if _, err = refs.Read("r.bib", []byte("@preamble{ nosuch }\n@techreport{k, title = {W}, institution = {P}, year = 2024}\n")); err == nil || !strings.Contains(err.Error(), `"nosuch"`) {
		t.Errorf("an undefined macro in a preamble: %v", err)
	}
	// Braced and quoted values, numbers and a comment are not macros.
	s, err = refs.Read("r.bib", []byte("@comment{jabref-meta: x = y}\n@techreport{k, title = \"Waits = {long} # x\", institution = {P # q = r}, year = 2024, month = {jan}}\n"))
	if err != nil || s.Title != "Waits = long # x" {
		t.Errorf("values that only look like macros: %+v, %v", s, err)
	}
}
