package corpus

import (
	"fmt"
	"strings"
)

// A review draft carries its reviewers' marks: changes tracked by the word
// processor and comments in the margin. The readers take the text as it
// reads once every change is accepted and leave the comments out;
// reviewMarks counts what they read past, so that checking the document
// says it was a draft and how it was read.

// reviewMarks counts the tracked changes and the comments of a document.
type reviewMarks struct {
	changes  int
	comments int
}

// count notes one element of the document's XML, by its local name.
func (m *reviewMarks) count(local string) {
	switch local {
	// Word: w:ins, w:del, w:moveFrom, w:moveTo wrap the changed runs;
	// OpenDocument: text:change marks a deletion, text:change-start the
	// start of an insertion or of a change of format.
	case "ins", "del", "moveFrom", "moveTo", "change", "change-start":
		m.changes++
	// Word: w:commentReference in the text; OpenDocument: office:annotation.
	case "commentReference", "annotation":
		m.comments++
	}
}

// warning says how the draft was read, "" when it holds no review marks.
func (m reviewMarks) warning(name string) string {
	var parts []string
	if m.changes > 0 {
		parts = append(parts, fmt.Sprintf("%d tracked %s read as accepted", m.changes, plural(m.changes, "change")))
	}
	if m.comments > 0 {
		parts = append(parts, fmt.Sprintf("%d %s left out", m.comments, plural(m.comments, "comment")))
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("%s: a review draft: %s", name, strings.Join(parts, ", "))
}

// plural writes word for n things: "change", "changes".
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
