package themes_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestWordsThatNameAThemeInOneSenseOnly holds the bundled rules to the
// senses in which their words name a theme: a word that names it in one
// sense ("a post" on a staff list) does not in another ("sent by post",
// "passed from pillar to post"), and a word kept for its right sense
// still signals there. Each case is the rules' say alone, before the
// learned model's.
func TestWordsThatNameAThemeInOneSenseOnly(t *testing.T) {
	tax := taxonomy(t)
	tax.RulesOnly = true
	for _, c := range []struct {
		text, theme string
		want        bool
	}{
		// workforce: a post is a job, not the mail or a newspaper.
		{"Referrals between the council's children's services and community paediatrics are still made by post and scanned on arrival.", "workforce", false},
		{"Figures obtained by the Post show that 47% of urgent referrals were seen within one week.", "workforce", false},
		{"Tollcross mother Kerry Dawson said her son had been passed from pillar to post while he waited.", "workforce", false},
		{"One in five respondents said their team had at least one vacant post that had been advertised for months.", "workforce", true},
		// workforce: the therapist who sees a child is not the staffing
		// of a service; one a service has, funds or commissions is.
		{"Every child with a speech, language or communication need should be assessed by a speech and language therapist before they start school.", "workforce", false},
		{"Fewer than half of the youth justice services that responded had a speech and language therapist in the team.", "workforce", true},
		{"The ICB should commission a speech and language therapist to work within the youth justice team.", "workforce", true},
		// workforce and social care: mandatory safeguarding training is
		// training and safeguarding, not a national duty.
		{"Mandatory safeguarding training compliance was 79% against a target of 95%.", "national-policy", false},
		{"Mandatory safeguarding training compliance was 79% against a target of 95%.", "workforce", true},
		{"Mandatory safeguarding training compliance was 79% against a target of 95%.", "social-care", true},
		// integration: working with someone is joint working only with
		// the agencies around a child.
		{"We know everyone is under a lot of pressure and we really do want to work with you on this.", "integration", false},
		{"The trust should work with the local authority to reduce the gap in HPV vaccination uptake.", "integration", true},
		{"The teams work with schools and colleges to help pupils with mild to moderate problems.", "integration", true},
		// integration: a worker named to coordinate one young person's
		// move, a team leader and a hospital at home are no joint working.
		{"Each young person should have a named worker to coordinate it.", "integration", false},
		{"One team leader in the North West said her team of 14 had lost five posts in three years.", "integration", false},
		{"Our Children's Hospital at Home team looks after babies who are well enough to leave hospital.", "integration", false},
		{"Parents wanted one person who could coordinate the many professionals involved in their care.", "integration", true},
		{"Constipation, bedwetting and daytime wetting should be treated by one team.", "integration", true},
		// data-sharing: a census is a source, unless it is the school
		// census counting children schools must record.
		{"Our 2024 workforce census had responses from 187 children's therapy services across England.", "data-sharing", false},
		{"Schools identified about 39,000 young carers in the January 2023 school census.", "data-sharing", true},
		// leadership: a clinician named for a patient is no lead role.
		{"Providers should make sure that every young person waiting has a named clinician and a documented risk review.", "leadership", false},
		// national policy: a committee's time to respond and the weeks
		// "the regulations allow" are yardsticks, not policy.
		{"The Government has two months to respond to this report.", "national-policy", false},
		{"Of the 212 requests for health advice, 151 (71%) were returned within the six weeks the regulations allow.", "national-policy", false},
		{"Under the SEND regulations, health bodies have to send their advice within six weeks of the request.", "national-policy", true},
		// prevention: a professional body's name, and mental ill health.
		{"The British Association of Perinatal Medicine recommends that average cot occupancy should not exceed 80%.", "prevention", false},
		{"The risk of mental ill health keeps rising after the age of 16.", "prevention", false},
		{"The risk of mental ill health keeps rising after the age of 16.", "mental-health", true},
		// waiting: what a family spends on travel is not a journey to care.
		{"Families living near the unit spent an average of £312 a week on travel, food and parking.", "waiting-lists", false},
		{"A parent carer place on each working group, with travel and childcare costs paid by the council.", "waiting-lists", false},
		// waiting: where referrals came from and the step before making one
		// say how referral works, not how long children wait; a count of
		// referrals, a rise in them or one closed unseen is demand.
		{"Practice staff should phone the clinic for advice before making a referral.", "waiting-lists", false},
		{"Health visitors should talk the family through the options when making a formal referral.", "waiting-lists", false},
		{"Most referrals came from primary schools, and the team now holds a weekly clinic in each of them.", "waiting-lists", false},
		{"Around half of the children referred to us last year were under seven.", "waiting-lists", false},
		{"Adult and children's teams should meet whenever a 17-year-old is referred to both.", "waiting-lists", false},
		{"The network compared referral data from the four trusts in the region.", "waiting-lists", false},
		{"The service received 1,460 referrals last year, up 18% on the year before.", "waiting-lists", true},
		{"Almost a third of referrals were closed without the child being seen.", "waiting-lists", true},
		{"Of the young people referred to us by CAMHS, 80 were already on its waiting list.", "waiting-lists", true},
		// funding: time spent, however it is counted, is not money; money
		// spent is.
		{"Members spent an evening with the commissioners going through the new leaflet.", "funding", false},
		{"Teachers now spend an average of five hours a week chasing appointments.", "funding", false},
		{"Support workers meet pupils in the place they spend most of their day.", "funding", false},
		{"The ICB spent an average of £61 per child on these services in 2023/24.", "funding", true},
		// workforce: a team "once fully staffed" is its planned size.
		{"The new team will see up to 80 families a year once it is fully staffed.", "workforce", false},
		{"Two of the seven posts in the team were vacant in March.", "workforce", true},
		// data-sharing: the records a review read are its method.
		{"Of the 2,480 children whose records we reviewed, 1,190 had an up-to-date written asthma action plan.", "data-sharing", false},
		{"We reviewed the health records of 87 children aged 10 to 17 who were open to the youth justice service.", "data-sharing", false},
		{"Their health records frequently fail to follow them when children leave custody.", "data-sharing", true},
		// data-sharing: publishing a review's results is publishing data.
		{"NHS England to publish the national review's results trust by trust.", "data-sharing", true},
		// send: a young carer's needs assessment is no EHC needs assessment.
		{"Only 28% of respondents had ever had a young carer's needs assessment from their council.", "send", false},
		{"There were 138,200 initial requests for an EHC needs assessment in 2023.", "send", true},
		// funding: a family's money worries are not a service's budget.
		{"The council should ask about money worries at every contact with families.", "funding", false},
		{"Young people told us that worrying about money at home affects their sleep.", "funding", false},
		// waiting: a referral form, protocol or portal is how a service
		// takes requests, not a wait; agreeing one across agencies is
		// joint working.
		{"Each practice should agree a referral protocol with the schools it serves.", "waiting-lists", false},
		{"Parents found the referral forms long and hard to follow.", "waiting-lists", false},
		{"The board should fund an online referral portal for therapy requests.", "waiting-lists", false},
		{"Schools and the trust should agree one referral route for speech and language therapy.", "waiting-lists", false},
		{"Schools and the trust should agree one referral route for speech and language therapy.", "integration", true},
		{"Referrals to the eating disorder service rose by a third in two years.", "waiting-lists", true},
		// waiting: when a reply or a course falls due is a deadline, not a
		// wait for care.
		{"We ask the Department to write to us within three months on its progress.", "waiting-lists", false},
		{"Every new nurse should finish the course within six months of starting in post.", "waiting-lists", false},
		{"The board should report within 12 months of this report on what it has changed.", "waiting-lists", false},
		{"The cabinet must respond to the panel's recommendations within two months.", "waiting-lists", false},
		{"Most children were assessed within six weeks of referral.", "waiting-lists", true},
		// waiting: a universal review made on time is the service's
		// coverage, however the sentence words it.
		{"Just 68% of families had their one-year review from a health visitor on time.", "waiting-lists", false},
		{"The two-year review was done on time for 81% of children.", "waiting-lists", false},
		{"Only 44% of initial health assessments were completed on time.", "waiting-lists", true},
		// waiting: a promise that every school "should have access to" a
		// professional is provision for all, not access for those waiting.
		{"Every college should have access to a named youth worker by 2028.", "waiting-lists", false},
		{"Families in rural areas found it hard to get access to a dentist.", "waiting-lists", true},
		// mental health and prevention: the five clinical areas of a
		// national programme named as a list are the programme, not
		// findings about mental health or oral health.
		{"Systems were asked to focus on asthma, diabetes, epilepsy, oral health and mental health in their poorest areas.", "mental-health", false},
		{"Systems were asked to focus on asthma, diabetes, epilepsy, oral health and mental health in their poorest areas.", "prevention", false},
		{"Waits for mental health support have doubled.", "mental-health", true},
		// workforce: children counted on a service's caseload are its
		// activity; a staff member's caseload is workload.
		{"Some 640 children were on the physiotherapy caseload in March.", "workforce", false},
		{"The asthma service has 215 children on its caseload.", "workforce", false},
		{"Health visitors should have safe caseloads of no more than 250 children.", "workforce", true},
		// workforce: a senior mental health lead is a lead role in a
		// school, not staff training.
		{"Every primary school should have a trained senior mental health lead by 2027.", "workforce", false},
		{"Every primary school should have a trained senior mental health lead by 2027.", "leadership", true},
		// workforce: a specialist nurse a child has seen or been assessed
		// by is the service it got.
		{"Fewer children in deprived areas had seen an asthma specialist nurse within a year.", "workforce", false},
		{"Children with a disability are assessed by a Band 6 specialist nurse.", "workforce", false},
		{"Fewer than half the trusts employ a specialist nurse for epilepsy.", "workforce", true},
		// transitions: children's services set beside adults' (parity,
		// a comparison, lists cancelled for adults) are not a move
		// between them.
		{"Each board should fund children's hospice care on the same basis as adult hospice care.", "transitions", false},
		{"Children's operations are often cancelled to make way for adult patients.", "transitions", false},
		{"The vacancy rate was 12.4% for children's physiotherapists, against 7.9% in adult services.", "transitions", false},
		{"Waits were far longer than in adult community services.", "transitions", false},
		{"Too many young people are discharged from CAMHS at 18 with no referral to adult services.", "transitions", true},
		// inequalities: a count of councils that answered or reached a
		// target compares no groups.
		{"Of the 151 upper-tier local authorities with data, 9 reached the target.", "inequalities", false},
		{"Coverage ranged from 61% to 93% across upper-tier local authorities.", "inequalities", true},
		// prevention: who referred a child names the referrer, not a
		// public health finding; the referral is still a wait.
		{"Most children were referred to the clinic by GPs, health visitors and school nurses.", "prevention", false},
		{"Most children were referred to the clinic by GPs, health visitors and school nurses.", "waiting-lists", true},
		{"Children referred by a school nurse waited 9 weeks on average.", "prevention", false},
		{"Health visitors saw 92% of families within 14 days of birth.", "prevention", true},
		// prevention: an asthma preventer inhaler is treatment.
		{"One in five children had no preventer inhaler on repeat.", "prevention", false},
		// send: short breaks at a hospice for children with life-limiting
		// conditions are children's social care, not disability; short
		// breaks for disabled children are both.
		{"The two hospices gave 940 nights of short breaks at our hospices last year.", "send", false},
		{"Councils should plan short breaks for children with life-limiting conditions with the ICB.", "send", false},
		{"Councils should plan short breaks for children with life-limiting conditions with the ICB.", "social-care", true},
		{"Families need short breaks for parents and help at home.", "send", false},
		{"The council cut its short breaks for disabled children by a fifth.", "send", true},
		// mental health: a mother's own mental health asked about at her
		// baby's check is perinatal care, prevention (the guide's
		// mental-health scope excludes parents' own).
		{"Half of the mothers said nobody asked about their mental health at their baby's eight-week check.", "mental-health", false},
		{"Half of the mothers said nobody asked about their mental health at their baby's eight-week check.", "prevention", true},
		{"Mothers who need inpatient care for their mental health should stay with their baby.", "mental-health", false},
		{"Half of the pupils said nobody asked about their mental health at school.", "mental-health", true},
		// mental health and workforce: the kinds of trust a rotation
		// spans are employers, and a young person "in education or
		// training" is no staff training.
		{"Trainees rotate across the acute, community and mental health trusts.", "mental-health", false},
		{"Support now lasts to 25 for young people in education or training.", "workforce", false},
		{"Only 40% of nurses had finished their safeguarding training.", "workforce", true},
		// national policy: a local figure held against what national
		// guidance says every child should have is measured against it,
		// not a finding about the guidance (the guide's rule C2).
		{"Fewer than half of children had the yearly review that national guidance says every child should have.", "national-policy", false},
		{"Only 52% were seen within an hour, the standard set out in national guidance.", "national-policy", false},
		{"New national guidance widened who can have a glucose monitor.", "national-policy", true},
		// Round themes16. waiting-lists: agreeing one referral route
		// across agencies is joint working, not a wait; a referral count
		// still is.
		{"The ICB and the council should agree a joint pathway so that GPs, school nurses and the family service use the same referral route.", "waiting-lists", false},
		{"The ICB and the council should agree a joint pathway so that GPs, school nurses and the family service use the same referral route.", "integration", true},
		{"The service took 386 referrals last year.", "waiting-lists", true},
		// workforce: the hours a team is not staffed are when the service
		// is closed; a team staffed through the night is staffing.
		{"Of these attendances, 41% took place between 8pm and 8am, when the crisis team is not staffed.", "workforce", false},
		{"The ICB should fund a night-time crisis team so that the service is staffed between 8pm and 8am.", "workforce", true},
		// funding: time spent in an emergency department or on a trolley
		// is a wait, and money given to families to spend on food is
		// theirs; a budget spent on a service is funding.
		{"Children with mental health needs are far more likely to spend over 12 hours in emergency departments.", "funding", false},
		{"The median time a young person in crisis spent in an emergency department was 7.5 hours.", "funding", false},
		{"Every hour they spend on a trolley in a corridor makes their crisis worse.", "funding", false},
		{"Healthy Start gives families £4.25 a week to spend on fruit, vegetables and milk.", "funding", false},
		{"The ICB spent £14.6 million on children's mental health in 2024/25.", "funding", true},
		// workforce: full-time education is a student's, full-time
		// equivalent posts are staff.
		{"Children are entitled to free NHS dental care until they turn 18, or 19 if they are in full-time education.", "workforce", false},
		{"There are 19.6 full-time equivalent school nurses for the 98,000 pupils in the county.", "workforce", true},
		// send: an oral health or joint strategic needs assessment is a
		// public health study; an EHC needs assessment is SEND.
		{"The council's oral health needs assessment put decay among five-year-olds at 31%.", "send", false},
		{"Requests for an EHC needs assessment rose by 22% in 2023.", "send", true},
		// workforce: a trained professional who sees a child, and a
		// registered medical practitioner a duty names, give the care;
		// staff trained by a service, or too few of them, are the workforce.
		{"A two-year check is often the only time a trained professional sees a child before school.", "workforce", false},
		{"Every child with asthma should have an annual review with a professional trained in asthma care.", "workforce", false},
		{"Every initial health assessment must be carried out by a registered medical practitioner.", "workforce", false},
		{"In 17 schools no member of staff had been trained to give emergency medication for epilepsy.", "workforce", true},
		// data-sharing and waiting-lists: a form that travels with the
		// child is information shared, not travel to care; where figures
		// were obtained is their source.
		{"Schools should refer directly, using a shared form that travels with the child.", "waiting-lists", false},
		{"Schools should refer directly, using a shared form that travels with the child.", "data-sharing", true},
		{"Bus companies should let under-18s travel free to health appointments.", "waiting-lists", true},
		{"Data collected through freedom of information requests suggest that some areas have closed their lists.", "data-sharing", false},
		// workforce: a school nursing team's capacity is its staff, not
		// access to a service.
		{"Catch-up offers rely on school nursing capacity.", "waiting-lists", false},
		{"Catch-up offers rely on school nursing capacity.", "workforce", true},
		// transitions: the young people a body surveyed or supports, by
		// their ages, are no 0-25 service; services for 16 to 25 year
		// olds are.
		{"We surveyed 146 young people aged 16 to 25 and 203 parents.", "transitions", false},
		{"We currently support 86 young adult carers aged 16 to 25.", "transitions", false},
		{"Invest in services for 16 to 25 year olds so that no young person loses support.", "transitions", true},
		// Recall: parents' ratings and a survey filled in are voice;
		// referrals sent back for missing information and chasing it are
		// data; a therapist's clinical time is the workforce; a young
		// person discharged with no service to go to is access.
		{"Parents rated the move to adult services at 4.1 out of 10 on average.", "voice", true},
		{"Nearly one in four (23%) were still waiting when they filled in the survey.", "voice", true},
		{"263 young people filled it in.", "voice", true},
		{"37% of referrals were sent back because information was missing.", "data-sharing", true},
		{"Staff time spent chasing information fell by 1.5 hours a week.", "data-sharing", true},
		{"Until recently there were no national figures at all.", "data-sharing", true},
		{"Writing health advice takes up a fifth of a therapist's clinical time.", "workforce", true},
		{"Forty-one young people had been discharged with no adult service to go to.", "waiting-lists", true},
		{"Many families tell us they cannot get nursing care at home at night.", "waiting-lists", true},
		{"Young people who missed early adult clinic appointments were often discharged back to their GP.", "waiting-lists", true},
		// send: the Children and Families Act is the law for young carers
		// and pupils with medical conditions too; SEND only when the item
		// says so.
		{"Under the Children and Families Act 2014, the council must assess any young carer who appears to need support.", "send", false},
		{"Under the Children and Families Act 2014, the council must assess any young carer who appears to need support.", "national-policy", true},
		{"Under the Children and Families Act 2014, health bodies must give their advice for an EHC needs assessment within six weeks.", "send", true},
		// funding: nights in hospital saved are time.
		{"Together they spent an estimated 3,870 fewer nights in hospital.", "funding", false},
		// prevention: a clinic for the complications of severe obesity
		// is treatment; obesity itself is prevention.
		{"The network's Complications from Excess Weight clinic saw 214 children in its first year.", "prevention", false},
		{"Obesity among Year 6 children rose to 25.9%.", "prevention", true},
		// funding: a funded post or training place is staffing.
		{"Nine of our 57 funded therapist posts were vacant in February.", "funding", false},
		{"Nine of our 57 funded therapist posts were vacant in February.", "workforce", true},
		{"Publish a workforce plan, with funded training places for therapists.", "funding", false},
		// data-sharing: records a review counted and a body's own records
		// are its method and source; records that fail to follow a child
		// are data.
		{"We visited 12 areas and reviewed 240 case records chosen at random.", "data-sharing", false},
		{"From our own records, 23 of our pupils are on the therapy caseload.", "data-sharing", false},
		{"When children leave custody, their health records frequently fail to follow them.", "data-sharing", true},
		// transitions: children's hospices against adult hospices compare.
		{"Only 21% of a children's hospice's income comes from the state, against about a third for adult hospices.", "transitions", false},
		// waiting: a government's aim that every school have access to a
		// service, or its pledge to give every pupil access, is provision
		// for all; access a family could not get is still access.
		{"Ministers have said they want every school to have access to a mental health support team.", "waiting-lists", false},
		{"The Government has pledged to give every pupil access to a school counsellor by 2029.", "waiting-lists", false},
		{"Families in the north of the county could not get access to a paediatrician for months.", "waiting-lists", true},
		// funding: minutes spent travelling are time, not money.
		{"Parents said they spent an average of 75 minutes each way getting to the clinic.", "funding", false},
		{"The council spent £75,000 on taxis to the clinic.", "funding", true},
		// waiting: support given rather than waiting for a diagnosis is
		// support by need; waiting for a diagnosis is a wait.
		{"Schools should offer help on the basis of need rather than waiting for a diagnosis.", "waiting-lists", false},
		{"Most families had been waiting for a diagnosis for more than two years.", "waiting-lists", true},
		// waiting: who a child can be referred to, how a child was at
		// referral and a team that sends referrals say how referral works;
		// referrals that rose are demand.
		{"Children with severe obesity can be referred to the specialist weight clinic at the hospital.", "waiting-lists", false},
		{"Two thirds of clinicians said children were more unwell at referral than five years ago.", "waiting-lists", false},
		{"The two teams should agree one form for what they know about a child at the point of referral.", "waiting-lists", false},
		{"The early help team now sends us referrals as soon as an assessment is done.", "waiting-lists", false},
		{"Referrals to the clinic rose by 30% in a year.", "waiting-lists", true},
		// voice: how children say they feel measures their lives (the
		// guide's rule C1); what they say of a service is voice.
		{"Pupils who vaped were more likely to say they felt anxious most days.", "voice", false},
		{"Pupils who vaped were more likely to say they felt anxious most days.", "mental-health", true},
		{"Older young carers were more likely to tell us they felt alone.", "voice", false},
		{"Around four in ten young carers describe their mental health as bad or very bad.", "voice", false},
		{"Young people on social media for five hours a day were twice as likely to report low wellbeing.", "voice", false},
		{"Young carers with a named adult at school were twice as likely to say they felt supported.", "voice", true},
		// voice: what a survey finds of children's and families' lives in
		// words no view holds (the guide's rule C1): what they do, what
		// caring cost them and how a child's health went; what they say of
		// a service is still voice.
		{"In the youth club's survey, 17% of Year 9 pupils said they vaped every day.", "voice", false},
		{"In the youth club's survey, 17% of Year 9 pupils said they vaped every day.", "prevention", true},
		{"Two in five carers said they had had to give up or reduce paid work to look after their child.", "voice", false},
		{"Half of the parents said their child's physical health had got worse since the move.", "voice", false},
		{"Half of the parents said the clinic never rang them back.", "voice", true},
		// voice: a body answering an inquirer gives its figures, not
		// families' voice.
		{"The Trust told me that 900 children were waiting for a first appointment.", "voice", false},
		{"It also told me that two therapists had left since March.", "voice", false},
		{"Several mothers told me that nobody had explained the wait.", "voice", true},
		// prevention: a mental health support team's reach is not public
		// health coverage (the guide's worked cases); a vaccine's is.
		{"Two more mental health support teams will bring coverage to seven in ten pupils.", "prevention", false},
		{"The council should extend team coverage to every special school.", "prevention", false},
		{"The Government has committed to full coverage in England by 2030.", "prevention", false},
		{"MMR coverage at age five fell to 84% in the borough.", "prevention", true},
		// waiting: a service's yearly activity, a waiting area, the miles
		// to school and a duty number are no waits or duties.
		{"Last year 5,200 children were seen by paediatric physiotherapy.", "waiting-lists", false},
		{"Only 40% of children were seen by a specialist within 18 weeks.", "waiting-lists", true},
		{"The waiting area has eight chairs and no space for a buggy.", "waiting-lists", false},
		{"One in four pupils lives more than 15 miles from their school.", "waiting-lists", false},
		{"Parents should keep the duty number for the school nursing team in their phone.", "national-policy", false},
		// national policy: a national body asked for data is asked for
		// data, not policy (the guide's worked case); asked for a plan it
		// makes policy.
		{"The Department of Health and Social Care should collect and publish data on how many children use hospices.", "national-policy", false},
		{"The Department of Health and Social Care should collect and publish data on how many children use hospices.", "data-sharing", true},
		{"The Department for Education should publish a costed plan for high needs funding.", "national-policy", true},
		{"NHS England should include questions on vaping in its next survey of young people.", "data-sharing", true},
		{"First, NHS England should start counting.", "data-sharing", true},
		// national policy: a service that prioritises some families sets
		// its own order of work, not national priorities.
		{"We have had to prioritise new birth visits for families on our vulnerability register.", "national-policy", false},
		{"Children's health has been given too little national prioritisation.", "national-policy", true},
		{"Few respondents said their local plans adequately prioritised children and young people's services.", "national-policy", true},
		// prevention: damp and mould at home are housing, inequalities
		// (the guide's worked cases), not prevention by themselves.
		{"Damp and mould were reported by 63% of families in temporary accommodation.", "prevention", false},
		{"Damp and mould were reported by 63% of families in temporary accommodation.", "inequalities", true},
		// ADHD and autism: the right to choose a provider is a patient's
		// right in many treatments; an ADHD assessment is ADHD.
		{"Some families have used their right to choose to be seen by another provider.", "adhd-autism", false},
		{"Some families have used their right to choose for an ADHD assessment.", "adhd-autism", true},
		// waiting: clinics in the evening and at weekends are when a
		// service opens, not a wait.
		{"The ICB should fund evening and weekend vaccination clinics in the practices with the lowest uptake.", "waiting-lists", false},
		// waiting: Gypsy, Roma and Traveller families are an ethnic group
		// (inequalities), not travel to care; a child overdue a vaccine is
		// one to recall; a family losing its paediatrician at 18 names no
		// leaver.
		{"Uptake is lowest among Gypsy, Roma and Traveller families.", "waiting-lists", false},
		{"Uptake is lowest among Gypsy, Roma and Traveller families.", "inequalities", true},
		{"Practices should text every family whose child is overdue a vaccine.", "waiting-lists", false},
		{"Parents are worried about losing their paediatrician when their child turns 18.", "workforce", false},
		// waiting: a deadline for an act after an event, a screening
		// programme's threshold and waiting until things were bad before
		// asking are no waits for care; a government committed to giving
		// every pupil access promises provision (national policy).
		{"Every family moved into temporary accommodation should have a named health visitor within two weeks of the move.", "waiting-lists", false},
		{"Within three months of the final decision, the council should agree a joint protocol.", "waiting-lists", false},
		{"The national acceptable threshold is for 98% of babies to complete screening on time.", "waiting-lists", false},
		{"The national acceptable threshold is for 98% of babies to complete screening on time.", "national-policy", true},
		{"Most parents said they had waited until things were very bad before asking for help.", "waiting-lists", false},
		{"The Government has committed to giving every pupil in England access to a mental health support team.", "waiting-lists", false},
		{"The Government has committed to giving every pupil in England access to a mental health support team.", "national-policy", true},
		{"Families waited more than two years for an assessment.", "waiting-lists", true},
		// data-sharing: a source named for a figure, a review's pooled
		// trials and a platform's recommendation systems are no data work
		// or joint working; data shared between agencies is data.
		{"In the latest published figures, three quarters of children had their two-year review.", "data-sharing", false},
		{"According to NHS England's published data, 9,000 children started treatment.", "data-sharing", false},
		{"Pooled across 14 trials, the programmes cut anxiety by a small amount.", "integration", false},
		{"Pupils should learn how recommendation systems work.", "integration", false},
		{"Share data between education, health and social care through one dashboard.", "integration", false},
		{"Share data between education, health and social care through one dashboard.", "data-sharing", true},
		{"The trust employs 212 staff across health visiting and school nursing.", "integration", false},
		// workforce, waiting and mental health: volunteers trained to phone
		// practices, the travel costs scheme and a pupil anxious about
		// needles.
		{"Two trained volunteers phoned all 52 practices in the county.", "workforce", false},
		{"NHS England should extend the Healthcare Travel Costs Scheme to community appointments.", "waiting-lists", false},
		{"Please make a quiet room available for pupils who are anxious about needles.", "mental-health", false},
		// Awaab's Law is a law to make damp homes safe (national policy and
		// prevention); what constituents tell an MP is families' voice.
		{"The government should extend Awaab's Law to temporary accommodation.", "prevention", true},
		{"Constituents tell me about waits of three years.", "voice", true},
		{"Headteachers tell me they are buying in counselling.", "voice", false},
		// waiting: being seen by friends is no service seeing a child; a
		// harm threshold an incident crosses is no eligibility threshold.
		{"Many pupils said they avoided the drop-in because they did not want to be seen by their friends.", "waiting-lists", false},
		{"Half of the children referred were seen by the team within four weeks.", "waiting-lists", true},
		{"Under the new framework we no longer review an incident just because it crosses a harm threshold.", "waiting-lists", false},
		{"The service raised its eligibility threshold, and more referrals were turned down.", "waiting-lists", true},
		// funding: sessions ring-fenced for children are capacity set
		// aside, not money; a funded post or team counts staff.
		{"The dental practices should ring-fence sessions for children in care.", "funding", false},
		{"The council has ring-fenced £400,000 for school nursing next year.", "funding", true},
		{"There were 412 funded whole-time equivalent health visitor posts, of which 61 were vacant.", "funding", false},
		{"There were 412 funded whole-time equivalent health visitor posts, of which 61 were vacant.", "workforce", true},
		{"The audiology service had three vacancies in a funded team of 19.", "funding", false},
		{"The paediatric team is funded for 24 whole-time equivalent staff but has 19 in post.", "funding", false},
		// social care: abuse of staff by patients or the public is staff
		// wellbeing, not child protection.
		{"One in four nurses reported abuse from patients or their relatives in the past year.", "social-care", false},
		{"One in four nurses reported abuse from patients or their relatives in the past year.", "workforce", true},
		{"Only a third of staff who had experienced abuse said they had reported it.", "social-care", false},
		{"Referrals to children's social care for suspected abuse rose by 12%.", "social-care", true},
		// SEND: sexual health advice is no EHC health advice.
		{"Only 38% of Year 11 pupils knew where to get sexual health advice in the town.", "send", false},
		{"Only 38% of requests for health advice for EHC needs assessments were answered within six weeks.", "send", true},
		// national policy: the government asked to publish waiting times
		// is asked for data (the guide's worked case).
		{"Campaigners said the Government should publish waiting times for speech and language therapy by area.", "national-policy", false},
		{"Campaigners said the Government should publish waiting times for speech and language therapy by area.", "data-sharing", true},
		{"The Government should publish a strategy for children's community health services.", "national-policy", true},
		// voice: how often girls said they felt anxious measures their
		// lives (rule C1).
		{"In the 2024 survey 31% of girls said they often or always felt anxious.", "voice", false},
		// inequalities: twice as likely compares groups, an inequality
		// only when the group is set against its peers or named by its
		// disadvantage.
		{"Pupils who had a named mentor were twice as likely to say they felt safe at school.", "inequalities", false},
		{"Children in care were twice as likely as their classmates to miss a dental check.", "inequalities", true},
		{"Children in the most deprived areas were twice as likely to have tooth decay.", "inequalities", true},
		// leadership: a board's papers cited for a figure are a source;
		// a board that reads them is governance.
		{"The ICB board papers from March say 2,140 children are waiting.", "leadership", false},
		{"About 640 babies a year are born at the unit, according to the trust's board papers.", "leadership", false},
		{"Only 2 of the ICB's 12 board papers last year reported children's waits.", "leadership", true},
		// voice: a body answering Healthwatch is no voice (rule C1);
		// families telling Healthwatch are.
		{"The trust told Healthwatch that 820 children are waiting for a first appointment.", "voice", false},
		{"Parents have told Healthwatch that they do not know who to call while they wait.", "voice", true},
		// national policy: a charity's pledge is money, not a government
		// pledge; thanking or being answered by a minister is no policy.
		{"The appeal needs £90,000; the hospital charity has pledged £30,000.", "national-policy", false},
		{"The Government has pledged a mental health support team in every school.", "national-policy", true},
		{"I am grateful to the Minister, but 180,000 children are still waiting.", "national-policy", false},
		{"Answered by the Minister for Care: 710,000 children were in contact with services.", "national-policy", false},
		// workforce and transitions: an age band is no staff post, a
		// table's total for all ages no all-age service.
		{"| Post-neonatal (28 days to under one year) | 9 | 12% |", "workforce", false},
		{"| All ages, total reviews completed | 71 | 100% |", "transitions", false},
		{"The trust runs an all-age eating disorder service.", "transitions", true},
		// integration and transitions: services counted together and
		// staff recruited across children's and adult services are no
		// joint working and no transition.
		{"The two services together employed 9.5 whole-time equivalent psychologists.", "integration", false},
		{"The ICB and the council should plan short breaks services together.", "integration", true},
		{"The Government is recruiting 6,000 more therapists across children's and adult services.", "transitions", false},
		{"Every ICB should publish a plan for 16 to 25 year olds that spans children's and adult services.", "transitions", true},
		// data sharing: a waiting-time standard to publish is a
		// standard; a non-digital option is no digital system.
		{"Will the Minister publish a waiting-time standard for autism assessments?", "data-sharing", false},
		{"Will the Minister publish a waiting-time standard for autism assessments?", "waiting-lists", true},
		{"Services should keep non-digital options for families without a smartphone.", "data-sharing", false},
		// funding: a request logged and allocated is work handed out.
		{"Every request for an assessment is logged, allocated and answered within a week.", "funding", false},
		{"The council allocated £2 million to school nursing.", "funding", true},
		// inequalities: a staff survey's lowest score in one department
		// compares no groups of children (rule C4).
		{"Staff confidence in raising concerns is lowest in the emergency department.", "inequalities", false},
		// prevention: the deaths a panel reviews, by age or category,
		// are child deaths (the guide's worked cases); a trust's learning
		// from its deaths reviews is not.
		{"Table 2: Reviews completed in 2025/26, by age at death", "prevention", true},
		{"Boys made up 58% of the deaths we reviewed.", "prevention", true},
		{"We drew on complaints, incident data and learning from deaths reviews.", "prevention", false},
		// national policy: a workforce plan a provider, council or ICB
		// keeps is local (rule C10); the NHS's or the Government's is
		// national.
		{"The provider must keep a workforce plan that shows how vacancies will be filled.", "national-policy", false},
		{"The council and the ICB should agree a joint workforce plan for children's therapies.", "national-policy", false},
		{"The NHS Long Term Workforce Plan promised more health visitor training places.", "national-policy", true},
		{"Children's nurses were left out of the national workforce plan.", "national-policy", true},
		// send and waiting lists: the timescale a child in care's health
		// assessment is measured against is a wait for that assessment,
		// not an EHC plan's.
		{"Only 41% of children coming into care were assessed within the statutory timescale.", "send", false},
		{"Only 41% of children coming into care were assessed within the statutory timescale.", "waiting-lists", true},
		{"Half of the children waited beyond the statutory timescale for their initial health assessment.", "send", false},
		{"Half of the children waited beyond the statutory timescale for their initial health assessment.", "waiting-lists", true},
		{"Only 38% of EHC plans were issued within the statutory timescale.", "send", true},
		// prevention: the meeting held after a child's death is a review
		// process, no death to prevent; the deaths a panel reviews are.
		{"Nine in ten child death review meetings took place within twelve weeks.", "prevention", false},
		{"Sudden unexpected infant deaths made up 12% of child deaths in the area.", "prevention", true},
		// inequalities, transitions, workforce and data sharing: a
		// table's wards and other areas and its all age bands compare no
		// places and make no all-age service; a post-mortem is no post;
		// a problem shared with other trusts is no data shared.
		{"| Age band | Neonatal unit | Wards and other areas | Total |", "inequalities", false},
		{"| All age bands | 14 | 6 | 20 |", "transitions", false},
		{"Two inquests were adjourned while post-mortem results were awaited.", "workforce", false},
		{"Late discharge letters are a problem shared with other hospitals in the network.", "data-sharing", false},
		{"Discharge letters are shared with the child's GP within a day.", "data-sharing", true},
		// funding, workforce and data sharing: a service counted as funded
		// is the service, posts funded for a team count staff, a vacancy
		// underspend is money, not staffing, a recruitment deadline is
		// staffing, not a wait, and a digital support contract buys a
		// service, not a digital system.
		{"In the year to March, 9,100 young people had at least one contact with a funded mental health service.", "funding", false},
		{"In the year to March, 9,100 young people had at least one contact with a funded mental health service.", "mental-health", true},
		{"| Young people accessing funded support | 9,800 | 9,100 |", "funding", false},
		{"Four of the 18 posts funded for the new eating disorder team are still empty.", "funding", false},
		{"Four of the 18 posts funded for the new eating disorder team are still empty.", "workforce", true},
		{"The extra sessions will be paid for from the vacancy underspend.", "workforce", false},
		{"The extra sessions will be paid for from the vacancy underspend.", "funding", true},
		{"The board asked the region to move the recruitment deadline for the new teams.", "waiting-lists", false},
		{"The board asked the region to move the recruitment deadline for the new teams.", "workforce", true},
		{"Renew the digital support contract with the online counselling provider for a year.", "data-sharing", false},
		// prevention, inequalities, data sharing: planning for full
		// coverage of school mental health support is no public health
		// coverage; a statistic's incomplete coverage is missing data;
		// coding that affects comparisons between areas is a data
		// caveat, not variation (rule C4); an audit of case records is a
		// method; a report named in passing reports no waits.
		{"The programme is planning for full coverage in the ICB area by 2030.", "prevention", false},
		{"Coverage is not complete: two trusts sent no return for March.", "prevention", false},
		{"Coverage is not complete: two trusts sent no return for March.", "data-sharing", true},
		{"Changes in how trusts code admissions can affect comparisons between areas.", "inequalities", false},
		{"Admission rates varied between areas, from 210 to 640 per 100,000.", "inequalities", true},
		{"An audit of 80 case records found that 30% of children had a care plan.", "data-sharing", false},
		{"In our report Waiting Too Long we recommended a named contact for every family.", "data-sharing", false},
		{"Every provider should report waits for each service each month.", "data-sharing", true},
		// mental health: a parent asked about their own mental health by
		// a health visitor is health visiting (the mental-health scope
		// leaves out parents' own).
		{"Fewer mothers in the north of the borough said a health visitor had asked about their own mental health.", "mental-health", false},
		{"Fewer mothers in the north of the borough said a health visitor had asked about their own mental health.", "prevention", true},
		// data sharing, not national policy: the Government asked to
		// publish a count is asked for data (the guide's worked case).
		{"The Government should publish the annual count of children missing education.", "national-policy", false},
		{"The Government should publish the annual count of children missing education.", "data-sharing", true},
		// waiting lists: a school's access to a mental health support
		// team is the teams' coverage (the guide's worked case), not
		// access to care; access to a clinic is access.
		{"By March, 61% of secondary schools had access to a team.", "waiting-lists", false},
		{"Only 38% of pupils in the borough have access to a mental health support team.", "mental-health", true},
		{"The ICB has promised to keep extending access to every school in the county.", "waiting-lists", false},
		{"Families in the west of the county have little access to a community paediatric clinic.", "waiting-lists", true},
		// workforce: young people in paid work or training hold jobs.
		{"Only 22% of care leavers aged 19 to 21 were in paid work, training or volunteering.", "workforce", false},
		// data sharing, voice and national policy: a wait as it was
		// reported is a wait, not waits reported as data; areas "we heard
		// from" are no families' voice (rule C1); a maximum wait asked of a
		// local body is no national policy (rule C10), one asked of NHS
		// England is.
		{"The median reported wait for a wheelchair assessment was 31 weeks.", "data-sharing", false},
		{"The median reported wait for a wheelchair assessment was 31 weeks.", "waiting-lists", true},
		{"Trusts should report waits for every clinic each month.", "data-sharing", true},
		{"Therapists in 6 of the 11 services we heard from said the target was rarely met.", "voice", false},
		{"Parents we heard from said the target was rarely met.", "voice", true},
		{"We ask the integrated care board to set a maximum wait of 12 weeks for a first physiotherapy appointment.", "national-policy", false},
		{"We ask the integrated care board to set a maximum wait of 12 weeks for a first physiotherapy appointment.", "waiting-lists", true},
		{"The council wants a local maximum waiting time for its family support service.", "national-policy", false},
		{"NHS England should set a maximum wait for a first physiotherapy appointment.", "national-policy", true},
		// prevention, waiting lists and funding: when a team started is a
		// date, no child starting school; a referral's reason describes
		// the referral, no demand; new teams allocated to schools are no
		// money.
		{"After the service started, schools asked for 40% fewer home visits.", "prevention", false},
		{"Half of the children starting school in the borough had a dental check.", "prevention", true},
		{"Low mood was the commonest reason for referral.", "waiting-lists", false},
		{"Referrals to the team rose by a third in a year.", "waiting-lists", true},
		{"The allocation of new teams should follow need, not history.", "funding", false},
		{"The allocation for public health fell by 3% in real terms.", "funding", true},
		// national policy: a local figure under the Core20PLUS5 approach,
		// or an ICB's own Core20PLUS5 plan, is local delivery (rule C2); a
		// request to publish Core20PLUS5 data is a data ask.
		{"Under the Core20PLUS5 approach, 64% of children with epilepsy in the borough had a care plan.", "national-policy", false},
		{"Under the Core20PLUS5 approach, 64% of children with epilepsy in the borough had a care plan.", "inequalities", true},
		{"Each ICB should name oral health in its Core20PLUS5 plan for children.", "national-policy", false},
		{"NHS England should publish Core20PLUS5 data for children every year.", "data-sharing", true},
		{"NHS England should extend the Core20PLUS5 approach to young carers.", "national-policy", true},
		// integration, data sharing, voice and leadership: a report that
		// brings its sources together joins no services; the Department for
		// Education's school census named as a source is no data work and no
		// national policy; officers an audit interviewed are no families'
		// voice; board papers read for an audit or quoted are a source.
		{"This report brings together hospital data and a survey of 90 nurses.", "integration", false},
		{"The new hub brings together council and NHS services for families.", "integration", true},
		{"One pupil in eight has a hearing need, according to the Department for Education's school census.", "data-sharing", false},
		{"One pupil in eight has a hearing need, according to the Department for Education's school census.", "national-policy", false},
		{"From this year schools must record young carers in the school census.", "data-sharing", true},
		{"We interviewed 9 managers and reviewed board papers for the last two years.", "voice", false},
		{"We interviewed 9 managers and reviewed board papers for the last two years.", "leadership", false},
		{"We interviewed 14 young people about their care.", "voice", true},
		{"The board papers show a 12% rise in spending on agency staff.", "leadership", false},
		{"The ICB board has not discussed children's waits for a year.", "leadership", true},
		// waiting lists: staff enough to meet current demand count staff,
		// not waits; prevention: coverage of a record system is data.
		{"Only one service in five had enough therapists to meet current demand.", "waiting-lists", false},
		{"Demand for the service rose by a fifth in a year.", "waiting-lists", true},
		{"Coverage of the shared care record reached every practice by June.", "prevention", false},
		{"Coverage of the shared care record reached every practice by June.", "data-sharing", true},
		{"MMR coverage at age five fell to 84%.", "prevention", true},
		// leadership: a board that met without a quorum, or progress
		// reported each quarter to a committee, is governance; prevention:
		// a 0 to 19 service is public health.
		{"The partnership board was quorate at only two of its six meetings.", "leadership", true},
		{"Agree that delivery is reported each quarter to the Children's Committee.", "leadership", true},
		{"The 0 to 19 service missed its target for new birth visits.", "prevention", true},
		// inequalities, data sharing and workforce: ethnicity missing from
		// records is a data gap, no comparison between groups (rule C4);
		// records a review screened or looked at are its method; posts
		// pupils added to a board are no staff posts.
		{"One referral in ten had no recorded ethnicity, so the breakdown is incomplete.", "inequalities", false},
		{"One referral in ten had no recorded ethnicity, so the breakdown is incomplete.", "data-sharing", true},
		{"Ethnicity was not recorded for 9% of admissions.", "inequalities", false},
		{"Black children waited longer than White British children.", "inequalities", true},
		{"Of 1,204 records screened, 22 studies were included.", "data-sharing", false},
		{"The panel looked at records from five agencies.", "data-sharing", false},
		{"Health visitors cannot see the GP's records, so families repeat their story.", "data-sharing", true},
		{"Pupils have added 96 posts to the board since March.", "workforce", false},
		{"Who has posted so far", "workforce", false},
		// voice: staff who did not know report their own work (rule C1).
		{"Two in five teachers said they did not know how to refer a pupil.", "voice", false},
		{"Two in five parents said they did not know how to refer their child.", "voice", true},
		// data sharing, transitions and workforce: "separately" is data
		// reported apart only when data are reported; free care until a
		// child turns 18 is an entitlement, no transition; trained
		// counsellors are the service, no training.
		{"The charity has separately urged ministers to act on waits.", "data-sharing", false},
		{"Fund the new crisis team separately from the main contract.", "data-sharing", false},
		{"Fund the new crisis team separately from the main contract.", "funding", true},
		{"Parents said their child was referred to each therapy separately.", "data-sharing", false},
		{"Parents said their child was referred to each therapy separately.", "waiting-lists", false},
		{"Trusts should report waits for children separately from adults.", "data-sharing", true},
		{"Young people are entitled to free prescriptions until they turn 19.", "transitions", false},
		{"Many young people lose their nurse when they turn 18.", "transitions", true},
		{"Each session is run by one of our trained counsellors.", "workforce", false},
		{"Forty school staff were trained in mental health first aid.", "workforce", true},
		{"The trust has 14 posts vacant in its school nursing team.", "workforce", true},
		// Themes round 61: the plan's shifts are national policy, no staff
		// rota, records or public health, nor are a student's shifts;
		// time spent is no money; an author who would recommend that a
		// body act is no family's rating; a child who came back within a
		// year was readmitted, no wait; an EHC plan's annual review is
		// SEND, no health check; asking young people how is their voice;
		// asking a department to publish a share is a data ask.
		{"The new strategy names two big shifts: from analogue to digital and from sickness to prevention.", "workforce", false},
		{"The new strategy names two big shifts: from analogue to digital and from sickness to prevention.", "prevention", false},
		{"The new strategy names two big shifts: from analogue to digital and from sickness to prevention.", "data-sharing", false},
		{"The new strategy names two big shifts: from analogue to digital and from sickness to prevention.", "national-policy", true},
		{"Students with jobs struggled to attend, because clinics clashed with college or shifts.", "workforce", false},
		{"Ward nurses worked extra shifts to cover the vacancies.", "workforce", true},
		{"Children waiting for a bed spent an average of 2.5 nights on an adult ward.", "funding", false},
		{"Since the new form, health visitors spent much less time on paperwork.", "funding", false},
		{"The council spent £2 million on the new hub.", "funding", true},
		{"We would recommend that the board adopts the new pathway next year.", "voice", false},
		{"Nine in ten parents said they would recommend the clinic to a friend.", "voice", true},
		{"Of the 500 children seen for wheezing, 19% came back within six months.", "waiting-lists", false},
		{"Only 40% of children were seen within six months of referral.", "waiting-lists", true},
		{"Few parents said a nurse came to their son's EHC plan annual review.", "prevention", false},
		{"Few parents said a nurse came to their son's EHC plan annual review.", "send", true},
		{"Every child with asthma should have an annual review with their practice nurse.", "prevention", true},
		{"Ministers should ask young people how the new support should work.", "voice", true},
		{"Ministers should ask schools how the new support should work.", "voice", false},
		{"We want the department to publish, for every area, the share of children seen within four weeks.", "data-sharing", true},
		{"We want the department to fund, for every area, the share of posts still vacant.", "data-sharing", false},
		// A region's name alone is one row of a table by area, no
		// inequality (rule C4); two regions set side by side, or a figure
		// compared with a region's, are. Coverage alone names no public
		// health service (a team's reach is coverage too); services
		// brought together as one service are joined up.
		{"| West Midlands | 412 | 9.8% |", "inequalities", false},
		{"A regional lead in the South West said the new hub had opened in May.", "inequalities", false},
		{"Waits were longest in the North West and the South West.", "inequalities", true},
		{"Uptake in Wrenford was 71%, compared with 84% in the South East.", "inequalities", true},
		{"Coverage rose to 64% of pupils this year.", "prevention", false},
		{"MMR coverage rose to 88% this year.", "prevention", true},
		{"The trust will bring physiotherapy, occupational therapy, dietetics and play therapy together as one service.", "integration", true},
		{"The clinic brought all its records together into one folder.", "integration", false},
		// Records shared are data, not joint working (rule C6); a line
		// staffed 24/7 is open, no staffing finding; publicly funded
		// services are no money finding.
		{"Each hospital keeps its own notes and there is no shared record across the county.", "integration", false},
		{"Each hospital keeps its own notes and there is no shared record across the county.", "data-sharing", true},
		{"The trust will open a text line for parents, staffed 24/7, next spring.", "workforce", false},
		{"The trust cannot keep the text line staffed because of vacancies.", "workforce", true},
		{"Inspectors may visit any publicly funded nursery without notice.", "funding", false},
		// Young people who had been referred and said they waited speak
		// of the service (rule C1); a count the Department for Education
		// reported is its source, no policy; homes families described as
		// cold are no view of a service.
		{"Half (51%) of parents who had been offered a place said the clinic was too far away.", "voice", true},
		{"Half (51%) of clinics that had been inspected said they were short of nurses.", "voice", false},
		{"Exclusions rose to 9,400 last year, the Department for Education reported.", "national-policy", false},
		{"The Department for Education should make the new guidance statutory.", "national-policy", true},
		{"One in four children lived in flats their families described as cold.", "voice", false},
		// A nursery named as where a child is is a place, no early years
		// service.
		{"The therapist left exercises for home and nursery after the first visit.", "prevention", false},
		{"Our son was diagnosed when he was in nursery.", "prevention", false},
		{"Supervised toothbrushing should reach every nursery in the borough.", "prevention", true},
		// A service open 24/7 is open, no wait; partners' shared
		// commitment is their own, no national policy; calls involving
		// children and a contract variation are no voice or inequality.
		{"The borough has run a 24/7 text line for teenagers since March.", "waiting-lists", false},
		{"Children waited 19 weeks for a first appointment.", "waiting-lists", true},
		{"The school, the GP practice and the youth club signed a shared commitment to pupils' wellbeing.", "national-policy", false},
		{"The Government's commitment to reach every school by 2030 is not on track.", "national-policy", true},
		{"Paramedics answered 212 calls involving children over the summer.", "voice", false},
		{"The trust asked for a contract variation to move the clinic to a new building.", "inequalities", false},
		{"Uptake varied threefold between the richest and poorest wards.", "inequalities", true},
		// A charity named for the families it serves is a name; the
		// timeliness of information sent is data, no wait.
		{"Sunrise, the charity for families with disabled children, runs the helpline.", "send", false},
		{"The timeliness of information sent from the hospital to the GP was poor.", "waiting-lists", false},
		{"The timeliness of information sent from the hospital to the GP was poor.", "data-sharing", true},
		// A board asked to approve a business case or write to a national
		// body is a decision route, no leadership; a child's red book
		// records and school-entry records are no data work; a team's
		// caseload is its demand, no staffing.
		{"The Board is asked to approve the business case for two new speech therapy posts.", "leadership", false},
		{"We should ask the board to write to the minister about the closure.", "leadership", false},
		{"Health visitors checked red book records at the two-year review.", "data-sharing", false},
		{"The team's caseload rose to 340 children this spring.", "workforce", false},
		{"The team's caseload rose to 340 children this spring.", "waiting-lists", true},
		{"Half of the nurses said their caseload was unsafe.", "workforce", true},
		// Incidents involving young people are theirs, no voice; therapy
		// that had stopped or been cut back is a service lost, no money;
		// a family moved out of area and a child in care placed out of
		// area live elsewhere, no wait; parent training trains parents,
		// no staff; bed days spent in total are time, no money.
		{"The ward logged three incidents involving young people in March.", "voice", false},
		{"Young people told us they felt rushed at the clinic.", "voice", true},
		{"Parents said their son's physiotherapy had stopped or been cut back since the summer.", "funding", false},
		{"The council's budget for short breaks has been cut by 12%.", "funding", true},
		{"Her family moved out of area when she was nine.", "waiting-lists", false},
		{"Every child in care placed out of area should keep the same named nurse.", "waiting-lists", false},
		{"Every child in care placed out of area should keep the same named nurse.", "social-care", true},
		{"The clinic runs parent training on sleep and routines twice a term.", "workforce", false},
		{"Teaching assistants will get training in epilepsy care this year.", "workforce", true},
		{"Teenagers spent a combined 640 bed days on adult wards last winter.", "funding", false},
		// A trust's or ICB's Chief Medical Officer is a local post; only
		// the UK Chief Medical Officers speak for national policy. A plan
		// that cannot deliver its ambition falls short, no access.
		{"The trust's Chief Medical Officer will chair the new clinical risk group.", "national-policy", false},
		{"The UK Chief Medical Officers advise an hour of activity a day for children.", "national-policy", true},
		{"Campaigners fear the strategy cannot deliver its ambition without more health visitors.", "waiting-lists", false},
		{"Half of the services said they could not deliver the therapy in children's plans.", "waiting-lists", true},
		// A steering group young people sit on is no joint working unless
		// agencies share it; a Friends and Family Test response is
		// feedback (rule C1).
		{"Two pupils now sit on the project's steering group.", "integration", false},
		{"The council and the trust set up a joint steering group for the new pathway.", "integration", true},
		{"Only 4% of outpatient appointments led to an FFT response in May.", "voice", true},
		// A place to work recommended is a staff survey's, no family's
		// view; leads interviewed are professionals, no voice; NHS Digital
		// named as a figure's source is no data work; a board that approves
		// or agrees a sum decides on money, no leadership; the Youth
		// Parliament is young people's body, no national policy; a referral
		// reason is a category, no demand; young people recruited as
		// ambassadors take part, no staff recruited.
		{"In the staff survey, 58% of staff in the children's therapy teams said they would recommend the trust as a place to work.", "voice", false},
		{"In the staff survey, 58% of staff in the children's therapy teams said they would recommend the trust as a place to work.", "workforce", true},
		{"Most parents said they would recommend the clinic to a friend.", "voice", true},
		{"Twelve of the 15 service managers interviewed said the new pathway had cut duplication.", "voice", false},
		{"We interviewed 26 parents about their experience of the pathway.", "voice", true},
		{"Figures from NHS Digital show that 61% of two-year-olds had a review.", "data-sharing", false},
		{"NHS Digital workforce statistics show health visitor numbers fell by a third.", "data-sharing", false},
		{"NHS Digital workforce statistics show health visitor numbers fell by a third.", "workforce", true},
		{"NHS Digital should publish community waiting times for every trust.", "data-sharing", true},
		{"The trust board approved £1.8 million for a second eating disorder team.", "leadership", false},
		{"The ICB board has agreed to invest £900,000 in school nursing.", "leadership", false},
		{"The ICB board has agreed to invest £900,000 in school nursing.", "funding", true},
		{"The ICB board will review progress on waits every quarter.", "leadership", true},
		{"Members of the Youth Parliament asked the council to keep the youth bus.", "national-policy", false},
		{"Members of the Youth Parliament asked the council to keep the youth bus.", "voice", true},
		{"The Secretary of State will make a statement to Parliament.", "national-policy", true},
		{"Panic attacks were the referral reason for one in five of the young people seen.", "waiting-lists", false},
		{"Referrals to the eating disorder service rose by a third this year.", "waiting-lists", true},
		{"The trust will recruit 20 young ambassadors to help design the new ward.", "workforce", false},
		{"The trust will recruit 20 young ambassadors to help design the new ward.", "voice", true},
		{"The trust will recruit 20 more school nurses.", "workforce", true},
		// Working Together to Safeguard Children is statutory guidance's
		// title, no joint working; drop-ins or outreach at family hubs
		// name where families were met, no early years service.
		{"Under Working Together to Safeguard Children 2023, the three safeguarding partners must publish a yearly report.", "integration", false},
		{"Under Working Together to Safeguard Children 2023, the three safeguarding partners must publish a yearly report.", "national-policy", true},
		{"Health visitors and social workers are working together on a shared caseload.", "integration", true},
		{"We met 140 parents at drop-in sessions held in family hubs across the county.", "prevention", false},
		{"The council will open four more family hubs next year.", "prevention", true},
	} {
		got := tax.Tag(c.text)
		if slices.Contains(got, c.theme) != c.want {
			t.Errorf("Tag(%q) = %v: %s should be there: %v", c.text, got, c.theme, c.want)
		}
	}
}

