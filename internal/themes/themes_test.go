package themes_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/themes"
)

func taxonomy(t testing.TB) *themes.Taxonomy {
	t.Helper()
	tax, err := themes.Load(bundled.FS, "themes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return tax
}

func TestBundledTaxonomyHasTheFixedThemes(t *testing.T) {
	tax := taxonomy(t)
	want := "waiting-lists transitions adhd-autism workforce mental-health prevention funding integration voice inequalities national-policy data-sharing leadership send social-care"
	if got := strings.Join(tax.IDs(), " "); got != want {
		t.Errorf("theme ids:\n%s\nwant:\n%s", got, want)
	}
	for _, th := range tax.Themes {
		if th.Label == "" || th.Description == "" || len(th.Terms) == 0 {
			t.Errorf("theme %s lacks a label, description or terms", th.ID)
		}
	}
}

func TestTagSignals(t *testing.T) {
	tax := taxonomy(t)
	cases := []struct {
		text  string
		theme string
		want  bool
	}{
		{"Children face long waiting lists.", "waiting-lists", true},
		{"There were long waits in every area.", "waiting-lists", true},
		{"Waiting times have grown.", "waiting-lists", true},
		{"Assessments for autism are delayed.", "adhd-autism", true},
		{"ADHD services are stretched.", "adhd-autism", true},
		{"Neurodevelopmental pathways vary.", "adhd-autism", true},
		{"The transition between paediatric and adult services is poor.", "transitions", true},
		{"Areas are delivering a 0-25 service.", "transitions", true},
		{"Staffing is short and vacancies are rising.", "workforce", true},
		// "staff" alone is who reports a finding as often as who is short
		// ("staff said"), so it signals nothing on its own.
		{"Staff said the service was improving.", "workforce", false},
		{"The workforce is stretched.", "workforce", true},
		{"Deliver the LTWP in full.", "workforce", true},
		{"Children with SEND wait longest.", "send", true},
		{"Please send the form back.", "send", false},
		{"The government announced a plan.", "leadership", false},
		{"The children’s social care budget", "social-care", true},
		{"The children's social care budget", "social-care", true},
		// The forms issue 13 asks for, as UK reports write them.
		{"Young people moving from children's to adult services wait again.", "transitions", true},
		{"Admissions rose in the year after transfer to adult services.", "transitions", true},
		{"We set out to hear from young people about their care.", "voice", true},
		{"One in five had a probable mental disorder.", "mental-health", true},
		{"Referrals for eating disorders doubled.", "mental-health", true},
		{"Councils have cut parenting programmes.", "prevention", true},
		{"Early help services have closed.", "prevention", true},
		{"MMR coverage at five fell to 84.5%.", "prevention", true},
		{"Care leavers lose support at 18.", "transitions", true},
		{"Parents told us nobody explained the plan.", "voice", true},
		{"Waits ranged widely depending on where a child lives.", "inequalities", true},
		// Names whose words signal something else, or nothing.
		{"Nurses describe children spending days on wards.", "funding", false},
		{"Some 30% lived in poverty after housing costs.", "funding", false},
		{"Some 30% lived in poverty after housing costs.", "inequalities", true},
		{"The team started taking referrals in January.", "waiting-lists", false},
		{"Oxleas Partnership NHS Foundation Trust runs the service.", "integration", false},
		{"Fathers and partners can be affected too.", "integration", false},
		// A sickle cell crisis is pain, not mental health; time spent in
		// A&E is a wait, not money; services joined "together" in one
		// network say nothing of how they work with others.
		{"She was admitted with a painful sickle cell crisis.", "mental-health", false},
		{"Children spent more than four hours in A&E.", "funding", false},
		{"Children spent more than four hours in A&E.", "waiting-lists", true},
		{"The network brings together six hospitals.", "integration", false},
		{"Staff lack the training to act quickly.", "workforce", true},
		{"Traveller children were least likely to be seen.", "inequalities", true},
		{"Families had to travel for appointments.", "inequalities", false},
		// A strategy is as often a local one as a national one.
		{"Only 6% of strategies mention children.", "national-policy", false},
		// Out-of-area placements are beds far from home, not placements in
		// care: access to a bed, and mental health only when the text says
		// so (the labelling guide's worked cases).
		{"The ICB spent £6.2m on out-of-area placements last year.", "social-care", false},
		{"The ICB spent £6.2m on out-of-area placements last year.", "waiting-lists", true},
		{"The ICB spent £6.2m on out-of-area placements last year.", "mental-health", false},
		{"The ICB spent £6.2m on out-of-area mental health placements.", "mental-health", true},
		// A parent's perinatal mental health is early years, not children's
		// mental health; a crisis point is strain, not a mental health crisis.
		{"Perinatal mental health problems affect one in five mothers.", "mental-health", false},
		{"Perinatal mental health problems affect one in five mothers.", "prevention", true},
		{"Families reached crisis point before help came.", "mental-health", false},
		// National policy: government acting, a law, national standards as
		// such; not a department cited as a figure's source, nor a local
		// figure set against a national standard.
		{"The government should fund a team in every school.", "national-policy", true},
		{"Under the Children and Families Act 2014, councils must act.", "national-policy", true},
		{"Figures from the Department for Education show a rise.", "national-policy", false},
		{"The Department for Education should require every school to act.", "national-policy", true},
		{"79% were seen within one week, against the national standard of 95%.", "national-policy", false},
		// Waits include access and timeliness.
		{"Only 64% of requests were returned within six weeks.", "waiting-lists", true},
		{"Four were admitted to adult wards because no bed was free.", "waiting-lists", true},
		{"Children in care were moved to a new foster placement.", "social-care", true},
		// Issue 15: the shapes of joint working, families' own accounts,
		// boards and data gaps, with their near-misses.
		{"Advice from health or social care was missing from the plan.", "integration", true},
		{"Advice from health or social care was missing from the plan.", "social-care", false},
		{"Children's social care opened 412 assessments.", "social-care", true},
		{"The SEND partnership should agree a shared assessment.", "integration", true},
		{"The network brings together the neonatal services of six hospitals.", "integration", true},
		{"Joint clinics run by paediatric and adult teams help young people move.", "integration", false},
		{"Joint clinics run by paediatric and adult teams help young people move.", "transitions", true},
		{"Parents' main ask was for a named contact.", "voice", true},
		{"Several young people also asked for appointments after school.", "voice", true},
		{"Parents were twice as likely as other parents to say nobody had explained.", "voice", true},
		{"Half of the schools that answered our survey said they saw a nurse monthly.", "voice", false},
		{"Of the 240 parents who answered our survey, 61% said they had waited.", "voice", true},
		{"Health visitors completed 71% of two-year reviews on time.", "waiting-lists", false},
		{"Progress will be reported to the network board every six months.", "leadership", true},
		{"Fewer than half of councils were able to tell us what they spent.", "data-sharing", true},
		{"We do not receive copies of finalised plans from the council.", "data-sharing", true},
		{"The ICB should fund a transition nurse post in each trust.", "workforce", true},
		{"Families of disabled children had appointments on several days.", "workforce", false},
		{"Several parents said they had paid for a private hearing test.", "funding", false},
		{"The service is paid for from the public health grant.", "funding", true},
		{"Mental health support teams now cover 44% of pupils in England.", "national-policy", true},
		{"Our six mental health support teams cover 52% of pupils.", "national-policy", false},
	}
	for _, c := range cases {
		got := false
		for _, id := range tax.Tag(c.text) {
			got = got || id == c.theme
		}
		if got != c.want {
			t.Errorf("Tag(%q) has %s = %v, want %v (tags %v)", c.text, c.theme, got, c.want, tax.Tag(c.text))
		}
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	cases := map[string]string{
		"themes:\n  - id: a\n    label: A\n    terms: [x]\n  - id: a\n    label: B\n    terms: [y]\n": `t.yaml:5: theme id "a" given twice`,
		"themes:\n  - id: a\n    label: A\n    terms: []\n":                                           `t.yaml:2: theme "a" has no terms`,
		"themes:\n  - id: a\n    lable: A\n    terms: [x]\n":                                          `t.yaml:3: unknown key "lable"`,
		"themes:\n  - id: Bad Id\n    label: A\n    terms: [x]\n":                                     `t.yaml:2: theme id "Bad Id"`,
		"themes:\n  - id: a\n    label: A\n    terms:\n      - x\n      - \"area\\e[31m\"\n":          `t.yaml:6: theme "a": term "area\x1b[31m" holds a control`,
		"themes:\n  - id: a\n    label: A\n    terms: [x, \"publish\\u200b\"]\n":                      `t.yaml:4: theme "a": term "publish\u200b" holds a control`,
	}
	for data, want := range cases {
		tax, err := themes.Parse("t.yaml", []byte(data))
		if err == nil && len(tax.Problems) > 0 {
			// A theme given twice leaves the second out, with a warning.
			err = tax.Problems[0]
		}
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Parse error = %v, want prefix %q", err, want)
		}
	}
}

// TestThemeGold measures tagging against hand-labelled items and holds
// precision and recall over (item, theme) pairs to 0.90.
func TestThemeGold(t *testing.T) {
	tax := taxonomy(t)
	data, err := os.ReadFile("testdata/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Items []struct {
			Source string   `yaml:"source"`
			Key    string   `yaml:"key"`
			Themes []string `yaml:"themes"`
		} `yaml:"items"`
	}
	if err := yaml.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	docs, _ := corpus.Load(bundled.FS)
	items := map[string][]evidence.Item{}
	for _, d := range docs {
		its := extract.Extract(d)
		tax.TagItems(its)
		items[d.Source.ID] = its
	}
	var tp, fp, fn int
	covered := map[string]int{}
	for _, g := range gold.Items {
		var match []evidence.Item
		for _, it := range items[g.Source] {
			if strings.Contains(it.Text, g.Key) {
				match = append(match, it)
			}
		}
		if len(match) != 1 {
			t.Errorf("gold key %q matches %d items of %s; want exactly 1", g.Key, len(match), g.Source)
			continue
		}
		want := map[string]bool{}
		for _, id := range g.Themes {
			if err := tax.Check(id); err != nil {
				t.Errorf("gold: %v", err)
			}
			want[id] = true
			covered[id]++
		}
		for _, id := range match[0].Themes {
			if want[id] {
				tp++
				delete(want, id)
			} else {
				fp++
				t.Logf("extra theme %s on %q", id, g.Key)
			}
		}
		for id := range want {
			fn++
			t.Logf("missed theme %s on %q", id, g.Key)
		}
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	t.Logf("themes: %d items labelled; precision %.3f recall %.3f (tp %d fp %d fn %d)", len(gold.Items), p, r, tp, fp, fn)
	if len(gold.Items) < 30 {
		t.Errorf("only %d items labelled; want at least 30", len(gold.Items))
	}
	for _, id := range []string{"waiting-lists", "transitions", "adhd-autism", "workforce"} {
		if covered[id] == 0 {
			t.Errorf("no gold item has theme %s", id)
		}
	}
	// The learned model, trained on the development set and never on
	// these documents, takes a theme away only from short items, and
	// these are mostly long paragraphs.
	if p < 0.90 || r < 0.90 {
		t.Errorf("precision %.3f recall %.3f: below the 0.90 floor", p, r)
	}
}

func TestNamesUnitsAndExactTerms(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: social-care, label: Social care, terms: [social care]}
  - {id: national-policy, label: National policy, terms: [national strategy]}
  - {id: funding, label: Funding, terms: [funding]}
  - {id: leadership, label: Leadership, terms: [=accountable]}
names:
  - {name: Department of Health and Social Care, themes: [national-policy]}
unit_themes:
  gbp: [funding]
`))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		item evidence.Item
		want []string
	}{
		{evidence.Item{Text: "The Department of Health and Social Care said so."}, []string{"national-policy"}},
		{evidence.Item{Text: "Children's social care is stretched."}, []string{"social-care"}},
		{evidence.Item{Text: "Councils got an extra sum.", Figures: []evidence.Figure{{Text: "£2m", Value: 2e6, Unit: evidence.UnitGBP}}}, []string{"funding"}},
		{evidence.Item{Text: "Boards must be accountable for it."}, []string{"leadership"}},
		{evidence.Item{Text: "They took the views into account."}, []string{}},
	}
	for _, c := range cases {
		if got := tax.TagItem(c.item); !slices.Equal(got, c.want) {
			t.Errorf("TagItem(%q) = %v, want %v", c.item.Text, got, c.want)
		}
	}
	sig := tax.Explain(cases[2].item)
	if len(sig) != 1 || sig[0].Theme != "funding" || sig[0].Words != "£2m" {
		t.Errorf("Explain gave %v, want funding from £2m", sig)
	}
	if _, err := themes.Parse("t.yaml", []byte("themes:\n  - {id: a, label: A, terms: [x]}\nnames:\n  - {name: Y, themes: [nope]}\n")); err == nil || !strings.Contains(err.Error(), "t.yaml:4") {
		t.Errorf("a name with an unknown theme: %v, want an error at t.yaml:4", err)
	}
}

// TestThinItemsBorrowFromWhereTheyStand holds the context rule: an item
// whose own words signal nothing takes the themes of its table's header row
// and its section heading; an item with signal words of its own takes its
// header row's, and not a topic heading's.
func TestThinItemsBorrowFromWhereTheyStand(t *testing.T) {
	tax := taxonomy(t)
	row := evidence.Item{Text: "| London | 82.0% | 73.1% |", Header: "| Region | MMR1 at 24 months | MMR2 at five |",
		Section: "Table 1"}
	if got := tax.TagItem(row); !slices.Equal(got, []string{"prevention"}) {
		t.Errorf("TagItem(row) = %v, want [prevention] from its header", got)
	}
	row.Section = "Variation between regions and deprived areas"
	if got := tax.TagItem(row); !slices.Equal(got, []string{"prevention", "inequalities"}) {
		t.Errorf("TagItem(row) = %v, want prevention from the header and inequalities from the section", got)
	}
	thin := evidence.Item{Text: "Girls accounted for almost eight in 10 of them.", Section: "Self-harm and eating disorders"}
	if got := tax.TagItem(thin); !slices.Equal(got, []string{"mental-health"}) {
		t.Errorf("TagItem(thin) = %v, want [mental-health] from its section", got)
	}
	var fromSection bool
	for _, s := range tax.Explain(thin) {
		fromSection = fromSection || s.Theme == "mental-health" && s.From == "section"
	}
	if !fromSection {
		t.Errorf("Explain(thin) = %v, want mental-health from the section's words", tax.Explain(thin))
	}
	// An item with words of its own takes nothing more from a heading
	// that names a topic, but does take the service area a heading names.
	own := evidence.Item{Text: "Of those, 270,300 were still waiting.", Section: "Workforce and funding"}
	if got := tax.TagItem(own); !slices.Equal(got, []string{"waiting-lists"}) {
		t.Errorf("TagItem(own) = %v, want only its own [waiting-lists]", got)
	}
	own.Section = "Self-harm and eating disorders"
	if got := tax.TagItem(own); !slices.Equal(got, []string{"waiting-lists", "mental-health"}) {
		t.Errorf("TagItem(own) = %v, want [waiting-lists mental-health]: its own and its heading's scope", got)
	}
	// A row with words of its own is still read with its header row,
	// but not with a topic heading.
	cmp := evidence.Item{Text: "| Waited over a year | 61% | 79% |", Header: "| Indicator | Most deprived | Least deprived |",
		Section: "Workforce and funding"}
	if got := tax.TagItem(cmp); !slices.Equal(got, []string{"waiting-lists", "inequalities"}) {
		t.Errorf("TagItem(cmp) = %v, want [waiting-lists inequalities]: its own and its header's", got)
	}
	if got := tax.TagItem(evidence.Item{Text: "Girls accounted for most of them."}); len(got) != 0 {
		t.Errorf("an item with no words, header or section got %v, want none", got)
	}
}

// TestAlternativesAndTitleThemes holds two rules: a term's braces spell out
// alternatives, and an item takes only the subject themes its document's
// title names, never the title's other themes, and never when its own
// words, header or section name a subject.
func TestAlternativesAndTitleThemes(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: voice, label: Voice, terms: ["{parents,young people} {told us,said}"]}
  - {id: waiting-lists, label: Waits, terms: [waiting]}
  - {id: mental-health, label: Mental health, terms: [mental health]}
  - {id: send, label: SEND, terms: [SEND]}
title_themes: [mental-health, send]
`))
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"Parents told us nobody called.":      true,
		"Young people said the wait was long": true,
		"Managers told us nothing changed.":   false,
		"Parents were told the plan.":         false,
	} {
		if got := slices.Contains(tax.Tag(text), "voice"); got != want {
			t.Errorf("Tag(%q) has voice = %v, want %v", text, got, want)
		}
	}
	src := evidence.Source{Title: "Children waiting for mental health support"}
	cases := []struct {
		item evidence.Item
		want []string
	}{
		// Thin: the title's subject, not its "waiting".
		{evidence.Item{Text: "Of those, 270,300 had no contact.", Source: src}, []string{"mental-health"}},
		// Its own words name a theme but no subject: the title's subject.
		{evidence.Item{Text: "Some 270,300 were still waiting.", Source: src}, []string{"waiting-lists", "mental-health"}},
		// Its own words name a subject: nothing borrowed.
		{evidence.Item{Text: "Some 270,300 with SEND were still waiting.", Source: src}, []string{"waiting-lists", "send"}},
		// Its section names a subject: the title adds nothing.
		{evidence.Item{Text: "Of those, 270,300 had no contact.", Section: "Pupils with SEND", Source: src}, []string{"send"}},
	}
	for _, c := range cases {
		if got := tax.TagItem(c.item); !slices.Equal(got, c.want) {
			t.Errorf("TagItem(%q) = %v, want %v", c.item.Text, got, c.want)
		}
	}
	var fromTitle bool
	for _, s := range tax.Explain(cases[0].item) {
		fromTitle = fromTitle || s.Theme == "mental-health" && s.From == "title"
	}
	if !fromTitle {
		t.Errorf("Explain = %v, want mental-health from the title", tax.Explain(cases[0].item))
	}
	if _, err := themes.Parse("t.yaml", []byte("themes:\n  - {id: a, label: A, terms: [x]}\ntitle_themes: [nope]\n")); err == nil || !strings.Contains(err.Error(), `t.yaml:3: title_themes: unknown theme "nope"`) {
		t.Errorf("title_themes with an unknown theme: %v, want an error at t.yaml:3", err)
	}
}

