package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A field label is recognised by its head word, matched as a prefix of the
// accent-folded first word ("pilot" takes Pilote, Pilotes, Pilote(s),
// Pilotage), or by a whole phrase whose first word is too common to decide
// ("mise en œuvre", "état des lieux"). Labels the vocabulary does not know
// are fields too when the document repeats them as labels (see
// repeatedLabels).
var labelHeads = []struct {
	kind  fieldKind
	heads []string
}{
	{fPilots, []string{"pilot", "copilot", "co-pilot", "portage", "porteur", "porteuse", "co-porteur", "coporteur", "responsable", "co-responsable", "coresponsable", "coordinat"}},
	{fPartners, []string{"partenai", "acteur", "contribut", "intervenant"}},
	{fCalendar, []string{"calendrier", "echean", "delai", "planning", "planification", "temporalit", "duree", "jalon"}},
	{fObjectives, []string{"objectif", "finalit", "resultats attendus", "resultat attendu"}},
	{fActions, []string{"modalite", "declinaison", "descriptif", "description", "action", "etapes", "deroulement", "tache"}},
	{fDiagnostic, []string{"diagnostic", "constat", "contexte", "problematique", "enjeux", "justification"}},
}

// labelPhrases are whole labels whose first word alone does not decide.
var labelPhrases = map[string]fieldKind{
	"elements de diagnostic": fDiagnostic, "rappel de la problematique": fDiagnostic, "rappel du contexte": fDiagnostic, "elements de contexte": fDiagnostic, "etat des lieux": fDiagnostic,
	"service pilote": fPilots, "direction pilote": fPilots, "service responsable": fPilots, "direction responsable": fPilots,
	"service porteur": fPilots, "direction porteuse": fPilots, "structure porteuse": fPilots, "service en charge": fPilots, "service referent": fPilots, "direction referente": fPilots,
	// "Référent(e)" and not "Référentiel", which the prefix would take.
	"referent": fPilots, "referente": fPilots, "referents": fPilots, "referentes": fPilots, "mise en oeuvre": fActions, "contenu de l'action": fActions,
	"contenu": fActions, "plan d'action": fActions, "plan d'actions": fActions, "principales actions": fActions, "actions principales": fActions, "moyens": fActions, "moyens mobilises": fActions,
	"evaluation": fIndicators, "criteres d'evaluation": fIndicators, "criteres de reussite": fIndicators, "critere de reussite": fIndicators, "suivi et evaluation": fIndicators,
	"modalites d'evaluation": fIndicators, "modalite d'evaluation": fIndicators, "modalites de suivi": fIndicators, "modalites de suivi et d'evaluation": fIndicators,
	"date de debut de mise en oeuvre": fCalendar, "date de debut": fCalendar, "date de mise en oeuvre": fCalendar,
	"date de fin": fCalendar, "dates": fCalendar, "date": fCalendar, "periode de mise en oeuvre": fCalendar,
	// The questions some documents use as labels: "Qui ?", "Avec qui ?",
	// "Quand ?", "Comment ?", "Pourquoi ?", "À quoi verra-t-on que ça marche ?".
	"qui": fPilots, "avec qui": fPartners, "avec": fPartners, "quoi": fActions, "on mesure": fIndicators, "on mesurera": fIndicators,
	"nous mesurons": fIndicators, "nous mesurerons": fIndicators,
	"resultat vise": fObjectives, "resultats vises": fObjectives, "quand": fCalendar, "comment": fActions, "pourquoi": fObjectives,
	"pour quoi": fObjectives, "a quoi verra-t-on que ca marche": fIndicators, "comment mesurer": fIndicators,
	// Templates in English: "Owner", "Stakeholders", "Why", "What", "When", "KPI".
	"owner": fPilots, "lead": fPilots, "stakeholders": fPartners, "partners": fPartners, "why": fObjectives, "objectives": fObjectives,
	"goals": fObjectives, "what": fActions, "actions": fActions, "activities": fActions, "when": fCalendar, "timeline": fCalendar,
	"deadline": fCalendar, "milestones": fCalendar, "kpi": fIndicators, "kpis": fIndicators, "indicators": fIndicators, "metrics": fIndicators,
	"comment evaluer": fIndicators,
	// The short labels of a band of fields beside the main column:
	// "Associés", "Visées", "Mesure" (of the result).
	"associes": fPartners, "visees": fObjectives, "mesure": fIndicators, "mesure du resultat": fIndicators,
	// The services of the Département named with the partners they work
	// beside: "Services et partenaires associés", "Directions associées".
	"services et partenaires associes": fPartners, "services et partenaires": fPartners, "services associes": fPartners,
	"directions et partenaires associes": fPartners, "directions associees": fPartners, "services et directions associes": fPartners,
}

