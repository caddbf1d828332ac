package library

import (
	"mime"
	"net/textproto"
	"strings"
)

// A mail system's report on a message it could not deliver (a
// non-delivery report: "Undeliverable: ...", "Delivery Status
// Notification (Failure)") is a multipart/report of type delivery-status
// (RFC 6522): the system's notice ("Delivery has failed to these
// recipients", the address, the diagnostic text, the original message's
// headers), a machine-readable status, and the message it returns,
// attached whole. The notice is the mail system's, said of every message
// it returns; the returned message is the document, read as it was sent:
// its subject, sender, date and signature. Before, the notice led the
// body (its server names and error codes as excerpts) and its subject,
// "Undeliverable: ...", was the title.

// isDeliveryReport reports a part's headers that make it a delivery
// report: multipart/report with report-type delivery-status.
func isDeliveryReport(h textproto.MIMEHeader) bool {
	ctype, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	return err == nil && ctype == "multipart/report" && strings.EqualFold(params["report-type"], "delivery-status")
}

// returnedMessage is the message a delivery report returns, or m itself
// when m is no report or returns none.
func returnedMessage(m *message) *message {
	if m.deliveryReport && len(m.forwarded) > 0 {
		return m.forwarded[0]
	}
	return m
}
