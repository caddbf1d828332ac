package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/pipeline"
)

func init() {
	clock = func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) }
	// No test touches the clipboard or the terminal of the machine it runs
	// on unless it asks to.
	clipboardEnv = func() clipboard.Env {
		return clipboard.Env{GOOS: "none", Getenv: func(string) string { return "" }, LookPath: exec.LookPath}
	}
	openTerminal = func() (io.WriteCloser, error) { return nil, os.ErrNotExist }
}

// cli runs cypx in process and returns its stdout, stderr and exit status.
func cli(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, stdio{in: strings.NewReader(""), out: &out, err: &errOut})
	return out.String(), errOut.String(), code
}

func TestSearchJSONContract(t *testing.T) {
	out, stderr, code := cli(t, "search", "waiting", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Total  int                       `json:"total"`
		Items  []map[string]any          `json:"items"`
		Facets map[string]map[string]int `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Total == 0 || len(res.Items) == 0 {
		t.Fatal("no items for 'waiting'")
	}
	if res.Facets["theme"]["waiting-lists"] == 0 {
		t.Errorf("theme facets lack waiting-lists: %v", res.Facets["theme"])
	}
	for _, f := range []string{"kind", "source"} {
		if len(res.Facets[f]) == 0 {
			t.Errorf("no %s facet", f)
		}
	}
	for _, it := range res.Items {
		for _, key := range []string{"id", "kind", "source", "section", "text", "themes", "figures", "actors", "citation"} {
			if _, ok := it[key]; !ok {
				t.Errorf("item %v lacks %q", it["id"], key)
			}
		}
		for _, key := range []string{"themes", "figures", "actors"} {
			if _, ok := it[key].([]any); !ok {
				t.Errorf("item %v: %q is %T, want an array", it["id"], key, it[key])
			}
		}
	}
}

func TestItemsJSONAndCSV(t *testing.T) {
	out, _, code := cli(t, "items", "--format", "json", "--kind", "statistic")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var items []struct {
		Kind    string `json:"kind"`
		Figures []struct {
			Text  string  `json:"text"`
			Value float64 `json:"value"`
			Unit  string  `json:"unit"`
		} `json:"figures"`
		Citation string `json:"citation"`
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) < 20 {
		t.Fatalf("%d statistics, want at least 20", len(items))
	}
	found97 := false
	for _, it := range items {
		if it.Kind != "statistic" || len(it.Figures) == 0 {
			t.Errorf("non-statistic or figure-less item in --kind statistic: %+v", it)
		}
		for _, f := range it.Figures {
			if f.Text == "97%" && f.Value == 97 && f.Unit == "percent" && it.Citation == "NHS Providers (2024), reported by Gault (2024)" {
				found97 = true
			}
		}
	}
	if !found97 {
		t.Error("no 97% figure cited to NHS Providers first, reported by Gault")
	}

	out, _, code = cli(t, "items", "--format", "csv", "--theme", "adhd-autism")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 || strings.Join(rows[0], ",") != "id,kind,figure,value,unit,text,themes,actors,publisher,year,title,url,citation,reference,number,measure,period,note,speaker" {
		t.Fatalf("csv header or rows wrong: %q", rows)
	}
	if !strings.Contains(rows[1][5], "autism and ADHD") || rows[1][14] != "2" || rows[1][12] != "(NHS Providers, 2024)" || !strings.HasPrefix(rows[1][13], "NHS Providers (2024) Forgotten generation") {
		t.Errorf("csv row: %q", rows[1])
	}
}

// TestCSVFollowsTheCitationStyle: the CSV's citation column was Harvard
// whatever the style ('export --format csv --style apa', a configured
// style), while JSON and Markdown followed it. Now every CSV cites in the
// style, as a copy of the item does, with the full reference beside it.
func TestCSVFollowsTheCitationStyle(t *testing.T) {
	id := "nhsp-2024-forgotten-generation-recommendations#9c090793"
	for _, style := range []evidence.Style{evidence.APA, evidence.Vancouver, evidence.Footnotes} {
		out, stderr, code := cli(t, "export", "--format", "csv", "--style", string(style), "ADHD taskforce")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", style, code, stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var row []string
		for _, r := range rows[1:] {
			if r[0] == id {
				row = r
			}
		}
		if row == nil {
			t.Fatalf("%s: no row for %s in %q", style, id, rows)
		}
		c, err := pipeline.Load(bundled.FS, bundled.FS)
		if err != nil {
			t.Fatal(err)
		}
		var it evidence.Item
		for _, r := range c.Items {
			if r.ID == id {
				it = r
			}
		}
		want := evidence.CitationOf(it, style, clock())
		ref := evidence.Cite(it, style, evidence.FormatReference, clock())
		if row[12] != want || row[13] != ref || ref == evidence.Cite(it, evidence.Harvard, evidence.FormatReference, clock()) {
			t.Errorf("%s: citation %q, reference %q; want %q", style, row[12], row[13], want)
		}
	}
}

func TestCiteStyles(t *testing.T) {
	out, _, _ := cli(t, "items", "--format", "json", "--source", "hcl-2024-trusts-work-with-icbs", "--kind", "statistic")
	var items []struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	json.Unmarshal([]byte(out), &items)
	var id97 string
	for _, it := range items {
		if strings.HasPrefix(it.Text, "Nearly all respondents (97%)") {
			id97 = it.ID
		}
	}
	if id97 == "" {
		t.Fatal("97% item not found")
	}
	cases := map[string]string{
		"plain":     `"Nearly all respondents (97%) said that demand for CYP services had increased since the Covid pandemic, and 90% said the health of wellbeing of children is not considered enough in national policy." (NHS Providers, 2024; reported by Gault, 2024)`,
		"figure":    `97% (Gault, 2024)`, // not seen in the primary
		"markdown":  `"Nearly all respondents (97%) said that demand for CYP services had increased since the Covid pandemic, and 90% said the health of wellbeing of children is not considered enough in national policy." ([NHS Providers, 2024](https://nhsproviders.org/forgotten-generation-shaping-better-services-for-children-and-young-people); reported by [Gault, 2024](https://healthcareleadernews.com/news/most-trusts-say-they-work-effectively-with-icbs-on-childrens-services))`,
		"reference": "NHS Providers (2024) Forgotten generation: shaping better services for children and young people. Available at: https://nhsproviders.org/forgotten-generation-shaping-better-services-for-children-and-young-people (Accessed: 22 November 2026).\nGault, B. (2024) 'Most trusts say they work effectively with ICBs on children’s services', Healthcare Leader, 15 July. Available at: https://healthcareleadernews.com/news/most-trusts-say-they-work-effectively-with-icbs-on-childrens-services (Accessed: ",
	}
	for format, want := range cases {
		out, stderr, code := cli(t, "cite", id97, "--format", format)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		if !strings.HasPrefix(out, want) {
			t.Errorf("cite --format %s:\n%s\nwant:\n%s", format, out, want)
		}
	}
	// --style once named the formats: --style figure still means one.
	if out, _, _ := cli(t, "cite", id97, "--style", "figure"); out != "97% (Gault, 2024)\n" {
		t.Errorf("cite --style figure: %q", out)
	}
}

func TestShowByHashPrefix(t *testing.T) {
	out, _, _ := cli(t, "items", "--format", "json", "--kind", "recommendation", "--actor", "NHSE", "--source", "nhsp-2024-forgotten-generation-recommendations")
	var items []struct {
		ID, Text string
	}
	json.Unmarshal([]byte(out), &items)
	if len(items) == 0 {
		t.Fatal("no NHSE recommendations")
	}
	hash := items[0].ID[strings.Index(items[0].ID, "#")+1:]
	out, stderr, code := cli(t, "show", hash)
	if code != 0 {
		t.Fatalf("show %s: exit %d: %s", hash, code, stderr)
	}
	for _, want := range []string{"publisher  NHS Providers", "actors     ", "NHSE", "cite       (NHS Providers, 2024)", "Available at: https://nhsproviders.org/"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
}

func TestUsageErrorsExitTwoAndListValidValues(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"search", "x", "--theme", "autism"}, "valid: waiting-lists, transitions, adhd-autism"},
		{[]string{"search", "x", "--kind", "chart"}, "valid: statistic, recommendation, excerpt"},
		{[]string{"search", `"unbalanced`}, "cannot read the query"},
		{[]string{"items", "--format", "xml"}, "use one of text, json, md, csv"},
		{[]string{"cite", "x", "--style", "chicago"}, "valid: harvard, apa, vancouver, footnotes"},
		{[]string{"cite", "x", "--format", "xml"}, "valid: plain, markdown, figure, reference"},
		{[]string{"export", "--style", "mla"}, "valid: harvard, apa, vancouver, footnotes"},
	}
	for _, c := range cases {
		_, stderr, code := cli(t, c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
}

func TestCheckNamesEveryBrokenFileAndLine(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	write := func(name, data string) {
		os.WriteFile(filepath.Join(dir, "sources", name), []byte(data), 0o644)
	}
	write("good.md", "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n48% of children waited more than 18 weeks.\n")
	write("typo.md", "---\ntitle: T\npubisher: P\ndate: 2024\ntype: report\n---\nBody.\n")
	write("date.md", "---\ntitle: T\npublisher: P\ndate: 15/07/2024\ntype: report\n---\nBody.\n")
	out, _, code := cli(t, "check", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{`sources/typo.md:3: unknown key "pubisher"`, `sources/typo.md:6: missing required key "publisher"`, `sources/date.md:4: date: bad date "15/07/2024"`} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	os.Remove(filepath.Join(dir, "sources", "typo.md"))
	os.Remove(filepath.Join(dir, "sources", "date.md"))
	out, _, code = cli(t, "check", dir)
	if code != 0 || !strings.Contains(out, "1 source, 1 item (1 statistic, 0 recommendations, 0 excerpts)") {
		t.Errorf("clean check: exit %d, %q", code, out)
	}
	// The broken files are skipped with a warning; the good one still searches.
	write("typo.md", "---\ntitle: T\npubisher: P\ndate: 2024\ntype: report\n---\nBody.\n")
	out, stderr, code := cli(t, "--corpus", dir, "search", "children", "--format", "json")
	if code != 0 || !strings.Contains(out, "48% of children") || !strings.Contains(stderr, "warning: sources/typo.md:3") {
		t.Errorf("search over a corpus with a broken file: exit %d\n%s\n%s", code, out, stderr)
	}
}

func TestBundledCheckAndThemes(t *testing.T) {
	// A home of its own: another test's refused 'cypx add' leaves an empty
	// library in the shared one, and check then names "bundled corpus and
	// library".
	t.Setenv("CYPX_HOME", t.TempDir())
	out, _, code := cli(t, "check")
	if code != 0 || !strings.HasPrefix(out, "ok: bundled corpus: 5 sources,") {
		t.Errorf("check: exit %d, %q", code, out)
	}
	out, _, _ = cli(t, "themes", "--format", "json")
	var rows []struct {
		ID    string `json:"id"`
		Items int    `json:"items"`
	}
	json.Unmarshal([]byte(out), &rows)
	if len(rows) != 15 {
		t.Fatalf("%d themes, want 15", len(rows))
	}
	for _, r := range rows {
		if r.ID == "adhd-autism" && r.Items == 0 {
			t.Error("no items tagged adhd-autism")
		}
	}
}

func TestTextOutputEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "evil.md"), []byte("---\ntitle: Evil\npublisher: P\ndate: 2024\ntype: report\n---\nA paragraph with a \x1b[31mred\x1b[0m colour code and a bell\x07 in it for testing.\n"), 0o644)
	for _, args := range [][]string{{"items"}, {"search", "paragraph"}, {"show", "evil#"}} {
		out, stderr, _ := cli(t, append([]string{"--corpus", dir}, args...)...)
		if args[0] == "show" {
			var items []struct{ ID string }
			j, _, _ := cli(t, "--corpus", dir, "items", "--format", "json")
			json.Unmarshal([]byte(j), &items)
			out, stderr, _ = cli(t, "--corpus", dir, "show", items[0].ID)
		}
		if strings.ContainsAny(out+stderr, "\x1b\x07") {
			t.Errorf("%v wrote a raw control character:\n%q", args, out)
		}
		if !strings.Contains(out, `\x1b[31mred`) {
			t.Errorf("%v: escape not shown escaped:\n%s", args, out)
		}
	}
}