// runInLabels are labels only when run in before their value (see
// labelKindIn).
var runInLabels = map[string]fieldKind{"suivi": fIndicators}

// isListItem reports a line that is an item of a list: "- …", "• …", "* …".
func isListItem(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "* ")
}

// labelKind reads a line as a field label ("Le pilote", "<i>Pilotes</i>",
// "Les indicateurs d'évaluation :", "PILOTE(S)") and returns its kind and
// any text that follows the label on the same line ("Pilote : DEJS").
func labelKind(line string) (fieldKind, string) {
	return labelKindIn(line, nil)
}

// labelKindIn is labelKind with the document's repeated labels, which read
// as fOther.
func labelKindIn(line string, repeated map[string]bool) (fieldKind, string) {
	t := cleanText(line)
	// A long line is a label only when a short head ends with its colon
	// ("Critères de réussite : délai moyen…; part…; nombre…"), or a
	// short head in bold ends with its full stop ("**Ce que l'on
	// vise.** Repérer dès la grossesse…").
	if c := strings.IndexByte(t, ':'); t == "" || len(t) > 200 && (c < 0 || c > 60) && !boldRunIn(line) {
		return fNone, ""
	}
	t = strings.TrimLeft(t, "#* ")
	// "2. Qui pilote ?": a numbered question as the label.
	if m := reListNumber.FindStringIndex(t); m != nil && len(t) < 80 {
		if k, _ := labelKindIn(t[m[1]:], nil); k != fNone && strings.ContainsAny(t, "?:") {
			t = t[m[1]:]
		}
	}
	// "d) Pilotage. Le médecin…": a lettered sub-paragraph, its letter
	// no part of the label.
	if k, rest := letteredLabel(t, repeated); k != fNone {
		return k, rest
	}
	head, rest, delimited := t, "", true
	if i, c := strings.IndexByte(t, '?'), strings.IndexByte(t, ':'); i > 0 && i < 60 && c > i && knownKind(t[:i], normalizeLabel(t[:i])) != fNone {
		// "Comment on mesure ? Délai moyen (objectif : 3 mois)": the
		// question is the label, the colon is the value's.
		head, rest = t[:i], strings.TrimSpace(t[i+1:])
	} else if i, c := strings.Index(t, ". "), strings.IndexByte(t, ':'); i > 0 && i < 40 && c > i && strings.TrimSpace(t[i+1:c]) != "" && len(strings.Fields(t[:i])) <= 5 && vocabularyKind(normalizeLabel(t[:i])) != fNone {
		// "Constat. Les visites … sont réparties : elles…": a label run
		// in with a full stop, before a colon of its value's sentence.
		head, rest = t[:i], strings.TrimSpace(t[i+1:])
	} else if i := strings.IndexAny(t, ":"); i >= 0 {
		head, rest = t[:i], strings.TrimSpace(t[i+1:])
	} else if i := strings.IndexByte(t, '?'); i > 0 && i < 60 {
		// "Avec qui ? La CAF, …": a question as the label.
		head, rest = t[:i], strings.TrimSpace(t[i+1:])
	} else if i := dashAfterLabel(t); i > 0 {
		// "Porteur — Service de PMI": a label run in before a dash.
		head, rest = t[:i], strings.TrimSpace(t[i:])
	} else if i := strings.Index(t, ". "); i > 0 && i < 40 && len(strings.Fields(t[:i])) <= 5 && vocabularyKind(normalizeLabel(t[:i])) != fNone {
		// "Constats. 512 assistants familiaux en 2022…": a label run in
		// at the start of its paragraph, ended by a full stop.
		head, rest = t[:i], strings.TrimSpace(t[i+1:])
	} else {
		delimited = false
	}
	rest = strings.TrimSpace(strings.TrimLeft(rest, "—–- "))
	norm := normalizeLabel(head)
	// A line without a colon or question mark is a label only when short
	// or in capitals: "Délai moyen de traitement d'une information" is an
	// indicator.
	alone := !delimited && len(strings.Fields(norm)) > 5 && strings.ToUpper(head) != head
	if k := knownKind(head, norm); k != fNone && !capitalisedInside(head) && !alone {
		return k, rest
	}
	// "**Suivi :** nombre de contrats…": a word too common to be a label
	// on its own is one run in before its value at the head of a
	// paragraph, not as a heading or a list item ("- Suivi : en continu").
	if k, ok := runInLabels[norm]; ok && delimited && rest != "" && !isListItem(line) {
		return k, rest
	}
	// The label unfoldMailQuotes gives a reader's remark is set apart
	// even when the thread holds one remark only.
	// "LIENS" / "Fiche 5": the references to other fiches are a field of
	// their own.
	if repeated[norm] || delimited && norm == remarkNorm || linkLabels[norm] && (delimited || strings.ToUpper(head) == head) {
		return fOther, rest
	}
	return fNone, ""
}

