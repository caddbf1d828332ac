package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// parseBody parses a body under minimal front matter.
func parseBody(t *testing.T, publisher, body string) corpus.Document {
	t.Helper()
	doc, probs := corpus.Parse("sources/t.md", []byte("---\ntitle: T\npublisher: "+publisher+"\ndate: 2024\ntype: report\n---\n"+body))
	for _, p := range probs {
		if p.Skipped {
			t.Fatal(p)
		}
	}
	return doc
}

// recs renders the recommendations of a body as "number|text|actors".
func recs(t *testing.T, body string) []string {
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind != evidence.Recommendation {
			continue
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		out = append(out, it.Number+"|"+it.Text+"|"+strings.Join(as, ","))
	}
	return out
}

// TestRecommendationAsks holds reported asks and what is not one, each a
// sentence written for this test.
func TestRecommendationAsks(t *testing.T) {
	cases := []struct {
		name, in string
		want     string // "" when the sentence is not a recommendation, else its actors
	}{
		{"calls on", "The charity calls on the government to publish a workforce plan for school nurses.", "Government"},
		{"called on", "The committee called on NHS England to set a waiting time standard for autism assessments.", "NHSE"},
		{"is calling on", "The alliance is calling on integrated care boards to ring-fence spending on children.", "ICBs"},
		{"urged", "Campaigners urged ministers to restore the public health grant.", "Government"},
		{"urges no addressee", "The report urges faster action on waiting times.", ""},
		{"wants ministers to", "The college wants ministers to fund more training places.", "Government"},
		{"asks the government to", "The review asks the government to legislate for a register of children not in school.", "Government"},
		{"must be required to", "ICBs must be required to report spending on children separately.", "ICBs"},
		{"we are asking for", "We are asking for a cross-government strategy for children’s health.", ""},
		{"we want to see", "We want to see every school offered a mental health support team.", ""},
		{"treasury", "We urge the Treasury to protect the early intervention budget.", "Government"},
		{"dfe and ofsted", "The Department for Education and Ofsted should review how inclusion is inspected.", "Other"},
		{"recommend that subjunctive", "We recommend that NHS England publish data on waits by age.", "NHSE"},
		{"should", "Local authorities should publish their local offer in plain English.", "Local authorities"},
		{"long addressee", "The alliance calls on the Department for Education and the Department of Health and Social Care to agree a joint plan for children in care.", "DHSC,Other"},
		{"aside between commas", "Local authorities, which have run public health since 2013, should publish what they spend on school nursing.", "Local authorities"},
		{"hospital unit", "Every neonatal unit should report its cot occupancy each month.", "Trusts"},
		{"clinical service", "Community paediatrics should see urgent referrals within a fortnight.", "Trusts"},
		{"continuing healthcare", "The continuing healthcare team should join transition meetings from the age of 16.", "ICBs"},
		{"a named body", "The Youth Justice Board should publish outcomes for every secure setting.", "Other"},
		{"a regulator named in one word", "Ofcom should require platforms to publish how quickly they act on reports.", "Other"},
		{"a participle after the obligation", "The government should set a target, with new guidance asking ICBs to report against it.", "Government"},
		{"a participle as the verb", "We are asking ICBs to report against the target.", "ICBs"},
		{"a named body with of", "The Royal College of Paediatrics and Child Health must set a standard for transition clinics.", "Other"},
		{"a department of state", "The Department for Work and Pensions should share data on free school meals with schools.", "Government"},
		{"should have a", "ICBs should have a named lead for children with complex needs.", "ICBs"},
		{"leaders name no body", "Leaders should act on what families tell them.", ""},
		{"a profession in a trust", "Health visitors should offer a home visit to every family with a premature baby.", "Trusts"},
		{"a profession in a trust, must", "School nurses must see every pupil who is excluded from school.", "Trusts"},
		{"GP practices", "GP practices should record which of their patients are young carers.", "Other"},
		{"pharmacies", "Community pharmacies should offer free emergency contraception to under-18s.", "Other"},
		{"a council's service", "Family hubs should run a weekly infant feeding drop-in.", "Local authorities"},
		{"school staff", "SENCOs should attend the annual review of every pupil with a plan.", "Schools"},
		{"a clinical service by its work", "The wheelchair service should publish its waiting times every quarter.", "Trusts"},
		{"commissioners", "Commissioners should fund the posts needed to meet a safe caseload.", "Other"},
		{"qualified bodies in a list", "The council, the ICB and local NHS trusts should agree one plan for young carers.", "ICBs,Local authorities,Trusts"},
		{"a relative clause after the body", "Every college with a student who uses a wheelchair should agree an evacuation plan.", "Schools"},
		{"would also like", "We would also like the ICB to agree a single referral route from GPs.", "ICBs"},
		// Asks as e-mails write them.
		{"it is vital that", "It is vital that commissioners keep funding the drop-in service next year.", "Other"},
		{"it is essential that a list", "It is essential that the ICB and the council agree one plan before April.", "ICBs,Local authorities"},
		{"a question asking a body to act", "Could NHS England please publish the specification before the planning round?", "NHSE"},
		{"a question asking a body to act, also", "Would the ICB also consider funding a second nurse?", "ICBs"},
		{"urge the council", "I’d urge the council to take part in that conversation too.", "Local authorities"},
		{"we want every school to", "We also want every school in the borough to name a lead for medical conditions.", "Schools"},
	}
	wantOneAskEach(t, cases)
	not := []struct{ name, in string }{
		{"legal duty within weeks", "The local authority must issue a final plan within 20 weeks of the request."},
		{"legal duty section", "ICBs must publish a joint forward plan each year under section 14Z52 of the Act."},
		{"singular must", "Once a need is identified, the local authority must secure the provision in the plan."},
		{"statutory duty", "Schools have a duty to make reasonable adjustments for disabled pupils."},
		{"past view", "Leaders said services needed to work more closely with schools."},
		{"a view with would like", "Parents would like schools to say more about the support on offer."},
		{"reported view", "Many respondents said the government should do more to fund prevention."},
		{"parents want", "Parents want schools to teach more about mental health."},
		{"call for evidence", "The department launched a call for evidence on alternative provision last year."},
		{"calls for noun", "Despite repeated calls for reform, the funding formula has not changed."},
		{"survey asked", "We asked young people to rate how easy it was to get help."},
		{"description", "Integrated care boards took on commissioning duties in July 2022."},
		{"what we want", "This briefing sets out the evidence and what we want ministers to do next."},
		{"what the government needs", "The paper explains how waits arose and what the incoming government needs to change."},
		{"how bodies should", "The guide describes how ICBs should record a child’s views."},
		{"guidance says", "National guidance says that schools should publish a policy on medical conditions."},
		{"judging the past", "The inquiry found that NHS England should have acted sooner on the warnings."},
		{"standards say", "Professional standards state that every unit should have a named consultant for transfers."},
		{"a standard for one professional", "A school nurse should cover no more than 1,500 pupils, the college advises."},
		{"an exhortation", "We are calling for action at every level of the system."},
		{"the curriculum", "Under the national curriculum, primary schools must teach swimming."},
		{"a service's mandate", "The health visiting service must offer five mandated reviews to every family."},
		{"a pronoun with nothing before", "They should not have to chase their own appointments."},
		{"vital that no body", "It is vital that children are seen quickly by the crisis team."},
		{"a view that it is vital", "Parents told us it is vital that schools listen to them."},
		{"a question asking for information", "Could NHS England confirm whether the specification will be published this year?"},
		{"a question to the reader", "Could you tell me when the next meeting is?"},
		{"what we think", "This report sets out what we found and what we think the council and its partners should do."},
	}
	for _, c := range not {
		t.Run("not "+c.name, func(t *testing.T) {
			if got := recs(t, c.in); len(got) != 0 {
				t.Errorf("%q read as a recommendation: %q", c.in, got)
			}
		})
	}
}

