package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// Round 21 (asks and actors by class): each class of form in sentences
// written for these tests, with near-misses that must stay as they were.

// wantRecs runs each case's body and compares its recommendations, as
// recs gives them, with want (nil for none).
func wantRecs(t *testing.T, cases []struct {
	name, body string
	want       []string
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestActionHeadingsAsk holds an inspector's headings over what a body
// must or should do: the "must" under them is a requirement of that body,
// in a list or in a paragraph; a heading over what a group did is no
// such heading.
func TestActionHeadingsAsk(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"a MUST list", "## Action the provider MUST take to improve:\n\n- The trust must ensure that every child on the speech therapy list has a documented risk review. (Regulation 12)\n\n- The trust must ensure that health visitors complete infant feeding training. (Regulation 18)\n",
			[]string{"|The trust must ensure that every child on the speech therapy list has a documented risk review. (Regulation 12)|Trusts", "|The trust must ensure that health visitors complete infant feeding training. (Regulation 18)|Trusts"}},
		{"paragraphs under actions to comply", "## Actions the service must take to comply with the regulations\n\nThe trust must make sure that families are told how long they will wait for a hearing test.\n",
			[]string{"|The trust must make sure that families are told how long they will wait for a hearing test.|Trusts"}},
		{"what the school needs to do", "## What does the school need to do to improve?\n\n- The school must make sure that pupils with epilepsy have an individual healthcare plan.\n",
			[]string{"|The school must make sure that pupils with epilepsy have an individual healthcare plan.|Schools"}},
		{"what the trust needs to do", "## What the trust needs to do to improve its hearing clinics\n\nLeaders should make sure that every family waiting for a hearing test has a named contact.\n",
			[]string{"|Leaders should make sure that every family waiting for a hearing test has a named contact.|Trusts"}},
		{"the school's leaders", "## What does the school need to do to improve?\n\nLeaders should make sure that staff know which pupils carry an adrenaline pen.\n",
			[]string{"|Leaders should make sure that staff know which pupils carry an adrenaline pen.|Schools"}},
		// Near-misses: what a group did, and a duty under any other heading.
		{"actions taken", "## Actions the group took last year\n\nThe trust must report its waiting times to the board every quarter.\n", nil},
		{"a duty in findings", "## Findings\n\nThe trust must ensure that every child on the waiting list has a risk review.\n", nil},
	})
}

// TestBelievedEntitlementOfAnyAct holds the writer's belief in what a
// group is owed, whatever the act; another's belief, or a judgement of
// the past, is none.
func TestBelievedEntitlementOfAnyAct(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"a society's belief", "The Society believes that every child with type 1 diabetes should be seen by a specialist nurse within a week of diagnosis.\n",
			[]string{"|The Society believes that every child with type 1 diabetes should be seen by a specialist nurse within a week of diagnosis.|"}},
		{"a group named in a list", "The Society believes that every child with a speech, language or hearing need should be seen by a therapist before school.\n",
			[]string{"|The Society believes that every child with a speech, language or hearing need should be seen by a therapist before school.|"}},
		{"our belief", "We believe all young carers in secondary school should be identified by a named member of staff.\n",
			[]string{"|We believe all young carers in secondary school should be identified by a named member of staff.|"}},
		// Near-misses.
		{"the past judged", "We believe that every child with type 1 diabetes should have been seen sooner.\n", nil},
		{"parents' belief", "Parents believe that every child with type 1 diabetes should be seen by a specialist nurse.\n", nil},
	})
}