// TestGapsPossessivesAndOwnWords holds three rules of term matching: "..."
// in a term lets up to four other words stand there, a phrase never ends
// on a possessive ("children’s services" are not children), and a term
// written "~word" counts only in an item's own words, not in its title.
func TestGapsPossessivesAndOwnWords(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: data-sharing, label: Data, terms: ["publish ... waiting times"]}
  - {id: voice, label: Voice, terms: ["survey of ... children"]}
  - {id: mental-health, label: Mental health, terms: [~crisis, self-harm]}
title_themes: [mental-health]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, theme string
		want        bool
	}{
		{"ICBs should publish waiting times monthly.", "data-sharing", true},
		{"ICBs should publish their community waiting times.", "data-sharing", true},
		{"ICBs should publish a plan, and explain how they will cut waiting times.", "data-sharing", false},
		{"Our survey of 1,200 children found long waits.", "voice", true},
		{"Our survey of 118 children’s services found long waits.", "voice", false},
		{"She arrived in crisis.", "mental-health", true},
	} {
		if got := slices.Contains(tax.Tag(c.text), c.theme); got != c.want {
			t.Errorf("Tag(%q) has %s = %v, want %v", c.text, c.theme, got, c.want)
		}
	}
	headline := evidence.Source{Title: "Not just a crisis"}
	if got := tax.TagItem(evidence.Item{Text: "Only 41% got pain relief in time.", Source: headline}); len(got) != 0 {
		t.Errorf("an item under the title %q: %v, want no themes", headline.Title, got)
	}
	titled := evidence.Source{Title: "Self-harm and young people"}
	if got := tax.TagItem(evidence.Item{Text: "Only 41% were seen in time.", Source: titled}); !slices.Equal(got, []string{"mental-health"}) {
		t.Errorf("an item under the title %q: %v, want [mental-health]", titled.Title, got)
	}
}

