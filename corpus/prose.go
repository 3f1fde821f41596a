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
	{fPilots, []string{"pilot", "sous la responsabilite", "porte l'action", "porte cette action", "portee par", "porte par", "portee conjointement par", "porte conjointement par", "chef de file"}},
	{fPartners, []string{"associe", "contribuent", "contribue", "en lien avec", "travaille avec", "s'appuie sur", "partenaire", "avec le concours", "avec le soutien", "mobilise", "y participent", "y participe", "avec l'appui"}},
	{fIndicators, []string{"suivi reposera", "suivi portera", "l'objet d'un suivi", "evaluation reposera", "evaluation portera", "indicateur", "mesurer", "mesurera", "mesure par", "evaluee a partir", "evalue a partir", "apprecier", "apprecies", "appreciee", "seront suivis", "sera suivi", "on suivra", "rendre compte", "serviront d'indicateurs"}},
	{fObjectives, []string{"l'objectif est", "l'objectif de", "l'objectif d'", "se fixe pour objectif", "vise a", "visent a", "il s'agit de", "a pour but", "a pour objectif"}},
	{fActions, []string{"actions prevues", "consistent a", "consiste a", "il est prevu de", "prevoit de"}},
}

// proseCuePhrases are the cues of proseCues that a word alone cannot
// tell, folded: a verb whose object is the action itself names who leads
// it ("L'Observatoire conduira cette action", "C'est l'Observatoire qui
// coordonnera ce programme", "La Mission sera chargée de ce chantier"), or,
// with the action as its subject, what it does ("Elle prévoit la création
// d'une équipe mobile").
var proseCuePhrases = []struct {
	kind fieldKind
	re   *regexp.Regexp
}{
	{fPilots, regexp.MustCompile(`\b(?:coordonn|condui|anim|porter|pilot)\w*(?:\s+(?:ensemble|conjointement))?\s+(?:cette|ce|cet)\s+(?:action|chantier|programme|plan|projet|mesure|fiche|demarche|dispositif)\b`)},
	{fPilots, regexp.MustCompile(`\bcharge(?:e|s|es)?\s+de\s+(?:cette|ce|cet)\s+(?:action|chantier|programme|plan|projet|mesure|fiche|demarche)\b`)},
	{fPilots, regexp.MustCompile(`^c'est\s+(?:a\s+)?(?:l'|la\s|le\s|les\s|un\s|une\s).{3,160}?\squi\s+(?:coordonn|condui|anim|porte|pilot|assure)`)},
	{fActions, regexp.MustCompile(`^(?:elle|il|l'action|cette action|le plan|ce plan|le programme|ce programme|le projet|ce projet)\s+(?:prevoit|prevoira|comprend|comprendra|comporte|comportera)\s+(?:la|le|l'|les|des|un|une)\b`)},
}

// cuedKinds returns the fields a folded sentence of prose names by its
// cues, in the order of proseCues.
func cuedKinds(folded string) []fieldKind {
	var out []fieldKind
	for _, c := range proseCues {
		if containsAny(folded, c.cues...) {
			out = append(out, c.kind)
		}
	}
	for _, c := range proseCuePhrases {
		if !slices.Contains(out, c.kind) && c.re.MatchString(folded) {
			out = append(out, c.kind)
		}
	}
	return out
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
	var sents []Item
	for _, sent := range Sentences(body) {
		// "… y sont associés. a) recruter… ; b) signer…": lettered
		// sub-actions are items of their own.
		lead, items := splitLettered(sent)
		if lead != "" {
			sents = append(sents, Item{Text: lead, Span: Span{StartLine: ln, EndLine: ln}})
		}
		for _, it := range items {
			sents = append(sents, Item{Text: it, Span: Span{StartLine: ln, EndLine: ln}})
		}
	}
	p.proseItems(ln, sents)
}