// knownKind classifies a label's head, as written and normalized: a label
// of the vocabulary or an abbreviation of one.
func knownKind(head, norm string) fieldKind {
	if k := vocabularyKind(norm); k != fNone {
		return k
	}
	return abbreviatedKind(head)
}

// abbreviatedKind reads a label shortened with a dot, as forms and the
// headers of spreadsheets print them to save room: "Resp.", "Part.",
// "Obj.", "Éch.", "Indic.", "Obj. op.". The word before the dot, three
// letters at least, must begin words of the vocabulary of one kind only
// ("Act." could be "Acteurs" or "Actions" and is no label); the label has
// three words at most, of letters ("op.", "assoc."). The dot is what tells
// "Part." (partenaires) from the noun that starts "Part des enfants…".
func abbreviatedKind(head string) fieldKind {
	words := strings.Fields(Fold(strings.Trim(strings.TrimSpace(head), "#*: ")))
	if len(words) == 0 || len(words) > 3 || !strings.HasSuffix(words[0], ".") {
		return fNone
	}
	stem := strings.TrimSuffix(words[0], ".")
	if utf8.RuneCountInString(stem) < 3 || strings.IndexFunc(stem, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || timeAbbreviations[stem] {
		return fNone
	}
	for _, w := range words[1:] {
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' }) >= 0 {
			return fNone
		}
	}
	kind := fNone
	for _, v := range vocabularyWords() {
		if !strings.HasPrefix(v.word, stem) && !strings.HasPrefix(stem, v.word) {
			continue
		}
		if kind != fNone && kind != v.kind {
			return fNone
		}
		kind = v.kind
	}
	return kind
}

// timeAbbreviations are words a calendar's columns are headed with that
// would begin a label of another kind: "Fin." is the end of a period, not
// "Finalités".
var timeAbbreviations = map[string]bool{"fin": true}

// vocabWord is one word that starts a label of the vocabulary.
type vocabWord struct {
	word string
	kind fieldKind
}

// vocabularyWords lists the words labels of the vocabulary start with:
// the heads, "indicateur", and the one-word phrases that are nouns. The
// short words and the questions ("Quand ?", "Comment ?") are labels only
// written out: "Com." heads comments.
var vocabularyWords = sync.OnceValue(func() []vocabWord {
	out := []vocabWord{{"indicateur", fIndicators}}
	for _, c := range labelHeads {
		for _, h := range c.heads {
			out = append(out, vocabWord{strings.Fields(h)[0], c.kind})
		}
	}
	for phrase, k := range labelPhrases {
		if !strings.ContainsAny(phrase, " '") && len(phrase) >= 6 && !questionWords[phrase] {
			out = append(out, vocabWord{phrase, k})
		}
	}
	return out
})

