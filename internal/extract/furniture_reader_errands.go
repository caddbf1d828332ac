package extract

import "github.com/cypx/cypx/internal/lazyre"

// Furniture of set 63:
//
//   - a reply's errand for its reader, asked as a question: "Can you also
//     check whether the provider saw the report before it was
//     published?", "Could you find out when the board last discussed
//     it?". The writer's housekeeping with a colleague, no evidence; a
//     question holding a figure is kept, and one that asks a body to act
//     ("Could the ICB publish ...?") opens with no "you".
var readerErrandRe = lazyre.New(`(?i)^(?:and\s+|also,?\s+)?(?:can|could|would|will)\s+you\s+(?:also\s+|please\s+|just\s+|quickly\s+|kindly\s+)*(?:check|find\s+out|confirm|see|ask|look\s+into|clarify|double-check|chase|establish)\s+(?:(?:with|for)\s+[^?%£]{2,40}?\s+)?(?:whether|if|when|why|how|who|what|which)\b[^%£]{0,200}\?$`)

// s63Classes are this file's furniture classes (see furnitureClasses).
var s63Classes = []furnitureClass{
	{lead: []string{"can you", "could you", "would you", "will you", "and can you", "and could you", "also"}, re: readerErrandRe, maxWords: 45},
}