// proseKinds classifies the sentences of a fiche written as prose: the
// fields each fills, fNone for its presentation, fOther for a short label
// outside the vocabulary ("Statut : validé").
func proseKinds(sents []Item) [][]fieldKind {
	out := make([][]fieldKind, len(sents))
	// A fiche that states its deadline in a labelled sentence
	// ("Échéance : fin 2024") dates it there: the years of its other
	// sentences are those of its diagnosis or its history.
	datedByLabel := false
	for i, it := range sents {
		folded := Fold(it.Text)
		// "Siégeront au comité de pilotage" names no pilot.
		for _, body := range proseBodies {
			folded = strings.ReplaceAll(folded, body, " ")
		}
		// "Chaque pilote présentera…": the noun names no pilot.
		folded = reNounPilot.ReplaceAllString(folded, " ")
		// "Le pilotage est assuré par…", "Les partenaires associés
		// sont…": a sentence that opens on a field's cue fills that
		// field only, whatever else it mentions.
		// "b) signer une convention…": a lettered sub-action.
		if reLetteredItem.MatchString(it.Text) && strings.Index(it.Text, ")") == 1 {
			out[i] = []fieldKind{fActions}
			continue
		}
		if k := leadingCue(folded); k != fNone {
			out[i] = []fieldKind{k}
			datedByLabel = datedByLabel || k == fCalendar && labelledHead(folded) == fCalendar
		} else {
			out[i] = cuedKinds(folded)
		}
		// "C'est la mission … qui pilote cet engagement", "La fiche
		// confie au chef de service…": a pilot named without the cue
		// words; such a sentence names no partner unless it says so.
		if articlePilots(it.Text) != nil && !slices.Contains(out[i], fPilots) {
			out[i] = append([]fieldKind{fPilots}, slices.DeleteFunc(out[i], func(k fieldKind) bool { return k == fPartners })...)
		}
		// "… pilotera la création de 80 places": the pilot's work is an
		// action of the fiche.
		if slices.Contains(out[i], fPilots) && !slices.Contains(out[i], fActions) && slices.Contains(pilotAlsoKinds(it.Text, folded), fActions) {
			out[i] = append(out[i], fActions)
		}
		if len(out[i]) == 0 && otherHead(it.Text) != "" {
			out[i] = []fieldKind{fOther}
		}
	}
	for i, it := range sents {
		if datedByLabel || len(out[i]) > 0 && out[i][0] == fOther || slices.Contains(out[i], fCalendar) {
			continue
		}
		// A sentence that names the pilot dates the fiche only when it
		// states a deadline ("…, qui doit ouvrir en septembre 2030"):
		// "pilotée depuis 2019 par…" is its history.
		if reProseYear.MatchString(it.Text) && !slices.Contains(out[i], fIndicators) && (!slices.Contains(out[i], fPilots) || slices.Contains(pilotAlsoKinds(it.Text, Fold(it.Text)), fCalendar)) {
			out[i] = append(out[i], fCalendar)
		}
	}
	return out
}