// TestTagItemsContinuesTheItemBefore holds that an item with no theme words
// of its own that points back ("That is a rise of 53%") takes the themes of
// the item before it in the same section, and only then.
func TestTagItemsContinuesTheItemBefore(t *testing.T) {
	tax := taxonomy(t)
	src := evidence.Source{ID: "s", Title: "Annual report"}
	items := []evidence.Item{
		{Text: "Some 8,000 children were waiting for an autism assessment.", Section: "Findings", Source: src},
		{Text: "That is a rise of 53% over the period.", Section: "Findings", Source: src},
		{Text: "Around 120 clinics took part.", Section: "Findings", Source: src},
		{Text: "That is a rise of 53% over the period.", Section: "Method", Source: src},
	}
	tax.TagItems(items)
	want := [][]string{{"waiting-lists", "adhd-autism"}, {"waiting-lists", "adhd-autism"}, {}, {}}
	for i, it := range items {
		if !slices.Equal(it.Themes, want[i]) {
			t.Errorf("item %d %q under %q: themes %v, want %v", i, it.Text, it.Section, it.Themes, want[i])
		}
	}
}

// TestTagItemsShareContinuesTheSurvey holds that a bare share whose verb
// carries a theme ("Almost half (47%) said ...") takes that theme from the
// finding before it when that finding has it; a share that names its
// people, or a verb that carries nothing, does not. The carry is the
// rules' alone: the learned model may see voice in "said" on its own
// (retrained on 449 documents, it adds voice to "Almost half (47%) said
// they had waited." after a count of clinics), which is not this rule.
func TestTagItemsShareContinuesTheSurvey(t *testing.T) {
	tax := taxonomy(t)
	tax.RulesOnly = true
	src := evidence.Source{ID: "s", Title: "Annual report"}
	survey := evidence.Item{Text: "We heard from 186 young carers aged 8 to 17.", Section: "Findings", Source: src}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Almost half (47%) said they had missed an appointment.", true},
		{"Of those, 28 said they had not met their adult team.", true},
		{"One in four said they had waited more than six months.", true},
		{"Of those who had been referred, 61% were told the list was closed.", true},
		{"Fewer than one in five teachers (17%) said they had had training.", false},
		{"Almost half (47%) had missed an appointment.", false},
	} {
		items := []evidence.Item{survey, {Text: c.text, Section: "Findings", Source: src}}
		tax.TagItems(items)
		if got := slices.Contains(items[1].Themes, "voice"); got != c.want {
			t.Errorf("%q after %q: themes %v, voice %v, want %v", c.text, survey.Text, items[1].Themes, got, c.want)
		}
	}
	items := []evidence.Item{{Text: "Around 120 clinics took part.", Section: "Findings", Source: src},
		{Text: "Almost half (47%) said they had waited.", Section: "Findings", Source: src}}
	tax.TagItems(items)
	if slices.Contains(items[1].Themes, "voice") {
		t.Errorf("a share after a finding without voice took voice: %v", items[1].Themes)
	}
}

// TestHeadingCarry holds that a heading's theme listed under heading_carry
// reaches an item with words of its own only when the item holds one of
// the carrying words as written.
func TestHeadingCarry(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: voice, label: Voice, terms: ["young people told us"]}
  - {id: waiting-lists, label: Waits, terms: [waited]}
heading_carry:
  voice: [said]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"58% said they had waited too long.", []string{"voice", "waiting-lists"}},
		// A bare share under such a heading counts the people who
		// answered, whatever its verb; a finding that names no share of
		// them does not report what they said.
		{"Most had waited more than 18 weeks.", []string{"voice", "waiting-lists"}},
		{"Almost a third (31%) were still waiting when they took part.", []string{"voice", "waiting-lists"}},
		{"Children waited longer in the north of the county.", []string{"waiting-lists"}},
		{"Most importantly, they had waited too long.", []string{"waiting-lists"}},
		{"The report says they waited too long.", []string{"waiting-lists"}},
	} {
		it := evidence.Item{Text: c.text, Section: "What young people told us"}
		if got := tax.TagItem(it); !slices.Equal(got, c.want) {
			t.Errorf("TagItem(%q) under %q = %v, want %v", it.Text, it.Section, got, c.want)
		}
	}
	if _, err := themes.Parse("t.yaml", []byte("themes:\n  - {id: a, label: A, terms: [x]}\nheading_carry:\n  nope: [said]\n")); err == nil || !strings.Contains(err.Error(), `heading_carry: unknown theme "nope"`) {
		t.Errorf("heading_carry with an unknown theme: %v, want an error", err)
	}
}

