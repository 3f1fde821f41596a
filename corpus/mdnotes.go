package corpus

import (
	"regexp"
	"strings"
)

// Documents written in a shared markdown workspace keep some fields out of
// the fiche's body. A charter may put who pilots an action and who takes
// part in it in footnotes, the fiche printing only the labels with their
// references:
//
//	Portage de l'action[^1] · Partenaires mobilisés[^2]
//	…
//	[^1]: Pilote : service de PMI.
//	[^2]: CAF, MSA, communes.
//
// and give the glossary only as abbreviation definitions, which a markdown
// renderer shows as tooltips over each acronym:
//
//	*[ASE]: Aide sociale à l'enfance
//
// A reader follows the reference to its note: unfoldFootnotes writes each
// referenced label as a "Label : note" line in place of the line of
// references, and abbreviationGlossary reads the definitions into the
// glossary.

var (
	// reFootnoteDef is a footnote's definition: "[^1]: text".
	reFootnoteDef = regexp.MustCompile(`^\[\^([^\]\s]+)\]:\s*(.*)$`)
	// reFootnoteRef is a reference to a footnote: "[^1]".
	reFootnoteRef = regexp.MustCompile(`\[\^([^\]\s]+)\]`)
	// reLabelRef is a label followed by its footnote reference, perhaps in
	// bold: "Portage de l'action[^1]", "**Pilote**[^3]".
	reLabelRef = regexp.MustCompile(`^[*_]*([^*_\[\]]{2,60}?)[*_]*\s*\[\^([^\]\s]+)\]\s*:?$`)
	// reRefSeparator parts a line of referenced labels.
	reRefSeparator = regexp.MustCompile(`\s+[·|•]\s+|\s*;\s*|\s{2,}`)
	// reAbbreviationDef is a markdown abbreviation definition: "*[ASE]:
	// Aide sociale à l'enfance".
	reAbbreviationDef = regexp.MustCompile(`^\*\[([^\]]{1,20})\]:\s*(\S.*)$`)
)

// unfoldFootnotes resolves the footnotes of field labels: a line made only
// of labels of the vocabulary, each with its reference, becomes one
// "Label : note" line a label, and the notes so used leave the notes
// section. A note that opens on a label of the same field ("Pilote :
// service de PMI") keeps its own label. Other notes, and references in
// running text, are left as they are.
func unfoldFootnotes(lines []string) []string {
	notes := map[string]string{}
	for i := 0; i < len(lines); i++ {
		m := reFootnoteDef.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		text := strings.TrimSpace(m[2])
		// A note goes on over the indented lines under it.
		for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], "    ") || strings.HasPrefix(lines[i+1], "\t")) && strings.TrimSpace(lines[i+1]) != "" {
			i++
			text += " " + strings.TrimSpace(lines[i])
		}
		notes[m[1]] = text
	}
	if len(notes) == 0 {
		return lines
	}
	used := map[string]bool{}
	var out []string
	for _, l := range lines {
		if reFootnoteDef.MatchString(l) || !strings.Contains(l, "[^") {
			out = append(out, l)
			continue
		}
		fields, ok := referencedLabels(l, notes)
		if !ok {
			out = append(out, l)
			continue
		}
		for _, f := range fields {
			used[f.ref] = true
			out = append(out, f.line, "")
		}
	}
	// The notes used are no text of their own: the fiche holds them now.
	kept := out[:0]
	for i := 0; i < len(out); i++ {
		if m := reFootnoteDef.FindStringSubmatch(out[i]); m != nil && used[m[1]] {
			for i+1 < len(out) && (strings.HasPrefix(out[i+1], "    ") || strings.HasPrefix(out[i+1], "\t")) && strings.TrimSpace(out[i+1]) != "" {
				i++
			}
			continue
		}
		kept = append(kept, out[i])
	}
	return kept
}

// labelNote is one label of a line of references, resolved.
type labelNote struct {
	ref, line string
}

// referencedLabels reads line as labels of the vocabulary, each with the
// reference of a note of notes; ok is false when any part is something
// else.
func referencedLabels(line string, notes map[string]string) ([]labelNote, bool) {
	var out []labelNote
	for _, part := range reRefSeparator.Split(strings.TrimSpace(line), -1) {
		if part == "" {
			continue
		}
		m := reLabelRef.FindStringSubmatch(part)
		if m == nil {
			return nil, false
		}
		label := strings.TrimSpace(m[1])
		note, found := notes[m[2]]
		k, _ := labelKind(label + " :")
		if !found || k == fNone || k == fOther || note == "" {
			return nil, false
		}
		text := label + " : " + note
		if nk, rest := labelKind(note); nk == k && rest != "" && strings.Contains(note, ":") {
			text = note
		}
		out = append(out, labelNote{ref: m[2], line: text})
	}
	return out, len(out) > 0
}

// abbreviationGlossary adds the markdown abbreviation definitions of d to
// its glossary, when the glossary lacks them.
func abbreviationGlossary(d *Document) {
	for i, l := range d.Lines {
		m := reAbbreviationDef.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil || !isAcronym(m[1]) || d.Expand(m[1]) != "" {
			continue
		}
		d.Glossary = append(d.Glossary, GlossaryEntry{Acronym: m[1], Expansion: strings.TrimSpace(m[2]), Span: Span{StartLine: i + 1, EndLine: i + 1}})
	}
}
