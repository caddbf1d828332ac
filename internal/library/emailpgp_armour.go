package library

import "strings"

// An e-mail signed inline with PGP (cleartext signature, RFC 4880 §7)
// wraps its text in armour: "-----BEGIN PGP SIGNED MESSAGE-----" and a
// "Hash:" line over it, the armoured signature block under it, and every
// line of the text that opens with a dash escaped by "- " (so the
// signature separator "-- " reads "- -- "). The armour is no part of the
// message, and the escaped lines are the message's own.

// dropPGPArmour takes a cleartext signature's armour off a message's
// lines and undoes the dash-escaping of its text; lines with no armour
// are returned as they are.
func dropPGPArmour(lines []string) []string {
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "-----BEGIN PGP SIGNED MESSAGE-----" {
			start = i
			break
		}
	}
	if start < 0 {
		return lines
	}
	out := append([]string(nil), lines[:start]...)
	i := start + 1
	// The armour headers ("Hash: SHA256") end at the first blank line.
	for i < len(lines) && strings.TrimSpace(lines[i]) != "" && strings.Contains(lines[i], ":") {
		i++
	}
	inSig := false
	for ; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "-----BEGIN PGP SIGNATURE-----":
			inSig = true
		case t == "-----END PGP SIGNATURE-----":
			inSig = false
		case inSig:
		case strings.HasPrefix(l, "- "):
			out = append(out, l[2:])
		default:
			out = append(out, l)
		}
	}
	return out
}