// TestSecondBodyAskedBySecondVerb holds a sentence that asks one body and
// then, by a second verb, another: both are its actors. Those asked only
// to answer a survey are none.
func TestSecondBodyAskedBySecondVerb(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"asks and asks", "The partnership board asks the council to publish its short breaks offer, and asks providers to report waits to the board each quarter.\n",
			[]string{"|The partnership board asks the council to publish its short breaks offer, and asks providers to report waits to the board each quarter.|Local authorities,Trusts"}},
		{"urges and calls on", "The forum urges schools to adopt the new medicines policy and also calls on the ICB to fund two more diabetes nurses.\n",
			[]string{"|The forum urges schools to adopt the new medicines policy and also calls on the ICB to fund two more diabetes nurses.|ICBs,Schools"}},
		// Near-miss: parents asked to fill in a survey are no actor.
		{"parents asked", "The partnership board asks the council to publish its short breaks offer, and asks parents to tell it what they think.\n",
			[]string{"|The partnership board asks the council to publish its short breaks offer, and asks parents to tell it what they think.|Local authorities"}},
	})
}

// TestBreakdownIsNoActor holds a body named only as the unit figures are
// broken down by, in an item under a lead-in whose actors are every body
// the item names: no actor. Bodies named as those who act are, and a
// royal college is no school.
func TestBreakdownIsNoActor(t *testing.T) {
	const lead = "We recommend that:\n\n"
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"by integrated care board", lead + "1. NHS England publishes waiting times for wheelchair services by integrated care board.\n",
			[]string{"1|NHS England publishes waiting times for wheelchair services by integrated care board.|NHSE"}},
		{"per local authority area", lead + "2. The Department of Health and Social Care reports spending on health visiting per local authority area.\n",
			[]string{"2|The Department of Health and Social Care reports spending on health visiting per local authority area.|DHSC"}},
		{"at trust level", lead + "3. NHS England and the royal colleges collect the data at trust level.\n",
			[]string{"3|NHS England and the royal colleges collect the data at trust level.|NHSE,Other"}},
		{"by school", lead + "4. Every integrated care board publishes its waits for speech and language therapy by school.\n",
			[]string{"4|Every integrated care board publishes its waits for speech and language therapy by school.|ICBs"}},
		// Near-miss: bodies named as those who act.
		{"bodies that act", lead + "5. Integrated care boards and local authorities publish their waits by month.\n",
			[]string{"5|Integrated care boards and local authorities publish their waits by month.|ICBs,Local authorities"}},
	})
}

// TestCouncilOfficersAreTheCouncil holds a council's statutory officers,
// named by their posts: they act for the council.
func TestCouncilOfficersAreTheCouncil(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"a resolution of the Director of Public Health", "## Recommendations\n\nR2 That the Director of Public Health reports to the panel within six months on fluoride varnish in nurseries.\n",
			[]string{"R2|That the Director of Public Health reports to the panel within six months on fluoride varnish in nurseries.|Local authorities"}},
		{"directors of children's services", "Directors of children's services should publish how long families wait for a short breaks assessment.\n",
			[]string{"|Directors of children's services should publish how long families wait for a short breaks assessment.|Local authorities"}},
		{"an executive member", "The Executive Member for Health should write to every secondary school about the vaping survey.\n",
			[]string{"|The Executive Member for Health should write to every secondary school about the vaping survey.|Local authorities"}},
	})
}

// TestBulletedLabelledResolutions holds a committee's resolutions set as
// bullets with their labels under a heading of recommendations: each is
// one, numbered by its label; a bullet of findings there is none.
func TestBulletedLabelledResolutions(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"labelled bullets", "## Recommendations\n\n- R1 That the Cabinet Member for Health extends the school toothbrushing scheme to every nursery.\n- R2 That the Director of Public Health reports to the panel within six months on fluoride varnish.\n",
			[]string{"R1|That the Cabinet Member for Health extends the school toothbrushing scheme to every nursery.|Local authorities",
				"R2|That the Director of Public Health reports to the panel within six months on fluoride varnish.|Local authorities"}},
		// Near-miss: a labelled bullet that states a finding.
		{"a finding", "## Recommendations\n\n- R1 The scheme reached 4,200 children last year.\n", nil},
	})
}

