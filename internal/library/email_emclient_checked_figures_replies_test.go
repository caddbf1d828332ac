package library_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// h76aEmClientReply is an eM Client reply: multipart/alternative, its
// plain part the reply's note, its signature, then eM Client's "------
// Original Message ------" over header lines written without colons
// ("From "Name" <address>", "Date 13/01/2026 09:12:40") and the original,
// signed and with a disclaimer; its HTML part, base64, the same with the
// original in a blockquote.
func h76aEmClientReply(note string) string {
	original := "Dear Owen,\n\n" +
		"Our two children's epilepsy nurses now hold 486 children between them, up from 402 two years ago.\n\n" +
		"Only 41% of children with epilepsy had a care plan reviewed in the last year.\n\n" +
		"I would ask the ICB to fund a third nurse post from April.\n\n" +
		"Kind regards,\nPriya\n\n" +
		"This message may contain confidential information. If you are not the intended recipient please tell the sender.\n"
	plain := "Hi Priya,\n\n" + note + "\n\nBest wishes,\nOwen\n\n" +
		"Owen Hale | Commissioning Manager\nNHS Brindle and Cask Integrated Care Board\n\n" +
		"------ Original Message ------\n" +
		"From \"Rao Priya (BRINDLE COMMUNITY HEALTH NHS TRUST)\" <priya.rao4@nhs.net>\n" +
		"To \"Hale Owen (NHS BRINDLE AND CASK ICB)\" <owen.hale2@nhs.net>\n" +
		"Date 13/01/2026 09:12:40\n" +
		"Subject Epilepsy nurse caseloads\n\n" + original
	var quoted strings.Builder
	for _, p := range strings.Split(original, "\n\n") {
		quoted.WriteString("<div>" + p + "</div><div>&nbsp;</div>")
	}
	page := `<html><head></head><body>` +
		`<div>Hi Priya,</div><div>&nbsp;</div><div>` + note + `</div><div>&nbsp;</div>` +
		`<div>Best wishes,</div><div>Owen</div><div>&nbsp;</div>` +
		`<div class="sig"><b>Owen Hale</b> | Commissioning Manager<br>NHS Brindle and Cask Integrated Care Board</div>` +
		`<div>&nbsp;</div><div>------ Original Message ------</div>` +
		`<div>From &quot;Rao Priya (BRINDLE COMMUNITY HEALTH NHS TRUST)&quot; &lt;priya.rao4@nhs.net&gt;</div>` +
		`<div>To &quot;Hale Owen (NHS BRINDLE AND CASK ICB)&quot; &lt;owen.hale2@nhs.net&gt;</div>` +
		`<div>Date 13/01/2026 09:12:40</div>` +
		`<div>Subject Epilepsy nurse caseloads</div><div>&nbsp;</div>` +
		`<div id="x1"><blockquote cite="#x1" type="cite" class="cite2">` + quoted.String() + `</blockquote></div></body></html>`
	return "From: \"Hale Owen (NHS BRINDLE AND CASK ICB)\" <owen.hale2@nhs.net>\n" +
		"To: \"Rao Priya (BRINDLE COMMUNITY HEALTH NHS TRUST)\" <priya.rao4@nhs.net>\n" +
		"Subject: Re[2]: Epilepsy nurse caseloads\nDate: Tue, 20 Jan 2026 10:02:11 +0000\n" +
		"User-Agent: eM_Client/10.1.4588.0\nMime-Version: 1.0\n" +
		"Content-Type: multipart/alternative; boundary=\"=_EM76\"\n\n" +
		"--=_EM76\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + plain + "\n" +
		"--=_EM76\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" +
		base64.StdEncoding.EncodeToString([]byte(page)) + "\n--=_EM76--\n"
}

// TestReplyCheckingTheQuotedFiguresKeepsThem checks an eM Client reply
// whose note thanks its sender and says it checked her figures against
// its own: the original it quotes under "------ Original Message ------"
// and colon-less header lines is the matter of the mail, kept under the
// note without its sign-off and disclaimer; before, eM Client's header
// lines were no header block and all the original's figures and its ask
// were dropped. A reply that thanks its sender but says nothing of her
// figures keeps only its own text, as before.
func TestReplyCheckingTheQuotedFiguresKeepsThem(t *testing.T) {
	meta := library.Meta{Type: "statement"}
	checked := h76aEmClientReply("Thanks for this. I've checked your numbers against our contract return and they broadly match.")
	im, err := library.Import(write(t, "checked.eml", []byte(checked)), meta)
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	for _, want := range []string{"broadly match", "486 children between them", "Only 41% of children", "fund a third nurse post"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"confidential", "Original Message", "Subject Epilepsy", "priya.rao4@nhs.net"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q kept in\n%s", not, im.Body)
		}
	}
	plain := h76aEmClientReply("Thanks for this. I will raise it with the planning team next week.")
	im, err = library.Import(write(t, "plain.eml", []byte(plain)), meta)
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if strings.Contains(im.Body, "486") || strings.Contains(im.Body, "third nurse") {
		t.Errorf("a reply that says nothing of the quoted figures kept the quote:\n%s", im.Body)
	}
}
