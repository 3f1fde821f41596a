package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// proseCues tell which field a sentence of a fiche written as prose
// fills: "Cette action est pilotée par…" names its pilot, "Elle associe…"
// its partners, "Son suivi reposera sur…" its indicators. Cues are folded
// substrings; a sentence may fill several fields.
var proseCues = []struct {
	kind fieldKind
	cues []string
}{
	{fPilots, []string{"pilot", "sous la responsabilite", "porte l'action", "porte cette action", "portee par", "porte par", "chef de file"}},
	{fPartners, []string{"associe", "contribuent", "contribue", "en lien avec", "travaille avec", "s'appuie sur", "partenaire", "avec le concours", "avec le soutien", "mobilise"}},
	{fIndicators, []string{"suivi reposera", "evaluation reposera", "evaluation portera", "indicateur", "mesurer", "mesurera", "mesure par", "evaluee a partir", "evalue a partir", "apprecier", "apprecies", "appreciee", "seront suivis", "sera suivi", "on suivra", "rendre compte", "serviront d'indicateurs"}},
	{fObjectives, []string{"l'objectif est", "l'objectif de", "vise a", "visent a", "il s'agit de", "a pour but", "a pour objectif"}},
	{fActions, []string{"actions prevues", "consistent a", "consiste a", "il est prevu de", "prevoit de"}},
}

// proseBodies are bodies whose name holds a cue of proseCues.
var proseBodies = []string{"comite de pilotage", "comites de pilotage", "instance de pilotage", "instances de pilotage", "pilotage du schema", "comite technique"}

// reProseYear is a year in a sentence.
var reProseYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// proseFiche reads the body of a fiche written as one paragraph: each
// sentence goes to the fields its cues name, a sentence that places
// something in time to the calendar, and the others to the fiche's
// presentation, in order.
func (p *parser) proseFiche(ln int, body string) {
	f := p.curFiche
	if f == nil {
		return
	}
	f.Span.EndLine = ln
	for _, sent := range Sentences(body) {
		folded := Fold(sent)
		// "Siégeront au comité de pilotage" names no pilot.
		for _, body := range proseBodies {
			folded = strings.ReplaceAll(folded, body, " ")
		}
		var kinds []fieldKind
		// "Le pilotage est assuré par…", "Les partenaires associés
		// sont…": a sentence that opens on a field's cue fills that
		// field only, whatever else it mentions.
		if k := leadingCue(folded); k != fNone {
			kinds = []fieldKind{k}
		} else {
			for _, c := range proseCues {
				if containsAny(folded, c.cues...) {
					kinds = append(kinds, c.kind)
				}
			}
		}
		if reProseYear.MatchString(sent) && leadingCue(folded) == fNone && !slices.Contains(kinds, fIndicators) && !slices.Contains(kinds, fPilots) {
			kinds = append(kinds, fCalendar)
		}
		if len(kinds) == 0 {
			kinds = []fieldKind{fNone}
		}
		for _, k := range kinds {
			var fld *Field
			if k == fNone {
				if len(f.Other) == 0 || f.Other[len(f.Other)-1].Label != "Présentation" {
					f.Other = append(f.Other, Field{Label: "Présentation", Span: Span{StartLine: ln, EndLine: ln, Page: f.Page}})
				}
				fld = &f.Other[len(f.Other)-1]
			} else {
				fld = f.field(k)
				if fld.Span.StartLine == 0 {
					fld.Span = Span{StartLine: ln, EndLine: ln, Page: f.Page}
				}
			}
			p.curField, p.curKind = fld, k
			p.addItems(ln, []Item{{Text: sent}})
		}
	}
	p.closeField()
}

// leadingCue returns the field whose cue opens a folded sentence (within
// its first words), fNone when none does.
func leadingCue(folded string) fieldKind {
	best, at := fNone, 30
	for _, c := range proseCues {
		for _, cue := range c.cues {
			if i := strings.Index(folded, cue); i >= 0 && i < at {
				best, at = c.kind, i
			}
		}
	}
	if k, _ := labelKind(strings.SplitN(folded, " ", 3)[0] + " :"); best == fNone && k != fNone && strings.Contains(folded[:min(len(folded), 30)], ":") {
		return k
	}
	return best
}

// Sentences splits a text into its sentences and lines: after each full
// stop, question or exclamation mark or semicolon followed by a space and
// a capital letter or a French quote, so that "M. Dupont" or "art. 12"
// stay whole, and at each line break.
func Sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		start := 0
		for i := 0; i < len(line); i++ {
			if (line[i] == '.' || line[i] == '!' || line[i] == '?' || line[i] == ';') && i+2 < len(line) && line[i+1] == ' ' {
				r, _ := utf8.DecodeRuneInString(line[i+2:])
				if unicode.IsUpper(r) || r == '«' {
					out = append(out, strings.TrimSpace(line[start:i+1]))
					start = i + 2
				}
			}
		}
		if rest := strings.TrimSpace(line[start:]); rest != "" {
			out = append(out, rest)
		}
	}
	return out
}
