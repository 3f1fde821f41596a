package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// A notes tool (Obsidian, Logseq, Notion, Joplin…) keeps a schéma as a
// vault of notes, one note a fiche, and exports it merged into one
// markdown file. A fiche's pilot, partners and deadline are then no text
// of its body but the note's properties: a YAML block between "---" lines
// at the top of the note,
//
//	---
//	code: B2
//	pilote: "Service de l'ASE"
//	contributeurs:
//	  - "[[CAF]]"
//	  - "PJJ"
//	echeance: "juin 2028"
//	---
//	# B2 · Évaluer chaque situation
//
// or, in tools that write them inline, "pilote:: Service de l'ASE" lines.
// The property names are the team's own ("Porteur", "co_pilote",
// "Échéance", "owner", "dateFin"), so they are read through the
// vocabulary of field labels, like the element names of an XML export. The
// body links notes as [[wiki links]], sets boxes as callouts ("> [!note]
// Titre"), and may hold the tool's queries (```dataview```), which are no
// text of the schéma.
//
// unfoldNoteProperties rewrites each note whose properties name fields as
// the labelled fiche the parser reads: a "Fiche CODE : titre" heading
// where the block opens (the note's own heading, which follows it, left
// blank), an axis heading before it when a property names the axis, and
// a "Label : value" line, or a label and its items, for each property;
// other notes' properties become the text they hold. Lines keep their
// place where they can, so that line numbers still point into the file.

var (
	// reNoteProperty is a property line of a YAML block: a key written
	// as tools write it, without a space before its colon ("pilote:",
	// "Date de fin:", "co_pilote:"), then its value. A French label
	// ("Pilote : …") has a space before its colon and is no property.
	reNoteProperty = regexp.MustCompile(`^([\p{L}_][\p{L}\p{N}_' .-]{0,40}?):(?:\s+(.*))?$`)
	// reNoteItem is an item of a property's list, or a value continued
	// on an indented line.
	reNoteItem = regexp.MustCompile(`^(?:\s*-\s+(.*)|\s+(\S.*))$`)
	// reInlineField is a field written inline: "pilote:: Service PMI",
	// "- **CAF**:: Caisse d'allocations familiales", "[statut:: en
	// cours]".
	reInlineField = regexp.MustCompile(`^(\s*(?:[-*+]\s+)?)\[?(\*\*|__)?([^:\[\]*_][^:\[\]]{0,60}?)(\*\*|__)?::\s*(\S.*?)\]?\s*$`)
	// reNoteLink is a link between notes: [[note]], [[note#heading]],
	// [[note|text shown]], ![[embedded note]].
	reNoteLink = regexp.MustCompile(`!?\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]`)
	// reNoteCallout is the first line of a callout: "> [!note] Titre",
	// "> [!tip]- Titre" (folded), "> [!NOTE]".
	reNoteCallout = regexp.MustCompile(`^(\s*>\s*)\[!([\w-]+)\][+-]?\s*(.*)$`)
	// reQueryFence opens a block of the tool's queries.
	reQueryFence = regexp.MustCompile("^\\s*(```+|~~~+)\\s*(dataview|dataviewjs|query|tasks|base|logseq-query)\\b")
	// reTaskItem is an item of a task list: "- [ ] texte", "* [x] texte".
	reTaskItem = regexp.MustCompile(`^(\s*[-*+]\s+)\[[ xX/-]\]\s+(.*)$`)
	// reNoteHeading is a markdown heading of level 1 or 2.
	reNoteHeading = regexp.MustCompile(`^#{1,2}\s+(\S.*)$`)
	// reLeadingCode is a code opening a heading before its title: "A1 ·
	// …", "FA-03 – …", "2.1 : …".
	reLeadingCode = regexp.MustCompile(`^([\p{L}]{0,3}[ -]?\d{1,2}(?:[.-]\d{1,2}){0,2}(?:\s*bis)?)\s*[·:–—.\-|]\s+(\S.*)$`)
	// reFileMarker is the comment a merge writes before each note,
	// naming its file: "<!-- ===== 20 Fiches/A1 - Titre.md ===== -->".
	reFileMarker = regexp.MustCompile(`^\s*<!--[\s=#-]*(?:[^<>]*/)?([^/<>]+?)\.md[\s=#-]*-->\s*$`)
)

