// Package chat holds the types every part of a conversation shares: the
// message a front end receives, the answer and its citations, the reply it
// posts, and what a thread remembers. It imports nothing heavy, so that
// adapters, the understanding and the answering packages can all use it.
package chat

import "strings"

// Citation points at the document text an answer rests on.
type Citation struct {
	Doc     string  `json:"doc"`
	Fiche   *string `json:"fiche"` // the fiche's label as the document prints it ("12", "1.2")
	Section string  `json:"section"`
	Page    *int    `json:"page"`
	Quote   string  `json:"quote"`
	// Line is the first source line of the quote (1-based), 0 when unknown.
	Line int `json:"line,omitempty"`
}

// Answer is what the user sees: markdown text, whether the documents answered
// the question, and the citations the answer rests on. Its JSON form is the
// contract of `schemabot ask --json`.
type Answer struct {
	Question  string     `json:"question"`
	Text      string     `json:"answer"`
	Found     bool       `json:"found"`
	Citations []Citation `json:"citations"`
	// Lang is the language the answer's labels are written in: "fr" or "en".
	Lang string `json:"-"`
}

// Lang values.
const (
	French  = "fr"
	English = "en"
)

// NamesSources reports an answer text that already says where it comes
// from: structured answers end with "_Source : schéma …, fiche 12, …_",
// passages open with "D'après le schéma …" / "From the schéma …". Front ends
// then add no second list of the same citations.
func NamesSources(text string) bool {
	if strings.Contains(text, "D'après le schéma") || strings.Contains(text, "From the schéma") {
		return true
	}
	for line := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " >*_"), "Source") {
			return true
		}
	}
	return false
}