// questionWords are the one-word questions some documents use as labels.
// Without its question mark, a paragraph that opens on one ("Avec 690
// assistants familiaux, …") is a sentence, not a label and its value.
var questionWords = map[string]bool{"comment": true, "pourquoi": true, "quand": true, "avec": true, "quoi": true, "qui": true}

// dashAfterLabel returns where a spaced dash ends a short label of the
// vocabulary at the start of t ("Partenaires — la CAF…"), or -1.
func dashAfterLabel(t string) int {
	for _, d := range []string{" — ", " – "} {
		if i := strings.Index(t, d); i > 0 && i < 40 && vocabularyKind(normalizeLabel(t[:i])) != fNone {
			return i
		}
	}
	return -1
}

// vocabularyKind classifies a normalized label.
func vocabularyKind(norm string) fieldKind {
	if norm == "" || len(strings.Fields(norm)) > 7 || strings.IndexFunc(norm, unicode.IsDigit) >= 0 {
		return fNone
	}
	// "Owner (pilote)", "KPI (indicateurs)": a label glossed in
	// brackets by the field it is.
	if i := strings.IndexByte(norm, '('); i > 0 && strings.HasSuffix(norm, ")") {
		if k := vocabularyKind(strings.TrimSpace(norm[i+1 : len(norm)-1])); k != fNone {
			return k
		}
		norm = strings.TrimSpace(norm[:i])
	}
	if k, ok := labelPhrases[norm]; ok {
		return k
	}
	if k := pairedKind(norm); k != fNone {
		return k
	}
	if k := questionLabel(norm); k != fNone {
		return k
	}
	if strings.HasPrefix(norm, "indicateur") {
		switch {
		case containsAny(norm, "realisation", "moyens", "processus", "activite"):
			return fIndRealisation
		case containsAny(norm, "impact", "resultat", "effet"):
			return fIndImpact
		}
		return fIndicators
	}
	first := strings.Fields(norm)[0]
	for _, c := range labelHeads {
		for _, h := range c.heads {
			if strings.HasPrefix(first, h) && !headVerb(first, h) || strings.Contains(h, " ") && strings.HasPrefix(norm, h) {
				return c.kind
			}
		}
	}
	return fNone
}

// pairedKind reads a label that names two fields, as the header of a wide
// table joins two columns into one ("Contenu et objectifs opérationnels",
// "Contenu / calendrier"): when the first part is a whole label of the
// vocabulary that its head word alone would not give ("contenu", "mise en
// œuvre", "moyens") and the second is a label too, the label is the first
// one's. A head word already reads such a label ("Objectifs et contenu").
func pairedKind(norm string) fieldKind {
	for _, sep := range []string{" et ", " / ", "/"} {
		head, tail, ok := strings.Cut(norm, sep)
		if !ok {
			continue
		}
		k, known := labelPhrases[strings.TrimSpace(head)]
		if known && vocabularyKind(strings.TrimSpace(tail)) != fNone {
			return k
		}
	}
	return fNone
}

// headVerb reports a word that is the verb of a label's head word, in the
// infinitive: "piloter" of "pilot", "constater" of "constat", "jalonner"
// of "jalon". Labels are nouns; a title in capitals that opens on such a
// verb ("PILOTER, OBSERVER ET ÉVALUER LE SCHÉMA", "CONSTATER ET
// PARTAGER…") names an action, and is read as the fiche's title.
func headVerb(word, head string) bool {
	w := strings.TrimRight(word, ",;.")
	return w == head+"er" || w == head+"ner" || strings.HasSuffix(head, "e") && w == head+"r"
}

