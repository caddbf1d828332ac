package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestSignUpsAppPromosMailFootersAndJournalBackMatterAreFurniture: a
// bulletin's sign-up pitch, a news page's app promotion, a mail's footer
// of links, a journal's run-in back matter and running lines of titled
// parts with their years are no items; findings in the same words stay.
func TestSignUpsAppPromosMailFootersAndJournalBackMatterAreFurniture(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     evidence.Kind
	}{
		{"join readers", "Not signed up yet? Join over 3,000 professionals who get the bulletin every month.", ""},
		{"join parents", "Join more than 1,200 parents who receive our termly update.", ""},
		{"sign up with a possessive", "Sign up to our parents' newsletter to hear about new family hub sessions near you.", ""},
		{"app promo", "Download the Gazette app for breaking news alerts on your phone.", ""},
		{"mail footer", "Unsubscribe | Manage your preferences | Forward to a friend", ""},
		{"mail footer dotted", "View in browser · Update your preferences · Unsubscribe", ""},
		{"contributors", "Contributors GH and JS designed the study.", ""},
		{"guarantor", "GH is the guarantor.", ""},
		{"funding declared", "Funding This study was funded by the NIHR (grant 12345), which had no role in the analysis.", ""},
		{"funding none", "Funding The authors have not declared a specific grant for this research from any funding agency in the public, commercial or not-for-profit sectors.", ""},
		{"supplement", "Supplemental material This content has been supplied by the author(s).", ""},
		{"not vetted", "It has not been vetted by BMJ Publishing Group Limited (BMJ) and may not have been peer-reviewed.", ""},
		{"data in the article", "All data relevant to the study are included in the article or uploaded as supplementary information.", ""},
		{"running line with a season", "Kent Public Health Bulletin · Issue 22 · Autumn 2025", ""},
		{"running line with a titled year", "Kent JSNA 2025 · Children and young people · Page 3", ""},
		{"running line with a report's year", "Healthwatch Kent · Annual Report 2024/25 · 14 June 2025", ""},

		{"readers as a finding stay", "Over 3,000 professionals now receive the bulletin, up from 1,800 in 2023.", evidence.Statistic},
		{"funding received stays", "Funding: The programme received £1.2m from the ICB in 2024/25, up from £0.8m in 2023/24.", evidence.Statistic},
		{"an app's use stays", "Download figures show 4,200 families used the app to book a health visitor appointment in 2024.", evidence.Statistic},
		{"tiles stay", "Kent · 64% seen within 18 weeks · England 71%", evidence.Statistic},
	} {
		if got := kindOfLine(t, "Eastfold Trust", c.in); got != c.want {
			t.Errorf("%s: %q: kind %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