// TestScopeThemes: a heading that names a scope theme gives it to every
// item under it, one with words of its own too; a heading that names
// only a topic lends it to an item with no theme of its own, and no more.
func TestScopeThemes(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: waiting-lists, label: Waits, terms: [waited, waiting times]}
  - {id: mental-health, label: MH, terms: [CAMHS]}
  - {id: funding, label: Money, terms: [funding]}
scope_themes: [mental-health]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, section string
		want          []string
	}{
		{"Most had waited more than 18 weeks.", "CAMHS", []string{"waiting-lists", "mental-health"}},
		{"Most had waited more than 18 weeks.", "CAMHS funding", []string{"waiting-lists", "mental-health"}},
		{"Most had waited more than 18 weeks.", "Funding", []string{"waiting-lists"}},
		{"Most of them were girls.", "Funding", []string{"funding"}},
		{"Most of them were girls.", "CAMHS waiting times", []string{"waiting-lists", "mental-health"}},
	} {
		it := evidence.Item{Text: c.text, Section: c.section}
		if got := tax.TagItem(it); !slices.Equal(got, c.want) {
			t.Errorf("TagItem(%q) under %q = %v, want %v", it.Text, it.Section, got, c.want)
		}
	}
	var fromSection bool
	for _, s := range tax.Explain(evidence.Item{Text: "Most had waited.", Section: "CAMHS"}) {
		fromSection = fromSection || s.Theme == "mental-health" && s.From == "section"
	}
	if !fromSection {
		t.Error("Explain does not give the heading's scope theme as from the section")
	}
	// A heading naming two service areas files each item under the one its
	// own words name, and lends both to an item that names neither.
	two, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: waiting-lists, label: Waits, terms: [waited]}
  - {id: mental-health, label: MH, terms: [CAMHS]}
  - {id: adhd-autism, label: ND, terms: [autism, neurodevelopmental]}
scope_themes: [mental-health, adhd-autism]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Most had waited 18 weeks for a first CAMHS appointment.", []string{"waiting-lists", "mental-health"}},
		{"Most had waited two years for an autism assessment.", []string{"waiting-lists", "adhd-autism"}},
		{"Most had waited more than 18 weeks.", []string{"waiting-lists", "mental-health", "adhd-autism"}},
	} {
		it := evidence.Item{Text: c.text, Section: "CAMHS and neurodevelopmental services"}
		if got := two.TagItem(it); !slices.Equal(got, c.want) {
			t.Errorf("TagItem(%q) under %q = %v, want %v", it.Text, it.Section, got, c.want)
		}
		var lent []string
		for _, s := range two.Explain(it) {
			if s.From == "section" {
				lent = append(lent, s.Theme)
			}
		}
		if slices.Contains(lent, "adhd-autism") != slices.Contains(c.want, "adhd-autism") && !strings.Contains(c.text, "autism") {
			t.Errorf("Explain(%q) lends %v from the section, want it to agree with %v", it.Text, lent, c.want)
		}
	}
	if _, err := themes.Parse("t.yaml", []byte("themes:\n  - {id: a, label: A, terms: [x]}\nscope_themes: [nope]\n")); err == nil || !strings.Contains(err.Error(), `t.yaml:3: scope_themes: unknown theme "nope"`) {
		t.Errorf("scope_themes with an unknown theme: %v, want an error at t.yaml:3", err)
	}
}

// TestNumberSlot: "<n>" in a term stands for one number in digits, grouped
// in thousands or not, and for nothing else; the words around it match as
// the term's other words do.
func TestNumberSlot(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: voice, label: Voice, terms: ["=survey of <n> {parents,young people}"]}
`))
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"In our survey of 1,018 parents, 44% said so.":       true,
		"In our survey of 64 young people, most agreed.":     true,
		"In our survey of 208 paediatricians, most agreed.":  false,
		"In our survey of parents, most agreed.":             false,
		"In our survey of many parents, most agreed.":        false,
		"In our survey of 212 parent carer forums, 71% did.": false,
	} {
		got := slices.Contains(tax.Tag(text), "voice")
		if got != want {
			t.Errorf("Tag(%q) voice = %v, want %v", text, got, want)
		}
	}
	if sig := tax.Explain(evidence.Item{Text: "Our survey of 1,018 parents found it."}); len(sig) != 1 || sig[0].Words != "survey of 1 018 parents" {
		t.Errorf("Explain gave %v, want the words of the survey with its number", sig)
	}
}

// TestParseErrorsArePlain: a key themes.yaml does not know, at the top or
// in a theme or a name, is an error at its line naming the keys it knows
// — a typo'd "trems:" beside "terms:" passed silently — and a value of
// the wrong shape says what it wants. Before, the top level's error held
// a Go struct type and a literal "\n" ("unmarshal errors:\n  line 1:
// field colour not found in type struct { Themes []yaml.Node ..."), and a
// list given for a label said "cannot unmarshal !!seq into string".
func TestParseErrorsArePlain(t *testing.T) {
	cases := map[string]string{
		"colour: red\nthemes:\n  - id: a\n    label: A\n    terms: [x]\n":                         `t.yaml:1: unknown key "colour" (known: themes, names, unit_themes, title_themes, scope_themes, heading_carry, asks)`,
		"themes:\n  - id: a\n    label: A\n    trems: [y]\n    terms: [x]\n":                      `t.yaml:4: unknown key "trems" (known: id, label, short, description, terms)`,
		"themes:\n  - id: a\n    label: [A, B]\n    terms: [x]\n":                                 `t.yaml:3: label: want a single value, not a list or map`,
		"themes:\n  - id: a\n    label: A\n    terms: x\n":                                        `t.yaml:4: terms: want a list, as in [a, b]`,
		"themes:\n  - id: a\n    label: A\n    terms: [x]\nnames:\n  - name: N\n    theme: [a]\n": `t.yaml:7: unknown key "theme" (known: name, themes, no_units)`,
		// The parser counts this line from 0; read from 1, it is the line
		// after the open '[', where the list's content was wanted.
		"themes: [\n": `t.yaml:2: did not find expected node content`,
	}
	for data, want := range cases {
		_, err := themes.Parse("t.yaml", []byte(data))
		if err == nil || err.Error() != want {
			t.Errorf("Parse(%q) error:\n got %v\nwant %s", data, err, want)
		}
	}
}

// TestLongThemeIDIsAnError: a theme id is a keyword of the index, one term
// of its dictionary: a 3 MB id took 29 s and 684 MB to index one item.
// An id over themes.MaxIDBytes is an error at its line.
func TestLongThemeIDIsAnError(t *testing.T) {
	data := "themes:\n  - id: " + strings.Repeat("x", 3<<20) + "\n    label: A\n    terms: [x]\n"
	_, err := themes.Parse("t.yaml", []byte(data))
	if err == nil || !strings.HasPrefix(err.Error(), "t.yaml:2: theme id of 3145728 bytes") || len(err.Error()) > 200 {
		t.Errorf("Parse error = %.200v", err)
	}
}

// TestAsks: a recommendation asked only of the ask's addressees (and of
// bodies filed as Other) takes its themes, unless its words signal one of
// the ask's unless themes; a statistic, or an ask shared with a local
// body, does not.
func TestAsks(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: funding, label: Money, terms: [fund]}
  - {id: data-sharing, label: Data, terms: [publish ... waiting times]}
  - {id: national-policy, label: Policy, terms: [legislation]}
asks:
  - {actors: [Government, NHSE], themes: [national-policy], unless: [data-sharing]}
`))
	if err != nil {
		t.Fatal(err)
	}
	rec := evidence.Recommendation
	for _, c := range []struct {
		kind   evidence.Kind
		text   string
		actors []evidence.Actor
		want   []string
	}{
		{rec, "fund drop-in services in every area.", []evidence.Actor{evidence.Government}, []string{"funding", "national-policy"}},
		{rec, "fund drop-in services in every area.", []evidence.Actor{evidence.NHSE, evidence.OtherActor}, []string{"funding", "national-policy"}},
		{rec, "fund drop-in services in every area.", []evidence.Actor{evidence.NHSE, evidence.ICBs}, []string{"funding"}},
		{rec, "fund drop-in services in every area.", []evidence.Actor{evidence.OtherActor}, []string{"funding"}},
		{rec, "NHS England should publish waiting times each month.", []evidence.Actor{evidence.NHSE}, []string{"data-sharing"}},
		{evidence.Statistic, "The fund was cut by 24%.", []evidence.Actor{evidence.Government}, []string{"funding"}},
	} {
		it := evidence.Item{Kind: c.kind, Text: c.text, Actors: c.actors}
		if got := tax.TagItem(it); !slices.Equal(got, c.want) {
			t.Errorf("TagItem(%s %q, %v) = %v, want %v", c.kind, c.text, c.actors, got, c.want)
		}
	}
	var fromActor bool
	for _, s := range tax.Explain(evidence.Item{Kind: rec, Text: "fund it.", Actors: []evidence.Actor{evidence.OtherActor, evidence.NHSE}}) {
		fromActor = fromActor || s.Theme == "national-policy" && s.From == "actor" && s.Words == "NHSE"
	}
	if !fromActor {
		t.Error("Explain does not give the ask's theme as from its addressee")
	}
	for _, bad := range []string{
		"asks:\n  - {actors: [Parliament], themes: [a]}\n",
		"asks:\n  - {actors: [NHSE], themes: [nope]}\n",
		"asks:\n  - {actors: [NHSE]}\n",
	} {
		if _, err := themes.Parse("t.yaml", []byte("themes:\n  - {id: a, label: A, terms: [x]}\n"+bad)); err == nil || !strings.Contains(err.Error(), "t.yaml:4: asks:") {
			t.Errorf("%q: %v, want an error at t.yaml:4", bad, err)
		}
	}
}

