// Package gen writes synthetic corpora for benchmarks and load tests: source
// files in the corpus format with policy-like paragraphs, figures in every
// form the extractor reads, recommendations with actors, theme vocabulary,
// and varied publishers, types and dates. The same seed gives the same files.
//
// Every block is built to yield exactly one item (a one-sentence statistic,
// a numbered recommendation, or an excerpt without figures or obligations),
// so a corpus of n items has n items, not roughly n.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ItemsPerSource is the size of a generated source.
const ItemsPerSource = 50

var (
	publishers = []string{"NHS Providers", "Care Quality Commission", "National Children's Bureau", "Healthcare Leader",
		"Children's Commissioner for England", "The King's Fund", "Health Foundation", "Royal College of Paediatrics and Child Health",
		"Local Government Association", "NHS Confederation", "Nuffield Trust", "Young Minds"}
	types    = []string{"report", "survey", "review", "news", "press-release", "blog", "statement", "guidance", "data"}
	subjects = []string{"children's mental health services", "community paediatrics", "autism assessment pathways",
		"ADHD services", "transition to adult services", "health visiting", "school nursing", "SEND support",
		"children's social care", "neurodevelopmental services", "child and adolescent mental health services", "the children's workforce"}
	groups = []string{"trusts", "respondents", "ICBs", "local authorities", "integrated care systems", "services", "parents", "clinicians", "schools", "areas"}
	claims = []string{
		"reported waiting lists for %s had grown over the last year",
		"said long waits for %s were harming outcomes",
		"did not have enough staff to deliver %s",
		"said funding for %s had been cut in real terms",
		"had no named lead for %s",
		"said data sharing about %s was poor",
		"said young people were not involved in planning %s",
		"reported gaps in the transition from %s to adult services",
		"said health inequalities in %s were widening",
		"described partnership working on %s as effective",
		"said prevention and early intervention in %s had been deprioritised",
		"said national policy gave too little priority to %s",
	}
	figureForms = []func(r *rand.Rand) string{
		func(r *rand.Rand) string { return fmt.Sprintf("%d%% of", 5+r.IntN(90)) },
		func(r *rand.Rand) string {
			return []string{"nine in 10", "one in five", "three in four", "two in three", "one in 10"}[r.IntN(5)]
		},
		func(r *rand.Rand) string {
			return []string{"Three quarters (76%) of", "Almost two thirds (63%) of", "Just over half (53%) of", "Nearly all (97%) of"}[r.IntN(4)]
		},
		func(r *rand.Rand) string {
			return []string{"a third of", "two thirds of", "a quarter of", "over half of"}[r.IntN(4)]
		},
		func(r *rand.Rand) string { return fmt.Sprintf("more than %d,%03d", 1+r.IntN(9), r.IntN(1000)) },
		func(r *rand.Rand) string { return fmt.Sprintf("%d", 20+r.IntN(900)) },
	}
	moneyForms = []func(r *rand.Rand) string{
		func(r *rand.Rand) string { return fmt.Sprintf("£%d.%d billion", 1+r.IntN(9), r.IntN(10)) },
		func(r *rand.Rand) string { return fmt.Sprintf("£%d million", 5+r.IntN(900)) },
	}
	actors = []string{"Government", "The new government", "NHS England", "NHSE", "DHSC", "ICSs", "ICBs", "Local authorities", "Trusts", "Schools", "CQC"}
	asks   = []string{
		"publish a fully funded plan to cut waiting times for %s",
		"set national standards for %s",
		"protect funding for %s in every integrated care system",
		"name an executive lead accountable for %s",
		"involve children and young people in designing %s",
		"share data on waits and outcomes for %s across services",
		"recruit and retain the staff needed for %s",
		"invest in prevention and early intervention in %s",
	}
	prose = []string{
		"Services described rising demand and stretched budgets, with families waiting longer for help.",
		"Partnership working between health, education and social care was uneven across the country.",
		"Many areas had examples of good practice that were not yet shared more widely.",
		"Young people told us they wanted to be listened to and involved in decisions about their care.",
		"Leaders pointed to the pressure on the workforce and the difficulty of recruiting specialist staff.",
		"Where services worked together, children were less likely to reach crisis before getting support.",
		"The evidence points to widening inequalities between the most and least deprived areas.",
		"Commissioners and providers described fragmented pathways and duplicated assessments.",
	}
)

