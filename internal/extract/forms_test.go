package extract_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// describe renders figures as "text=value unit" (a range as low-high, a
// role after a slash), joined by "; ", for table-driven tests.
func describe(figs []evidence.Figure) string {
	var out []string
	for _, f := range figs {
		v := plain(f.Value)
		if f.IsRange() {
			v = plain(f.Low) + "-" + plain(f.High)
		}
		d := f.Text + "=" + v + " " + string(f.Unit)
		if f.Role != "" {
			d += "/" + string(f.Role)
		}
		out = append(out, d)
	}
	return strings.Join(out, "; ")
}

// checkDescribed extracts each case's sentence from a report and checks
// the figures of its items, described (describe), against want.
func checkDescribed(t *testing.T, cases []struct{ in, want string }) {
	t.Helper()
	for _, c := range cases {
		var got string
		for _, it := range extract.Extract(parseBody(t, "P", c.in+"\n")) {
			got += describe(it.Figures)
		}
		if got != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

// TestFigureForms holds the forms of figures UK reports, newsrooms and
// government pages write, each in a sentence written for this test.
func TestFigureForms(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		// Numbers in words and "per cent".
		{"words per cent", "Eighty-two per cent of the parents we heard from were worried.", "Eighty-two per cent=82 percent"},
		{"words percent", "Just over forty percent had been offered a follow-up.", "Just over forty percent=40 percent"},
		{"digits per cent", "Some 12 per cent of referrals were closed.", "Some 12 per cent=12 percent"},
		{"word count", "Twenty-three trusts reported closing beds over the winter.", "Twenty-three trusts=23 count"},
		{"word count with scale", "Around two million children live in poverty in England.", "Around two million children=2000000 count"},
		{"n in m words", "Eight in 10 head teachers said the support had improved.", "Eight in 10=80 percent"},
		{"n in every m", "One in every five pupils had missed a week of school.", "One in every five=20 percent"},
		{"n in m with percentage", "About one in eight (12.8%) had a probable disorder in the latest wave.", "About one in eight (12.8%)=12.8 percent"},
		{"n in m then percentage", "One in five children (20.3%) in the area waited longer.", "20.3%=20.3 percent"},
		{"longer than a year", "Of those, 31,600 had waited longer than a year.", "31,600=31600 count/headline; a year=1 years/threshold"},
		// A count that ends its sentence.
		{"count at end", "Last year the number of open referrals numbered 270,000.", "270,000=270000 count"},
		{"count at end of clause", "Contacts rose to 1.2 million, the highest yet recorded.", "1.2 million=1200000 count"},
		{"grouped count at end", "The total number of children on the register was 48,300.", "48,300=48300 count"},
		// Ranges are one figure.
		{"range of years", "Families described waits of 10-15 years for a diagnosis in the worst areas.", "10-15 years=10-15 years"},
		{"range of percentages", "The gap has been estimated at 2–3% of the budget.", "2–3%=2-3 percent"},
		{"between and", "Between 70 and 90% of the young people said they felt heard.", "Between 70 and 90%=70-90 percent"},
		{"range of weeks", "Waits ranged from 13–52 weeks across the region.", "13–52 weeks=13-52 weeks"},
		{"from to", "Waits for a first appointment ranged from 12 to 18 months.", "from 12 to 18 months=12-18 months"},
		{"range of money", "The programme will cost £2-3 billion over the period.", "£2-3 billion=2000000000-3000000000 gbp"},
		{"range with scales", "Deficits are estimated at between £3bn and £4bn.", "between £3bn and £4bn=3000000000-4000000000 gbp"},
		{"range in words", "Families were told to expect two to three years.", "two to three years=2-3 years"},
		{"between in words", "Some waited between six and nine months.", "between six and nine months=6-9 months"},
		{"from to counts", "Referrals have more than doubled since 2019, from 164 to 391 a year.", "more than doubled=2 ratio; 164=164 count; 391=391 count"},
		{"quarter of a million", "More than a quarter of a million children were waiting.", "More than a quarter of a million children=250000 count"},
		{"one unit with a hedge", "Nearly half of parents waited more than a year for support.", "Nearly half=50 percent/headline; more than a year=1 years/threshold"},
		{"a year as a rate", "The service costs £11bn a year, roughly a tenth of the budget.", "£11bn=11000000000 gbp; roughly a tenth=10 percent"},
		{"small count further on", "Four consultant psychiatrist posts are vacant.", "Four=4 count"},
		{"an aside before the noun", "The workforce is 412 whole-time equivalent (WTE) staff.", "412=412 count"},
		{"age at a duration", "Coverage of the second dose at five years stood at 84.5%.", "84.5%=84.5 percent"},
		{"period to a month", "In the 12 months to May 2024, 14,210 children had a contact.", "14,210 children=14210 count"},
		{"money with a footnote", "The grant is worth £3.6bn3 in 2024/25.", "£3.6bn=3600000000 gbp"},
		{"footnote after a year", "The rate reached 25.7% in 2023.6 Services were stretched.", "25.7%=25.7 percent"},
		{"of the base at the start", "Of the 1,180 requests we received, 64% were answered in time.", "1,180 requests=1180 count/base; 64%=64 percent/headline"},
		{"of those", "Of those, 28 said they had not met anyone from the adult team.", "28=28 count"},
		{"a wait is not an age", "The median wait for an assessment is now 26 weeks.", "26 weeks=26 weeks"},
		{"out of at the end", "The estimates use 139 local authorities that passed checks, out of 153.", "139=139 count; 153=153 count/base"}, // the whole the 139 are of (set 29)
		{"maximum of", "Caseloads were over 500 children, against a maximum of 250.", "over 500 children=500 count; 250=250 count"},
		{"restated share", "Some 20.3% of 8 to 16 year olds had a disorder, about one in five.", "Some 20.3%=20.3 percent"},
		{"small count in words", "The area’s six teams now cover 52% of pupils.", "six teams=6 count; 52%=52 percent"},
		{"of whom base", "In all, 3,410 children were waiting, of whom around 70% were waiting for autism assessments.", "3,410 children=3410 count/base; around 70%=70 percent/headline"},
		{"n of the m", "Only 12 of the 41 young people had met their new team.", "Only 12=12 count/headline; 41=41 count/base"},
		{"times those", "Rates were around six times those in the least deprived areas.", "around six times=6 ratio"},
		{"range of counts", "Each hub sees between 300 and 400 families a month.", "between 300 and 400 families=300-400 count"},
		{"change is not a range", "The share seen on time rose from 45% to 61% in two years.", "45%=45 percent; 61%=61 percent/headline"},
		// Rates and ratios.
		{"rate", "Admissions for self-harm stood at 12.5 per 100,000 in the most deprived areas.", "12.5 per 100,000=12.5 other"},
		{"twice as likely", "Children in care were twice as likely to be excluded.", "twice as likely=2 ratio"},
		{"times as likely", "Girls were three times as likely as boys to report self-harm.", "three times as likely=3 ratio"},
		{"times more likely digits", "Young carers were 1.5 times more likely to miss school.", "1.5 times more likely=1.5 ratio"},
		{"times higher", "The rate was four times higher in the most deprived decile.", "four times higher=4 ratio"},
		// Footnote markers are never part of a figure.
		{"superscript", "Nearly 40%¹ said they had given up waiting.", "Nearly 40%=40 percent"},
		{"plain digit after percent", "Nearly 40%1 said they had given up waiting.", "Nearly 40%=40 percent"},
		{"markdown footnote", "Nearly 40%[^1] said they had given up waiting.", "Nearly 40%=40 percent"},
		{"footnote after stop", "The service saw 2,300 children.4 Most were referred by schools.", "2,300 children=2300 count"},
		{"reference in brackets", "Demand grew by 20% [12] in the year.", "20%=20 percent/change"},
		// A marker between a count and its noun, as cypx writes a PDF's
		// or a page's superscript (red-team round 11: no figure was read).
		{"count with a footnote", "There were 1,200[^4] referrals to the service in 2022.", "1,200[^4] referrals=1200 count"},
		{"count with a reference", "In 2023 there were 340[12] children waiting for help.", "340[12] children=340 count"},
		{"money with a footnote marker", "The grant is worth £3.6bn[^3] in 2024/25.", "£3.6bn=3600000000 gbp"},
		// Markers set on the line, as a PDF without raised text or a
		// hand-typed page writes them: symbols glued to the number, a
		// bracketed letter or number glued or one space after it (red-team
		// round 16: no figure was read).
		{"count with a dagger", "There were 950† children waiting for a first appointment.", "950† children=950 count"},
		{"count with a letter note", "In all, 1,010 (a) children were seen by the team.", "1,010 (a) children=1010 count"},
		{"count with a glued letter note", "There were 870(a) children waiting for help.", "870(a) children=870 count"},
		{"count with a bracketed letter", "There were 870[b] children waiting for help.", "870[b] children=870 count"},
		{"count with a reference after a space", "There were 870 [1] children waiting for help.", "870 [1] children=870 count"},
		{"count with a star", "The clinic had 640* children on its list.", "640* children=640 count"},
		{"count with a double dagger", "The clinic had 640‡ children on its list.", "640‡ children=640 count"},
		{"count with a section sign", "The service took 3,100§ referrals last year.", "3,100§ referrals=3100 count"},
		{"count with a pilcrow", "The service took 3,100¶ referrals last year.", "3,100¶ referrals=3100 count"},
		{"count with a hash", "The service took 3,100# referrals last year.", "3,100# referrals=3100 count"},
		{"count with a superscript", "There were 870¹ children waiting for help.", "870¹ children=870 count"},
		{"percentage with a star", "Waiting lists saw a rise to 45%* in 2024.", "45%=45 percent"},
		// What a marker could be mistaken for stays as it is.
		{"a count and its share in brackets", "Of these, 45 (12%) children were seen within a week.", "45=45 count; 12%=12 percent/headline; a week=1 weeks/threshold"},
		{"a list label before a percentage", "(a) 40% of children were seen within a week.", "40%=40 percent/headline; a week=1 weeks/threshold"},
		{"multiplication", "The grid was 5 * 3 cells wide.", "3 cells=3 count"},
		{"emphasis around a count", "There were *640 children* waiting.", "640 children=640 count"},
		// Struck-out text is what a source no longer says (red-team round
		// 11: the withdrawn 45% was the statistic's figure).
		{"struck out in Markdown", "Correction: in 2023, ~~45%~~ 54% of children were seen on time.", "54%=54 percent"},
		{"struck out in HTML", "In 2022, <del>30%</del> 33% of young people were referred.", "33%=33 percent"},
		{"struck out with s", "In 2021, <s class=\"old\">2,100</s> 2,400 children were referred.", "2,400 children=2400 count"},
		// Base and headline.
		{"survey base", "Our survey of 60 young people found that 58% had waited more than a year.", "60=60 count/base; 58%=58 percent/headline; more than a year=1 years/threshold"},
		{"of the base", "Of the 1,204 respondents, 43% said they would not recommend the service.", "1,204 respondents=1204 count/base; 43%=43 percent/headline"},
		{"n equals", "Most parents (71%, n=342) rated the service as good.", "71%=71 percent/headline; n=342=342 count/base"},
		{"percent of count", "In all, 45% of the 42 ICBs had no plan.", "45%=45 percent/headline; 42 ICBs=42 count/base"},
		{"count not base", "Some 40% of trusts expect to recruit 2,000 staff.", "Some 40%=40 percent; 2,000 staff=2000 count"},
		// Changes.
		{"change by", "Spending on early help was cut by 24% in real terms.", "24%=24 percent/change"},
		{"change after", "There was a 16% rise in referrals to crisis teams.", "16%=16 percent/change"},
		{"percentage points", "Attendance fell by 5 percentage points.", "5 percentage points=5 other/change"},
		// A number with no noun is a count where the sentence has already
		// said what is counted.
		{"subjects after of the", "Of the 48 practices we audited, 19 kept a register of young carers, and only 7 reviewed it each year.",
			"48 practices=48 count/base; 19=19 count; only 7=7 count"},
		{"subjects after a poll", "In a poll of 120 head teachers, 83 said waits had grown and 22 said they had not.",
			"120=120 count/base; 83=83 count; 22=22 count"},
		{"while subject", "Most of the 90 calls were answered, while 14 went to voicemail.", "90 calls=90 count/base; 14=14 count"},
		{"up from in a year", "The service saw 640 referrals, up from 512 in 2021/22.", "640 referrals=640 count; 512=512 count"},
		{"compared with the year before", "Nineteen families were placed out of area, compared with 11 the year before.", "Nineteen families=19 count; 11=11 count"},
		{"a further", "Twelve beds closed in the spring and a further 6 over the summer.", "Twelve beds=12 count; 6=6 count"},
		{"count with its share", "Across the county, 33 (41%) of the surgeries had no weekend cover.", "33=33 count; 41%=41 percent/headline"},
		{"count or share", "Most referrals (310, or 64%) came from schools.", "310=310 count; 64%=64 percent/headline"},
		{"group of the bare", "Only 14 of the 30 had a named worker.", "Only 14=14 count/headline; 30=30 count/base"},
		{"words after a group", "Of the 15 serious incidents, nine were linked to staffing.", "15=15 count/base; nine=9 count"},
		{"words of them", "Five of them had been waiting for over a year.", "Five=5 count; over a year=1 years"},
		{"words of the words", "Only three of the eleven teams met the standard.", "Only three=3 count/headline; eleven teams=11 count/base"},
		{"words of these", "Seven children were excluded; in four of these cases, no plan was in place.", "Seven children=7 count; four=4 count"},
		{"words then subject", "Three of the clinics had closed, and two had cut their hours.", "Three=3 count; two=2 count"},
		{"last year and a grouped count", "Last year 2,310 pupils were referred to the team.", "2,310 pupils=2310 count"},
		{"a fifth after and", "Most clinics reported delays, and a fifth had closed their lists.", "a fifth=20 percent"},
		// Ranges stated across a clause, and money in both ends.
		{"ranged from in to in", "Average costs ranged from £410 in the cheapest area to £1,950 in the dearest.", "£410 in the cheapest area to £1,950=410-1950 gbp"},
		{"varied with hedges", "Completion rates varied from under 30% in some boroughs to 95% in others.", "under 30% in some boroughs to 95%=30-95 percent"},
		{"pounds to pounds", "Private assessments cost £800 to £1,500 each.", "£800 to £1,500=800-1500 gbp"},
		{"money in every", "Roughly £3 in every £10 spent on the service went on agency staff.", "Roughly £3 in every £10=30 percent"},
		// A round number restated exactly: the exact one is the figure.
		{"round then exact", "Nearly half a million pupils, 466,000, had a plan in January.", "466,000=466000 count"},
		// Distances, exact ratios, tallies of days.
		{"distance", "Some families travelled more than 80 miles to reach a bed.", "more than 80 miles=80 other"},
		{"exact ratio in brackets", "Boys were around three times as likely (3.2) as girls to be excluded.", "around three times as likely (3.2)=3.2 ratio"},
		{"and a half times", "Admissions were two and a half times higher in the most deprived decile.", "two and a half times higher=2.5 ratio"},
		{"days of care", "The hospice provided 3,150 nights of respite and 1,420 days of care.", "3,150 nights=3150 count; 1,420 days=1420 count"},
		{"share agrees with a count", "Inspectors made 150 visits to care homes, and 36 homes (24%) had no named nurse.", "150 visits=150 count/base; 36 homes=36 count; 24%=24 percent/headline"},
		{"survey completed by", "The survey, completed by 2,480 parents last spring, found that 31% had paid for a private assessment.", "2,480 parents=2480 count/base; 31%=31 percent/headline"},
		// Minutes and hours of a wait or of activity are durations (unit
		// other), never counts of minutes.
		{"minutes of a wait", "Children waited a median of 28 minutes for pain relief.", "28 minutes=28 other"},
		{"minutes range", "Most callers waited 5-10 minutes for an answer.", "5-10 minutes=5-10 other"},
		{"up to an hour", "A third (34%) waited up to an hour for a dose.", "A third (34%)=34 percent; up to an hour=1 other"},
		{"rate range", "Hearing loss is found in around 1 to 2 per 1,000 babies born.", "around 1 to 2 per 1,000=1-2 other"},
		{"rate with its noun", "Self-harm ran at around 1,900 incidents per 1,000 children.", "around 1,900 incidents per 1,000=1900 other"},
		{"rate from to", "The rate rose from 26.7 to 66.4 per 10,000 children.", "26.7=26.7 other; 66.4 per 10,000=66.4 other/headline"},
		{"hours a day as a finding", "Some young people were kept in their rooms for up to 20 hours a day.", "up to 20 hours=20 other"},
		{"many doses", "More than 1.2 million doses were given in the autumn.", "More than 1.2 million doses=1200000 count"},
		// Waits and time standards stay figures.
		{"waited over", "Some families have waited over 18 weeks for a first appointment.", "over 18 weeks=18 weeks"},
		{"waits of over", "There were waits of over two years in three areas.", "over two years=2 years; three areas=3 count"},
		{"a wait joined to its noun", "There is a 26-week wait for a first appointment.", "26-week=26 weeks"},
		// A standard named with no value counted against it is no
		// figure (TestAStandardNamedWithNoValueIsNoFigure).
		{"a time standard", "The board wants a four-week waiting time standard for every service.", ""},
		{"care every months", "Reviews then follow every six months for younger children.", "six months=6 months"},
		{"still waiting after", "A third were still waiting after 18 weeks.", "A third=33.3 percent; 18 weeks=18 weeks"},
		{"a measurement", "Median HbA1c fell to 61.2 mmol/mol in the year.", "61.2 mmol/mol=61.2 other"},
		// Statistics in forms that are easy to miss.
		{"range of counts in words", "Most children had between two and three fillings each.", "between two and three fillings=2-3 count"},
		{"range of counts irregular", "Those treated lost between four and five teeth on average.", "between four and five teeth=4-5 count"},
		{"range of fractions", "Autism referrals are now between a third and a half of all new cases.", "between a third and a half=33.3-50 percent"},
		// How long a trend has run is no figure (the development set's
		// convention, settled when held-out sets 33 and 34 joined it).
		{"trend over a span", "Coverage of the booster has fallen in each of the last seven years.", ""},
		{"pointer to a table", "Table 2 shows how referrals have grown in each of the last five years.", ""},
		{"doubles present", "The rate roughly doubles between the ages of four and eleven.", "roughly doubles=2 ratio"},
		{"halving", "Caseloads are halving as posts are filled.", "halving=0.5 ratio"},
		{"trebles", "Demand trebles in the winter months.", "trebles=3 ratio"},
		{"almost double", "The clinic saw 820 children, almost double the number in 2019.", "820 children=820 count; almost double=2 ratio"},
		{"ask to double", "Double the grant for school nursing.", ""},
		{"count after a number of", "The average number of beds open on any one night was 212.", "212=212 count"},
		{"count after a need", "The region has 14 consultants, against a need for about 30.", "14 consultants=14 count; about 30=30 count"},
		{"the remaining", "The remaining seven waited more than a year.", "seven=7 count/headline; more than a year=1 years/threshold"},
		{"the same point last year", "There were 90 open cases, up from 71 at the same point last year.", "90=90 count; 71=71 count"},
		{"a noun shared by two counts", "The team covers 12 secondary and 40 primary schools.", "12=12 count; 40=40 count"},
		{"of the place's", "Teams now work in 9 of the county’s 30 colleges (30%).", "9=9 count; 30 colleges=30 count/base; 30%=30 percent/headline"},
		{"change of rates", "Admissions rose from 31.5 to 40.2 per 100,000 over the decade.", "31.5=31.5 other; 40.2 per 100,000=40.2 other/headline"},
		{"change of points", "The gap narrowed from 9.4 to 7.1 percentage points.", "9.4=9.4 other; 7.1 percentage points=7.1 other/headline"},
		{"make up is no change", "Girls make up around 60% of referrals.", "around 60%=60 percent"},
		// A change between two waits, dated from a year.
		{"time limit", "Only 50.3% of new plans were issued within the 20-week time limit.", "Only 50.3%=50.3 percent/headline; 20-week=20 weeks/threshold"},
		{"wait from to since year", "The average wait has grown from 14 weeks to 31 weeks since 2022.", "14 weeks=14 weeks; 31 weeks=31 weeks/headline"},
		// Bare counts a sentence has already said the noun of, against a
		// period or after an establishment (the base of the staff in
		// post, as the development set labels it); seconds are a time
		// (other).
		{"against a count in a period", "In all, 35 young people were admitted, against 28 in the first quarter.", "35=35 count; 28=28 count"},
		{"fallen to by a month", "Some 310 children had waited a year in April; the number had fallen to 40 by January 2024.", "Some 310 children=310 count; a year=1 years; 40=40 count"},
		{"an establishment of", "The teams have 118 nurses against an establishment of 139, and 23 are due to retire.", "118 nurses=118 count/headline; 139=139 count/base; 23=23 count"},
		{"seconds", "The line answered 78% of calls within 60 seconds.", "78%=78 percent; 60 seconds=60 other"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// TestNotFigureForms holds numbers that are never figures.
func TestNotFigureForms(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"aged to", "The service is for young people aged 16 to 25 who need support.", ""},
		{"a figure's part", "Figure 3 (a) shows the rise in referrals.", ""},
		{"a school year with a note", "Year 6 (a) pupils were weighed in the spring.", ""},
		{"a table's part glued", "Table 2[b] sets out the rise in referrals.", ""},
		{"a journal's volume and issue", "Smith J. Journal of Child Health 2 [3]: 45-50.", ""},
		{"a footnote's own line", "[1] Source: NHS England, 2024.", ""},
		{"a square measure", "The flat was 45 m² in all.", ""},
		{"a power of ten", "About 3 x 10⁶ cells were counted.", ""},
		{"aged between", "It covers those aged between 11 and 15 in the borough.", ""},
		{"year-olds", "Many 17-year-olds said they had nowhere to go.", ""},
		{"range year-olds", "Provision for 16 to 25-year-olds is patchy.", ""},
		{"under-18s", "Beds for under-18s were full in most regions.", ""},
		{"years of age", "A child of 14 years of age may consent to some treatment.", ""},
		{"service band", "Few areas have a 0-25 service in place.", ""},
		{"once a quarter", "Products are delivered to the family home once a quarter.", ""},
		{"service band words", "The 0–19 services were recommissioned last spring.", ""},
		{"aged in words", "Services for children aged five and under are stretched.", ""},
		{"age of", "Support stops at the age of 18 in many places.", ""},
		{"named plan", "The 10 Year Health Plan sets out a shift to prevention.", ""},
		{"named plan hyphen", "The government has promised a 10-year plan for the workforce.", ""},
		{"long term plan", "The NHS Long Term Plan set an ambition for access.", ""},
		{"code", "The Core20PLUS5 approach covers clinical areas.", ""},
		{"time", "The helpline is open from 9am to 5pm on weekdays.", ""},
		{"time with colon", "The session starts at 10:30 in the main hall.", ""},
		{"date", "The report was published on 31 March 2024 by the department.", ""},
		{"phone", "For advice call 0300 123 4567 or write to us.", ""},
		{"short phone", "Children can call 0800 1111 at any time.", ""},
		{"helpline number", "Anyone in crisis can call 111 and choose the mental health option.", ""},
		{"text number", "Young people can text SHOUT to 85258 for support.", ""},
		{"address", "Our office is at 39 Victoria Street, London SW1H 0EU.", ""},
		{"rate base alone", "Infant mortality rate (per 1,000 live births)", ""},
		{"age in a quote", "\"She's 14 now and wants to go out with her friends.", ""},
		{"a school year group after a", "The longest wait is for a Year 2 pupil whose father wrote to us.", ""},
		{"a search radius", "We rang every dentist within 10 miles and none would see him.", ""},
		{"a reporting schedule", "Progress will be reported to the board every six months.", ""},
		{"a reporting schedule over a line break", "Progress will be reported to the board every\nsix months.", ""},
		{"a reporting schedule far from its verb", "Progress on all the actions will be reported to the regional network board every six months.", ""},
		{"first half of a year", "The division spent heavily on locums in the first half of 2024/25.", ""},
		{"time point after", "At follow-up, six months after finishing, most were still active.", ""},
		{"reading time", "Policy briefing · 6 min read · Share this page", ""},
		{"section number", "2.1 Access to services has worsened since the pandemic.", ""},
		{"list number", "3 Key findings from the inspection programme follow.", ""},
		{"page", "See page 12 and annex 3 for the full method.", ""},
		{"year range", "Between 2019 and 2023 the pattern was the same.", ""},
		{"financial year", "In 2023-24 the budget was held flat.", ""},
		{"years ago", "Ten years ago this service did not exist.", ""},
		{"next years", "Over the next five years the board will change its approach.", ""},
		{"statute section", "Duties under section 117 apply after detention.", ""},
		{"act year", "The Children and Families Act 2014 introduced plans.", ""},
		{"covid", "Since COVID-19 the picture has changed for many.", ""},
		{"journey legs away", "For many families the clinic was two bus rides away.", ""},
		{"stops from", "The hub is three stops from the nearest station.", ""},
		{"over the years", "Referrals rose by 46% over the five years to 2024.", "46%=46 percent/change"},
		{"year group", "Pupils in Year 6 sit national tests in May.", ""},
		{"url", "Read more at www.example.org.uk/report-2024 today.", ""},
		{"one to one", "Every child is offered 1:1 support after referral.", ""},
		{"footnote plain", "This mirrors earlier findings.12 The sample was small.", ""},
		{"age in apposition", "Kerry Dawson, 38, from Hull said the wait was hard.", ""},
		{"age after turn", "Children who turn 18 while they are waiting start again.", ""},
		{"age in a quote", "I was 15 when I was referred.", ""},
		{"age after until", "Some stayed with paediatric teams until 19 or beyond.", ""},
		{"at an age", "Young people do not have to change teams at 18 unless they choose to.", ""},
		{"opening hours", "The line is open 365 days a year and 24 hours a day.", ""},
		{"rounding", "Figures are rounded to the nearest 100 in this table.", ""},
		{"dates between", "The inspection took place between 10 and 14 June 2024.", ""},
		{"named review", "Coverage of the 2 to 2½ year review fell again.", ""},
		{"named period", "The 1,001 critical days shape a child’s life.", ""},
		{"page of", "Board notes, 12.03.24, Page 3 of 3", ""},
		{"footnote line", "6 NHS England, Workforce Statistics, October 2023.", ""},
		{"named review", "Coverage of the 6 to 8 week review rose to 81.5%.", "81.5%=81.5 percent"},
		{"age by a duration", "Coverage of the 12-month review by 15 months fell slightly.", ""},
		{"within days of birth", "Most visits took place within 14 days of birth.", ""},
		{"prose count", "Based on this analysis, we make four recommendations.", ""},
		{"suggestions of the letter", "I know the clinic is under pressure, so three practical suggestions follow.", ""},
		{"two and a half", "Reviews happen at two and a half years.", ""},
		{"opening hours", "The crisis line is staffed 12 hours a day and open seven days a week.", ""},
		{"ages sharing a unit", "Uptake is checked at one and three years in every area.", ""},
		{"aged and", "Young people aged 16 and 17 waited longest.", ""},
		{"aged list", "Support is offered to those aged 4, 5 or 6 at the start of school.", ""},
		{"year olds joined", "Of the 120 children, 16 and 17 year olds made up the largest group.", "120 children=120 count"},
		{"aged list then share", "Pupils aged 11 and 40% of their parents took part.", "40%=40 percent"},
		{"born before weeks", "Babies born before 28 weeks need intensive care.", ""},
		{"weeks gestation", "At 24 weeks’ gestation survival has improved.", ""},
		{"weeks pregnant", "She was 30 weeks pregnant when the clinic closed.", ""},
		{"check in words", "Mothers are asked about their mood at the six-week check.", ""},
		{"condition type", "The clinic supports children with type 2 diabetes.", ""},
		{"ages listed", "Coverage is measured at 12 months, 24 months and 5 years.", ""},
		{"age opening a sentence", "At 5 years, children are offered a booster.", ""},
		{"doses of a schedule", "By their fifth birthday children should have had two doses of MMR.", ""},
		{"weeks after birth", "Mothers are followed up until six weeks after birth.", ""},
		{"next review", "The next review will be within two years.", ""},
		{"confidence interval", "The odds were higher (95% CI 1.2 to 1.9) among boys.", ""},
		{"the two of them", "The two of them had met before.", ""},
		{"one of the", "One of the three hubs is closing.", ""},
		{"main reasons", "Two of the main reasons were cost and distance.", ""},
		{"no count before", "In 2022, 14 said they were unhappy.", ""},
		{"no count before a comparison", "In 2023 it was 12, compared with 8 in 2022.", ""},
		{"range of years is not a range", "Funding has ranged from year to year.", ""},
		// Spans over which something is measured, spent or done are not
		// findings; a wait or a time standard is.
		{"money over years", "The plan would cost £40 million over three years.", "£40 million=40000000 gbp"},
		{"measured over months", "The test shows average blood sugar over two to three months, at 58 mmol/mol.", "58 mmol/mol=58 other"},
		{"across years", "Savings were spread across four years by the trust.", ""},
		{"survey every years", "The dental survey is run every two to three years by the agency.", ""},
		{"data every months", "Data on waits are published every 3 months for each area.", ""},
		{"length of a roll-out", "Ministers promised a three-year roll-out of the new checks.", ""},
		{"length of a programme", "Families are offered a 10-week programme of group sessions.", ""},
		{"deadline from the report", "The department should, within three months of this report, set out a timetable.", ""},
		{"deadline from publication", "A plan should follow within 12 weeks of publication.", ""},
		{"outcome measured after", "Half of the children had improved their scores after 10 weeks.", "Half=50 percent"},
		{"a compound of day", "The unit mostly treats children as a day-case admission.", ""},
		{"reading time about", "Reading time: about 6 minutes", ""},
		{"it takes minutes", "You can help by writing to your MP. It takes 5 minutes.", ""},
		{"list of questions", "We focus on questions 2, 4 and 7 of the call for evidence.", ""},
		{"period to a date", "It has been six weeks since the referral was made.", ""},
		// Numbers that name one of a series, with no determiner before
		// the noun; after one, or before a unit of time, they count.
		{"bay number", "The boy was moved to Bay 2 of the ward.", ""},
		{"session number", "Session 3 covers sleep and screens.", ""},
		{"cohort number", "The school joined in cohort 3 of the programme.", ""},
		{"issue number", "Issue 4 of the guidance was withdrawn last year.", ""},
		{"participant number", "Respondent 4 had given up on the service.", ""},
		{"action number", "Action 14 remains open on the log.", ""},
		{"case study number", "Case study 2 describes one family's year.", ""},
		{"covid with a space", "During the Covid 19 pandemic clinics closed.", ""},
		{"rule number", "An appeal may be made under rule 35 of the tribunal rules.", ""},
		{"para without a stop", "See para 3.4 and paras 5.1–5.3 for the detail.", ""},
		{"a label after a determiner counts", "In each group 8 children took part.", "8 children=8 count"},
		{"a period after a determiner", "In the quarter 28 young people were detained.", "28=28 count"},
		{"a label before a unit of time", "Pupils missed school 3 days a week.", "3 days=3 other"},
		{"a label before a count", "Study 2 enrolled 300 children.", "300 children=300 count"},
		// Shares that define a group or describe a method.
		{"most deprived share", "The programme focuses on the most deprived 20% of the population.", ""},
		{"share most deprived", "Children in the 10% most deprived areas were twice as likely to wait.", "twice as likely=2 ratio"},
		{"poorest share", "Families in the poorest 20% of households spend more on food.", ""},
		{"bottom share", "Pupils in the bottom 10% of schools were affected.", ""},
		{"a change for a group", "Incomes fell 3% for the bottom 20% of households.", "3%=3 percent/change"},
		{"sample share", "We drew a 10% random sample of case files.", ""},
		{"significance level", "The difference was significant at the 5% level.", ""},
		{"a target level", "Coverage fell short of the 95% level the WHO recommends.", "95%=95 percent"},
		// Doses, clock times and timetables.
		{"dose", "Give 5 ml twice a day after food.", ""},
		{"dose daily", "The usual dose is 10 mg daily.", ""},
		{"hours on the clock", "The meeting starts at 1400 hours.", ""},
		{"a day's hours", "The line runs from 9 to 5 on weekdays.", ""},
		{"a fall is no day's hours", "The number of providers fell from 9 to 5.", "9=9 count; 5=5 count/headline"},
		{"weeks before each session", "The form opens 4 weeks before each session.", ""},
		{"working days before it", "The portal closes 2 working days before it.", ""},
		{"a wait before", "Children waited 18 weeks before the appointment.", "18 weeks=18 weeks"},
		{"programme length", "The programme runs for 8 weeks in term time.", ""},
		{"a term by a pronoun", "The new contract starts in April. It runs for five years.", ""},
		{"a wait's length", "The wait lasted 18 weeks for most families.", "18 weeks=18 weeks"},
		{"ages in weeks", "Babies are vaccinated at 8, 12 and 16 weeks.", ""},
		{"an age in weeks", "The 6-in-1 vaccine is given at eight weeks.", ""},
		{"a longest wait at", "Waits ranged from 12 weeks to the longest at 61 weeks.", "12 weeks=12 weeks; 61 weeks=61 weeks"},
		{"until they are", "Support lasts until they are 25 in most areas.", ""},
		{"a girl of", "A girl of 15 waited two years for help.", "two years=2 years"},
		{"bracketed age band", "Adolescents (10–19 years) are a distinct group.", ""},
		{"time with a stop", "The line is staffed from 8.30 to 5.30 each day.", ""},
		{"time with a leading zero", "The clinic opens at 09.30 on weekdays.", ""},
		{"a change is no time", "The rate rose from 8.30 to 9.45 per 1,000.", "8.30=8.3 other; 9.45 per 1,000=9.45 other/headline"},
		{"24-hour pair", "Calls are taken between 0900 and 1700 on weekdays.", ""},
		{"document exchange", "The address is DX 12345 Leeds.", ""},
		{"pubmed id", "PMID 12345678 describes the trial.", ""},
		{"section sign", "As §4.2 of the guidance explains, this is new.", ""},
		{"dose number", "Children get dose 2 of the MMR vaccine at three years.", ""},
		{"own tips", "Read our 7 top tips for parents.", ""},
		{"during the span", "During the 18 months of the pilot, 400 families took part.", "400 families=400 count"},
		{"question design with a modal", "Respondents could tick up to three answers.", ""},
		{"suppression", "Cells with fewer than 10 children are not shown.", ""},
		{"suppression below", "Counts below 5 have been suppressed to protect privacy.", ""},
		{"a finding with fewer than", "Fewer than 10 children were seen within the standard.", "Fewer than 10 children=10 count"},
		{"range of a span", "Over the next 3 to 5 years the plan will change.", ""},
		{"range of a time", "Results will be published in 6 to 8 weeks.", ""},
		{"working days range", "Most were seen within 3 to 5 working days.", "3 to 5 working days=3-5 other"},
		// Company, design and measurement.
		{"of us", "There are four of us in one room.", ""},
		{"of us in digits", "There are 4 of us in one bedroom.", ""},
		{"question design", "Asked to pick three changes, most chose better reporting (58%).", "58%=58 percent"},
		{"degrees", "A curve past 50 degrees often needs surgery.", ""},
		{"topic areas", "The framework covers five clinical areas.", ""},
		{"deadline is no wait", "A wait of at most six months from the decision to operate is the standard.", "six months=6 months"},
		// Hours of a session, strengths, founders, pauses, a full-time
		// week and the size of a set every member of which is served.
		{"session hours forwards", "Our Saturday sessions run from 10 to 12 at the Oakfield Centre.", ""},
		{"session hours on a day", "The drop-in is open 9 to 11 on Fridays.", ""},
		{"a range of sites is a count", "The service runs from 10 to 12 sites across the county.", "from 10 to 12 sites=10-12 count"},
		{"a strength", "Some months 18 mg tablets of methylphenidate were hard to find.", ""},
		{"a strength in words", "Each inhaler gives 100 micrograms a puff.", ""},
		{"founders", "The charity was founded in 2009 by two parents in the town.", ""},
		{"a service set up by councils", "The hub was set up by three councils.", ""},
		{"a pause", "The chair has adjourned the meeting for 15 minutes after a fire alarm test.", ""},
		{"a wait in minutes stays", "Children waited 45 minutes on average to be triaged.", "45 minutes=45 other"},
		{"a full-time week", "WTE: whole-time equivalent, where 1.0 is one full-time post of 37.5 hours a week.", ""},
		{"a full-time week is", "A full-time week is 37.5 hours for every band.", ""},
		{"hours out of full-time education stay", "Children out of full-time education received only 5 hours of teaching a week.", "only 5 hours=5 other"},
		{"a service suspended stays", "The crisis line was suspended for 48 hours in January.", "48 hours=48 other"},
		{"company number", "Our charity number is 1187654 and our company number is 11223344.", ""},
		{"school urn", "The school (URN 104512) was inspected in May.", ""},
		{"patients registered stay", "Practices registered 4500 new patients in the year.", "4500 new patients=4500 count"},
		{"claps and followers", "The author has 1.2k followers and the post has 312 claps.", ""},
		{"a post's comments", "The item was posted 3 hours ago and has 14 comments.", ""},
		{"comments received stay", "The consultation received 412 comments from parents and carers.", "412 comments=412 count"},
		{"stars and reviews", "It has 4.5 stars on Google from 212 reviews.", ""},
		{"replies to a survey stay", "The survey that went out with the letter had 39 replies.", "39 replies=39 count"},
		{"a webinar's length", "The webinar lasts 60 minutes and is free.", ""},
		{"a recording's length", "The recording is 45 minutes long.", ""},
		{"a call's wait stays", "Parents waited 45 minutes on the phone to get through.", "45 minutes=45 other"},
		{"a decade and a half", "A decade and a half ago the service had no waiting list.", ""},
		{"a half of the families stays", "Around a half of the families said the wait was too long.", "Around a half=50 percent"},
		{"an age range at a check", "Babies are usually seen at six to eight weeks by their GP.", ""},
		{"an age range in digits", "Babies are usually seen at 6 to 8 weeks by their GP.", ""},
		{"lead times running at stay", "Lead times for new nurses are running at four to five months.", "four to five months=4-5 months"},
		{"a wait range at stays", "Waits stood at 12 to 14 weeks for most of the year.", "12 to 14 weeks=12-14 weeks"},
		{"each of the districts", "The ICB should publish monthly waits for each of the county’s six districts.", ""},
		{"in each of its localities", "Teams now work in each of its 12 localities.", ""},
		{"each of the last years is a trend's span", "Referrals rose in each of the last five years by 10%.", "10%=10 percent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func plain(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// TestPlannedSpans checks that a duration in a clause of intention (the
// span over which a plan is to be carried out) is no figure, while a
// duration that is measured, or a standard for care, keeps its figures.
func TestPlannedSpans(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"would phase in over", "Without extra money, the board would introduce the new pathway over three years.", ""},
		{"will roll out across", "The council will roll out the hubs across 18 months, starting in the north.", ""},
		{"plan to recruit within", "We plan to recruit the extra therapists within six months of the contract starting.", ""},
		{"aim to open in", "The trust aims to open the second unit in two years, subject to capital.", ""},
		{"intention keeps a measured figure", "We will expand the clinic, as referrals rose 35% over two years.", "35%=35 percent/change"},
		{"measured span", "Over three years, admissions for self-harm rose by 27%.", "27%=27 percent/change"},
		{"wait is measured", "Some children waited more than two years for an assessment.", "more than two years=2 years"},
		{"standard for care", "Teams aim to see urgent referrals within 4 hours and routine ones within 10 days.", "4 hours=4 other; 10 days=10 other"},
		{"intention in another clause", "The trust will publish its plan, and families waited over 40 weeks in 2024.", "over 40 weeks=40 weeks"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestSharedUnits checks a unit written once for two numbers ("up 3.1
// and 1.8 percentage points") and "percentage points" in words, while a
// range, a year group and a word like "percentile" keep their readings.
func TestSharedUnits(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"points for both", "Uptake in the two boroughs rose 3.1 and 1.8 percentage points on the year.", "3.1=3.1 other/change; 1.8 percentage points=1.8 other"},
		{"per cent for both", "Attendance fell by 5 or 7 per cent in the schools we visited.", "5=5 percent/change; 7 per cent=7 percent"},
		{"words for both", "Uptake was three and five per cent below the target.", "three=3 percent; five per cent=5 percent"},
		{"points in words", "Both rates ended roughly three percentage points above the national figure.", "roughly three percentage points=3 other"},
		{"range stays one figure", "Between 4 and 9% of families had moved twice.", "Between 4 and 9%=4-9 percent"},
		{"year group is no share", "In Year 8 and 12% of Year 10 pupils had smoked.", "12%=12 percent"},
		{"percentile is no per cent", "Children above the ninety-fifth percentile are obese.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestChangeEnds checks the two ends of a change whose second end leaves
// its unit to the first ("fell from 40 weeks to 18"), and that ages,
// times of day and dates are not read as such ends.
func TestChangeEnds(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"weeks left to the first end", "Across the county the longest wait fell from 52 weeks to 30.", "52 weeks=52 weeks; 30=30 weeks/headline"},
		{"noun left to the first end", "The ward reduced restraint over the year, from 61 incidents to 44, and staffing grew.", "61 incidents=61 count; 44=44 count"},
		{"years beside both ends", "Referrals increased from 120 in 2020 to 215 in 2024, the most on record.", "120=120 count; 215=215 count/headline"},
		{"no change word", "Sessions moved from 12 in the hall to 3.", ""},
		{"an age is no end", "Eligibility rose from 18 years old to 25.", ""},
		{"a time of day is no end", "Opening hours increased from 9am to 5.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestCountsOfStaffAndOccurrences checks counts the unit or the clause
// makes counts: whole-time equivalent staff (decimals, even after a list
// of pay bands), a part "of which" a count before it, a group closing a
// bracket ("(12 of 40)"), and how often something happened ("used 6
// times"), which is a multiple in a sentence that states one.
func TestCountsOfStaffAndOccurrences(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"staff after pay bands", "The team is 3.2 WTE nurses at Band 5 and Band 6 and 0.8 WTE psychologist time.", "3.2=3.2 count; 0.8=0.8 count"},
		{"staff against a plan", "We employ 2.4 FTE dietitians, against the 4.0 FTE agreed in the plan.", "2.4=2.4 count; 4.0=4 count"},
		{"part of a decimal whole", "The ward has 31.5 nursing posts, of which 6.5 are unfilled.", "31.5=31.5 count; 6.5=6.5 count"},
		{"part of whom", "We saw 140 young carers, of whom 52 were under 12.", "140=140 count; 52=52 count"},
		{"group closing a bracket", "Two in five schools (16 of 40) had no named lead.", "Two in five=40 percent/headline; 16=16 count/headline; 40=40 count/base"},
		{"occurrences", "Seclusion was used 14 times in the year, and rapid tranquillisation twice.", "14 times=14 count"},
		{"an average of occurrences", "Children had moved school an average of 3.4 times, the survey found.", "3.4 times=3.4 count"},
		{"a multiple stays a multiple", "Boys were 2.1 times as likely to be excluded, up from 1.8 times in 2021.", "2.1 times as likely=2.1 ratio; 1.8 times=1.8 ratio"},
		{"band list without staff", "Posts are at Band 6 and 7 across the service.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestGroupSubjects checks a bare number opening a clause whose group the
// sentence named without counting it: after an opening "Of the ...," or
// with the verb of an earlier figure's clause; a number after a period
// or a dated group is left alone; a number opening the sentence as its
// group ("Of the 316 who answered") is a count.
func TestGroupSubjects(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"opening group", "Of the families placed out of borough, 58 had changed GP.", "58=58 count"},
		{"numbered paragraph", "2.6 Among those referred by schools, 17 were seen by a nurse.", "17=17 count"},
		{"parallel verb", "Almost half (46%) had missed a review, and 31 had missed two or more.", "Almost half (46%)=46 percent; 31=31 count"},
		{"no group named", "In the year to March, 40 were seen.", ""},
		{"different verb", "Nearly a quarter (24%) were boys, and 31 had missed a review.", "Nearly a quarter (24%)=24 percent"},
		{"dated group", "Of the clinics open in 2019, 12 were closed.", ""},
		{"group described after it", "Of the 316 who answered, 62% had no plan.", "316=316 count/base; 62%=62 percent/headline"},
		{"group we counted", "Among the 75 we interviewed, 9 had no named worker.", "75=75 count/base; 9=9 count"},
		{"no opening group", "In 2023 the 40 who left were not replaced.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestNightsStayed checks that nights after "for" measure a stay (other),
// while nights given or funded are a count of provision.
func TestNightsStayed(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"range of nights stayed", "Two girls were placed on an adult ward, each for between two and four nights.", "Two girls=2 count; between two and four nights=2-4 other"},
		{"nights stayed in digits", "The boy was kept in the emergency department for 5 nights.", "5 nights=5 other"},
		{"nights given", "The hospice provided 2,480 nights of short breaks.", "2,480 nights=2480 count"},
		{"nights funded", "The council funded 65 nights for carers last winter.", "65 nights=65 count"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestShareRestatedAfterItsGroup checks that a share in words whose exact
// percentage comes in brackets after a long description of its group is
// read once, as the percentage, and that a bracket that does not open on
// the percentage leaves the words their own figure.
func TestShareRestatedAfterItsGroup(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"long group", "More than a third of children placed in temporary housing during 2024/25 (36%) had no GP.", "36%=36 percent"},
		{"short group", "About a quarter of them (26%) waited.", "26%=26 percent"},
		{"bracket not on the share", "About half of the families we met across the three towns said so (see chart, 12%).", "About half=50 percent; 12%=12 percent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestServiceNumbers holds numbers that say how a service is run, when in
// a child's life something happens, how long a streak or a personal
// account ran, or how a study was built, beside true figures of the same
// shape that must stay.
func TestServiceNumbers(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		// Timetables, not measurements; rates stay.
		{"evenings a week", "The youth hub is open four evenings a week during term.", ""},
		{"saturdays in every month", "The dentist runs a list on two Saturdays in every month.", ""},
		{"mornings each week in digits", "A midwife is at the centre 2 mornings each week.", ""},
		{"reviewed every weeks", "Care plans are reviewed every 8 weeks by the lead nurse.", ""},
		{"meets every weeks", "The panel meets every six weeks and 30% of cases are closed.", "30%=30 percent"},
		{"twice a month", "The team holds clinics twice a month in the library.", ""},
		{"days of school missed a week", "Pupils missed school 3 days a week.", "3 days=3 other"},
		{"visits per child", "There was an average of 3.2 visits per child.", "3.2 visits=3.2 count"},
		{"times a year", "The team was seen 1,200 times a year.", "1,200 times=1200 count"},
		{"evenings without a cycle", "Over four evenings, 120 parents came to the sessions.", "Over four evenings=4 count; 120 parents=120 count"},
		// Ages and windows, not measured values; waits stay.
		{"range of ages after at", "Only 38% of babies were breastfed at 6 to 8 weeks.", "Only 38%=38 percent"},
		{"hyphened range of ages after at", "Fewer mothers were still breastfeeding at 6-8 weeks in the north.", ""},
		{"ages of a schedule", "The second dose moved from 3 years 4 months to 18 months.", ""},
		{"window of a ratio", "Boys were 1.5 times as likely to be readmitted within 30 days.", "1.5 times as likely=1.5 ratio"},
		{"window of a share", "Some 9% were readmitted within 28 days, against 6% in 2019.", "Some 9%=9 percent; 6%=6 percent"},
		{"window before its rate", "Readmissions within 30 days rose to 14%.", "14%=14 percent"},
		{"a range after stood at", "Waits stood at 12 to 14 weeks in the spring.", "12 to 14 weeks=12-14 weeks"},
		{"a range after the longest at", "The longest waits were at 40 to 52 weeks.", "40 to 52 weeks=40-52 weeks"},
		{"a wait of more than", "Around 4,000 children waited more than 18 weeks.", "Around 4,000 children=4000 count/headline; more than 18 weeks=18 weeks/threshold"},
		{"a standard and its share", "Seen within 6 weeks: 72%.", "6 weeks=6 weeks/threshold; 72%=72 percent/headline"},
		// Streaks and spans in an account; measured durations stay.
		{"kinship carer for", "I have been her kinship carer for two years now.", ""},
		{"funded for a year", "\"I'd want it funded for a year at least,\" one head said.", ""},
		{"gone within a month", "The money was gone within a month.", ""},
		{"ran out within", "The money ran out within six weeks, leaving 300 families without help.", "300 families=300 count"},
		{"years in a row", "Attendance has fallen three years in a row.", ""},
		{"appointments in a row", "After missing two appointments in a row he was discharged.", ""},
		{"a wait in an account", "I waited for two years before anyone called.", "two years=2 years"},
		{"on the list in an account", "My daughter was on the list for a year.", "a year=1 years"},
		{"median stay", "The median stay was 12 days.", "12 days=12 other"},
		{"a trend keeps its ends, not its span", "Waits rose for three years, from 14 to 31 weeks.", "from 14 to 31 weeks=14-31 weeks"},
		// Structures and methods; findings stay.
		{"one of statutory partners", "The council is one of three statutory safeguarding partners.", ""},
		{"areas of development", "The check looks at five areas of development.", ""},
		{"recruited from trusts", "Families were recruited over 12 months from three trusts.", ""},
		{"trusts in a finding", "Three trusts had no transition clinic.", "Three trusts=3 count"},
		{"one of trusts in a finding", "Only one of three trusts had a transition clinic.", "three trusts=3 count"},
		{"a sample size stays", "Of 200 children recruited, 40 came from three trusts.", "200 children=200 count/base; 40=40 count"},
		{"families from trusts", "We spoke to 40 families from six trusts.", "40 families=40 count; six trusts=6 count"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(extract.Figures(c.in)); got != c.want {
				t.Errorf("Figures(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// TestMarkerBetweenNumberAndUnit: a footnote marker between a number and
// its unit word hid the unit when read as blanks, as the units are read a
// space from their number: "£300 (a) million" was £300, "18 (a) weeks"
// and "45 (a) per cent" were no figure (red-team round 16).
func TestMarkerBetweenNumberAndUnit(t *testing.T) {
	for _, c := range []struct {
		s, text, shown string
		value          float64
		unit           evidence.Unit
	}{
		{"Some £300 (a) million was spent on the service.", "Some £300 (a) million", "Some £300 million", 300e6, evidence.UnitGBP},
		{"Wait times were 18 (a) weeks on average.", "18 (a) weeks", "18 weeks", 18, evidence.UnitWeeks},
		{"Some 45 (a) per cent of children were seen.", "Some 45 (a) per cent", "Some 45 per cent", 45, evidence.UnitPercent},
		{"Some 45* per cent of children were seen.", "Some 45* per cent", "Some 45 per cent", 45, evidence.UnitPercent},
		{"Some 300 (a) children and 45% (b) of parents.", "Some 300 (a) children", "Some 300 children", 300, evidence.UnitCount},
	} {
		figs := extract.Figures(c.s)
		if len(figs) == 0 {
			t.Errorf("%q: no figure, want %q", c.s, c.text)
			continue
		}
		f := figs[0]
		if f.Text != c.text || f.Shown() != c.shown || f.Value != c.value || f.Unit != c.unit {
			t.Errorf("%q: got %q (shown %q) = %v %v, want %q (shown %q) = %v %v", c.s, f.Text, f.Shown(), f.Value, f.Unit, c.text, c.shown, c.value, c.unit)
		}
		if c.s[f.Offset:f.Offset+len(f.Text)] != f.Text {
			t.Errorf("%q: Text %q is not the sentence's bytes at %d", c.s, f.Text, f.Offset)
		}
	}
}

// TestEmphasisedCountKeepsItsNoun: a count set in Markdown emphasis, its
// noun after ("*640* children", "**640** children"), is a figure; the
// closing stars parted the count from its noun, and it was no figure
// (red-team round 16). Shown leaves the stars out.
func TestEmphasisedCountKeepsItsNoun(t *testing.T) {
	for _, c := range []struct{ s, text, shown string }{
		{"We saw *640* children in 2024.", "640* children", "640 children"},
		{"We saw **640** children in 2024.", "640** children", "640 children"},
	} {
		figs := extract.Figures(c.s)
		if len(figs) != 1 {
			t.Errorf("%q: figures %v, want %q", c.s, figs, c.text)
			continue
		}
		f := figs[0]
		if f.Text != c.text || f.Shown() != c.shown || f.Value != 640 || f.Unit != evidence.UnitCount || c.s[f.Offset:f.Offset+len(f.Text)] != f.Text {
			t.Errorf("%q: %q at %d (shown %q) = %v %v, want %q (shown %q) = 640 count", c.s, f.Text, f.Offset, f.Shown(), f.Value, f.Unit, c.text, c.shown)
		}
	}
}

// TestFootnoteSetApartKeepsItsNoun: a Markdown footnote set a space after
// a count ("2,000 [^3] children") hid the noun, and the count was no
// figure (red-team round 16).
func TestFootnoteSetApartKeepsItsNoun(t *testing.T) {
	s := "Some 2,000 [^3] children were waiting in March."
	figs := extract.Figures(s)
	if len(figs) != 1 || figs[0].Text != "Some 2,000 [^3] children" || figs[0].Shown() != "Some 2,000 children" || figs[0].Value != 2000 {
		t.Errorf("%q: figures %+v, want Some 2,000 [^3] children (shown Some 2,000 children)", s, figs)
	}
}