// noteCodeKeys, noteTitleKeys and noteQuietKeys name, folded, the
// properties that give a note's code and title, and the tool's own
// bookkeeping, no part of what the schéma says.
var (
	noteCodeKeys  = map[string]bool{"code": true, "id": true, "ref": true, "reference": true, "numero": true, "num": true, "no": true, "number": true, "identifiant": true, "n°": true, "numero de fiche": true, "code fiche": true, "code action": true}
	noteTitleKeys = map[string]bool{"title": true, "titre": true, "intitule": true, "libelle": true, "nom": true, "name": true}
	noteQuietKeys = map[string]bool{"type": true, "tags": true, "tag": true, "aliases": true, "alias": true, "cssclasses": true, "cssclass": true, "publish": true, "permalink": true,
		"created": true, "updated": true, "modified": true, "date creation": true, "date modification": true, "creation": true, "last edited": true, "last modified": true,
		"uuid": true, "version": true, "ordre": true, "order": true, "rang": true, "icon": true, "cover": true, "banner": true, "kanban plugin": true}
	// noteAxisKeys begin the name of a property that names the axis.
	noteAxisKeys = []string{"axe", "axis", "orientation", "pilier", "pillar", "priorite strategique", "enjeu", "ambition"}
)

// noteProperty is one property of a note: its key as written, folded,
// and its values (one, or the items of a list).
type noteProperty struct {
	key, folded string
	values      []string
	// raw keeps the values as written, links included.
	raw []string
}

// noteBlock is a properties block: the lines of its opening and closing
// "---" and its properties.
type noteBlock struct {
	open, close int
	props       []noteProperty
}

// unfoldNoteProperties rewrites the notes of lines, when they are notes
// with properties; see the comment at the top of the file.
func unfoldNoteProperties(lines []string) []string {
	blocks := propertyBlocks(lines)
	inline := inlineFieldLines(lines)
	fiches := 0
	for _, b := range blocks {
		if b.fiche() {
			fiches++
		}
	}
	// Blocks of which none makes a fiche are a page's front matter
	// (unfoldFrontMatter), or text between rules.
	vault := fiches > 0
	if !vault && inline < 3 {
		return lines
	}
	if vault {
		n, axis, shift := 0, "", 0
		for bi, b := range blocks {
			b.open, b.close = b.open+shift, b.close+shift
			limit := len(lines)
			if bi+1 < len(blocks) {
				limit = blocks[bi+1].open + shift
			}
			if b.fiche() {
				n++
				before := len(lines)
				lines, axis = rewriteFicheNote(lines, b, n, axis, limit)
				shift += len(lines) - before
			} else {
				rewritePageNote(lines, b)
			}
		}
	}
	if inline >= 3 || vault {
		unfoldInlineFields(lines)
	}
	if vault {
		unfoldNoteMarkup(lines)
		unfoldYearTrees(lines)
	}
	return lines
}

// propertyBlocks finds the properties blocks of lines: a "---" line at
// the top of the file or after a blank line or a comment, lines of
// properties and their items, and a closing "---".
func propertyBlocks(lines []string) []noteBlock {
	var out []noteBlock
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "---" {
			continue
		}
		if i > 0 {
			prev := strings.TrimSpace(lines[i-1])
			if prev != "" && !(strings.HasPrefix(prev, "<!--") && strings.HasSuffix(prev, "-->")) {
				continue
			}
		}
		b, ok := propertyBlock(lines, i)
		if !ok {
			continue
		}
		out = append(out, b)
		i = b.close
	}
	return out
}

// propertyBlock reads the block opening on line open.
func propertyBlock(lines []string, open int) (noteBlock, bool) {
	b := noteBlock{open: open, close: -1}
	for j := open + 1; j < len(lines) && j <= open+maxFrontMatter; j++ {
		l := lines[j]
		t := strings.TrimSpace(l)
		if t == "---" || t == "..." {
			b.close = j
			break
		}
		if t == "" || strings.HasPrefix(t, "# ") && l == t {
			if t == "" {
				continue
			}
			return b, false // a markdown heading: text between rules
		}
		if m := reNoteProperty.FindStringSubmatch(l); m != nil && l == strings.TrimLeft(l, " \t") {
			p := noteProperty{key: strings.TrimSpace(m[1]), folded: xmlName(strings.TrimSpace(m[1]))}
			p.raw = yamlValues(m[2])
			b.props = append(b.props, p)
			continue
		}
		if m := reNoteItem.FindStringSubmatch(l); m != nil && len(b.props) > 0 {
			p := &b.props[len(b.props)-1]
			if m[1] != "" {
				p.raw = append(p.raw, yamlScalar(m[1]))
			} else if len(p.raw) > 0 {
				p.raw[len(p.raw)-1] += " " + yamlScalar(m[2])
			} else {
				p.raw = append(p.raw, yamlScalar(m[2]))
			}
			continue
		}
		return b, false
	}
	if b.close < 0 || len(b.props) == 0 {
		return b, false
	}
	for i := range b.props {
		p := &b.props[i]
		for _, r := range p.raw {
			if v := strings.TrimSpace(noteText(r)); v != "" {
				p.values = append(p.values, v)
			}
		}
	}
	return b, true
}

