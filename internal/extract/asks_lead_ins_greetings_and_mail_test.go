package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAsksByLeadInAndGreeting holds the asks of round r14, each in
// sentences written for this test: imperative items under a lead-in that
// names whom it asks, "Please" and "Could you" asks by the role a letter's
// greeting names, passive resolutions, and "commissioners and providers";
// with their near-misses.
func TestAsksByLeadInAndGreeting(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"asking MPs to do", "Ahead of the debate:\n\nWhat we are asking MPs to do:\n\n- Write to the health secretary about waits for wheelchairs.\n- Table a written question on speech therapy vacancies.\n",
			[]string{"|Write to the health secretary about waits for wheelchairs.|Other", "|Table a written question on speech therapy vacancies.|Other"}},
		{"asking councillors to do", "What we're asking councillors to do:\n\n- Visit a family hub in your ward before the budget meeting.\n",
			[]string{"|Visit a family hub in your ward before the budget meeting.|Local authorities"}},
		{"asking you under a councillor's greeting", "Dear Councillor Ahmed,\n\nWe are asking you to:\n\n- Raise the closure of the toy library at full council.\n",
			[]string{"|Raise the closure of the toy library at full council.|Local authorities"}},
		{"please under a body's greeting", "Dear colleagues at the ICB,\n\nThe waits have grown again this spring. Please fund a second dietitian for the eating disorder team.\n",
			[]string{"|Please fund a second dietitian for the eating disorder team.|ICBs"}},
		{"could you under a councillor's greeting", "Dear Cllr Bates,\n\nCould you take the transport cuts to the cabinet before the summer?\n",
			[]string{"|Could you take the transport cuts to the cabinet before the summer?|Local authorities"}},
		{"please ask a body: the reader asks", "Dear Councillor,\n\nPlease ask the trust to reopen the Saturday clinic for working parents.\n",
			[]string{"|Please ask the trust to reopen the Saturday clinic for working parents.|Local authorities"}},
		{"a resolution in the passive", "RESOLVED: that the Cabinet Member for Adult Social Care be asked to report on transitions in March.\n\nRESOLVED: that the report be noted.\n",
			[]string{"|RESOLVED: that the Cabinet Member for Adult Social Care be asked to report on transitions in March.|Local authorities"}},
		{"a resolution asking a national body", "Resolved that NHS England be requested to publish waits for wheelchair services by age.\n",
			[]string{"|Resolved that NHS England be requested to publish waits for wheelchair services by age.|NHSE"}},
		{"commissioners and providers", "Commissioners and providers should publish one waiting list for speech therapy.\n",
			[]string{"|Commissioners and providers should publish one waiting list for speech therapy.|ICBs,Trusts"}},
		{"calling on commissioners and providers", "The forum is calling on commissioners and service providers to meet families every quarter.\n",
			[]string{"|The forum is calling on commissioners and service providers to meet families every quarter.|ICBs,Trusts"}},
		{"commissioners alone stay Other", "Commissioners should set out how they will measure the new service.\n",
			[]string{"|Commissioners should set out how they will measure the new service.|Other"}},
		{"requiring body alone", "The Department for Education should require schools to record every referral to CAMHS.\n",
			[]string{"|The Department for Education should require schools to record every referral to CAMHS.|Other"}},
		// Near-misses.
		{"please under a person's greeting", "Hi Sam,\n\nPlease fund the taxi for Thursday's visit from the petty cash.\n", nil},
		{"a request to tell", "Dear Councillor Ahmed,\n\nCould you let us know when the budget will be set? Please send me the minutes of the last meeting.\n", nil},
		{"please find attached", "Dear colleagues in the ICB,\n\nPlease find attached the notes of the workshop on transitions.\n", nil},
		{"asked to note", "The Board is asked to note the report and the progress since March.\n", nil},
		{"a resolution to note", "RESOLVED: that the update on therapy waits be noted.\n", nil},
		{"what we asked, reported", "What we asked families to do was to keep a diary of appointments.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestMailFurnitureOfThanksPromisesAndActions holds the e-mail furniture of round r14, each in a
// sentence written for this test, and near-misses that are evidence.
func TestMailFurnitureOfThanksPromisesAndActions(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind
	}{
		{"thanks for meeting", "Thank you for meeting us at the drop-in last Tuesday and for hearing the parents out.", ""},
		{"thanks to everyone who joined", "Thanks to everyone who joined Monday's workshop on the new referral form.", ""},
		{"many thanks for hosting", "Many thanks for hosting the network meeting at the children's centre.", ""},
		{"I will circulate", "I will circulate the draft terms of reference to the group next week.", ""},
		{"I'll send the slides", "I'll send the slides from the presentation round separately.", ""},
		{"we'll keep you posted", "We'll keep you posted as the consultation on the new service goes on.", ""},
		{"an action owned by a person", "Action: Kemi to share the revised pathway with the school nurses.", ""},
		{"an action owned by initials", "Action: RB and Tom to book the room for the next workshop.", ""},
		{"an offer to the reader", "If you would like a copy of the full survey, please get in touch with the team.", ""},
		// Near-misses.
		{"a finding about points", "The key points of contact for families changed three times in a year.", evidence.Excerpt},
		{"a source that found", "Sources: parents told us the new clinic is hard to reach by bus from the estate.", evidence.Excerpt},
		{"an action owned by a body stays", "Action: Trust to set out a plan to reduce waits for the epilepsy clinic.", evidence.Excerpt},
		{"thanks with a finding", "Thanks to everyone who joined, but parents told us again that nobody calls them back.", evidence.Excerpt},
		{"a body's own plan", "We will open two more clinics in the north of the county from September.", evidence.Statistic},
		{"a next step that asks", "We will share this report with the scrutiny committee and ask it to review the waits.", evidence.Excerpt},
		{"the writer thanks with a figure", "Thank you for meeting us; 64% of the families we asked had waited over a year.", evidence.Statistic},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := kindOf(t, "Rosewood Forum", c.in); got != c.want {
				t.Errorf("%q: kind %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestTimesALevel holds multiples of an earlier level ("1.8 times their
// 2019 level") as ratios, and an occurrence count that is none.
func TestTimesALevel(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Referrals in 2024 were 1.8 times their 2019 level.", "1.8 times=1.8 ratio"},
		{"Spending on agency staff reached 2.5 times its level before the pandemic.", "2.5 times=2.5 ratio"},
		{"Demand was three times pre-pandemic levels by the spring.", "three times=3 ratio"},
		{"Admissions stood at 1.4 times our own forecast.", "1.4 times=1.4 ratio"},
	}
	for _, c := range cases {
		if got := describe(extract.Figures(c.in)); got != c.want {
			t.Errorf("Figures(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	if got := extract.Figures("The group met three times this year to plan the service."); len(got) != 0 && got[0].Unit == evidence.UnitRatio {
		t.Errorf("an occurrence read as a ratio: %+v", got)
	}
}

// TestLeadInsAndSourceLinesAlone holds a bare lead-in over a list and a
// source line, each a paragraph of its own: no item holds them; the list
// and the finding are kept.
func TestLeadInsAndSourceLinesAlone(t *testing.T) {
	body := "Referrals rose by 12% in a year, to 1,450.\n\nSource: NHS England, Mental Health Services Data Set, monthly statistics, 2024\n\n" +
		"The key points from Tuesday's discussion with the trust were:\n\n- Waits for a first appointment have not improved since the last review.\n\n" +
		"The three main concerns parents raised at the forum are:\n\n- Nobody called them back after the first appointment was cancelled.\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, string(it.Kind)+"|"+it.Text)
	}
	want := []string{"statistic|Referrals rose by 12% in a year, to 1,450.",
		"excerpt|Waits for a first appointment have not improved since the last review.",
		"excerpt|Nobody called them back after the first appointment was cancelled."}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n got %q\nwant %q", got, want)
	}
}