// Write creates dir/sources with sources holding n items in all, and a copy
// of nothing else: the bundled taxonomy is used for a corpus without themes.yaml.
func Write(dir string, n int, seed uint64) error {
	if n < 1 {
		return fmt.Errorf("want at least 1 item, not %d", n)
	}
	src := filepath.Join(dir, "sources")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var dates []string // each source's date, as written
	for i := 0; n > 0; i++ {
		k := min(n, ItemsPerSource)
		name := filepath.Join(src, fmt.Sprintf("gen-%06d.md", i))
		text, date := afterItsWork(Source(r, i, k), dates)
		dates = append(dates, date)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return err
		}
		n -= k
	}
	return nil
}

// afterItsWork is a source's text dated no earlier than the source it is
// about (of dates, by number), and its date: coverage dated before its
// work is a problem of the corpus (corpus.AboutDates), and a generated
// corpus holds none. The date is moved, no random number drawn, so a seed
// gives the corpus it gave, story dates apart.
func afterItsWork(text string, dates []string) (string, string) {
	date := frontValue(text, "date")
	about := frontValue(text, "about")
	if j, err := strconv.Atoi(strings.TrimPrefix(about, "gen-")); err == nil && about != "" && j < len(dates) && dates[j] > date {
		text = strings.Replace(text, "\ndate: "+date+"\n", "\ndate: "+dates[j]+"\n", 1)
		date = dates[j]
	}
	return text, date
}

// frontValue is the value of a key's line in a generated source's front
// matter, or "".
func frontValue(text, key string) string {
	_, rest, ok := strings.Cut(text, "\n"+key+": ")
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, "\n")
	return v
}

// Source is the text of source number i with k items.
func Source(r *rand.Rand, i, k int) string {
	var b strings.Builder
	pub := publishers[r.IntN(len(publishers))]
	typ := types[r.IntN(len(types))]
	subject := subjects[r.IntN(len(subjects))]
	year := 2015 + r.IntN(11)
	fmt.Fprintf(&b, "---\ntitle: \"%s: evidence review %d\"\npublisher: %s\ndate: %d-%02d-%02d\ntype: %s\nurl: https://example.org/reports/%d\n",
		capitalise(subject), i, pub, year, 1+r.IntN(12), 1+r.IntN(28), typ, i)
	if typ == "news" && i > 0 {
		fmt.Fprintf(&b, "about: gen-%06d\n", r.IntN(i))
	}
	b.WriteString("---\n## Findings\n\n")
	nRec := k / 5
	nStat := (k - nRec) * 3 / 5
	nProse := k - nRec - nStat
	for j := 0; j < nStat; j++ {
		group := groups[r.IntN(len(groups))]
		claim := fmt.Sprintf(claims[r.IntN(len(claims))], subjects[r.IntN(len(subjects))])
		switch r.IntN(8) {
		case 0:
			fmt.Fprintf(&b, "Spending on %s reached %s in %d/%02d.\n\n", subjects[r.IntN(len(subjects))], moneyForms[r.IntN(2)](r), year-1, year%100)
		case 1:
			fmt.Fprintf(&b, "Children waited %d weeks on average for %s.\n\n", 6+r.IntN(100), subjects[r.IntN(len(subjects))])
		default:
			fig := figureForms[r.IntN(len(figureForms))](r)
			fmt.Fprintf(&b, "%s %s %s.\n\n", capitalise(fig), group, claim)
		}
	}
	if nProse > 0 {
		b.WriteString("## Context\n\n")
	}
	for j := 0; j < nProse; j++ {
		p1, p2 := prose[r.IntN(len(prose))], prose[r.IntN(len(prose))]
		fmt.Fprintf(&b, "In the work on %s (part %d), %s %s\n\n", subjects[r.IntN(len(subjects))], j+1, strings.ToLower(p1[:1])+p1[1:], p2)
	}
	if nRec > 0 {
		b.WriteString("## Recommendations\n\n")
	}
	for j := 0; j < nRec; j++ {
		ask := fmt.Sprintf(asks[r.IntN(len(asks))], subjects[r.IntN(len(subjects))])
		fmt.Fprintf(&b, "%d. %s should %s.\n", j+1, actors[r.IntN(len(actors))], ask)
	}
	return b.String()
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
