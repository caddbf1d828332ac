package extract

import "testing"

// TestFurnitureOfAttendanceAndReleaseBoilerplate: a meeting's attendance lines,
// apologies, a declarer staying in the room and resolutions on the
// committee's own papers; a release's boilerplate opening with the body's
// founding or calling it a membership charity; a collaboration tool's
// channel path and unread-mailbox notice are furniture (set 45 spent).
// Sentences that report, ask or describe a service stay. Every sentence
// is written for this test.
func TestFurnitureOfAttendanceAndReleaseBoilerplate(t *testing.T) {
	for _, s := range []string{
		"Present: Councillor Ann Rowe (Chair), Councillor Bill Oduya (Vice-Chair), Councillors Kay Lund and Ravi Shah.",
		"Also present: Tom Ure (Head of Commissioning, Ferndale ICB) and Jo Pike (Democratic Services).",
		"Co-opted members: Mr Alan Finch (Ferndale Parent Forum).",
		"Present (panel members): Ada K (Chair, age 16), Ben S (15), Cara L (17) and Dev P (19).",
		"Apologies for absence were received from Councillor Mira Dean.",
		"He stayed in the room and took part in the vote.",
		"RESOLVED: That the minutes of the previous meeting held on 3 March 2025 be approved as a correct record.",
		"AGREED – That the committee's work programme be noted, with an item on school nursing in March.",
		"Founded in 2002, the charity supports 27 member services that reach around 5,000 young people a year.",
		"Brightway Youth Hospices is the membership charity for youth hospices in England.",
		"NHS Ferndale ICB - Children's Board > Waiting times",
		"This email was sent from an unmonitored mailbox. Please do not reply.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"RESOLVED – That the Trust be asked to report back on speech therapy waits in six months.",
		"Founded in 2002, the service saw 1,200 children last year.",
		"Waiting times > 52 weeks rose by a fifth.",
		"She said 40% of families on the list had waited over a year.",
		"Present figures show 3,100 children waiting for an assessment.",
		"Present (in 2024) rates show 31% of children waited: a finding.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
