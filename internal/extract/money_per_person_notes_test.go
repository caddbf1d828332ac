package extract_test

import (
	"testing"
)

// TestAMoneyNoteOnMoneyPerPersonScalesItInTablesAndText: a money note
// written on the per-person measure itself scales it, in a caption as in
// a sentence, so one figure has one value and one key both ways: 1.4
// under "Outlay per pupil (£000s)" is £1,400 a pupil. Only a note on a
// broader caption over a per-person column stays unscaled, the note kept
// in the measure. Before (hostile check 60), the table gave £1.40 and
// the sentence £1,400 under the same key, and `cypx figures` called
// them a disagreement.
func TestAMoneyNoteOnMoneyPerPersonScalesItInTablesAndText(t *testing.T) {
	table := "Table 3: Outlay per pupil (£000s), 2021\n\n| Borough | Outlay per pupil |\n|---|---|\n| Ashby | 1.4 |\n"
	sentence := "In Ashby, outlay per pupil (£000s) was 1.4 in 2021.\n"
	tv, tu, tk, tok := h61aFigure(t, table, "1.4")
	sv, su, sk, sok := h61aFigure(t, sentence, "1.4")
	if !tok || !sok || tv != 1400 || sv != 1400 || tu != "gbp" || su != "gbp" {
		t.Errorf("table %v %s (%v), sentence %v %s (%v): want £1,400 a pupil both", tv, tu, tok, sv, su, sok)
	}
	if tk != sk {
		t.Errorf("table keyed %q, sentence %q: want one key", tk, sk)
	}
	// A broader caption's note over a per-person column stays unscaled.
	broad := "Table 4: Outlay (£000s), 2021\n\n| Borough | Outlay | Outlay per pupil |\n|---|---|---|\n| Ashby | 6,300 | 140 |\n"
	if v, u, _, ok := h61aFigure(t, broad, "140"); !ok || v != 140 || u != "gbp" {
		t.Errorf("%q: 140 read as %v %s (%v), want £140", broad, v, u, ok)
	}
}