// questionLabel reads the questions web pages and leaflets use as labels,
// worded in many ways: "Qui pilote ?", "Avec quels partenaires ?", "Pour
// quand ?", "Comment saura-t-on que c'est réussi ?", "Ce que l'on veut
// obtenir", "Ce que l'on va faire".
func questionLabel(norm string) fieldKind {
	words := strings.Fields(norm)
	if len(words) == 0 || len(words) > 8 {
		return fNone
	}
	has := func(subs ...string) bool { return containsAny(norm, subs...) }
	switch {
	case words[0] == "qui" && len(words) <= 3 && has("pilot", "porte", "coordonn", "responsable", "qui fait"):
		return fPilots
	case words[0] == "avec" && has("partenaire", "acteur", "qui"):
		return fPartners
	case has("pour quand", "a quelle echeance", "quel calendrier", "quelle echeance") && len(words) <= 4:
		return fCalendar
	case words[0] == "comment" && has("saur", "verra", "mesur", "evalu", "reussi", "marche", "fonctionne"):
		return fIndicators
	case len(words) <= 5 && has("pour quoi faire", "pourquoi faire", "dans quel but", "a quoi ca sert", "a quoi sert", "pour quels resultats"):
		return fObjectives
	case (strings.HasPrefix(norm, "ce que l") || strings.HasPrefix(norm, "ce qu'on") || strings.HasPrefix(norm, "ce que nous")) && has("veut", "voulons", "vise", "visons", "souhait", "attend", "cherch"):
		return fObjectives
	case (strings.HasPrefix(norm, "ce que l") || strings.HasPrefix(norm, "ce qu'on") || strings.HasPrefix(norm, "ce que nous")) && has("va faire", "allons faire", "fait", "faisons", "fera", "ferons", "prevoit", "prevoyons"):
		return fActions
	// "Ce qui va changer", "Ce qui change pour les familles": what the
	// fiche will do, told as its effect.
	case strings.HasPrefix(norm, "ce qui") && len(words) <= 6 && has("va changer", "change", "changera", "va evoluer", "evoluera"):
		return fActions
	// "Concrètement ?", "Concrètement, que fait-on ?": what the fiche
	// does in practice.
	case words[0] == "concretement" && len(words) <= 4:
		return fActions
	// "Que ferons-nous ?", "Que va-t-on faire ?": what the fiche does.
	case words[0] == "que" && len(words) <= 4 && has("ferons", "fera", "faire", "faisons"):
		return fActions
	// "Ce que nous avons constaté", "Ce que l'on observe": the diagnosis.
	case strings.HasPrefix(norm, "ce qu") && len(words) <= 6 && has("constat", "observ"):
		return fDiagnostic
	// "Pourquoi cette mesure ?", "Pourquoi ce chantier ?", "Pourquoi
	// agir ?": what calls for the action, its diagnosis.
	case strings.HasPrefix(norm, "pourquoi") && len(words) <= 4 && (has("action", "fiche", "mesure", "chantier", "engagement", "projet") || norm == "pourquoi agir"):
		return fDiagnostic
	}
	return questionByWords(words)
}

