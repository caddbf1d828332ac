package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMoneyNoteAfterANumberScalesIt: a money note in brackets after a
// number in running text, "1,750 (£000s)", states its scale as a table's
// header would: £1.75 million, its text the number with the note, and
// no number in its key. Before, "£000" was a figure of its own with no
// value, and 1,750 a term of its key ("gbp|||#1750 spend"), a false £0.
func TestMoneyNoteAfterANumberScalesIt(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           float64
	}{
		{"Spending on speech therapy in 2024 was 1,750 (£000s).", "1,750 (£000s)", 1750e3},
		{"Spending on speech therapy in 2024 was £1,750 (£000s).", "£1,750 (£000s)", 1750e3},
		{"Spending on speech therapy in 2024 was 1,750 (£'000).", "1,750 (£'000)", 1750e3},
		{"Spending on speech therapy in 2024 was 1,750 (£ thousands).", "1,750 (£ thousands)", 1750e3},
		{"Spending on speech therapy in 2024 was 3.1 (£m).", "3.1 (£m)", 3.1e6},
	} {
		items := extract.Extract(parseBody(t, "P", c.sentence+"\n"))
		var figs []string
		found := false
		for _, it := range items {
			for _, f := range it.Figures {
				figs = append(figs, f.Text+"="+f.Key)
				if f.Text == c.text && f.Value == c.want && f.Unit == "gbp" && !strings.Contains(f.Key, "#") && !strings.Contains(f.Key, "000") {
					found = true
				}
				if strings.HasPrefix(f.Text, "£0") || f.Text == "£000" {
					t.Errorf("%s: a false figure %q", c.sentence, f.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s: %v, want %q = %v gbp with no number in its key", c.sentence, figs, c.text, c.want)
		}
	}
	// The number of a table or page before the note is no sum.
	for _, s := range []string{"Spending by area is set out in Table 2 (£000s) below.", "Spending is on page 14 (£m) of the accounts."} {
		for text := range figureValues(t, s+"\n") {
			if strings.HasPrefix(text, "2") || strings.HasPrefix(text, "14") || strings.HasPrefix(text, "£") {
				t.Errorf("%s: a figure %q", s, text)
			}
		}
	}
}

// TestMoneyScaleNotesInHeadersAndCaptions: every way tables write pounds
// in thousands, "£'000", "£'000s", "£ 000s", "£ thousands", "£000", reads
// as "£000s" does, in a header or a caption: 1,750 is £1.75 million, with
// the key of 1.75 under "Spending (£m)", so the two agree. Before,
// "£'000s" and "£ 000s" were pounds (1,750 pounds), "Table 2: Spending,
// £'000" a count of 1,750, and "£000" or "£ thousands" stayed in the key
// ("#000 spend", "spend thousand").
func TestMoneyScaleNotesInHeadersAndCaptions(t *testing.T) {
	ref := figureKeys(t, "| Area | Spending (£m) |\n|---|---|\n| Bradwell | 1.75 |\n")["1.75"]
	if ref.value != 1.75e6 || ref.key == "" {
		t.Fatalf("£m: %+v", ref)
	}
	for _, body := range []string{
		"| Area | Spending (£000s) |\n|---|---|\n| Bradwell | 1,750 |\n",
		"| Area | Spending £'000s |\n|---|---|\n| Bradwell | 1,750 |\n",
		"| Area | Spending (£'000) |\n|---|---|\n| Bradwell | 1,750 |\n",
		"| Area | Spending (£ 000s) |\n|---|---|\n| Bradwell | 1,750 |\n",
		"| Area | Spending (£ thousands) |\n|---|---|\n| Bradwell | 1,750 |\n",
		"| Area | Spending £000 |\n|---|---|\n| Bradwell | 1,750 |\n",
		"| Area | Spending, £’000s |\n|---|---|\n| Bradwell | 1,750 |\n",
		"Table 2: Spending, £'000, 2024\n\n| Area | Spending |\n|---|---|\n| Bradwell | 1,750 |\n",
		"Table 2: Spending (£ 000s)\n\n| Area | Spending |\n|---|---|\n| Bradwell | 1,750 |\n",
	} {
		got := figureKeys(t, body)["1,750"]
		if got.value != 1750e3 || got.key != ref.key {
			t.Errorf("%q: 1,750 read as %+v, want 1750000 with key %q", body, got, ref.key)
		}
	}
}

// TestSpendPerChildColumnIsNoTotal: under "Table 4: Spending on school
// nursing (£m)", a "Spend per child (£)" column beside "Spending" has a
// key of its own, so £85 per child is never set against the £31.6m
// total as one measure; the total keeps its pounds in millions. Before,
// both were "gbp|bradwell||spend".
func TestSpendPerChildColumnIsNoTotal(t *testing.T) {
	got := figureKeys(t, "Table 4: Spending on school nursing (£m), 2024\n\n| Area | Spending | Spend per child (£) |\n|---|---|---|\n| Bradwell | 31.6 | 85 |\n")
	total, per := got["31.6"], got["85"]
	if total.value != 31.6e6 || per.value != 85 || total.key == "" || per.key == "" || total.key == per.key || strings.SplitN(total.key, "|", 2)[0] == strings.SplitN(per.key, "|", 2)[0] {
		t.Errorf("total %+v, per child %+v: want £31.6m and £85 under keys of different units", total, per)
	}
}