// TestSecondDocumentIsAnError: a "---" and more YAML after the themes is
// an error at the "---" line. Before, yaml.Unmarshal read the first
// document and dropped the second without a word.
func TestSecondDocumentIsAnError(t *testing.T) {
	data := "themes:\n  - id: a\n    label: A\n    terms: [x]\n---\nthemes:\n  - id: b\n    label: B\n    terms: [y]\n"
	_, err := themes.Parse("t.yaml", []byte(data))
	if err == nil || !strings.HasPrefix(err.Error(), "t.yaml:5: a second YAML document") {
		t.Errorf("Parse error = %v, want t.yaml:5: a second YAML document…", err)
	}
}

// TestBundledPhrasingsAndNonSignals checks phrasings of the bundled
// taxonomy that say a theme without its usual words (a clinic close to
// home is access, an eighteenth birthday is a transition), and words that
// look like a theme's but are not (a nurse on duty is no statutory duty,
// a waiting room no wait, a parent's own mental health early years).
func TestBundledPhrasingsAndNonSignals(t *testing.T) {
	tax := taxonomy(t)
	cases := []struct {
		text, section, theme string
		want                 bool
	}{
		// Access: where, whether and how soon a service can be had.
		{"The trust should run its clinics in libraries so that families can be seen closer to home.", "", "waiting-lists", true},
		{"Half the practices said they could not offer appointments after school.", "", "waiting-lists", true},
		{"Parents were told their son was not ill enough for the service.", "", "waiting-lists", true},
		{"Cot occupancy averaged 91% across the year.", "", "waiting-lists", true},
		{"| Riverside | 12 | 88% |", "Table 3: Cot occupancy by unit", "waiting-lists", true},
		{"Only 52% of children had seen an NHS dentist in the year.", "", "waiting-lists", true},
		{"| Mean minutes to triage | 31 | 24 |", "", "waiting-lists", true},
		{"| Cost of travel | 21% |", "Table 2: Barriers to seeing the school nurse", "waiting-lists", true},
		// Not access, money or social care.
		{"The ICB should give community nurses access to the shared care record.", "", "waiting-lists", false},
		{"The ICB should give community nurses access to the shared care record.", "", "data-sharing", true},
		{"The service has 6 vacancies, 12% of its funded posts.", "", "funding", false},
		{"The service has 6 vacancies, 12% of its funded posts.", "", "workforce", true},
		{"Every doctor should complete safeguarding training in their first year.", "", "social-care", false},
		{"Write to the Secretary of State for Health and Social Care.", "", "social-care", false},
		{"Write to the Secretary of State for Health and Social Care.", "", "national-policy", true},
		{"Schools should offer help without waiting for a diagnosis.", "", "waiting-lists", false},
		{"Only a third of the pupils had been referred to the programme by a teacher.", "", "waiting-lists", false},
		{"Families were referred back and forth between the two trusts.", "", "integration", true},
		{"Posters in the clinic waiting rooms now name the service.", "", "waiting-lists", false},
		{"A children's nurse was on duty on only two of the five nights.", "", "national-policy", false},
		{"A children's nurse was on duty on only two of the five nights.", "", "workforce", true},
		{"Only 40% had a plan by 16, even though national guidance says planning should start at 14.", "", "national-policy", false},
		{"Waits averaged 9 weeks, against the four-week standard in NICE guidance.", "", "national-policy", false},
		{"Traders were fined for selling illegal vapes to pupils.", "", "national-policy", false},
		{"Teenage girls were three times as likely as 8 to 10 year olds to report it.", "", "inequalities", false},
		{"Mothers under 20 were half as likely as older mothers to attend.", "", "inequalities", false},
		{"Midwives rarely asked about the mental health of partners.", "", "mental-health", false},
		{"Midwives rarely asked about the mental health of partners.", "", "prevention", true},
		{"One in six of the young carers we support cares for a parent with a mental illness.", "", "mental-health", false},
		// Transitions, joint working, early years and voice.
		{"Her epilepsy nurse stopped seeing her on her eighteenth birthday.", "", "transitions", true},
		{"Few young people had met an adult palliative care team.", "", "transitions", true},
		{"Some have stayed with the paediatric team into their twenties.", "", "transitions", true},
		{"Family hubs should host a monthly dental clinic.", "", "integration", true},
		{"The school nurse, the police and the youth service now meet each month.", "", "integration", true},
		{"Only 38% of babies were breastfed at eight weeks.", "", "prevention", true},
		{"More pupils now message the school nurse through ChatHealth.", "", "prevention", true},
		{"Of the children who died, two thirds were under one.", "", "prevention", true},
		{"We received 2,310 responses to the consultation.", "", "voice", true},
		// Staff leaving and returning, plans shared, boards told.
		{"The health secretary should bring back the bursary for nursing students.", "", "workforce", true},
		{"A third of the health visitors we asked were thinking of leaving.", "", "workforce", true},
		{"Nurses who left the profession could come back through return-to-practice places.", "", "workforce", true},
		{"Nurseries and GP practices should share one written action plan for each child.", "", "data-sharing", true},
		{"The trust has been asked to report back to the committee in March.", "", "leadership", true},
	}
	for _, c := range cases {
		got := tax.TagItem(evidence.Item{Text: c.text, Section: c.section})
		if slices.Contains(got, c.theme) != c.want {
			t.Errorf("TagItem(%q) under %q = %v: %s should be %v", c.text, c.section, got, c.theme, c.want)
		}
	}
}