// proseItems files the sentences of a fiche written as prose, each with
// its span, into the fields proseKinds finds; ln is where the body starts.
func (p *parser) proseItems(ln int, sents []Item) {
	f := p.curFiche
	if f == nil {
		return
	}
	f.Span.EndLine = max(f.Span.EndLine, ln)
	last := f.Span.EndLine
	for _, s := range sents {
		last = max(last, s.Span.EndLine)
	}
	bold := p.boldPhrases(f.Span.StartLine, last)
	for i, kinds := range proseKinds(sents) {
		sent := sents[i]
		if len(kinds) == 0 {
			kinds = []fieldKind{fNone}
		}
		// "Le pilotage est confié au service de PMI, qui s'appuiera sur
		// la CAF": the pilot and the partners are the phrases the
		// sentence assigns, not the sentence.
		values := map[fieldKind][]Item{}
		if slices.Contains(kinds, fPilots) || slices.Contains(kinds, fPartners) || rePilotBefore.MatchString(sent.Text) && !slices.Contains(kinds, fIndicators) {
			pilot, partners := proseValues(sent.Text, bold)
			// "L'action est conduite conjointement par…": the phrase
			// that assigns the pilot is a cue of its own.
			if pilot != "" && !slices.Contains(kinds, fPilots) && p.curFiche.Pilots.Empty() && rePilotBefore.MatchString(sent.Text) {
				kinds = append([]fieldKind{fPilots}, kinds...)
			}
			if pilot != "" && slices.Contains(kinds, fPilots) {
				values[fPilots] = []Item{{Text: upperFirst(pilot)}}
				if partners != "" && !slices.Contains(kinds, fPartners) {
					kinds = append(kinds, fPartners)
				}
			}
			if partners != "" && (slices.Contains(kinds, fPartners)) {
				for _, it := range partnerItems(partners) {
					values[fPartners] = append(values[fPartners], Item{Text: upperFirst(it)})
				}
			}
		}
		// "Avec la DSDEN, qui copilote cet engagement avec la DEF, …":
		// the pilots an article names its own way; a partner the cue
		// "avec" took for one is none.
		if ps := articlePilots(sent.Text); ps != nil && slices.Contains(kinds, fPilots) {
			values[fPilots] = nil
			for _, pl := range ps {
				values[fPilots] = append(values[fPilots], Item{Text: upperFirst(pl)})
			}
			values[fPartners] = slices.DeleteFunc(values[fPartners], func(it Item) bool {
				for _, pl := range ps {
					if a, b := Fold(it.Text), Fold(pl); strings.Contains(a, b) || strings.Contains(b, a) {
						return true
					}
				}
				return false
			})
			if len(values[fPartners]) == 0 {
				delete(values, fPartners)
			}
		}
		// The phrases a sentence assigns are not all it says: it stays
		// in the fiche's presentation, so that nothing is lost.
		if len(values) > 0 && !slices.ContainsFunc(kinds, func(k fieldKind) bool { return values[k] == nil }) && saysMore(sent.Text, values) {
			kinds = append(kinds, fNone)
		}
		at := sent.Span.StartLine
		for _, k := range kinds {
			var fld *Field
			switch k {
			case fNone:
				if len(f.Other) == 0 || f.Other[len(f.Other)-1].Label != "Présentation" {
					f.Other = append(f.Other, Field{Label: "Présentation", Span: Span{StartLine: at, EndLine: at, Page: f.Page}})
				}
				fld = &f.Other[len(f.Other)-1]
			case fOther:
				head := otherHead(sent.Text)
				f.Other = append(f.Other, Field{Label: head, Span: Span{StartLine: at, EndLine: at, Page: f.Page}})
				fld = &f.Other[len(f.Other)-1]
				sent.Text = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sent.Text[len(head):]), ":"))
			default:
				fld = f.field(k)
				if fld.Span.StartLine == 0 {
					fld.Span = Span{StartLine: at, EndLine: at, Page: f.Page}
				}
				// "Échéance : fin 2024": the sentence's label names the field.
				if head, _, ok := strings.Cut(sent.Text, ":"); ok && fld.Label == "" && labelledHead(Fold(sent.Text)) == k {
					fld.Label = trimVerb(strings.TrimSpace(head))
				}
			}
			p.curField, p.curKind = fld, k
			items := values[k]
			if items == nil {
				items = []Item{{Text: sent.Text}}
			}
			n0 := len(fld.Items)
			p.addItems(at, items)
			for n := n0; n < len(fld.Items); n++ {
				fld.Items[n].Span.EndLine = max(fld.Items[n].Span.EndLine, sent.Span.EndLine)
				fld.Span.EndLine = max(fld.Span.EndLine, sent.Span.EndLine)
			}
		}
		f.Span.EndLine = max(f.Span.EndLine, sent.Span.EndLine)
	}
	p.closeField()
}

// reOtherHead is a short label run in at the start of a sentence: "Statut :
// validé", "Budget : 40 000 €".
var reOtherHead = regexp.MustCompile(`^(\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,2})\s*:\s*\S`)

// otherHead returns the short label outside the vocabulary that opens a
// sentence of prose ("Statut" in "Statut : validé"), "" when none does.
func otherHead(sent string) string {
	m := reOtherHead.FindStringSubmatch(sent)
	if m == nil || isAcronym(strings.Fields(m[1])[0]) {
		return ""
	}
	return m[1]
}

// labelledHead returns the field a sentence's short head names before a
// colon ("les actions retenues sont : …", "echeance : fin 2024"), folded,
// fNone when it opens on no label.
func labelledHead(folded string) fieldKind {
	c := strings.IndexByte(folded, ':')
	if c <= 0 || c > 40 || len(strings.Fields(folded[:c])) > 4 {
		return fNone
	}
	k, _ := labelKind(trimVerb(strings.TrimSpace(folded[:c])) + " :")
	return k
}

// trimVerb drops the verb that introduces a list after a label ("Les
// partenaires associés sont : …"), which is no part of the label.
func trimVerb(head string) string {
	for _, verb := range []string{" sont", " est", " seront", " sera"} {
		head = strings.TrimSuffix(head, verb)
	}
	return head
}