// TestBodyHasAskedByWork holds a body that has asked others named by
// their work to act; asked only to send figures, or a survey asking, is
// no ask.
func TestBodyHasAskedByWork(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"all practices", "The ICB has asked all practices to sign the shared care agreement for epilepsy medicines by the end of May.\n",
			[]string{"|The ICB has asked all practices to sign the shared care agreement for epilepsy medicines by the end of May.|Other"}},
		{"every nursery", "The council has asked every nursery to offer supervised toothbrushing from September.\n",
			[]string{"|The council has asked every nursery to offer supervised toothbrushing from September.|Other"}},
		// Near-misses.
		{"asked to send returns", "The council has asked all nurseries to send their vaccination returns.\n", nil},
		{"a survey asking", "The survey has asked parents to rate the service.\n", nil},
	})
}

// TestReaderAskedToLetPeopleAct holds the reader asked to ask a body to
// let people do something: an ask of the reader (Other, its kind not
// said), not of the body it is to ask (internal/quality's conventions
// since round 89; before, the hospital's trust); to let the writer know
// is none.
func TestReaderAskedToLetPeopleAct(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"let parents stay", "I'd be grateful if you could also ask the children's hospital to let parents stay overnight on the adult ward.\n",
			[]string{"|I'd be grateful if you could also ask the children's hospital to let parents stay overnight on the adult ward.|Other"}},
		{"let families self-refer", "I'd be grateful if you could ask Northway Health to let families self-refer to the continence service.\n",
			[]string{"|I'd be grateful if you could ask Northway Health to let families self-refer to the continence service.|Other"}},
		// Near-miss.
		{"let us know", "I'd be grateful if you could ask the children's hospital to let us know the date of the open day.\n", nil},
	})
}

// TestPleaseToGenericGreeting holds "Please ..." in a bulletin greeting
// its readers by no role: an ask of them when it asks for care, none when
// it asks for a booking, a reply or a share; a greeting of a person makes
// none an ask.
func TestPleaseToGenericGreeting(t *testing.T) {
	body := "Dear colleagues,\n\n## Winter vaccines\n\n" +
		"Please use the new booking template on the portal when you refer a child for the nasal flu vaccine.\n\n" +
		"Please check your registers for children aged 2 and 3 who have not had the vaccine, and invite them to the Saturday clinics.\n\n" +
		"Please book your place at the network meeting by 3 March.\n\n" +
		"Please share this update with colleagues.\n"
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"dear colleagues", body, []string{
			"|Please use the new booking template on the portal when you refer a child for the nasal flu vaccine.|Other",
			"|Please check your registers for children aged 2 and 3 who have not had the vaccine, and invite them to the Saturday clinics.|Other"}},
		{"hi all", "Hi all,\n\nPlease offer every child on your caseload a hearing check at the two-year review.\n",
			[]string{"|Please offer every child on your caseload a hearing check at the two-year review.|Other"}},
		// A council's update to the community groups it works with, and
		// that update forwarded under a note to "all" (set 84 spent).
		{"dear partners", "Dear partners,\n\nPlease check entitlement to free school meals with every family who comes to the holiday club.\n",
			[]string{"|Please check entitlement to free school meals with every family who comes to the holiday club.|Other"}},
		{"forwarded to all", "Hi all,\n\nPassing this on from the council.\n\nSam\n\nDear all partners,\n\n## What we ask\n\n- Please check entitlement to free school meals with every family who comes to the holiday club.\n",
			[]string{"|Please check entitlement to free school meals with every family who comes to the holiday club.|Other"}},
		// Near-misses: a person greeted, and a question for a reply.
		{"a poster to print", "Dear partners,\n\nPlease print the new poster and display it in your waiting room if you can.\n", nil},
		{"partners asked a question", "Dear partners,\n\nPlease can you confirm how many families came to the holiday club?\n", nil},
		{"a person greeted", "Hi Jo,\n\nPlease use the new booking template on the portal when you refer a child for the nasal flu vaccine.\n", nil},
		{"a question", "Dear colleagues,\n\nPlease can you confirm how many children in your practice have had the vaccine?\n", nil},
	})
}

