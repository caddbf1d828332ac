package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A forward signed inline with PGP, whose note of its own (figures and
// asks) sits over a forwarded mailing list digest: the note was dropped
// as a covering line, the digest read alone, and the armour lines and the
// dash-escaped signature separator ("- -- ") were no one's. The note is
// evidence over the digest's messages; the armour, the signature block and
// the sender's signature are not.
func TestSignedForwardOfADigestKeepsItsNote(t *testing.T) {
	digest := "Date: Mon, 3 Mar 2025 07:00:01 +0000\nFrom: kidshealth-request@lists.example.org.uk\nTo: kidshealth@lists.example.org.uk\nSubject: KidsHealth Digest, Vol 4, Issue 2\n\n" +
		"Send KidsHealth mailing list submissions to\n\tkidshealth@lists.example.org.uk\n\n" +
		"Today's Topics:\n\n   1. Hearing checks (Ruth Adeyemi)\n   2. Clinic times (Owen Price)\n\n" +
		"----------------------------------------------------------------------\n\n" +
		"Message: 1\nDate: Fri, 28 Feb 2025 10:12:40 +0000\nFrom: Ruth Adeyemi <ruth.adeyemi@example.gov.uk>\nSubject: [KidsHealth] Hearing checks\n\n" +
		"Across the county, 412 newborns missed their hearing screen last year.\n\n" +
		"------------------------------\n\nMessage: 2\nDate: Fri, 28 Feb 2025 14:30:02 +0000\nFrom: Owen Price <owen.price@example.nhs.uk>\nSubject: [KidsHealth] Clinic times\n\n" +
		"Our audiology clinic now opens two evenings a week.\n\n" +
		"------------------------------\n\nSubject: Digest Footer\n\n_______________________________________________\nKidsHealth mailing list\nkidshealth@lists.example.org.uk\n\n" +
		"------------------------------\n\nEnd of KidsHealth Digest, Vol 4, Issue 2\n***************************************\n"
	msg := "From: Sara Lindqvist <sara.lindqvist@example.gov.uk>\nTo: Paul Obi <paul.obi@example.gov.uk>\nSubject: Fwd: hearing screening - network digest\nDate: Tue, 4 Mar 2025 09:15:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nPaul,\n\n" +
		"Sending on the network digest because our own numbers are worse than the county's.\n\n" +
		"In Brackley 61 babies missed the screen, one in nine of those born here.\n\n" +
		"The council should ask the trust to offer a second screening slot at every family hub.\n\n" +
		"Sara\n\n- -- \nSara Lindqvist\nPublic Health Analyst\nBrackley Council\n\n\n" +
		"Begin forwarded message:\n\n" + digest +
		"\n-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCgAdFiEEr3kq9XhP0cW2pYlWm8Jd4G1vTqQFAme2d1oACgkQm8Jd4G1v\n=Qx7L\n-----END PGP SIGNATURE-----\n"
	im := importMail(t, msg)
	checkBody(t, im.Body, []string{"In Brackley 61 babies missed the screen", "The council should ask the trust", "412 newborns missed", "two evenings a week"},
		[]string{"BEGIN PGP", "Hash: SHA512", "iQEzBAEB", "END PGP", "Public Health Analyst", "Today's Topics", "Digest Footer"})
	if im.Source.Title != "hearing screening - network digest" {
		t.Errorf("title %q, want the forward's own subject", im.Source.Title)
	}
	// With a covering line only, the digest is the document and the line is
	// dropped, as before.
	short := strings.Replace(msg, "Sending on the network digest because our own numbers are worse than the county's.\n\n"+
		"In Brackley 61 babies missed the screen, one in nine of those born here.\n\n"+
		"The council should ask the trust to offer a second screening slot at every family hub.\n\n", "FYI, below.\n\n", 1)
	im, err := library.Import(write(t, "short.eml", []byte(short)), library.Meta{Type: "statement", Publisher: "KidsHealth network"})
	if err != nil {
		t.Fatal(err)
	}
	checkBody(t, im.Body, []string{"412 newborns missed"}, []string{"FYI, below", "BEGIN PGP"})
}
