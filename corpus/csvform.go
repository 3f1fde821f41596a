package corpus

import (
	"regexp"
	"strings"
)

// An online form (Google Forms, Microsoft Forms, LimeSurvey) exports its
// responses as a sheet whose header row holds the questions asked ("Qui
// pilote cette action ?", "Quels partenaires sont associés ?", "Décrivez
// les actions prévues"), one row a response: a timestamp and the
// respondent's e-mail first, then the answers, cells of several lines. A
// question chooses what the response is ("Objet de votre contribution":
// key figures, a fiche, the acronyms), and a fiche answered twice keeps
// its later answer, which says it cancels and replaces the first.
//
// formHeader rewrites such a header as the labels the reading of a table
// of actions knows (see csvHeader): each question becomes the field it
// asks for. It reports false, and leaves the row, when fewer than three
// cells are questions: a table's header of labels is read as it is.

// formHeader returns the labels of a form's header row, each question
// replaced by the label of the field it asks for.
func formHeader(row []string) ([]string, bool) {
	out := make([]string, len(row))
	copy(out, row)
	questions, renamed := 0, 0
	for i, c := range row {
		if !isFormQuestion(c) {
			continue
		}
		questions++
		if l := questionField(c); l != "" {
			out[i] = l
			renamed++
		}
	}
	if questions < 3 || renamed < 3 {
		return row, false
	}
	return out, true
}

// reBracketNote is a note in brackets at the end of a question: "(un par
// ligne)", "(ex. 1.2)", "(indicateurs)".
var reBracketNote = regexp.MustCompile(`\s*\(([^()]*)\)\s*$`)

// isFormQuestion reports a header cell worded as a form's question: a
// question mark, an interrogative or imperative first word, or a label of
// three words or more that the vocabulary does not know as it is.
func isFormQuestion(c string) bool {
	c = oneLine(c)
	if c == "" || strings.Contains(c, "\n") || len(strings.Fields(c)) > 16 {
		return false
	}
	bare := reBracketNote.ReplaceAllString(c, "")
	if strings.HasSuffix(strings.TrimSpace(bare), "?") {
		return true
	}
	norm := normalizeLabel(bare)
	w := strings.Fields(norm)
	if len(w) == 0 {
		return false
	}
	if questionOpeners[w[0]] {
		return true
	}
	return len(w) >= 3 && knownKind(bare, norm) == fNone
}

// questionOpeners are the first words of a form's questions and
// instructions, folded.
var questionOpeners = map[string]bool{"quel": true, "quels": true, "quelle": true, "quelles": true, "qui": true, "comment": true,
	"decrivez": true, "precisez": true, "indiquez": true, "listez": true, "citez": true, "renseignez": true, "saisissez": true,
	"what": true, "who": true, "which": true, "how": true, "describe": true, "list": true}

// questionNouns are the words a question asks for a field by, folded
// prefixes, in the order they are tried on each word: the first word of
// the question that names a field decides ("Quel service pilote
// l'action ?" asks for the pilot, not the actions).
var questionNouns = []struct {
	prefix, label string
}{
	{"numero", "N° fiche"}, {"n°", "N° fiche"}, {"intitule", "Intitulé"}, {"titre", "Intitulé"}, {"libelle", "Intitulé"},
	{"axe", "Axe"}, {"orientation", "Orientation"},
	{"pilot", "Pilote"}, {"porte", "Pilote"}, {"responsable", "Pilote"},
	{"partenai", "Partenaires"}, {"acteur", "Partenaires"},
	{"objectif", "Objectifs"}, {"indicateur", "Indicateurs"}, {"mesur", "Indicateurs"},
	{"echean", "Échéance"}, {"calendrier", "Calendrier"}, {"delai", "Échéance"},
	{"action", "Actions"}, {"commentaire", "Commentaires"}, {"remarque", "Commentaires"},
}

// questionField returns the label of the field a question asks for, ""
// when it names none. A note in brackets that is a label ("(indicateurs)")
// says it outright.
func questionField(c string) string {
	c = oneLine(c)
	if m := reBracketNote.FindStringSubmatch(c); m != nil {
		if k := knownKind(m[1], normalizeLabel(m[1])); k != fNone {
			return upperFirst(strings.TrimSpace(m[1]))
		}
		c = reBracketNote.ReplaceAllString(c, "")
	}
	for _, w := range strings.Fields(normalizeLabel(c)) {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "l'"), "d'")
		for _, n := range questionNouns {
			if strings.HasPrefix(w, n.prefix) {
				return n.label
			}
		}
	}
	return ""
}

// formMetaLabel reports the label of a column a form adds to each
// response, no answer of the respondent: the time it was sent, the
// respondent's address.
func formMetaLabel(norm string) bool {
	switch norm {
	case "horodateur", "horodatage", "timestamp", "date de soumission", "date de reponse", "adresse e-mail", "adresse email",
		"adresse mail", "e-mail", "email", "courriel", "adresse electronique", "email address", "nom d'utilisateur", "username":
		return true
	}
	return false
}

// typeLabels are the words a form's question that chooses what a
// response is starts with: "Objet de votre contribution", "Type de
// contribution", "Nature de la réponse".
var typeLabels = map[string]bool{"objet": true, "type": true, "nature": true, "categorie": true, "rubrique": true}

// formTypeColumn returns the column of a form's header whose label asks
// what the response is, its answers few and of one line, or -1.
func formTypeColumn(h *csvHeading, rows [][]string) int {
	for i, c := range h.cols {
		w := strings.Fields(normalizeLabel(c.label))
		if i == h.id || i == h.title || i == h.axis || c.kind != fNone || len(w) == 0 || !typeLabels[w[0]] {
			continue
		}
		values := map[string]bool{}
		for _, r := range rows {
			if v := cell(r, i); v != "" && !strings.Contains(v, "\n") {
				values[v] = true
			}
		}
		if len(values) >= 2 && len(values) <= maxRowTypes {
			return i
		}
	}
	return -1
}

// reReplaces is what a later response says when it cancels an earlier
// one: "CORRECTIF : annule et remplace notre réponse du 07/10",
// "remplace la version précédente", "supersedes".
var reReplaces = regexp.MustCompile(`(?i)\b(annule et remplace|remplace (?:notre|ma|la|cette) (?:réponse|version|contribution|saisie)|correctif|supersedes|replaces (?:our|the|my) (?:previous|earlier))\b`)

// replacesEarlier reports a row that says it cancels and replaces an
// earlier row of the same fiche.
func replacesEarlier(cells []string) bool {
	for _, c := range cells {
		if reReplaces.MatchString(c) {
			return true
		}
	}
	return false
}