// TestNameMayEndOnAPossessive holds that a name ending on a possessive
// still names its body ("the Department for Education’s strategy" is the
// department's), where a term does not end on one ("a survey of 118
// children’s services" asked no children).
func TestNameMayEndOnAPossessive(t *testing.T) {
	tax, err := themes.Parse("t.yaml", []byte(`themes:
  - {id: voice, label: Voice, terms: ["survey of ... children"]}
  - {id: national-policy, label: National policy, terms: [national strategy]}
  - {id: social-care, label: Social care, terms: [social care]}
names:
  - {name: Department for Education, themes: [national-policy]}
  - {name: Department of Health and Social Care, themes: [national-policy]}
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The Department for Education’s strategy sets out to rebalance the system.", []string{"national-policy"}},
		{"The Department of Health and Social Care's data strategy committed to shared records.", []string{"national-policy"}},
		{"Our survey of 118 children’s services found long waits.", []string{}},
	} {
		if got := tax.Tag(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Tag(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestJoinedUpDataAndLeadersAndTheirLookalikes checks phrasings of the
// bundled taxonomy for joint working, data held apart, families given a
// say and leaders held to account, and words that look like a theme's but
// are not (the Black Country, the duty social worker, to foster closer
// working, a trust's own announcement, a schools forum).
func TestJoinedUpDataAndLeadersAndTheirLookalikes(t *testing.T) {
	tax := taxonomy(t)
	cases := []struct {
		text, theme string
		want        bool
	}{
		// Joint working.
		{"The borough's place-based partnership now plans children's services as one.", "integration", true},
		{"Every school should name a governor responsible for joint working with the NHS.", "integration", true},
		{"Health visitors and social workers now share an office in each locality.", "integration", true},
		{"Together with the county council we opened two new clinics.", "integration", true},
		{"The contract aims to foster closer working between the two services.", "integration", true},
		{"The contract aims to foster closer working between the two services.", "social-care", false},
		{"Plans should be agreed across education, health and care.", "integration", true},
		{"Councils and ICBs should sign an information-sharing protocol with every school.", "integration", false},
		{"Councils and ICBs should sign an information-sharing protocol with every school.", "data-sharing", true},
		// Data held apart, records and identifiers.
		{"GPs, schools and councils keep what they know in separate systems.", "data-sharing", true},
		{"Parents were asked for the same information by four services.", "data-sharing", true},
		{"Maternity units still send paper forms to the child health team.", "data-sharing", true},
		{"Only a few boards ever see a report on the quality of their data.", "data-sharing", true},
		{"Every child should have a consistent identifier across health and education.", "data-sharing", true},
		{"School nurses could read the shared care record for the first time.", "data-sharing", true},
		{"Heads were not told when a pupil came home from a mental health ward.", "data-sharing", true},
		{"Book a measurement session through the online form.", "data-sharing", false},
		// Voice.
		{"Schools should give pupils a real say in how the budget is spent.", "voice", true},
		{"Families welcomed plans for a single front door.", "voice", true},
		{"The young people's Children in Care Council met the director in June.", "voice", true},
		{"The young people's Children in Care Council met the director in June.", "social-care", true},
		{"Pupils on the youth leadership programme presented their findings.", "voice", true},
		{"Pupils on the youth leadership programme presented their findings.", "leadership", false},
		{"The CQC survey of young patients found that most felt listened to.", "voice", true},
		{"The CQC survey of young patients found that most felt listened to.", "leadership", false},
		{"Headteachers raised the issue at the schools forum.", "voice", false},
		// Leaders held to account.
		{"Leaders did not know how long children waited for therapy.", "leadership", true},
		{"No one could say who was answerable for children's health.", "leadership", true},
		{"The trust board receives the figures every quarter.", "leadership", true},
		{"The plan was brought to the committee for scrutiny.", "leadership", true},
		{"The corporate parenting board meets every two months.", "leadership", true},
		{"The corporate parenting board meets every two months.", "prevention", false},
		// Lateness, journeys and wheelchairs.
		{"Health advice for the plan was late in most cases.", "waiting-lists", true},
		{"Reaching the clinic meant a round trip of three hours.", "waiting-lists", true},
		{"Several children had outgrown their chair before it arrived.", "send", true},
		{"Families were offered a loan chair in the meantime.", "send", true},
		// Scope words the labelling guide names that the set had not used.
		{"Deaf children in the county wait longest for a hearing aid review.", "send", true},
		{"Three children's homes closed in the county last year.", "social-care", true},
		{"The partnership has reviewed its governance for children's services.", "leadership", true},
		{"Information governance rules were blamed for the delay.", "leadership", false},
		{"Our young inspectors visited six clinics last spring.", "voice", true},
		{"The council and the ICB should pool their budgets for short breaks.", "integration", true},
		{"Requests often arrive without the child's medical history.", "data-sharing", true},
		{"None of the board papers mentioned children.", "leadership", true},
		{"We ran a workshop for school staff on self-harm.", "voice", false},
		// Lookalikes.
		{"Practices in the Black Country shared their toolkit.", "inequalities", false},
		{"Sickness was the most likely reason clinics were cancelled.", "inequalities", false},
		{"The duty social worker decides the same day.", "national-policy", false},
		{"The duty social worker decides the same day.", "social-care", true},
		{"The trust announced a new ward for young people.", "national-policy", false},
		{"Long waits prevent many families from getting a diagnosis.", "prevention", false},
		{"Members of the Health and Adult Social Care Scrutiny Committee asked questions.", "social-care", false},
		{"Members of the Health and Adult Social Care Scrutiny Committee asked questions.", "transitions", false},
		{"Waits ranged from 11 days in the fastest integrated care board to 82 in the slowest.", "inequalities", true},
	}
	for _, c := range cases {
		got := tax.TagItem(evidence.Item{Text: c.text})
		if slices.Contains(got, c.theme) != c.want {
			t.Errorf("TagItem(%q) = %v: %s should be %v", c.text, got, c.theme, c.want)
		}
	}
}

// TestUnseenPhrasingsAndTheirLookalikes: the words reports nobody tuned
// for use for the weak themes (a parent who "explained", shares "far more
// positive about" a service, the "ND team", roles "unable to fill", notes
// kept "on a different system", the "grown-up team"), and the lookalikes
// that hold a theme's word without its subject: variation by season or in
// how a service records its work compares no groups of people, a team that
// works with children is not joint working, a parent training course
// trains no staff, a service that follows NICE guidance makes no national
// policy.
func TestUnseenPhrasingsAndTheirLookalikes(t *testing.T) {
	tax := taxonomy(t)
	cases := []struct {
		text, section, theme string
		want                 bool
	}{
		// Voice: who spoke, told in a reporter's or a forum's words.
		{"Dads commented that the clinic letters were hard to follow.", "", "voice", true},
		{"A grandparent from the village explained that the bus to the clinic had stopped running.", "", "voice", true},
		{"Carers were far more positive about the new hub than the old clinic.", "", "voice", true},
		{"Pupils spoke highly of the school nurse drop-in.", "", "voice", true},
		{"We collected 208 comments at the summer fair.", "", "voice", true},
		{"Jo Smith, whose son has epilepsy, said the ward staff were kind.", "", "voice", true},
		{"Young carers aged 14 to 17 told us they had missed appointments.", "", "voice", true},
		{"Parents who completed the questionnaire were unhappy about the hours.", "", "voice", true},
		{"In their own words: the waiting room was too loud.", "", "voice", true},
		{"The older ones mentioned how long they had waited.", "What young people told us", "voice", true},
		{"Exit interviews point to pay.", "", "voice", false},
		// Inequalities need groups of people compared.
		{"Looked-after children were less likely than other children to have seen a dentist.", "", "inequalities", true},
		{"The outreach team will start in the neighbourhoods with the highest admission rates.", "", "inequalities", true},
		{"Young people in the study slept less than their peers.", "", "inequalities", false},
		{"Seasonal variation in referrals is large.", "", "inequalities", false},
		{"There is wide variation in how teams record contacts.", "", "inequalities", false},
		{"The clinic follows the Core20PLUS5 approach.", "", "national-policy", false},
		{"The clinic follows the Core20PLUS5 approach.", "", "inequalities", true},
		{"The service follows NICE guidance on bronchiolitis.", "", "national-policy", false},
		// Joint working, and a service's own work with children.
		{"The partnership buys the service on behalf of all councils in the area.", "", "integration", true},
		{"School nurses and family support workers are based in the same building.", "", "integration", true},
		{"The two teams keep separate waiting lists.", "", "integration", true},
		{"The ward and the hospice team work alongside each other.", "", "integration", true},
		{"Schools and surgeries should share one asthma plan for each child.", "", "integration", true},
		{"Each child has one plan for school and health.", "", "integration", true},
		{"Our nurses work with children at home and in school.", "", "integration", false},
		// Data.
		{"Each service keeps its notes on a different system.", "", "data-sharing", true},
		{"The new flow of information starts in May.", "", "data-sharing", true},
		{"We will connect the school nursing system to the hospital.", "", "data-sharing", true},
		{"Clinicians see a single view of each child's care.", "", "data-sharing", true},
		{"The ICB should publish the size of the community paediatric waiting list.", "", "data-sharing", true},
		{"Practices code reviews in different ways.", "", "data-sharing", true},
		// Transitions.
		{"Young people move to the grown-up clinic in their late teens.", "", "transitions", true},
		{"Support continues after you turn nineteen.", "", "transitions", true},
		{"Most patients leave the children's epilepsy service in their late teens.", "", "transitions", true},
		// ADHD and autism.
		{"The ND team runs a clinic every Friday.", "", "adhd-autism", true},
		{"Children with attention and concentration difficulties wait longest.", "", "adhd-autism", true},
		{"Tics often ease in the teenage years.", "", "adhd-autism", true},
		{"Referral for a social communication assessment comes from school.", "", "adhd-autism", true},
		// Workforce.
		{"Two consultant roles are still empty.", "", "workforce", true},
		{"We took on 14 newly qualified nurses.", "", "workforce", true},
		{"Morale on the ward has fallen.", "", "workforce", true},
		{"The trust has been unable to fill the job since spring.", "", "workforce", true},
		{"The trust has lost a quarter of its clinical psychologists.", "", "workforce", true},
		{"Three apprenticeships in children's nursing open in September.", "", "workforce", true},
		{"Exit interviews point to pay.", "", "workforce", true},
		{"The team runs a parent training course on sleep.", "", "workforce", false},
		// Access.
		{"Parents described long gaps between appointments.", "", "waiting-lists", true},
		{"No practice in the town is accepting NHS children.", "", "waiting-lists", true},
		{"Families struggle to get an NHS dentist.", "", "waiting-lists", true},
		{"Same-day appointments went within minutes.", "", "waiting-lists", true},
		{"She wanted a place on the list.", "", "waiting-lists", true},
	}
	for _, c := range cases {
		got := tax.TagItem(evidence.Item{Text: c.text, Section: c.section})
		if slices.Contains(got, c.theme) != c.want {
			t.Errorf("TagItem(%q under %q) = %v: %s should be %v", c.text, c.section, got, c.theme, c.want)
		}
	}
}

// Classes of miss seen on documents nobody tuned for, each in new words:
// a count or share standing between the speakers and their verb, people
// counted as they reply, how families felt about a service, people met at
// an engagement session, and the lookalikes beside them.
func TestSpeakersCountedAndTheirLookalikes(t *testing.T) {
	tax := taxonomy(t)
	cases := []struct {
		text, theme string
		want        bool
	}{
		// A share or count between the speakers and what they said.
		{"Two in three carers (64%) told us the helpline never rang back.", "voice", true},
		{"Most young people (n=212) said the clinic felt unwelcoming.", "voice", true},
		{"Families (38) described the letters as confusing.", "voice", true},
		{"Four in 10 schools (41%) said they had no asthma policy.", "voice", false},
		// People counted as they answer.
		{"We put the question on the group's page and 96 parents responded.", "voice", true},
		{"By Friday, 41 young carers had replied.", "voice", true},
		{"By Friday, 41 practices had replied.", "voice", false},
		// How the people served felt about it.
		{"Carers were critical of the new booking line.", "voice", true},
		{"Young people were mostly positive about the drop-in.", "voice", true},
		{"Parents were unhappy with the move to phone appointments.", "voice", true},
		{"Children were happy to play outside in all weathers.", "voice", false},
		// People met at an engagement session.
		{"Young people at our workshop in the library asked for evening hours.", "voice", true},
		{"Parents at the coffee morning at Hillside school raised the cost of travel.", "voice", true},
		// A national dental or weight survey of children examines them; it
		// does not ask them.
		{"In the last national dental survey of children aged five, a quarter had decay.", "voice", false},
		{"In the last national dental survey of children aged five, a quarter had decay.", "prevention", true},
		{"A survey of children aged 11 to 15 found most wanted more say.", "voice", true},
		// A check "most likely to pick up" a problem compares no groups.
		{"The two-year review is the contact most likely to spot a language delay.", "inequalities", false},
		{"Boys from the most deprived wards were most likely to be admitted.", "inequalities", true},
		// Prescribing shared between GPs and specialists is joint working.
		{"Nine practices have not yet signed the shared care protocol for melatonin.", "integration", true},
		{"The shared care arrangement lets GPs continue the prescription.", "integration", true},
		// A specialist nurse a family sees or praises is the service, not
		// the workforce; too few of them are the workforce.
		{"Most children waited ten weeks to see a diabetes specialist nurse.", "workforce", false},
		{"Nine in ten had been seen by an asthma specialist nurse within a month.", "workforce", false},
		{"Carers were positive about the specialist nurses.", "workforce", false},
		{"The trust has too few specialist nurses for its caseload.", "workforce", true},
		// A parliamentary committee's name is no social care.
		{"We will send the report to the Health and Social Care and Treasury select committees.", "social-care", false},
		{"Children's social care referrals rose by 8%.", "social-care", true},
	}
	for _, c := range cases {
		got := tax.TagItem(evidence.Item{Text: c.text})
		if slices.Contains(got, c.theme) != c.want {
			t.Errorf("TagItem(%q) = %v: %s should be %v", c.text, got, c.theme, c.want)
		}
	}
}

// Joint working with named partners, staff confidence, boards told,
// places ranked and national standards, in words no rule was written
// from; a place with "the lowest rate in" its region is not ranked
// against groups of people, where "the lowest uptake in" it is.
func TestBoardsStandardsAndPlacesRanked(t *testing.T) {
	tax := taxonomy(t)
	cases := []struct {
		text, theme string
		want        bool
	}{
		{"The hospice drew up the new pathway with the two councils.", "integration", true},
		{"We will test the new front door with partners before April.", "integration", true},
		{"Care plans at the special school now have health input.", "integration", true},
		{"Teachers told us they did not feel confident using an auto-injector.", "workforce", true},
		{"Parents felt confident that the new clinic would help.", "workforce", false},
		{"Only half of nursery practitioners felt confident spotting sepsis.", "workforce", true},
		{"The committee receives quarterly reports on school nursing caseloads.", "leadership", true},
		{"Uptake ranged from 58% in the lowest-performing practice to 91% in the best.", "inequalities", true},
		{"Harbour ward has the lowest uptake in the city.", "inequalities", true},
		{"Coverage reached 80%, the lowest rate in the county.", "inequalities", false},
		{"The gap with England has closed since 2022.", "inequalities", true},
		{"The national access standard asks that routine cases start within four weeks.", "national-policy", true},
		// A family on a benefit is a family on a low income, not a policy.
		{"Babies in households claiming Universal Credit were less often weighed at two.", "national-policy", false},
		{"Babies in households claiming Universal Credit were less often weighed at two.", "inequalities", true},
		{"The cut to Universal Credit will fall hardest on large families.", "national-policy", true},
		{"Waits met the standard in every month.", "national-policy", false},
	}
	for _, c := range cases {
		got := tax.TagItem(evidence.Item{Text: c.text})
		if slices.Contains(got, c.theme) != c.want {
			t.Errorf("TagItem(%q) = %v: %s should be %v", c.text, got, c.theme, c.want)
		}
	}
}

// aliasBomb is a themes.yaml naming one 800 KB description as 300 terms
// by an alias (*a).
func aliasBomb() []byte {
	return []byte("themes:\n  - id: a\n    label: A\n    description: &a \"" + strings.Repeat("waiting ", 100000) +
		"\"\n    terms:\n      [" + strings.Repeat("*a, ", 299) + "*a]\n")
}

// TestThemeTermsByAliasAreBounded: an 850 KB themes.yaml naming one
// 800 KB description as 2,000 terms (*a) took 75 s for 'cypx check'; it
// is an error at the alias's line, said before the terms are expanded.
// How fast is BenchmarkThemeTermsByAlias's to say, not a clock in a test.
func TestThemeTermsByAliasAreBounded(t *testing.T) {
	_, err := themes.Parse("t.yaml", aliasBomb())
	if err == nil || !strings.HasPrefix(err.Error(), "t.yaml:6: the aliases up to this one (*a) repeat more than") {
		t.Errorf("Parse error = %.200v", err)
	}
}

// BenchmarkThemeTermsByAlias: the file of TestThemeTermsByAliasAreBounded
// is refused in about a tenth of a second.
func BenchmarkThemeTermsByAlias(b *testing.B) {
	data := aliasBomb()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := themes.Parse("t.yaml", data); err == nil {
			b.Fatal("parsed")
		}
	}
}

// TestLearnedModelAdds checks that the learned model has its say with the
// bundled taxonomy: it files a finding under a theme whose words the rules
// do not know (an appointment "within a month" is a wait; a list children
// are on for an assessment is a waiting list), and Explain says so; from
// a short item it takes away a theme the rules gave that it finds most
// unlikely ("promised" signals national policy to the rules in a
// question put to trust leaders about local plans), keeping the rest.
func TestLearnedModelAdds(t *testing.T) {
	tax := taxonomy(t)
	rules := taxonomy(t)
	rules.RulesOnly = true
	for _, c := range []struct {
		text      string
		rules     []string
		want      []string
		signalFor string
	}{
		{"Nine in ten families were offered an appointment within a month.", []string{}, []string{"waiting-lists"}, "waiting-lists"},
		{"Over 1,000 children are on the list for an assessment.", []string{}, []string{"waiting-lists"}, "waiting-lists"},
	} {
		it := evidence.Item{Text: c.text, Kind: evidence.Statistic}
		if got := rules.TagItem(it); !slices.Equal(got, c.rules) {
			t.Errorf("rules alone tag %q %v, want %v", c.text, got, c.rules)
		}
		if got := tax.TagItem(it); !slices.Equal(got, c.want) {
			t.Errorf("TagItem(%q) = %v, want %v", c.text, got, c.want)
		}
		items := []evidence.Item{it}
		tax.TagItems(items)
		if !slices.Equal(items[0].Themes, c.want) {
			t.Errorf("TagItems gives %q %v, want %v", c.text, items[0].Themes, c.want)
		}
		sig := tax.Explain(it)
		i := slices.IndexFunc(sig, func(s themes.Signal) bool { return s.From == "model" && s.Theme == c.signalFor })
		switch {
		case i < 0:
			t.Errorf("Explain(%q) = %v, want the model's say on %s", c.text, sig, c.signalFor)
		case !strings.HasPrefix(sig[i].Words, "learned from the development set (p=0.9"):
			t.Errorf("Explain(%q) says %q", c.text, sig[i].Words)
		}
	}
	it := evidence.Item{Text: "Trust leaders were asked to describe how far their local system plans deliver what was promised and how partners in the area work together on them.", Kind: evidence.Statistic}
	if got, want := tax.TagItem(it), rules.TagItem(it); !slices.Contains(want, "national-policy") || slices.Contains(got, "national-policy") || !slices.Contains(got, "integration") {
		t.Errorf("TagItem(%q) = %v, want the rules' %v without national-policy", it.Text, got, want)
	}
}

// TestLearnedModelOnlyForItsThemes checks that a taxonomy whose theme ids
// are not the bundled ones tags by its rules alone, though one of its ids
// is the same: the model learnt what the bundled themes mean.
func TestLearnedModelOnlyForItsThemes(t *testing.T) {
	tax, err := themes.Parse("themes.yaml", []byte(`themes:
  - id: waiting-lists
    label: Waiting lists
    terms: [waiting list]
  - id: workforce
    label: Workforce
    terms: [nurses]
`))
	if err != nil {
		t.Fatal(err)
	}
	it := evidence.Item{Text: "Over 1,000 children are on the list for an assessment.", Kind: evidence.Statistic}
	if got := tax.TagItem(it); len(got) != 0 {
		t.Errorf("TagItem = %v, want none: the model is the bundled taxonomy's", got)
	}
	for _, s := range tax.Explain(it) {
		t.Errorf("Explain gives %v", s)
	}
}

// TestTermOfManyAlternativesIsAnError: each brace multiplies a term's
// alternatives, so twenty "{a,b,c,d}" would be spelled out as 4^20 phrases
// (a start that never ends); it is an error at the term's line, and so is
// a name like it.
func TestTermOfManyAlternativesIsAnError(t *testing.T) {
	big := strings.TrimSpace(strings.Repeat("{a,b,c,d} ", 20))
	done := make(chan error, 2)
	go func() {
		_, err := themes.Parse("t.yaml", []byte("themes:\n  - id: x\n    label: A\n    terms: [wait,\n      \""+big+"\"]\n"))
		done <- err
		_, err = themes.Parse("t.yaml", []byte("themes:\n  - {id: x, label: A, terms: [wait]}\nnames:\n  - {name: \""+big+"\", themes: [x]}\n"))
		done <- err
	}()
	for _, want := range []string{"t.yaml:5: theme \"x\": term", "t.yaml:4: name"} {
		select {
		case err := <-done:
			if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "more than 10000 alternatives") {
				t.Errorf("Parse error = %v, want %s… more than 10000 alternatives", err, want)
			}
		case <-time.After(60 * time.Second): // a guard against a hang (5^40 tries), generous for a slow machine
			t.Fatal("Parse still spelling the term out after 60 s")
		}
	}
	// Many terms within the bound for each pass the bound for all; and a
	// term of 8192 alternatives under one first word is read at once
	// (alternatives that stem alike were found by comparing each with
	// every term of its first word: 33 million comparisons for this one).
	var many strings.Builder
	many.WriteString("themes:\n  - id: x\n    label: A\n    terms:\n")
	for range 30 {
		many.WriteString("      - \"" + strings.Repeat("{a,b} ", 13) + "c\"\n")
	}
	if _, err := themes.Parse("t.yaml", []byte(many.String())); err == nil || !strings.HasPrefix(err.Error(), "t.yaml:29: theme \"x\": term") || !strings.Contains(err.Error(), "past 200000") {
		t.Errorf("Parse of 30 terms of 8192 alternatives: %v", err)
	}
	// How fast it is read is BenchmarkTermOfManyAlternatives' to say: a
	// time limit here failed on a loaded machine.
	tax, err := themes.Parse("t.yaml", manyAlternatives)
	if err != nil || tax == nil {
		t.Errorf("a term of 8192 alternatives: %v", err)
	}
}

// manyAlternatives is a taxonomy of one term of 8192 alternatives under
// one first word.
var manyAlternatives = []byte("themes:\n  - {id: x, label: A, terms: [\"" + strings.Repeat("{a,b} ", 13) + "c\"]}\n")

// BenchmarkTermOfManyAlternatives reads a term of 8192 alternatives under
// one first word: comparing each alternative with every term of its first
// word, as the reading once did, made it 33 million comparisons.
func BenchmarkTermOfManyAlternatives(b *testing.B) {
	for b.Loop() {
		if _, err := themes.Parse("t.yaml", manyAlternatives); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTermOfManyGapsTagsInTime: each "..." tries its word at five places
// and the rest of the term at each, so a term of forty "wait ..." over a
// sentence of the word repeated was 5^40 tries; it is tagged at once, and
// a term whose gaps can be filled still matches.
func TestTermOfManyGapsTagsInTime(t *testing.T) {
	term := strings.Repeat("wait ... ", 40) + "zzz"
	tax, err := themes.Parse("t.yaml", []byte("themes:\n  - {id: x, label: A, terms: [\""+term+"\"]}\n  - {id: y, label: B, terms: [\"fewer ... than ... health visitors\"]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []string, 1)
	go func() { done <- tax.Tag("We " + strings.Repeat("wait ", 300) + "for a long time.") }()
	select {
	case got := <-done:
		if len(got) != 0 {
			t.Errorf("Tag = %v, want no theme (no zzz)", got)
		}
	case <-time.After(60 * time.Second): // a guard against a hang (5^40 tries), generous for a slow machine
		t.Fatal("Tag still trying the term after 60 s")
	}
	if got := tax.Tag("We " + strings.Repeat("wait now ", 45) + "and zzz."); !slices.Contains(got, "x") {
		t.Errorf("Tag of forty waits and zzz = %v, want x", got)
	}
	if got := tax.Tag("There are fewer nurses than last year and health visitors."); !slices.Contains(got, "y") {
		t.Errorf("Tag = %v, want y", got)
	}
}

// TestBinaryValuesAreNamed: a label, description or term tagged !!binary
// is refused at its line, in the words front matter and settings use
// (yamlerr.Binary). Before, yaml decoded it: "label: !!binary SGVsbG8="
// was the label "Hello", and a term of encoded bytes passed unseen.
func TestBinaryValuesAreNamed(t *testing.T) {
	for data, want := range map[string]string{
		"themes:\n  - id: a\n    label: !!binary SGVsbG8=\n    terms: [x]\n":    "t.yaml:3: label: a YAML !!binary value (base64-encoded bytes), where label is text",
		"themes:\n  - id: a\n    label: A\n    terms: [x, !!binary SGVsbG8=]\n": "t.yaml:4: terms: a YAML !!binary value",
	} {
		if _, err := themes.Parse("t.yaml", []byte(data)); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: %v, want %q", data, err, want)
		}
	}
}