// leadingCue returns the field whose cue opens a folded sentence (within
// its first words), fNone when none does.
func leadingCue(folded string) fieldKind {
	if k := labelledHead(folded); k != fNone && k != fOther {
		return k
	}
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
				if (unicode.IsUpper(r) || r == '«') && !(line[i] == '.' && abbreviationBefore(line[:i])) {
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

// abbreviationBefore reports text that ends on an abbreviation a full
// stop follows without ending the sentence: an initial or a title ("M.
// Perrin", "J. Martin", "Dr. Faure").
func abbreviationBefore(text string) bool {
	w := text[strings.LastIndexAny(text, " (")+1:]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	switch w {
	case "Dr", "Mgr", "Me", "Pr", "St", "cf", "art", "Art":
		return true
	}
	return false
}

// proseParagraph returns the end (exclusive) of the paragraph that starts
// at line i when it tells a fiche in running prose wrapped at the page's
// width, as minutes do ("Mme X pilotera ce chantier. L'objectif est…
// Partenaires : … Échéance : …"), and -1 otherwise. Such a paragraph
// fills its lines, holds no list, and names several fields in its
// sentences, most of which open no line: a fiche of labelled fields
// starts each label on a line of its own.
func (p *parser) proseParagraph(i int) int {
	if p.measure == 0 {
		return -1
	}
	// The paragraph goes on over a page's footer and footnotes, which
	// the page break set between its words.
	end := i
	for ; end < len(p.lines) && (p.furniture[end] || strings.TrimSpace(p.lines[end]) != ""); end++ {
		if p.furniture[end] {
			continue
		}
		raw := p.lines[end]
		// A colon the wrap set at the start of a line ("Statut" / ":
		// validé.") goes on with the label above; it opens no list.
		if _, ok := bulletItem(raw); ok && !strings.HasPrefix(strings.TrimSpace(raw), ":") || strings.ContainsAny(raw, "\t|") || p.matchFiche(cleanText(raw)) != nil {
			return -1
		}
	}
	if end-i < 3 {
		return -1
	}
	full := 0
	lines := 0
	for j := i; j < end-1; j++ {
		if p.furniture[j] {
			continue
		}
		lines++
		if p.fullLine(j) {
			full++
		}
	}
	if full*10 < lines*7 {
		return -1
	}
	cued, opening := 0, 0
	for _, it := range p.paragraphSentences(i, end) {
		folded := Fold(it.Text)
		k := leadingCue(folded)
		if kinds := cuedKinds(folded); k == fNone && len(kinds) > 0 {
			k = kinds[len(kinds)-1]
		}
		if k == fNone {
			continue
		}
		cued++
		if lk, _ := p.label(p.lines[it.Span.StartLine-1]); lk != fNone && strings.HasPrefix(cleanText(p.lines[it.Span.StartLine-1]), it.Text[:min(len(it.Text), 10)]) {
			opening++
		}
	}
	if cued < 3 || opening*2 > cued {
		return -1
	}
	return end
}

// paragraphSentences joins lines [i, end) of a paragraph wrapped at a
// fixed width and returns its sentences, each with the lines it spans.
func (p *parser) paragraphSentences(i, end int) []Item {
	var text string
	// starts and nums are the offset in text where each line read starts
	// and its line number.
	var starts, nums []int
	for j := i; j < end; j++ {
		t := cleanText(p.lines[j])
		if p.furniture[j] || t == "" {
			continue
		}
		nums = append(nums, j+1)
		if text == "" {
			starts = append(starts, 0)
			text = t
			continue
		}
		joined := joinWrapped(text, t)
		starts = append(starts, len(joined)-len(t))
		text = joined
	}
	lineAt := func(off int) int {
		n := i + 1
		for k, st := range starts {
			if st <= off {
				n = nums[k]
			}
		}
		return n
	}
	var out []Item
	at := 0
	for _, sent := range Sentences(text) {
		k := strings.Index(text[at:], sent)
		if k < 0 {
			k = 0
		}
		from := at + k
		at = from + len(sent)
		out = append(out, Item{Text: sent, Span: Span{StartLine: lineAt(from), EndLine: lineAt(max(from, at-1))}})
	}
	return out
}