// TestFamilyMoneyIsNoFunding holds the bundled rules to the guide's rule
// C9: a sum a family pays or is given (a private assessment, Healthy
// Start's weekly value, a bus fare, a household's income) is not money
// for services, though a sum of money is funding where its words do not
// say whose it is. Each case is the rules' say alone, with the item's
// sum as a figure.
func TestFamilyMoneyIsNoFunding(t *testing.T) {
	tax := taxonomy(t)
	tax.RulesOnly = true
	for _, c := range []struct {
		text, money string
		want        bool
	}{
		{"One in three families had paid for a private assessment, most of them more than £1,700.", "£1,700", false},
		{"Healthy Start gives £4.25 a week for each child aged one to four.", "£4.25", false},
		{"A day ticket for the bus to the hospital costs £6.10.", "£6.10", false},
		{"Free school meals depend on a household income below £7,400 a year.", "£7,400", false},
		{"Shops that sell vapes to children can be fined up to £2,500.", "£2,500", false},
		{"The ICB spent £1.2 million on private assessments last year.", "£1.2 million", true},
		{"The council has cut £400,000 from the school nursing budget.", "£400,000", true},
	} {
		it := evidence.Item{Kind: evidence.Statistic, Text: c.text, Figures: []evidence.Figure{{Text: c.money, Unit: evidence.UnitGBP}}}
		got := tax.TagItem(it)
		if slices.Contains(got, "funding") != c.want {
			t.Errorf("TagItem(%q) = %v: funding should be there: %v", c.text, got, c.want)
		}
	}
}