// yamlValues reads a property's value as written on its line: a flow
// list ("[a, "b"]"), a scalar, or nothing (the list or the block scalar
// follows).
func yamlValues(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" || v == "|" || v == ">" || v == "|-" || v == ">-" {
		return nil
	}
	if strings.HasPrefix(v, "[") && !strings.HasPrefix(v, "[[") && strings.HasSuffix(v, "]") {
		var out []string
		for _, s := range splitFlow(v[1 : len(v)-1]) {
			if s = yamlScalar(s); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return []string{yamlScalar(v)}
}

// splitFlow splits a flow list at its commas, those inside quotes or
// brackets aside.
func splitFlow(s string) []string {
	var out []string
	depth, quote, start := 0, rune(0), 0
	for i, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == '[':
			depth++
		case r == ']':
			depth--
		case r == ',' && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// yamlScalar unquotes a scalar and drops a trailing comment.
func yamlScalar(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
		return strings.TrimSpace(strings.ReplaceAll(s, `\"`, `"`))
	}
	if i := strings.Index(s, " #"); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// noteText writes a value's links as the text they show: [[note|texte]]
// is "texte", [[A1 - Titre]] is "A1 - Titre", [texte](url) is "texte".
func noteText(s string) string {
	s = reNoteLink.ReplaceAllStringFunc(s, func(l string) string {
		m := reNoteLink.FindStringSubmatch(l)
		switch {
		case m[3] != "":
			return m[3]
		case m[1] == "" && m[2] != "":
			return m[2]
		}
		return m[1]
	})
	return reMarkdownLink.ReplaceAllString(s, "$1")
}

// reMarkdownLink is a markdown link, for its text.
var reMarkdownLink = regexp.MustCompile(`\[([^\]\[]+)\]\([^()\s]+\)`)

// kind reads a property's key as a field label.
func (p noteProperty) kind() fieldKind {
	if p.folded == "" || noteCodeKeys[p.folded] || noteTitleKeys[p.folded] || noteQuietKeys[p.folded] {
		return fNone
	}
	k, _ := labelKind(p.folded + " :")
	if k == fNone && (strings.HasPrefix(p.folded, "date ") || strings.HasPrefix(p.folded, "due")) {
		// "Date butoir", "Date cible", "due date": a note's own dates are
		// quiet keys, any other date is the fiche's.
		return fCalendar
	}
	if k == fNone {
		// "coPilote", "co_pilote": the prefix apart.
		k, _ = labelKind(strings.Replace(p.folded, "co ", "co-", 1) + " :")
	}
	return k
}

// fiche reports a block that makes its note a fiche: properties of two
// kinds of field, or a pilot beside a code.
func (b noteBlock) fiche() bool {
	kinds := map[fieldKind]bool{}
	code := false
	for _, p := range b.props {
		if len(p.values) == 0 {
			continue
		}
		if k := p.kind(); k != fNone && k != fOther {
			kinds[k] = true
		}
		if noteCodeKeys[p.folded] {
			code = true
		}
	}
	return len(kinds) >= 2 || kinds[fPilots] && code
}

// value returns the first value of the first property whose folded key is
// in keys.
func (b noteBlock) value(keys map[string]bool) string {
	for _, p := range b.props {
		if keys[p.folded] && len(p.values) > 0 {
			return p.values[0]
		}
	}
	return ""
}

// noteHeading returns the line of the heading that opens the note below
// block b, -1 when its first line of text is none.
func noteHeading(lines []string, b noteBlock) int {
	for j := b.close + 1; j < len(lines) && j <= b.close+3; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		if reNoteHeading.MatchString(t) {
			return j
		}
		return -1
	}
	return -1
}

// noteFileName returns the name of the note's file a merge's marker gives
// just above block b, "" when there is none.
func noteFileName(lines []string, b noteBlock) string {
	for j := b.open - 1; j >= 0 && j >= b.open-2; j-- {
		if m := reFileMarker.FindStringSubmatch(lines[j]); m != nil {
			return strings.TrimSpace(m[1])
		}
		if strings.TrimSpace(lines[j]) != "" {
			break
		}
	}
	return ""
}

// splitCode parts a heading or a file name into the code it opens with and
// the title after it; code is "" when it opens with none.
func splitCode(s string) (code, title string) {
	s = strings.TrimSpace(s)
	if m := reLeadingCode.FindStringSubmatch(s); m != nil && CanonicalFicheID(m[1]) != "" {
		return m[1], strings.TrimSpace(m[2])
	}
	return "", s
}

// rewriteFicheNote writes the fiche note of block b, the n-th, as
// labelled lines; axis is the axis heading written last, returned updated
// with the lines. limit is the line the next note's properties open on.
func rewriteFicheNote(lines []string, b noteBlock, n int, axis string, limit int) ([]string, string) {
	code := b.value(noteCodeKeys)
	title := b.value(noteTitleKeys)
	head := noteHeading(lines, b)
	if head >= 0 {
		m := reNoteHeading.FindStringSubmatch(strings.TrimSpace(lines[head]))
		c, t := splitCode(cleanText(noteText(m[1])))
		if code == "" || CanonicalFicheID(c) == CanonicalFicheID(code) {
			if code == "" {
				code = c
			}
			title = t
		} else if title == "" {
			title = cleanText(noteText(m[1]))
		}
	}
	if name := noteFileName(lines, b); name != "" && (code == "" || title == "") {
		c, t := splitCode(name)
		if code == "" {
			code = c
		}
		if title == "" && (c == "" || CanonicalFicheID(c) == CanonicalFicheID(code)) {
			title = t
		}
	}
	if CanonicalFicheID(code) == "" {
		code = itoa(n)
	}
	var out []string
	if a := b.axisHeading(); a != "" && a != axis {
		out = append(out, a)
		axis = a
	}
	out = append(out, "## Fiche "+code+" : "+title)
	// The text the note opens with, before its first heading, list or
	// label, is the fiche's presentation: it goes above the properties'
	// labels, which would take it in otherwise.
	from := b.close + 1
	if head >= 0 {
		from = head + 1
	}
	body := from
	for ; body < limit; body++ {
		l := lines[body]
		t := strings.TrimSpace(l)
		if reMDHead.MatchString(t) || reSubItem.MatchString(l) || reFileMarker.MatchString(l) || strings.HasPrefix(t, "|") {
			break
		}
		if k, _ := labelKind(l); k != fNone {
			break
		}
	}
	for body > from && strings.TrimSpace(lines[body-1]) == "" || body > from && reFileMarker.MatchString(lines[body-1]) {
		body--
	}
	fields, others := b.fieldLines()
	out = append(out, others...)
	out = append(out, lines[from:body]...)
	out = append(out, fields...)
	room := body - b.open
	for j := b.open; j < body; j++ {
		lines[j] = ""
	}
	if len(out) > room {
		// More lines than the note's head had: the last ones are
		// inserted, and later lines move down.
		extra := out[room:]
		out = out[:room]
		tail := append(append([]string(nil), extra...), lines[body:]...)
		lines = append(lines[:body], tail...)
	}
	copy(lines[b.open:], out)
	return lines, axis
}

// itoa writes a small number.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// axisHeading returns the heading of the axis a property names ("axe:
// "[[Les axes#Axe 2 — Protéger|Axe 2]]"", "orientation: 3"), "" when none
// does or its value reads as no axis.
func (b noteBlock) axisHeading() string {
	for _, p := range b.props {
		axisKey := false
		for _, k := range noteAxisKeys {
			if strings.HasPrefix(p.folded, k) {
				axisKey = true
			}
		}
		if !axisKey || len(p.raw) == 0 {
			continue
		}
		var cands []string
		// The heading a link points to names the axis in full.
		if m := reNoteLink.FindStringSubmatch(p.raw[0]); m != nil && m[2] != "" {
			cands = append(cands, m[2])
		}
		cands = append(cands, p.values[0])
		for _, c := range cands {
			c = strings.TrimSpace(c)
			for _, h := range []string{c, xmlLabel(p.key) + " " + c} {
				if reAxis.MatchString(h) {
					return "# " + h
				}
			}
		}
	}
	return ""
}

// fieldLines writes the properties of fields: "Label : value" for one
// value, the label then its items for several. A property of a field
// named otherwise than its first ("copilote" after "pilote") says so
// beside its values. The other properties ("statut: en cours") are
// others, "Clé : valeur" lines of the fiche's presentation.
func (b noteBlock) fieldLines() (fields, others []string) {
	var order []fieldKind
	items := map[fieldKind][]string{}
	first := map[fieldKind]noteProperty{}
	props := map[fieldKind]int{}
	var copilots []string
	count := map[fieldKind]int{}
	for _, p := range b.props {
		if len(p.values) > 0 && !b.isAxisProp(p) {
			count[p.kind()]++
		}
	}
	for _, p := range b.props {
		k := p.kind()
		if len(p.values) == 0 || b.isAxisProp(p) {
			continue
		}
		if k == fNone || k == fOther {
			if noteCodeKeys[p.folded] || noteTitleKeys[p.folded] || noteQuietKeys[p.folded] {
				continue
			}
			others = append(others, propertyLabel(p.key)+" : "+strings.Join(p.values, ", "))
			continue
		}
		if _, ok := first[k]; !ok {
			first[k] = p
			order = append(order, k)
		}
		props[k]++
		for _, v := range p.values {
			note := ""
			switch {
			case k == fCalendar && (count[k] > 1 || !ownLabel(p, k)):
				v = propertyLabel(p.key) + " : " + v
			case first[k].folded != p.folded:
				note = " (" + p.key + ")"
			}
			items[k] = append(items[k], v+note)
			// A co-pilot is one of the actors the fiche associates too.
			if k == fPilots && note != "" {
				copilots = append(copilots, v+note)
			}
		}
	}
	if len(copilots) > 0 {
		if _, ok := first[fPartners]; !ok {
			order = append(order, fPartners)
			first[fPartners] = noteProperty{key: xmlFieldLabels[fPartners]}
		}
		items[fPartners] = append(items[fPartners], copilots...)
	}
	var out []string
	for _, k := range order {
		label := xmlFieldLabels[k]
		if props[k] <= 1 && ownLabel(first[k], k) {
			// One property of the kind: its own name is the label.
			label = propertyLabel(first[k].key)
		}
		switch {
		case len(items[k]) == 1 && label != xmlFieldLabels[fCalendar]:
			out = append(out, label+" : "+items[k][0])
		default:
			out = append(out, label+" :")
			for _, v := range items[k] {
				out = append(out, "- "+v)
			}
		}
	}
	return out, others
}

// ownLabel reports a property whose name the parser reads as a label of
// kind k: "Échéance" is one, "Date butoir" is none, its value then an
// item under the kind's own label.
func ownLabel(p noteProperty, k fieldKind) bool {
	got, _ := labelKind(propertyLabel(p.key) + " :")
	return got == k
}

// isAxisProp reports the property that names the axis.
func (b noteBlock) isAxisProp(p noteProperty) bool {
	for _, k := range noteAxisKeys {
		if strings.HasPrefix(p.folded, k) {
			return true
		}
	}
	return false
}

// propertyLabel writes a property's key as a label: "date_fin" is "Date
// fin", "coPilote" "Co pilote".
func propertyLabel(key string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range key {
		switch {
		case r == '_':
			b.WriteRune(' ')
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			b.WriteRune(' ')
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	s := strings.TrimSpace(b.String())
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// rewritePageNote writes the properties of a note that is no fiche as
// the text they hold, as unfoldFrontMatter does a page's: the title as a
// heading when the note opens on none, each value of words on its line.
func rewritePageNote(lines []string, b noteBlock) {
	head := noteHeading(lines, b)
	for j := b.open; j <= b.close; j++ {
		lines[j] = ""
	}
	at := b.open
	for _, p := range b.props {
		if noteQuietKeys[p.folded] || len(p.values) == 0 || at >= b.close {
			continue
		}
		v := strings.Join(p.values, ", ")
		switch {
		case noteTitleKeys[p.folded]:
			if head >= 0 {
				continue
			}
			lines[at] = "# " + v
		case strings.Contains(v, " "):
			lines[at] = v
		default:
			continue
		}
		at++
	}
}

// inlineFieldLines counts the lines written as inline fields.
func inlineFieldLines(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.Contains(l, "::") && reInlineField.MatchString(l) {
			n++
		}
	}
	return n
}

// unfoldInlineFields writes each inline field "Clé:: valeur" as "Clé :
// valeur", its list mark and bold kept.
func unfoldInlineFields(lines []string) {
	inFence := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inFence = !inFence
		}
		if inFence || !strings.Contains(l, "::") {
			continue
		}
		m := reInlineField.FindStringSubmatch(l)
		if m == nil || strings.ContainsAny(m[3], "/\\") {
			continue
		}
		key := strings.TrimSpace(m[3])
		if m[2] != "" {
			key = m[2] + key + m[2]
		}
		lines[i] = m[1] + key + " : " + noteText(m[5])
	}
}

// unfoldNoteMarkup writes the markup of the notes as the text it shows:
// links as their text, a callout's first line as its title, and the
// tool's queries blank.
func unfoldNoteMarkup(lines []string) {
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := reQueryFence.FindStringSubmatch(l); m != nil {
			fence := m[1]
			lines[i] = ""
			for i++; i < len(lines); i++ {
				closing := strings.HasPrefix(strings.TrimSpace(lines[i]), fence)
				lines[i] = ""
				if closing {
					break
				}
			}
			continue
		}
		if m := reNoteCallout.FindStringSubmatch(l); m != nil {
			// "> [!abstract] Pourquoi ?": the title alone on its line,
			// the box's text below it.
			lines[i] = strings.TrimSpace(m[3])
			for j := i + 1; j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), ">"); j++ {
				lines[j] = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[j]), ">"))
			}
			l = lines[i]
		}
		// "- [ ] Nombre de…": a task's box is the tool's to-do mark,
		// no option of a printed form.
		if m := reTaskItem.FindStringSubmatch(l); m != nil {
			l = m[1] + m[2]
			lines[i] = l
		}
		if strings.Contains(l, "[[") {
			lines[i] = noteText(l)
		}
	}
}