// TestBodyAskedInThePassive holds a body asked, encouraged or reminded in
// the passive to act: an ask of it. A board asked to note a paper, a body
// asked for a form, and the public asked are none.
func TestBodyAskedInThePassive(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"practices asked", "Practices are asked to make sure every child seen for wheeze is offered a spacer.\n",
			[]string{"|Practices are asked to make sure every child seen for wheeze is offered a spacer.|Other"}},
		{"schools encouraged", "Schools are strongly encouraged to name a member of staff who leads on medical conditions.\n",
			[]string{"|Schools are strongly encouraged to name a member of staff who leads on medical conditions.|Schools"}},
		{"health visitors reminded", "Health visitors are reminded to record the baby's weight at every contact.\n",
			[]string{"|Health visitors are reminded to record the baby's weight at every contact.|Trusts"}},
		// Near-misses.
		{"a board to note", "The Board is asked to note the report and the progress made since March.\n", nil},
		{"a form", "Practices are asked to return the completed form by Friday.\n", nil},
		{"the public", "Parents are asked to bring their child's red book to the clinic.\n", nil},
		{"in the past", "Young people were asked to rate the service out of ten.\n", nil},
	})
}

// TestAsksHeadings holds headings over the writer's asks in words the
// recommendation headings did not know: the imperative items under them
// are asks, of the body the heading names. Headings over the writer's own
// next steps, or over questions, are none.
func TestAsksHeadings(t *testing.T) {
	const item = "\n\n- Fund a school nurse for every secondary school in the county.\n"
	ask := func(actors string) []string {
		return []string{"|Fund a school nurse for every secondary school in the county.|" + actors}
	}
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"key asks", "## Key asks" + item, ask("")},
		{"asks of government", "## Our asks of the government" + item, ask("Government")},
		{"what we'd like to see", "## What we'd like to see" + item, ask("")},
		{"what must change", "## What must change" + item, ask("")},
		{"what should be done", "## What should be done now" + item, ask("")},
		{"we are calling for", "## We are calling for:" + item, ask("")},
		{"recommended actions", "## 4. Recommended actions" + item, ask("")},
		{"priorities for action", "## Priorities for action" + item, ask("")},
		// Near-misses.
		{"next steps", "## Next steps" + item, nil},
		{"what happens next", "## What happens next" + item, nil},
		{"questions asked", "## Questions we asked" + item, nil},
	})
}

// TestPhrasedAsks holds asks of a body put without a modal of its own:
// time for it to act, a need for it to act, what it may wish to consider,
// the writer recommending it act without "that", the writer's
// recommendation being that it act, what is needed being for it to act,
// and the writer encouraging those it names by their work. Each with no
// body, or another's view, is none.
func TestPhrasedAsks(t *testing.T) {
	one := func(s, actors string) []string { return []string{"|" + s + "|" + actors} }
	const (
		timeFor     = "It is time for the government to fund health visiting properly."
		needFor     = "There is an urgent need for integrated care boards to publish their waits for wheelchairs."
		mayWish     = "Local authorities may wish to consider pooling their short breaks budgets."
		couldCons   = "Commissioners could consider one referral form for every children's therapy."
		recNoThat   = "We strongly recommend the trust reviews its transition pathway before the summer."
		recIng      = "We are recommending that schools name a lead for medical conditions."
		ourRecIs    = "Our main recommendation is that NHS England sets a waiting time standard for hearing tests."
		neededIsFor = "What is needed now is for the council to restore the school nursing budget."
		encourage   = "We'd encourage pharmacies to offer the spacer check at every repeat prescription."
	)
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"time for", timeFor + "\n", one(timeFor, "Government")},
		{"need for", needFor + "\n", one(needFor, "ICBs")},
		{"may wish to consider", mayWish + "\n", one(mayWish, "Local authorities")},
		{"could consider", couldCons + "\n", one(couldCons, "Other")},
		{"recommend without that", recNoThat + "\n", one(recNoThat, "Trusts")},
		{"recommending that", recIng + "\n", one(recIng, "Schools")},
		{"our recommendation is", ourRecIs + "\n", one(ourRecIs, "NHSE")},
		{"what is needed is for", neededIsFor + "\n", one(neededIsFor, "Local authorities")},
		{"encourage by work", encourage + "\n", one(encourage, "Other")},
		{"time for unnamed bodies", "It is time for the two organisations to publish one waiting list.\n", one("It is time for the two organisations to publish one waiting list.", "")},
		// Near-misses.
		{"time for children", "It is time for children to be heard in every review.\n", nil},
		{"need for nurses", "There is a need for more school nurses in the county.\n", nil},
		{"parents' view", "Parents told us it is time for the council to listen.\n", nil},
		{"a figure considered", "Some families could consider moving to another area.\n", nil},
	})
}