// capitalisedInside reports a head whose later words are capitalised in a
// line that is not all capitals: "Pilote Direction enfance famille" is a
// label and its value, not a label.
func capitalisedInside(head string) bool {
	if strings.ToUpper(head) == head {
		return false
	}
	for i, w := range strings.Fields(head) {
		r, _ := utf8.DecodeRuneInString(w)
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func normalizeLabel(s string) string {
	f := Fold(s)
	f = strings.NewReplacer("(s)", "", "(es)", "", "(e)", "", "(x)", "").Replace(f)
	f = strings.Trim(f, " :.-*?")
	for _, a := range []string{"le ", "la ", "les ", "l'", "des ", "du ", "nos ", "vos "} {
		f = strings.TrimPrefix(f, a)
	}
	return strings.TrimSpace(f)
}

// label reads a line as a field label of this document. In a document
// that prints its labels alone on their line in capitals ("PILOTE",
// "INDICATEURS D'ÉVALUATION"), a line alone in lower case is text:
// "Durée moyenne de l'accueil d'urgence" is an indicator.
func (p *parser) label(line string) (fieldKind, string) {
	k, rest := labelKindIn(line, p.repeated)
	if k != fNone && p.upperLabels {
		t := strings.TrimLeft(cleanText(line), "#* ")
		if !strings.Contains(t, ":") && strings.ToUpper(t) != t {
			return fNone, ""
		}
	}
	return k, rest
}

// cellLabel reads a table cell as a field label: the cell ends it as a
// colon would, so a long label ("Date de début de mise en œuvre") is one.
func (p *parser) cellLabel(cell string) (fieldKind, string) {
	t := strings.TrimSpace(cell)
	if t == "" || strings.ContainsAny(t, ":?") {
		return p.label(cell)
	}
	return p.label(t + " :")
}

// capitalLabels reports a document that prints its labels alone on their
// line in capitals: at least three such lines, and more than twice as many
// as labels alone in lower case.
func capitalLabels(lines []string, repeated map[string]bool) bool {
	upper, lower := 0, 0
	for _, l := range lines {
		t := strings.TrimLeft(cleanText(l), "#* ")
		if t == "" || strings.Contains(t, ":") || strings.ContainsAny(l, "\t|") {
			continue
		}
		if k, _ := labelKindIn(t, repeated); k == fNone {
			continue
		}
		if strings.ToUpper(t) == t {
			upper++
		} else {
			lower++
		}
	}
	return upper >= 3 && upper > 2*lower
}

// boldHead reports a list item whose text opens on a bold label: "-
// **Statut :** en cours".
func boldHead(raw string) bool {
	t := strings.TrimLeft(strings.TrimSpace(raw), "-–•* ")
	return strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(raw), "-")), "**") && strings.Contains(t, ":")
}

// boldRunIn reports a paragraph that opens on a short head in bold
// ended by a full stop: "**Constats.** En 2022…".
func boldRunIn(raw string) bool {
	t := strings.TrimSpace(raw)
	if !strings.HasPrefix(t, "**") {
		return false
	}
	end := strings.Index(t[2:], "**")
	return end > 0 && end < 60 && strings.HasSuffix(t[2:2+end], ".")
}

// repeatedLabels finds the labels a document uses that the vocabulary does
// not know: a short head before a colon, or a short line alone, that
// starts lines in at least three places. Real schémas repeat the same
// labels in every fiche ("Publics visés :", "Niveau d'enjeu"), which is
// what tells a label from text.
func repeatedLabels(lines []string) map[string]bool {
	counts := map[string]int{}
	for _, l := range lines {
		t := strings.TrimLeft(cleanText(l), "#* ")
		if t == "" || strings.Contains(l, "\t") {
			continue
		}
		// "- **Statut :** en cours": a label in bold that heads a list
		// item.
		if it, ok := bulletItem(l); ok && strings.Contains(it.Text, ":") && boldHead(l) {
			t = it.Text
		}
		head := t
		if strings.HasPrefix(strings.TrimSpace(l), "|") {
			// "| FICHES LIÉES | 2, 13 |": a table of fields, one a row,
			// repeats its labels in its first column.
			cells := splitCells(l)
			if len(cells) < 2 {
				continue
			}
			head = strings.Trim(cleanText(cells[0]), "*_ ")
		} else if i := strings.IndexByte(t, ':'); i > 0 {
			head = t[:i]
		} else if len(strings.Fields(t)) > 4 || strings.ToUpper(t) != t || len(t) < 5 {
			// A label alone on its line is printed in capitals; a short
			// line in lower case is a value (a service, a partner).
			continue
		}
		norm := normalizeLabel(head)
		words := strings.Fields(norm)
		if len(words) == 0 || len(words) > 5 || strings.IndexFunc(norm, unicode.IsDigit) >= 0 || knownKind(head, norm) != fNone {
			continue
		}
		r := []rune(strings.TrimSpace(head))
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			continue
		}
		counts[norm]++
	}
	out := map[string]bool{}
	for k, n := range counts {
		if n >= 3 && !isMajorHeading(k) {
			out[k] = true
		}
	}
	return out
}
