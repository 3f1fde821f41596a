package corpus

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The document facts (title, département, period, adoption, signatory) are
// read from what any schéma prints on its first pages, in whatever layout:
// nothing here knows a particular document.

var (
	// reTitleWords are the words a schéma's title is made of.
	reTitleWords = regexp.MustCompile(`(?i)sch[ée]ma|enfance|famille|protection`)
	// rePeriod is a plan's period: "2019-2023", "2025 - 2029", "2014 à 2018".
	rePeriod = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:[-–—/]|\sà\s|\sau\s)\s*((?:19|20)\d\d)\b`)
	// reAdopt is an adoption date: "adopté par l'Assemblée départementale
	// le 18 juin 2021", "lors de sa séance du 20 octobre 2014". (No \b after
	// the verb: Go's \b does not see "é" as a letter.)
	reAdopt = regexp.MustCompile(`(?i)\b(?:adopt[ée]e?s?|approuv[ée]e?s?|vot[ée]e?s?|d[ée]lib[ée]ration)[^.;]{0,90}?\b(?:le|du|en date du)\s+((?:1er|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d\d)`)
)

// readFacts fills the document's title, département, period, adoption date
// and signatory.
func (p *parser) readFacts() {
	d := p.doc
	d.Title, d.TitleLine = p.title()
	d.Departement = p.departement()
	// A fiche's own years ("Convention 2026-2029") are no period of the
	// plan: the text around the fiches says it first.
	for _, src := range []string{d.Title, p.headOutsideFiches(120), p.head(120), strings.ReplaceAll(d.ID, "-", " - ")} {
		if s, e, ok := periodIn(src); ok {
			d.StartYear, d.EndYear = s, e
			break
		}
	}
	for i, l := range p.lines {
		// Only lines with one of the verbs can say it; the expression is
		// costly on the others. A fiche's "référentiel adopté en juin
		// 2024" is no adoption of the schéma.
		if low := strings.ToLower(l); !containsAny(low, "adopt", "approuv", "vot", "lib") || p.inFiche(i+1) {
			continue
		}
		// The sentence may go on over the next line.
		end := i
		if m := reAdopt.FindStringSubmatch(l); m == nil && i+1 < len(p.lines) && reAdoptVerb.MatchString(l) {
			l += " " + p.lines[i+1]
			end = i + 1
		}
		m := reAdopt.FindStringSubmatch(l)
		if m == nil {
			m = reAdoptAfter.FindStringSubmatch(l)
		}
		if m != nil {
			d.Adopted = cleanText(m[1])
			d.AdoptedSpan = Span{StartLine: i + 1, EndLine: end + 1}
			break
		}
	}
	// A deliberation that adopts the schéma dates it by its session,
	// whatever dates its visas cite.
	date, dateSpan, name, role, nameSpan, _ := p.deliberation()
	if date != "" {
		d.Adopted, d.AdoptedSpan = date, dateSpan
	}
	if d.Adopted == "" {
		d.Adopted, d.AdoptedSpan = p.adoptionClause()
	}
	if ed := Editorial(d); ed != nil {
		d.Signatory, d.SignatoryRole, d.SignatorySpan = signature(ed)
		// "Le mot de Catherine Roux, Présidente du Département": the
		// heading names who signs it.
		if name, role := headingSigner(ed.Heading); d.Signatory == "" && name != "" {
			d.Signatory, d.SignatoryRole, d.SignatorySpan = name, role, Span{StartLine: ed.Span.StartLine, EndLine: ed.Span.StartLine, Page: ed.Span.Page}
		}
	}
	if d.Signatory == "" && name != "" {
		d.Signatory, d.SignatoryRole, d.SignatorySpan = name, role, nameSpan
	}
}

// reAdoptAfter is an adoption date told before the verb, as a web page's
// news opens: "Réuni en séance plénière le 23 novembre 2026, le Conseil
// départemental a adopté à l'unanimité son nouveau schéma", "Le 4 juillet
// 2025, l'Assemblée départementale a approuvé le schéma".
var reAdoptAfter = regexp.MustCompile(`(?i)(?:^|\b(?:le|du)\s+)((?:1er|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d\d)\b[^.;]{0,140}?\b(?:a|ont)\s+(?:(?:d[ée]finitivement|officiellement)\s+)?(?:adopt|approuv|vot)[^.;]{0,80}?\b(?:sch[ée]ma|plan)\b`)

// reAdoptVerb opens an adoption clause whose date is not in figures
// ("adopté en séance plénière du vingt-huit juin deux mille dix-neuf").
var reAdoptVerb = regexp.MustCompile(`(?i)\b(?:a\s+été\s+|a\s+ete\s+)?adopt[ée]e?s?\s+(?:par|en|lors|le|du)\b`)

var reAdoptPrefix = regexp.MustCompile(`(?i)^(?:a\s+été\s+|a\s+ete\s+)?adopt[ée]e?s?\s+`)

// adoptionClause returns the clause that says when the schéma was adopted,
// as written, when no date in figures was found: from the verb to the end
// of the sentence, which may go on over the next line.
func (p *parser) adoptionClause() (string, Span) {
	limit := min(len(p.lines), 400)
	for i := 0; i < limit; i++ {
		loc := reAdoptVerb.FindStringIndex(p.lines[i])
		if loc == nil || p.inFiche(i+1) {
			continue
		}
		text := p.lines[i][loc[0]:]
		end := i
		if i+1 < len(p.lines) && !strings.ContainsAny(text, ".;") {
			text += " " + p.lines[i+1]
			end = i + 1
		}
		if j := strings.IndexAny(text, ".;"); j > 0 {
			text = text[:j]
		}
		text = cleanText(reAdoptPrefix.ReplaceAllString(text, ""))
		if r := []rune(text); len(r) > 160 {
			text = string(r[:160]) + "…"
		}
		return text, Span{StartLine: i + 1, EndLine: end + 1}
	}
	return "", Span{}
}

// inFiche reports whether line ln (1-based) lies inside a fiche.
func (p *parser) inFiche(ln int) bool {
	for _, f := range p.doc.Fiches {
		if !f.FromTOC && ln >= f.Span.StartLine && ln <= f.Span.EndLine {
			return true
		}
	}
	return false
}

// head returns the first n non-blank lines, joined.
func (p *parser) head(n int) string {
	var parts []string
	for i, l := range p.lines {
		if len(parts) >= n {
			break
		}
		if t := cleanText(l); t != "" && !p.furniture[i] {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// headOutsideFiches returns the first n non-blank lines that no fiche
// holds, joined.
func (p *parser) headOutsideFiches(n int) string {
	var parts []string
	for i, l := range p.lines {
		if len(parts) >= n {
			break
		}
		if t := cleanText(l); t != "" && !p.furniture[i] && !p.inFiche(i+1) {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// periodIn finds the first plausible plan period in s: two years, in order,
// two to ten years apart.
func periodIn(s string) (int, int, bool) {
	for _, m := range rePeriod.FindAllStringSubmatch(s, -1) {
		a, b := atoi(m[1]), atoi(m[2])
		if b > a && b-a <= 10 {
			return a, b, true
		}
	}
	return 0, 0, false
}

// reTitleNote is a note in brackets at the end of a title line.
var reTitleNote = regexp.MustCompile(`\s*\([^()]{10,}\)\s*$`)

// reFileName is the name of an office or PDF file.
var reFileName = regexp.MustCompile(`(?i)\S\.(?:pptx?|docx?|odt|odp|pdf|xlsx?)\b`)

// title is the document's own name: the first short line that reads like a
// schéma's title, joined with the short line that continues it. A paragraph
// is never a title.
func (p *parser) title() (string, int) {
	var cands []int
	for i, l := range p.lines {
		if p.furniture[i] || p.isTOC[i] {
			continue
		}
		t := strings.TrimLeft(cleanText(l), "# ")
		if t == "" {
			continue
		}
		cands = append(cands, i)
		if len(cands) >= 15 {
			break
		}
	}
	short := func(i int) (string, bool) {
		t := strings.TrimLeft(cleanText(p.lines[i]), "# ")
		// "… 2023-2027 – PLAN D'ACTIONS (version adoptée par l'Assemblée
		// le 30/06/2023)": the note in brackets is no part of the title.
		if m := reTitleNote.FindStringIndex(t); m != nil && m[0] >= 20 {
			t = strings.TrimSpace(t[:m[0]])
		}
		n := utf8.RuneCountInString(t)
		// A breadcrumb ("Accueil > Solidarités > …", "Accueil › Enfance
		// › …") is no title, nor is
		// the name of the file a text was exported from
		// ("Schema_2023-2027.pptx — export texte").
		return t, n >= 3 && n <= 140 && !strings.HasSuffix(t, ".") && Fold(t) != "sommaire" && !strings.Contains(t, " > ") && !strings.Contains(t, " › ") && !reFileName.MatchString(t)
	}
	// A line that names the schéma is the title; failing that, one with
	// the words of the domain; failing that, the first short line.
	pick := -1
	for _, i := range cands {
		if t, ok := short(i); ok && strings.Contains(Fold(t), "schema") {
			pick = i
			break
		}
	}
	for _, i := range cands {
		if t, ok := short(i); ok && pick < 0 && reTitleWords.MatchString(t) {
			pick = i
			break
		}
	}
	if pick < 0 {
		for _, i := range cands {
			if _, ok := short(i); ok {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		return "", 0
	}
	title, _ := short(pick)
	first := pick + 1
	// A title broken over two lines: "Schéma départemental de" /
	// "protection de l'enfance 2021-2025".
	for k := 0; k < 5; k++ {
		next := -1
		for j := pick + 1; j < len(p.lines) && j <= pick+2; j++ {
			if strings.TrimSpace(p.lines[j]) != "" {
				next = j
				break
			}
		}
		if next < 0 || p.isTOC[next] || p.furniture[next] {
			break
		}
		t, ok := short(next)
		first, _ := utf8.DecodeRuneInString(t)
		upper := strings.ToUpper(title) == title && strings.ToUpper(t) == t && strings.IndexFunc(t, unicode.IsLetter) >= 0
		cont := unicode.IsLower(first) || upper || strings.HasSuffix(title, " de") || strings.HasSuffix(title, " et") ||
			(rePeriod.MatchString(t) && utf8.RuneCountInString(t) < 40 && !rePeriod.MatchString(title))
		if !ok || !cont || utf8.RuneCountInString(title)+utf8.RuneCountInString(t) > 160 {
			break
		}
		title += " " + t
		pick = next
	}
	return title, first
}

// deptName is one way of writing a département's name.
type deptName struct {
	name    string // canonical, from Departements
	variant string // accent-folded, case kept, e.g. "Deux-Sevres", "Deux Sevres", "Reunion"
}

// deptVariants lists every département's written forms, longest first so
// that "Meurthe-et-Moselle" is taken before "Moselle".
var deptVariants = func() []deptName {
	var out []deptName
	for _, name := range Departements {
		base := foldAccents(name)
		vs := map[string]bool{base: true, strings.ReplaceAll(base, "-", " "): true}
		for v := range vs {
			vs[strings.ReplaceAll(v, "'", "’")] = true
		}
		for _, art := range []string{"La ", "Le ", "Les "} {
			if strings.HasPrefix(base, art) {
				vs[strings.TrimPrefix(base, art)] = true
			}
		}
		for v := range vs {
			out = append(out, deptName{name: name, variant: v})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].variant) != len(out[j].variant) {
			return len(out[i].variant) > len(out[j].variant)
		}
		return out[i].variant < out[j].variant
	})
	return out
}()

// reDeptOwn introduces the document's own département: "Département de la
// Haute-Garonne", "Conseil départemental des Deux-Sèvres".
var reDeptOwn = regexp.MustCompile(`(?i)(?:d[ée]partement|conseil\s+d[ée]partemental|conseil\s+g[ée]n[ée]ral|territoire)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’])$`)

// departement is the département the document is about: the one its title
// names, else the one the text names most (counting "Département de X"
// thrice), else the one its file name names.
func (p *parser) departement() string {
	if name := deptMentions(foldAccents(p.doc.Title), true); name != "" {
		return name
	}
	text := foldAccents(strings.Join(p.lines, "\n"))
	// The file's name, when it names a département the text names too:
	// a metropolis's schéma names the département around it more often
	// than itself ("Métropole de Lyon", "Rhône").
	if name := deptInID(p.doc.ID); name != "" && deptMentions(text, false) != "" && deptNamedIn(text, name) {
		return name
	}
	if name := deptMentions(text, false); name != "" {
		return name
	}
	return deptInID(p.doc.ID)
}

// deptNamedIn reports whether text names the département name (in one of
// its forms, capitalised).
func deptNamedIn(text, name string) bool {
	for _, v := range deptVariants {
		if v.name == name && (strings.Contains(text, v.variant) || strings.Contains(text, strings.ToUpper(v.variant))) {
			return true
		}
	}
	return false
}

// deptInID finds a département named in a file name ("cotes-d-armor-2020").
func deptInID(id string) string {
	words := func(s string) string {
		s = Fold(s)
		s = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r
			}
			return ' '
		}, s)
		return " " + strings.Join(strings.Fields(s), " ") + " "
	}
	w := words(id)
	for _, v := range deptVariants {
		if len(v.variant) > 3 && strings.Contains(w, words(v.variant)) {
			return v.name
		}
	}
	return ""
}

// deptMentions counts the capitalised mentions of départements in text
// (accent-folded, case kept) and returns the most mentioned. With first set
// it returns the first one found instead.
func deptMentions(text string, first bool) string {
	counts := map[string]int{}
	taken := make([]bool, len(text))
	for _, v := range deptVariants {
		// Cover pages print the name in capitals: "DÉPARTEMENT DES HAUTES-PYRÉNÉES".
		for _, form := range []string{v.variant, strings.ToUpper(v.variant)} {
			countForm(text, form, v.name, taken, counts)
		}
	}
	best, bestN := "", 0
	for name, n := range counts {
		if n > bestN || n == bestN && name < best {
			best, bestN = name, n
		}
	}
	if first || bestN >= 2 {
		return best
	}
	return ""
}

// countForm counts the mentions of one written form of a département in
// text, marking the bytes it takes so that a shorter name inside a longer
// one ("Moselle" in "Meurthe-et-Moselle") is not counted again.
func countForm(text, form, name string, taken []bool, counts map[string]int) {
	{
		for off := 0; ; {
			i := strings.Index(text[off:], form)
			if i < 0 {
				break
			}
			i += off
			off = i + len(form)
			if taken[i] || !wordBoundary(text, i, off) {
				continue
			}
			for k := i; k < off; k++ {
				taken[k] = true
			}
			w := 1
			if reDeptOwn.MatchString(text[max(0, i-40):i]) {
				w = 3
			}
			counts[name] += w
		}
	}
}

func wordBoundary(s string, i, j int) bool {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isWord(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if isWord(r) {
			return false
		}
	}
	return true
}

// Editorial returns the document's editorial, with the paragraphs of the
// sub-sections under it (a signature block may read as a heading), or nil.
func Editorial(d *Document) *Section {
	// A contents list whose entries became sections ("Éditorial", "Le
	// schéma en bref"…) names the editorial before the editorial itself:
	// the first one signed is the editorial, else the first.
	var first *Section
	for i := range d.Sections {
		if !isEditorial(d.Sections[i].Heading) {
			continue
		}
		s := d.Sections[i]
		s.Paragraphs = append([]Item(nil), s.Paragraphs...)
		for _, sub := range d.Sections[i+1:] {
			if len(sub.Path) < 2 || sub.Path[0] != s.Heading {
				// A signature alone on its short line ("Martine
				// Rouvière, Présidente du Conseil départemental")
				// reads as the heading of what follows: it closes the
				// editorial all the same.
				sig := Section{Paragraphs: []Item{{Text: sub.Heading, Span: sub.Span}}}
				if name, _, _ := signature(&sig); name != "" && strings.Contains(sub.Heading, ",") {
					s.Paragraphs = append(s.Paragraphs, sig.Paragraphs...)
				}
				break
			}
			s.Paragraphs = append(s.Paragraphs, Item{Text: sub.Heading, Span: sub.Span})
			s.Paragraphs = append(s.Paragraphs, sub.Paragraphs...)
		}
		if name, _, _ := signature(&s); name != "" {
			return &s
		}
		if first == nil {
			first = &s
		}
	}
	return first
}

// signature finds who signed a section: a short line that is a person's
// name, and the role line next to it ("Le Président du Conseil
// départemental"); a line "Name, Président…" gives both. An editorial
// signed twice (the Président's text, then a word of the vice-présidente
// in charge of childhood, or both names under one text) is the
// Président's: a signature whose role is no vice-présidence or deputy's
// goes before one that is.
func signature(s *Section) (name, role string, span Span) {
	ps := s.Paragraphs
	isRole := func(j int) bool {
		return j >= 0 && j < len(ps) && strings.Contains(Fold(ps[j].Text), "president")
	}
	// The role above a name is its own unless it is the role of the
	// signature above ("Name" / "Vice-président…" / "Name" / "Présidente…").
	roleOf := func(i int) int {
		for _, j := range []int{i - 1, i + 1, i - 2} {
			if isRole(j) && !(j < i && j > 0 && looksLikeName(strings.TrimSpace(ps[j-1].Text)) && isRole(i+1)) {
				return j
			}
		}
		return -1
	}
	best, bestScore := -1, -1
	// "Name, Vice-présidente…" signs when no one else does.
	var deputyName, deputyAs string
	var deputySpan Span
	for i := len(ps) - 1; i >= 0 && i >= len(ps)-10; i-- {
		t := strings.TrimSpace(ps[i].Text)
		if n, r, ok := strings.Cut(t, ","); ok && looksLikeName(strings.TrimSpace(n)) && strings.Contains(Fold(r), "president") {
			if !deputyRole(r) {
				return strings.TrimSpace(n), strings.TrimSpace(r), ps[i].Span
			}
			if deputyName == "" {
				deputyName, deputyAs, deputySpan = strings.TrimSpace(n), strings.TrimSpace(r), ps[i].Span
			}
			continue
		}
		if !looksLikeName(t) {
			continue
		}
		score := 0
		if isRole(i-1) || isRole(i+1) {
			score = 2
			if j := roleOf(i); j >= 0 && !deputyRole(ps[j].Text) {
				score = 3
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if deputyName != "" && bestScore < 3 {
		return deputyName, deputyAs, deputySpan
	}
	if best < 0 {
		// The editorial runs on: a PDF's headings on the pages after
		// it, set in a larger font but not apart from their text, read
		// as its paragraphs. Its signature is the first name signed
		// with its role, however far from the section's end.
		for i := 0; i < len(ps)-10; i++ {
			t := strings.TrimSpace(ps[i].Text)
			if j := roleOf(i); looksLikeName(t) && j >= 0 && !deputyRole(ps[j].Text) {
				return t, strings.TrimSpace(ps[j].Text), ps[i].Span
			}
		}
		return "", "", Span{}
	}
	name = strings.TrimSpace(ps[best].Text)
	span = ps[best].Span
	if j := roleOf(best); j >= 0 {
		role = strings.TrimSpace(ps[j].Text)
	}
	return name, role, span
}

// deputyRole reports the role of a vice-président or a deputy, who signs
// beside the Président rather than for the Département.
func deputyRole(role string) bool {
	f := Fold(role)
	return strings.Contains(f, "vice") || strings.Contains(f, "adjoint")
}

// looksLikeName: two to four capitalised words, no sentence punctuation.
func looksLikeName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(t, ".:;,!?'") {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	for _, w := range strings.Fields(Fold(t)) {
		switch w {
		case "president", "presidente", "departement", "conseil", "ancien", "ancienne", "depute", "deputee", "senateur",
			"senatrice", "maire", "vice-president", "directeur", "directrice", "general", "generale", "sommaire", "introduction":
			return false
		}
	}
	return true
}