// TestFundedTermIsNoFigure holds the term of a post or service funded,
// commissioned or extended: no figure. A wait, and what was funded, stay
// figures.
func TestFundedTermIsNoFigure(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"funds for two years", "That the ICB funds a lead nurse for young carers for two years.", nil},
		{"commission for a further", "The council should commission the service for a further three years.", nil},
		{"extend for at least", "NHS England should extend the pilot for at least 18 months.", nil},
		// Near-misses.
		{"a wait", "Families waited for two years for an assessment.", []string{"two years"}},
		{"posts funded", "The trust funded 40 nursing posts last year.", []string{"40"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range extract.Figures(c.in) {
			got = append(got, f.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Figures(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestAsksOfWillingnessAndHope holds a question of a body's willingness
// or ability to act, the writer's ask of a body set before a colon, and
// the writer's hope set as a subject: asks of the body each names. A
// question asking for a reply, and a hope about what a body did, are
// none.
func TestAsksOfWillingnessAndHope(t *testing.T) {
	one := func(s, actors string) []string { return []string{"|" + s + "|" + actors} }
	const (
		able    = "Is the ICB able to fund a transition nurse for the epilepsy service next year?"
		willing = "Would the council be willing to extend the toothbrushing scheme to childminders?"
		askOf   = "Our ask of the trust is simple: open an evening clinic for working parents."
		hope    = "Our hope is that the council will restore the school nursing budget in April."
	)
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"able to", able + "\n", one(able, "ICBs")},
		{"willing to", willing + "\n", one(willing, "Local authorities")},
		{"an ask of a body before a colon", askOf + "\n", one(askOf, "Trusts")},
		{"our hope is", hope + "\n", one(hope, "Local authorities")},
		// Near-misses.
		{"a reply", "Would the council be willing to confirm the date of the next meeting?\n", nil},
		{"a meeting", "Would the ICB be able to attend the forum's meeting in June?\n", nil},
		{"what a body did", "Our hope is that the council was right to close the clinic.\n", nil},
	})
}

// TestMoreBodiesByTheirWork holds services and posts named by their work
// whose employer the actors did not know: designated clinical officers
// work for the ICB, mental health support teams for NHS trusts, SEND
// coordinators for schools; youth justice services are Other, as youth
// offending teams are; voluntary sector providers are no trust.
func TestMoreBodiesByTheirWork(t *testing.T) {
	one := func(s, actors string) []string { return []string{"|" + s + "|" + actors} }
	const (
		dco   = "Designated clinical officers should attend every annual review of a plan with health needs."
		mhst  = "Mental health support teams should offer a drop-in at every secondary school in the county."
		senco = "Special educational needs coordinators should be given time to meet the school nurse each term."
		yjs   = "Youth justice services should screen every child for speech and language needs."
		vsp   = "Voluntary sector providers should be included in the new pathway for young carers."
	)
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"designated clinical officers", dco + "\n", one(dco, "ICBs")},
		{"mental health support teams", mhst + "\n", one(mhst, "Trusts")},
		{"SEND coordinators", senco + "\n", one(senco, "Schools")},
		{"youth justice services", yjs + "\n", one(yjs, "Other")},
		{"voluntary sector providers", vsp + "\n", one(vsp, "Other")},
		// Near-miss: providers of health care are the trusts.
		{"providers", "Providers should publish their waiting times every month.\n", one("Providers should publish their waiting times every month.", "Trusts")},
	})
}