var (
	// reYearItem is a list item that is a year alone: "- **2027**",
	// "- 2027 :", "* En 2028".
	reYearItem = regexp.MustCompile(`^(\s*)[-*+]\s+(?:\*\*|__)?(?:(?:[Ee]n|[Ii]n)\s+)?((?:19|20)\d\d)(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$`)
	// reSubItem is a list item, its indentation and its text.
	reSubItem = regexp.MustCompile(`^(\s*)[-*+]\s+(.*)$`)
	// reHasYear finds a year.
	reHasYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
)

// unfoldYearTrees writes milestones a note lists as a tree by year ("-
// **2027**" over "- T2 : protocole signé") as items dated in full ("- T2
// 2027 : protocole signé"): the calendar reads each item alone.
func unfoldYearTrees(lines []string) {
	for i := 0; i < len(lines); i++ {
		m := reYearItem.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		indent, year := indentWidth(m[1]), m[2]
		j := i + 1
		for ; j < len(lines); j++ {
			s := reSubItem.FindStringSubmatch(lines[j])
			if s == nil || indentWidth(s[1]) <= indent {
				break
			}
			lines[j] = s[1] + "- " + datedItem(s[2], year)
		}
		if j > i+1 {
			lines[i] = ""
			i = j - 1
		}
	}
}

// datedItem gives an item under a year that year: "T2 : signé" is "T2
// 2027 : signé", "signé" is "2027 : signé"; an item with its own year is
// left as it is.
func datedItem(t, year string) string {
	if c := strings.Index(t, ":"); c > 0 {
		head := strings.TrimSpace(strings.Trim(t[:c], "*_ "))
		if _, ok := ParsePeriod(head + " " + year); ok && !reHasYear.MatchString(head) {
			return head + " " + year + " :" + t[c+1:]
		}
	}
	if reHasYear.MatchString(t) {
		return t
	}
	return year + " : " + t
}

// indentWidth measures an indentation, a tab as four spaces.
func indentWidth(s string) int {
	return len(strings.ReplaceAll(s, "\t", "    "))
}