// idOf finds the id of the item of a source whose text holds key.
func idOf(t *testing.T, source, key string) string {
	t.Helper()
	out, _, _ := cli(t, "items", "--format", "json", "--source", source)
	var items []struct{ ID, Text string }
	json.Unmarshal([]byte(out), &items)
	for _, it := range items {
		if strings.Contains(it.Text, key) {
			return it.ID
		}
	}
	t.Fatalf("no item of %s holds %q", source, key)
	return ""
}

func TestLinksJSONAndPrimaryCitations(t *testing.T) {
	id := idOf(t, "hcl-2024-trusts-work-with-icbs", "Nearly all respondents (97%)")
	out, stderr, code := cli(t, "links", id, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Item  map[string]any `json:"item"`
		Links []struct {
			Type   string         `json:"type"`
			Score  float64        `json:"score"`
			Reason string         `json:"reason"`
			Item   map[string]any `json:"item"`
		} `json:"links"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Item["id"] != id || len(res.Links) == 0 {
		t.Fatalf("links json: %s", out)
	}
	first := res.Links[0]
	if first.Type != "primary-source" || !strings.Contains(first.Reason, "same figure (90%) and claim in NHS Providers’ report") ||
		!strings.HasPrefix(first.Item["text"].(string), "Nearly all respondents (90%)") {
		t.Errorf("first link: %+v", first)
	}
	if res.Item["citation"] != "NHS Providers (2024), reported by Gault (2024)" {
		t.Errorf("item citation %q", res.Item["citation"])
	}
	// The quote cites the primary first; the 97% figure, which the primary
	// excerpts do not state, stays with the coverage that printed it.
	quote, _, _ := cli(t, "cite", id)
	if !strings.HasSuffix(strings.TrimSpace(quote), `(NHS Providers, 2024; reported by Gault, 2024)`) {
		t.Errorf("quote: %s", quote)
	}
	fig, _, _ := cli(t, "cite", id, "--style", "figure")
	if strings.TrimSpace(fig) != "97% (Gault, 2024)" {
		t.Errorf("figure: %s", fig)
	}
	show, _, _ := cli(t, "show", id)
	for _, want := range []string{"primary    NHS Providers, 2024: Forgotten generation", "Linked findings (", "primary-source"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
}

func TestBasketAndExportFromTheCommandLine(t *testing.T) {
	cli(t, "basket", "clear")
	ncb := idOf(t, "ncb-2024-local-nhs-plans", "61% of strategies")
	rec := idOf(t, "nhsp-2024-forgotten-generation-recommendations", "review of transitions")
	cqc := idOf(t, "cqc-2018-are-we-listening", "complex and disjointed system")
	hash := func(id string) string { return id[strings.Index(id, "#")+1:] }
	out, stderr, code := cli(t, "basket", "add", ncb, hash(rec), cqc)
	if code != 0 || out != "" || !strings.Contains(stderr, "added 3, basket holds 3") {
		t.Fatalf("basket add: %d %q %q", code, out, stderr)
	}
	out, _, _ = cli(t, "basket", "list")
	if !strings.Contains(out, " 1. 61%") || !strings.Contains(out, " 2. R3") || !strings.Contains(out, cqc) {
		t.Errorf("basket list:\n%s", out)
	}
	dir := t.TempDir()
	for _, f := range []string{"md", "docx", "csv", "json"} {
		file := filepath.Join(dir, "pack."+f)
		if _, stderr, code := cli(t, "export", "--basket", "--format", f, "-o", file); code != 0 {
			t.Fatalf("export %s: %s", f, stderr)
		}
		if info, err := os.Stat(file); err != nil || info.Size() == 0 {
			t.Errorf("export %s wrote nothing", f)
		}
	}
	md, _ := os.ReadFile(filepath.Join(dir, "pack.md"))
	if !strings.Contains(string(md), "> **61%** of strategies") || strings.Count(string(md), "(Accessed: ") != 3 {
		t.Errorf("markdown pack:\n%s", md)
	}
	_, out, _ = cli(t, "basket", "remove", hash(rec))
	if !strings.Contains(out, "removed 1, basket holds 2") {
		t.Errorf("basket remove: %q", out)
	}
	// A search exports too, and a missing item is kept in the basket, shown missing.
	out, _, code = cli(t, "export", "public", "health", "grant", "--format", "csv")
	if code != 0 || strings.Count(out, "\n") != 4 {
		t.Errorf("export of a search: %d\n%s", code, out)
	}
	b := filepath.Join(os.Getenv("CYPX_HOME"), "state", "basket.json")
	data, _ := os.ReadFile(b)
	os.WriteFile(b, []byte(strings.Replace(string(data), `"items": [`, `"items": ["gone#deadbeef",`, 1)), 0o644)
	out, _, _ = cli(t, "basket", "list")
	if !strings.Contains(out, "missing  gone#deadbeef") {
		t.Errorf("missing item not shown:\n%s", out)
	}
	_, stderr, _ = cli(t, "export", "--basket")
	if !strings.Contains(stderr, "gone#deadbeef is missing") {
		t.Errorf("export should warn about the missing item: %q", stderr)
	}
	cli(t, "basket", "clear")
}

// TestAddReportsAHugePublisherCut: a publisher of 1 MB (a PDF's author,
// guessed) was reported whole by add, 1 MB on standard error; the report
// shows its start and length, and the source keeps it whole.
func TestAddReportsAHugePublisherCut(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CYPX_HOME", filepath.Join(dir, "home"))
	file := filepath.Join(dir, "notes.txt")
	os.WriteFile(file, []byte("Waiting times\n\nSome 45% of children waited more than 18 weeks for community paediatrics in 2023.\n"), 0o644)
	pub := strings.Repeat("Pub ", 250_000) + "End"
	_, stderr, code := cli(t, "add", file, "--publisher", pub, "--date", "2024", "--type", "report", "--id", "huge-pub")
	if code != 0 || len(stderr) > 4000 || !strings.Contains(stderr, "… (1000003 bytes)") {
		t.Fatalf("exit %d, %d bytes on stderr: %.300s", code, len(stderr), stderr)
	}
	// cypx library padded every row to the widest publisher: with a
	// second source beside it, each line was 1 MB long.
	// (Another report's text: the same text again is refused as one
	// report imported twice.)
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte("Waiting times\n\nSome 30% of families waited more than 6 weeks for a hearing test in 2023.\n"), 0o644)
	_, stderr, _ = cli(t, "add", small, "--publisher", "NHS", "--date", "2024", "--type", "report", "--id", "small-pub")
	out, stderr, code := cli(t, "library")
	if code != 0 || len(out) > 4000 || !strings.Contains(out, "Pub Pub") || !strings.Contains(out, "small-pub") {
		t.Errorf("library: exit %d, %d bytes: %.300s %s", code, len(out), out, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "home", "data", "library", "sources", "huge-pub.md"))
	if err != nil || !strings.Contains(string(data), "Pub End") {
		t.Errorf("the source does not keep the whole publisher: %v", err)
	}
}

func TestAddSearchListRemove(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "story.html")
	os.WriteFile(page, []byte(`<!DOCTYPE html><html><head><title>Autism assessment waits double | Care News</title>
<meta property="og:site_name" content="Care News"><meta property="article:published_time" content="2025-01-10T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Autism assessment waits double</h1>
<p>Zebra-striped analysis shows 64% of autism assessments now take longer than a year for children in England.</p>
<p>Campaigners said families were being left without support while they waited for a diagnosis and help.</p></article>
<footer>Copyright Care News. All rights reserved.</footer></body></html>`), 0o644)
	stdout, out, code := cli(t, "add", page, "--type", "news")
	if code != 0 || stdout != "" || !strings.Contains(out, "imported   cn-2025-autism-assessment-waits-double") || !strings.Contains(out, "publisher  Care News") {
		t.Fatalf("add: %d\n%s\n%s", code, stdout, out)
	}
	out, _, _ = cli(t, "search", "zebra", "--format", "json")
	if !strings.Contains(out, `"total": 1`) || !strings.Contains(out, "64% of autism assessments") {
		t.Errorf("the imported item is not searched with the bundled corpus:\n%s", out)
	}
	out, _, _ = cli(t, "search", "autism", "--format", "json", "--no-bundled")
	if !strings.Contains(out, `"total": 1`) {
		t.Errorf("--no-bundled should leave the bundled corpus out:\n%s", out)
	}
	// The same id again is refused, and nothing changes.
	_, stderr, code := cli(t, "add", page, "--type", "news")
	if code == 0 || !strings.Contains(stderr, "already in the library (pass --force") {
		t.Errorf("second add: %d %q", code, stderr)
	}
	// Of two files making one id, the refusal names the second file: it
	// said only "ID: already in the library", after the first's report.
	other := filepath.Join(dir, "copy of page.html")
	data, _ := os.ReadFile(page)
	os.WriteFile(other, data, 0o644)
	_, stderr, code = cli(t, "add", page, other, "--type", "news")
	if code == 0 || !strings.Contains(stderr, "cypx: "+other+": cn-2025-autism-assessment-waits-double: already in the library") {
		t.Errorf("two files of one id: %d %q", code, stderr)
	}
	// With --force, the second replaced the first just imported, and both
	// were reported imported: the second is refused, the first kept.
	stdout, stderr, code = cli(t, "add", page, other, "--type", "news", "--force")
	if code == 0 || strings.Count(stderr, "imported   cn-2025") != 1 || !strings.Contains(stderr, other+": cn-2025-autism-assessment-waits-double: the id of "+page+", imported by this command") {
		t.Errorf("two files of one id, --force: %d %q %q", code, stdout, stderr)
	}
	// Bad input is refused with its reason.
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	_, stderr, code = cli(t, "add", empty)
	if code == 0 || !strings.Contains(stderr, "empty.txt: empty file") {
		t.Errorf("empty file: %d %q", code, stderr)
	}
	out, _, _ = cli(t, "library")
	if !strings.Contains(out, "cn-2025-autism-assessment-waits-double  2025-01-10  Care News") {
		t.Errorf("library:\n%s", out)
	}
	_, out, code = cli(t, "remove", "cn-2025-autism-assessment-waits-double")
	if code != 0 || !strings.Contains(out, "trash") {
		t.Errorf("remove: %d %q", code, out)
	}
	out, _, _ = cli(t, "search", "zebra", "--format", "json")
	if !strings.Contains(out, `"total": 0`) {
		t.Errorf("a removed source is still searched:\n%s", out)
	}
}

func TestHostileQueriesExitTwoWithAReason(t *testing.T) {
	cases := map[string]string{
		`"unbalanced`:               "is never closed",
		`+`:                         "a lone '+'",
		`-`:                         "a lone '-'",
		`kind:`:                     "needs a value",
		`foo:bar`:                   `unknown field "foo"`,
		`(`:                         "never closed",
		`)`:                         "has no '(' before it",
		`()`:                        "are empty",
		`NOT`:                       "NOT at character 1 needs a word",
		`\`:                         "has nothing to search for",
		`theme:foo`:                 "no such theme (themes: waiting-lists",
		strings.Repeat("ab ", 3500): "at most 4096 are read",
	}
	for q, want := range cases {
		out, stderr, code := cli(t, "search", q)
		if code != 2 || !strings.Contains(stderr, want) || out != "" {
			t.Errorf("search %.20q: exit %d, stderr %q, stdout %q; want 2 and %q", q, code, stderr, out, want)
		}
	}
	// A colon inside a phrase is text, not a field.
	if _, stderr, code := cli(t, "search", `"said: ‘We"`); code != 0 {
		t.Errorf("a quoted colon was read as a field: %q", stderr)
	}
}

// TestSearchCutByItsLimitSaysSo: export, figures and chart of a search use
// its first --limit items; when the search found more, stderr says how many
// were left out and how to have them all. Before, `cypx export` of the
// bundled corpus wrote 50 of its 83 items with no word, a briefing pack
// missing a third of the findings asked for.
func TestSearchCutByItsLimitSaysSo(t *testing.T) {
	for _, args := range [][]string{
		{"export", "--format", "csv"},
		{"export", "--format", "csv", "--limit", "2", "waiting"},
		{"figures", "--limit", "2"},
		{"chart", "--limit", "2"},
	} {
		_, stderr, code := cli(t, args...)
		if code != 0 || !strings.Contains(stderr, "items were found; only the first") || !strings.Contains(stderr, "--limit") {
			t.Errorf("%v: exit %d, stderr %q: want a word on the items left out", args, code, stderr)
		}
	}
	_, stderr, code := cli(t, "export", "--format", "csv", "--limit", "1000")
	if code != 0 || strings.Contains(stderr, "only the first") {
		t.Errorf("a whole search: exit %d, stderr %q", code, stderr)
	}
}

// TestCorpusWithoutSourcesFolderIsRefused: --corpus naming a folder with no
// sources/ in it (the sources folder itself, a parent, a typo'd
// neighbour) is refused naming the folder and what a corpus holds. Before,
// `cypx --corpus corpus/sources search waiting` answered "0 of 0 items",
// exit 0: a wrong folder and an empty search looked alike.
func TestCorpusWithoutSourcesFolderIsRefused(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: T\n---\nText.\n"), 0o644)
	for _, args := range [][]string{{"--corpus", dir, "search", "waiting"}, {"--corpus", dir, "items"}, {"check", dir}} {
		_, stderr, code := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, dir) || !strings.Contains(stderr, "no sources folder") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

// TestFigureCopyLeavesItsMarkerOut: a count with a footnote marker glued to
// it ("1,200[^4] referrals", as an import writes a raised marker) is copied
// and shown without the marker wherever it stands apart from its sentence
// (the figure copy, `show`, the CSV's figure column), while the quote keeps
// the sentence as published. Before, the copy read "1,200[^4] referrals
// (Test Body, 2024)": a footnote of nothing in a briefing.
func TestFigureCopyLeavesItsMarkerOut(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "x.md"), []byte("---\ntitle: Referrals\npublisher: Test Body\ndate: 2024-05-01\ntype: report\n---\n"+
		"There were 1,200[^4] referrals to community paediatrics in the North in 2024.\n\n[^4]: Provisional figures.\n"), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "--no-bundled", "items", "--format", "json")
	var items []struct {
		ID, Text string
	}
	if code != 0 || json.Unmarshal([]byte(out), &items) != nil || len(items) == 0 {
		t.Fatalf("items: exit %d\n%s\n%s", code, out, stderr)
	}
	id := items[0].ID
	if !strings.Contains(items[0].Text, "1,200[^4] referrals") {
		t.Errorf("the quote should keep the marker as published: %q", items[0].Text)
	}
	if out, _, _ := cli(t, "--corpus", dir, "--no-bundled", "cite", id, "--format", "figure"); out != "1,200 referrals to community paediatrics in the North, 2024 (Test Body, 2024)\n" {
		t.Errorf("figure copy %q, want the figure without its marker", out)
	}
	if out, _, _ := cli(t, "--corpus", dir, "--no-bundled", "show", id); !strings.Contains(out, "1,200 referrals  (1200") {
		t.Errorf("show's figures line keeps the marker:\n%s", out)
	}
	if out, _, _ := cli(t, "--corpus", dir, "--no-bundled", "items", "--format", "csv"); !strings.Contains(out, ",\"1,200 referrals to community paediatrics in the North\",") {
		t.Errorf("the CSV's figure column keeps the marker:\n%s", out)
	}
}

// TestExportRefusesBeforeItSearches: `cypx export -o pack.md` over a file
// there, or with a bad --group or --style, searched (minutes for a large
// library), warned "only the first 50 are used" of a pack then refused,
// and only then said why. It says why first, and nothing else.
func TestExportRefusesBeforeItSearches(t *testing.T) {
	there := filepath.Join(t.TempDir(), "pack.md")
	if err := os.WriteFile(there, []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "-o", there}, "exists: pass --force"},
		{[]string{"export", "-o", filepath.Dir(there)}, "is a folder"},
		{[]string{"export", "--style", "nosuch"}, "unknown citation style"},
		{[]string{"export", "--group", "nosuch"}, `--group "nosuch"`},
	} {
		_, stderr, code := cli(t, c.args...)
		if code == 0 || !strings.Contains(stderr, c.want) || strings.Contains(stderr, "items were found") {
			t.Errorf("%v: exit %d, stderr %q: want %q alone", c.args, code, stderr, c.want)
		}
	}
	if b, _ := os.ReadFile(there); string(b) != "mine\n" {
		t.Errorf("the file there was changed: %q", b)
	}
}