// TestRecommendationLists holds lists of recommendations after headings
// and lead-ins, with their numbers.
func TestRecommendationLists(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"we recommend lead-in", "We recommend:\n\n- Publishing a national strategy for children’s health\n- Funding health visiting properly\n",
			[]string{"|Publishing a national strategy for children’s health|", "|Funding health visiting properly|"}},
		{"lead-in with actor", "Recommendations for ICBs:\n\n- Name a board member responsible for children\n- Publish waits by age\n",
			[]string{"|Name a board member responsible for children|ICBs", "|Publish waits by age|ICBs"}},
		{"upper case heading", "## RECOMMENDATIONS\n\n1. Increase the grant to 2015 levels in real terms.\n2. The government should publish a plan.\n",
			[]string{"1|Increase the grant to 2015 levels in real terms.|", "2|The government should publish a plan.|Government"}},
		{"key recommendations bullets", "## Key recommendations\n\n- Publish a children’s health strategy within a year.\n- 58% of trusts said demand rose.\n",
			[]string{"|Publish a children’s health strategy within a year.|"}},
		{"R numbers", "## Our recommendations\n\nR1 NHS England should publish data on waits by age.\n\nR2: ICBs should appoint a children’s lead.\n",
			[]string{"R1|NHS England should publish data on waits by age.|NHSE", "R2|ICBs should appoint a children’s lead.|ICBs"}},
		{"recommendation label number", "Recommendation 3: Trusts should report on transition to adult services.\n",
			[]string{"3|Trusts should report on transition to adult services.|Trusts"}},
		{"label alone", "Recommendation 4\n\nThe government should fund youth services for ten years.\n",
			[]string{"4|The government should fund youth services for ten years.|Government"}},
		{"dotted numbers", "## Recommendations for ICBs\n\n1.1 Publish a children’s plan.\n\n1.2 Name a lead for transitions.\n",
			[]string{"1.1|Publish a children’s plan.|ICBs", "1.2|Name a lead for transitions.|ICBs"}},
		{"sub-heading keeps context", "## Recommendations\n\n### For government\n\n1. Fund the plan.\n\n## Methods\n\n1. We read 40 plans.\n",
			[]string{"1|Fund the plan.|Government"}},
		{"flattened addressee heading keeps context", "## Recommendations\n\n## For integrated care boards\n\n1. Name an executive lead for palliative care.\n\n## Methods\n\n1. We read 40 plans.\n",
			[]string{"1|Name an executive lead for palliative care.|ICBs"}},
		{"asking them to", "We shared our findings with the service and the ICB. We are asking them to:\n\n- Tell every family how long they will wait.\n- Publish waiting times every quarter.\n",
			[]string{"|Tell every family how long they will wait.|ICBs", "|Publish waiting times every quarter.|ICBs"}},
		{"numbered findings are not recommendations", "## Findings\n\n1. Demand rose in every region.\n2. Staff felt stretched.\n", nil},
		{"a body's own recommendations", "## The Panel’s main recommendations\n\n1. Publish the data each year.\n2. Commission a review of transfers.\n",
			[]string{"1|Publish the data each year.|", "2|Commission a review of transfers.|"}},
		{"asks in the infinitive", "The commission is calling for:\n\n1. Ministers to set a maximum wait for an autism assessment, and to fund ICBs to meet it.\n2. NHS England to publish waits for every area.\n",
			[]string{"1|Ministers to set a maximum wait for an autism assessment, and to fund ICBs to meet it.|Government", "2|NHS England to publish waits for every area.|NHSE"}},
		{"long lead-in addressee", "The charity calls on the Department for Education and the Department of Health and Social Care to:\n\n- agree a joint plan for care leavers;\n- report each year on health checks.\n",
			[]string{"|agree a joint plan for care leavers;|DHSC,Other", "|report each year on health checks.|DHSC,Other"}},
		// Lettered sub-items set as bullets under a recommendation that
		// leads into them: the letter is the number, and the recommendation's
		// subject, not the boards its guidance is for, is asked.
		{"lettered sub-items", "Recommendation 2: NHS England should make adolescent health a priority in its guidance for integrated care boards, and in particular it should:\n\n- (a) require each ICB to publish a plan for young people;\n- (b) report waiting lists by age band.\n",
			[]string{"2|NHS England should make adolescent health a priority in its guidance for integrated care boards, and in particular it should:|NHSE",
				"a|require each ICB to publish a plan for young people;|NHSE", "b|report waiting lists by age band.|NHSE"}},
		{"our asks of after a sentence", "Ahead of the Spending Review we wrote to the Health Secretary. Our asks of the government are:\n\n- a ring-fenced fund of £250 million to cut therapy waits\n- monthly publication of community health waits\n",
			[]string{"|a ring-fenced fund of £250 million to cut therapy waits|Government", "|monthly publication of community health waits|Government"}},
		{"we are asking with no addressee", "National money will take time. In the meantime, we are asking:\n\n- ICBs to include therapies in their forward plans\n- trusts to give every family a named contact\n",
			[]string{"|ICBs to include therapies in their forward plans|ICBs", "|trusts to give every family a named contact|Trusts"}},
		{"our asks alone", "Our asks:\n\n- Could NHS England please publish the specification? Teams need it.\n- ICBs need to commission care at night.\n",
			[]string{"|Could NHS England please publish the specification? Teams need it.|NHSE", "|ICBs need to commission care at night.|ICBs"}},
		{"what we need from", "What we need from the ICB:\n\n- We are asking for £420,000 of capital this year.\n- A single referral route for GPs.\n",
			[]string{"|We are asking for £420,000 of capital this year.|ICBs", "|A single referral route for GPs.|ICBs"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := recs(t, c.body)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestRecommendationContext holds what the rest of a document says about
// a sentence: a paper's request to its board, leaders of a local area
// partnership, and sections that state the law.
func TestRecommendationContext(t *testing.T) {
	cases := []struct {
		name, publisher, body string
		want                  []string
	}{
		{"board asked to decide", "Northvale Integrated Care Board",
			"## 9. Recommendation\n\n9.1 The Committee is asked to:\n\n- a) note the progress made since March;\n- b) approve the revised budget of £2.4m for 2025/26.\n",
			[]string{"b|approve the revised budget of £2.4m for 2025/26.|ICBs"}},
		{"members invited to", "Eastshire County Council",
			"Members are invited to:\n\n- (i) receive the annual report;\n- (ii) agree the new eligibility criteria for short breaks.\n",
			[]string{"ii|agree the new eligibility criteria for short breaks.|Local authorities"}},
		{"leaders of an area partnership", "Ofsted",
			"The local area partnership has improved its offer.\n\nLeaders should make sure that plans are reviewed on time.\n",
			[]string{"|Leaders should make sure that plans are reviewed on time.|ICBs,Local authorities"}},
		{"parts of a numbered section of duties", "P",
			"## 2. Legal duties of integrated care boards\n\n## Co-operation\n\nICBs must co-operate with the council when it assesses a child.\n\nGuidance says the clinician should record the child’s views.\n\nICBs should also publish their waiting times.\n\n## 3. What we recommend\n\nICBs must fund more assessors.\n",
			[]string{"|ICBs should also publish their waiting times.|ICBs", "|ICBs must fund more assessors.|ICBs"}},
		{"a pronoun subject", "P",
			"We met the ICB and the council’s public health team in May. They should agree a shared plan by June.\n",
			[]string{"|They should agree a shared plan by June.|ICBs,Local authorities"}},
		{"a pronoun addressee", "P",
			"Primary care networks see most young children. We ask them to name a children’s lead.\n",
			[]string{"|We ask them to name a children’s lead.|Other"}},
		{"a pronoun for bodies named by their work", "P",
			"Children’s centres already bring many services together. We are urging them to run a weekly baby clinic.\n",
			[]string{"|We are urging them to run a weekly baby clinic.|Local authorities"}},
		{"a pronoun for people", "P",
			"Parents described long waits for a first appointment. They should not have to chase the clinic.\n",
			nil},
		{"a pronoun across a list", "P",
			"We have shared our findings with the audiology service and the ICB. We are asking them to:\n\n- Publish waiting times every quarter.\n",
			[]string{"|Publish waiting times every quarter.|ICBs,Trusts"}},
		{"parts of the publisher", "Eastvale Hospitals NHS Foundation Trust",
			"## Actions agreed\n\n- The division should publish waits for each clinic every month.\n- The Director of Operations should bring a recovery plan to the Board in May.\n- The Quality Committee should review ten records each quarter.\n",
			[]string{"|The division should publish waits for each clinic every month.|Trusts",
				"|The Director of Operations should bring a recovery plan to the Board in May.|Trusts",
				"|The Quality Committee should review ten records each quarter.|Trusts"}},
		{"a team of the council", "Eastshire County Council",
			"The public health intelligence team should link school survey data with GP records.\n",
			[]string{"|The public health intelligence team should link school survey data with GP records.|Local authorities"}},
		{"a board asked to note and decide", "Eastshire County Council",
			"The Health and Wellbeing Board is asked to note this report and to approve the new strategy.\n",
			[]string{"|The Health and Wellbeing Board is asked to note this report and to approve the new strategy.|Other"}},
		{"a board asked only to note", "Eastshire County Council",
			"The Health and Wellbeing Board is asked to note this report and the progress made since March.\n",
			nil},
		{"the statutory framework", "P",
			"## The statutory framework\n\nCouncils must arrange a health check for every child entering care, and guidance says the first check should happen within 20 working days.\n",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := recSummaries(extract.Extract(parseBody(t, c.publisher, c.body)), true)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestRecommendationSchedules checks that how often a recommendation asks
// for something to be done ("every six months") is not a figure of it,
// while a statement of how often care is given keeps its figure.
func TestRecommendationSchedules(t *testing.T) {
	body := "Both providers should report their progress to the committee every six months.\n\n" +
		"Trusts should cut the longest waits to 18 weeks and review each chair at least every 12 months.\n\n" +
		"Reviews then follow every six months for younger children.\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, string(it.Kind)+": "+describe(it.Figures))
	}
	want := []string{"recommendation: ", "recommendation: 18 weeks=18 weeks", "statistic: six months=6 months"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestActorsOfNamedBodiesAndTheirTeams: a body's own name before the word
// for its kind is part of the list of subjects, and a team named as a
// body's belongs to that body, not to the publisher. Written for this test.
func TestActorsOfNamedBodiesAndTheirTeams(t *testing.T) {
	for in, want := range map[string]string{
		"The ICB and Kestrelford County Council should agree a shared pathway for families.": "ICBs,Local authorities",
		"The council’s public health team should share its school-level data with us.":       "Local authorities",
		"The public health intelligence team should link the data.":                          "",
	} {
		got := recs(t, in)
		if len(got) != 1 {
			t.Errorf("%q: %d recommendations, want 1", in, len(got))
			continue
		}
		if as := got[0][strings.LastIndex(got[0], "|")+1:]; want != "" && as != want {
			t.Errorf("%q: actors %q, want %q", in, as, want)
		}
	}
}

// TestProposalsCountNothingYet: the items of a list of the writer's own
// proposals are plans, and their numbers are not figures.
func TestProposalsCountNothingYet(t *testing.T) {
	body := "We propose to:\n\n- open two new after-school and holiday clubs for children with complex needs;\n- recruit 20 short breaks foster carers over the next year.\n\nLast year 1,150 children used a short break.\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if strings.Contains(it.Text, "We propose") {
			continue
		}
		if strings.HasPrefix(it.Text, "Last year") {
			if it.Kind != evidence.Statistic {
				t.Errorf("the finding after the list is a %s", it.Kind)
			}
			continue
		}
		if len(it.Figures) > 0 || it.Kind == evidence.Statistic {
			t.Errorf("a proposal read as a finding: %q %v", it.Text, it.Figures)
		}
	}
}

// TestAsksAsPeopleWriteThem holds the forms asks take in letters and
// e-mails ("We’d ask that", "Please can X also confirm that it will", "our
// ask of X is that", "we need X to", "What we want is for X to", "X has
// to"), with the look-alikes that ask nothing: questions asking only for
// information, past views, duties, conditional offers. Each sentence is
// written for this test.
func TestAsksAsPeopleWriteThem(t *testing.T) {
	cases := []struct {
		name, publisher, in string
		want                string // actors of the one recommendation
	}{
		{"we'd ask that", "P", "We’d ask that the council publishes its waiting times for speech therapy every month.", "Local authorities"},
		{"please can X also confirm that it will", "P", "Please can the council also confirm that it will keep the weekly drop-in open after April?", "Local authorities"},
		{"LA for the council", "P", "Could the LA please fund a second family worker for the estate?", "Local authorities"},
		{"X has to", "P", "The ICB has to stop discharging children who miss one appointment.", "ICBs"},
		{"we are requesting that", "P", "We are requesting that the ICB agrees a single referral form by June.", "ICBs"},
		{"requesting that a part of the publisher", "Eastvale Hospitals NHS Foundation Trust", "We are requesting that the executive team approves two more posts this quarter.", "Trusts"},
		{"our ask of X is that", "P", "Nationally, our ask of the Department of Health and Social Care is that it finally publishes the workforce plan.", "DHSC"},
		{"our ask is that", "P", "Our ask is that integrated care boards ring-fence the money for children.", "ICBs"},
		{"we need X to", "P", "That leaves a gap, and we need the council to cover it from next April.", "Local authorities"},
		{"we need a part of the publisher to", "Eastvale Hospitals NHS Foundation Trust", "We need the board to agree the business case on Thursday.", "Trusts"},
		{"I'd like the board to", "Eastvale Hospitals NHS Foundation Trust", "I'd like the board to approve the plan in principle and to ask the finance committee to cost it.", "Trusts"},
		{"what we want is for X to", "P", "What we want is for colleges to name a mental health lead for every student.", "Schools"},
		{"what we need is for X to, and another ask", "P", "What we need is for schools to act on a need when it is first noticed, and we would like the ICB to tell them so.", "ICBs,Schools"},
		{"we want to see X do", "P", "We want to see every integrated care board report its waits for therapies each quarter.", "ICBs"},
		{"a body qualified by a participle", "P", "Dental practices holding NHS contracts should be required to see children referred by schools.", "Other"},
		{"a participle after a contraction", "P", "Every child should be seen in time. We’re calling on the Government to fund more therapists.", "Government"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, it := range extract.Extract(parseBody(t, c.publisher, c.in)) {
				if it.Kind != evidence.Recommendation {
					continue
				}
				var as []string
				for _, a := range it.Actors {
					as = append(as, string(a))
				}
				got = append(got, strings.Join(as, ","))
			}
			if len(got) != 1 {
				t.Fatalf("recommendations of %q: %q, want one", c.in, got)
			}
			if got[0] != c.want {
				t.Errorf("actors of %q = %q, want %q", c.in, got[0], c.want)
			}
		})
	}
	not := []struct{ name, in string }{
		{"a question for information with please", "Please can the council confirm whether the contract will be renewed in March?"},
		{"confirm how many", "Could the ICB also confirm how many children were discharged without an assessment?"},
		{"a past view with needed to", "Parents told us the clinic needed to answer the phone."},
		{"a duty with has to", "Under the Children and Families Act 2014 the council has to issue the plan within 20 weeks."},
		{"a conditional offer", "If the council were able to lend us a room, we would gladly run the group ourselves."},
		{"thanks", "Thank you for meeting us and for listening to what families had to say."},
		{"people have to", "Families have to wait more than a year for a first appointment."},
		{"we need to", "We need to understand why so many referrals are closed."},
		{"what we need to know", "What we need to know is how long children wait."},
		{"approve these recommendations", "The Board is asked to approve these recommendations and to note the asks of national bodies."},
	}
	for _, c := range not {
		t.Run("not "+c.name, func(t *testing.T) {
			if got := recs(t, c.in); len(got) != 0 {
				t.Errorf("%q read as a recommendation: %q", c.in, got)
			}
		})
	}
}

// TestListsOfAsks holds lists of asks under lead-ins that name what they
// are ("What we need:", "Next steps for the council:", "Key asks:"), a
// recommendation that leads into lettered sub-items, and the items of a
// "recommends that:" lead-in, whose subjects are asked.
func TestListsOfAsks(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"what we need", "What we need:\n\n- a named nurse for every school;\n- the council and the trust to agree one contact point.\n",
			[]string{"|a named nurse for every school;|", "|the council and the trust to agree one contact point.|Local authorities,Trusts"}},
		{"next steps for X", "Next steps for the council:\n\n- Take our report to the scrutiny committee.\n- Press the ICB to fund the service.\n",
			[]string{"|Take our report to the scrutiny committee.|Local authorities", "|Press the ICB to fund the service.|Local authorities"}},
		{"key asks", "Key asks of government:\n\n- Restore the public health grant.\n",
			[]string{"|Restore the public health grant.|Government"}},
		{"what we're calling for", "What we’re calling for:\n\n- ICBs to publish waits by age.\n",
			[]string{"|ICBs to publish waits by age.|ICBs"}},
		{"next steps alone are plans", "Next steps:\n\n- The team will report back in June.\n", nil},
		{"recommends that, a profession asked", "The panel recommends that:\n\n- the council funds the service;\n- health visitors check every child’s teeth at one year.\n",
			[]string{"|the council funds the service;|Local authorities", "|health visitors check every child’s teeth at one year.|Trusts"}},
		{"a recommendation leading into lettered items", "## Recommendations\n\n- R3 Trusts should make sure every child is offered the technology, and in particular they should:\n- (a) write to every family not yet offered it;\n- (b) run sessions at weekends.\n- R4 The ICB should appoint a lead.\n",
			[]string{"R3|Trusts should make sure every child is offered the technology, and in particular they should:|Trusts",
				"a|write to every family not yet offered it;|Trusts", "b|run sessions at weekends.|Trusts", "R4|The ICB should appoint a lead.|ICBs"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := recs(t, c.body)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestLetteredItemsEndWithTheirLead: an item after lettered sub-items
// takes none of their lead's addressees.
func TestLetteredItemsEndWithTheirLead(t *testing.T) {
	got := recs(t, "## Recommendations\n\n- R3 Trusts should make sure every child is offered it, and in particular they should:\n- (a) write to every family;\n- Publish the data each year.\n")
	want := []string{"R3|Trusts should make sure every child is offered it, and in particular they should:|Trusts", "a|write to every family;|Trusts", "|Publish the data each year.|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCompoundIsNoParticiple: "school nursing" is a compound, and a
// modal in a clause about it ("which should be") asks nothing.
func TestCompoundIsNoParticiple(t *testing.T) {
	in := "The school nursing service, which should be a first point of contact for many pupils, has shrunk."
	if got := recs(t, in); len(got) != 0 {
		t.Errorf("%q read as a recommendation: %q", in, got)
	}
}

// TestLeadInAfterASentenceOfItsOwn: a lead-in paragraph whose first
// sentence has its own "should" still leads into the asks of its last.
func TestLeadInAfterASentenceOfItsOwn(t *testing.T) {
	got := recs(t, "Every child should be seen in time to make a difference. We’re calling on the Government to:\n\n- publish a workforce plan for therapists;\n- set a maximum wait.\n")
	want := []string{"|publish a workforce plan for therapists;|Government", "|set a maximum wait.|Government"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSoftAsks holds the softer ways letters and e-mails ask a body to act
// (a question of possibility, a benefit, a welcome, a wish, a condition,
// "should" after a subject that is no body of the list), and the sentences
// beside them that ask nothing, each written for this test.
func TestSoftAsks(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"is there any way X could", "Is there any way the council could fund a second youth worker for the estate?", "Local authorities"},
		{"is there any chance that X might", "Is there any chance that the ICB might extend the pilot into the summer?", "ICBs"},
		{"it would help enormously if X could", "It would help enormously if health visitors could share the two-year check with nurseries.", "Trusts"},
		{"it would be really helpful if X would", "It would be really helpful if the trust would text families a reminder the day before.", "Trusts"},
		{"a possessive service", "It would help a lot if the council's family hubs could stay open on Saturdays.", "Local authorities"},
		{"what I'd love is for X to", "What I’d love is for the ICB to fund the drop-in for another year.", "ICBs"},
		{"I'd love X to", "I'd love the council to put the bus pass scheme back for young carers.", "Local authorities"},
		{"we'd love to see X do", "We'd love to see the ICB publish its waits for every clinic.", "ICBs"},
		{"if X did, it would", "If the ICB commissioned a second nurse for the network, it would halve the wait for reviews.", "ICBs"},
		{"if X were to, this would", "If the council were to keep the hub open, this would save families a long bus ride.", "Local authorities"},
		{"we'd really welcome X doing", "We’d really welcome the council and the ICB agreeing one plan for short breaks.", "ICBs,Local authorities"},
		{"I would welcome X to", "I would welcome the trust to look again at its evening clinics.", "Trusts"},
		{"could X look at", "Could the trust look at moving the clinic nearer the bus station?", "Trusts"},
		{"every family hub should", "Every family hub should have a weekly speech and language session.", "Local authorities"},
		{"companies should", "Bus companies should let young people travel free to their appointments.", "Other"},
		{"the ward and the CAMHS team should", "The ward and the local CAMHS team should agree a plan for every child who waits.", "Trusts"},
		{"whoever should", "Whoever holds the contract from April should publish its waiting times.", ""},
	}
	wantOneAskEach(t, cases)
	not := []struct{ name, in string }{
		{"information", "Could you send me the figures for our cluster from the last survey?"},
		{"a meeting", "Can we meet on Tuesday after school to go through them?"},
		{"a call", "Are you free for a call on Thursday morning?"},
		{"let me know if", "Let me know if it would help to have our SENCO’s views as well."},
		{"thanks", "Thank you again for asking schools what we think."},
		{"a legal duty", "The council must issue the final plan within 20 weeks of the request."},
		{"a plan as fact", "We will open a school nursing hub in the library in September."},
		{"a reported plan", "The ICB has told us it will publish a dental access plan in the autumn."},
		{"a conditional offer", "If the ICB were to set up a reference group, the forum would be glad to recruit parents."},
		{"a past counterfactual", "If the council had funded the service, it would have stayed open."},
		{"it would help if we", "It would help if we could meet before the board."},
		{"any way to", "Is there any way to get hold of the slides?"},
		{"welcome your views", "We would welcome your views on the draft by Friday."},
		{"a view of a benefit", "Parents told us it would help enormously if the clinic could open later."},
		{"a purpose clause", "The government should extend the law, so that councils and landlords must fix damp within weeks."},
		{"whoever, advice", "Whoever is worried about a child can call the helpline."},
	}
	for _, c := range not {
		t.Run("not "+c.name, func(t *testing.T) {
			got := recs(t, c.in)
			if c.name == "a purpose clause" {
				// One ask, of the government alone.
				if len(got) != 1 || !strings.HasSuffix(got[0], "|Government") {
					t.Errorf("%q: %q, want one ask of the government", c.in, got)
				}
				return
			}
			if len(got) != 0 {
				t.Errorf("%q read as a recommendation: %q", c.in, got)
			}
		})
	}
}

// TestAsks: a covering note that asks a body to act, and one that only
// passes a message on.
func TestAsks(t *testing.T) {
	if !extract.Asks("Forwarding the update below.\n\nWhat I'd love is for the ICB to put its share into the new club.") {
		t.Error("a note with an ask of the ICB: no ask")
	}
	for _, note := range []string{"FYI, see below – useful for Thursday.", "Sharing this ahead of the workshop. Can we discuss it on Tuesday?"} {
		if extract.Asks(note) {
			t.Errorf("%q: an ask", note)
		}
	}
}

// wantOneAskEach runs each case as a subtest: its sentence is one
// recommendation, whose actors (comma-separated, "" for none) are want.
func wantOneAskEach(t *testing.T, cases []struct{ name, in, want string }) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := recs(t, c.in)
			if len(got) != 1 {
				t.Fatalf("recommendations of %q: %q, want one", c.in, got)
			}
			if actors := got[0][strings.LastIndex(got[0], "|")+1:]; actors != c.want {
				t.Errorf("actors of %q = %q, want %q", c.in, actors, c.want)
			}
		})
	}
}
