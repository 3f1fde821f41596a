package corpus

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// A plan-tracking tool exports a schéma as XML: axes holding fiches, each
// fiche holding its pilots, partners, objectives, actions, milestones and
// indicators as elements, key figures and acronyms as elements with
// attributes. Tools name their elements as they please ("<pilotage>",
// "<owner>", "<echeancier>", "<milestones>"), so no element name is
// fixed here: an element name is read through the vocabulary of field
// labels (labelKind), a fiche is an element that holds several fields,
// an axis one that holds fiches. The export is rendered as the labelled
// markdown the parser reads, so every later step (fields, milestones,
// glossary, sections) is the one other documents go through.

// xmlNode is one element of an export: its name, attributes, the text
// directly inside it and its child elements.
type xmlNode struct {
	name     string
	attrs    []xml.Attr
	text     string
	children []*xmlNode
}

// maxXMLDepth bounds the nesting an export may have: a plan is a few
// levels deep, and a deeper tree is no export.
const maxXMLDepth = 64

// unfoldXMLExport returns the lines of a document that is a well-formed
// XML export rendered as labelled markdown, or lines unchanged when the
// document is no XML, is malformed or holds no fiche: the text readers
// take it then.
func unfoldXMLExport(lines []string) []string {
	text := strings.TrimSpace(strings.Join(lines, "\n"))
	if !strings.HasPrefix(text, "<") || !strings.HasSuffix(text, ">") {
		return lines
	}
	root, err := parseXMLExport(text)
	if err != nil {
		return lines
	}
	r := &xmlRenderer{}
	r.document(root)
	if r.fiches == 0 {
		return lines
	}
	return r.out
}

// parseXMLExport reads text as one XML document into its tree.
func parseXMLExport(text string) (*xmlNode, error) {
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = true
	// Exports pasted from HTML tools carry "&nbsp;" and "&eacute;".
	d.Entity = xml.HTMLEntity
	var stack []*xmlNode
	var root *xmlNode
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading XML export: %w", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if len(stack) >= maxXMLDepth {
				return nil, fmt.Errorf("reading XML export: nested deeper than %d elements", maxXMLDepth)
			}
			n := &xmlNode{name: tk.Name.Local, attrs: tk.Attr}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.children = append(parent.children, n)
			} else if root != nil {
				return nil, errors.New("reading XML export: more than one root element")
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.text += string(bytes.TrimSpace(tk))
			} else if len(bytes.TrimSpace(tk)) > 0 {
				return nil, errors.New("reading XML export: text outside the root element")
			}
		}
	}
	if root == nil {
		return nil, errors.New("reading XML export: no element")
	}
	return root, nil
}

// xmlRenderer writes an export's tree as markdown lines.
type xmlRenderer struct {
	out    []string
	fiches int
	// glossary collects the acronyms, written in one section at the end.
	glossary []string
}

func (r *xmlRenderer) line(s string) { r.out = append(r.out, s) }

func (r *xmlRenderer) blank() {
	if n := len(r.out); n > 0 && r.out[n-1] != "" {
		r.out = append(r.out, "")
	}
}

// xmlName folds an element or attribute name to words: "echeance_finale"
// and "EcheanceFinale" give "echeance finale".
func xmlName(name string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range name {
		switch {
		case r == '_' || r == '-' || r == '.':
			b.WriteRune(' ')
		case r >= 'A' && r <= 'Z' && prev >= 'a' && prev <= 'z':
			b.WriteRune(' ')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return strings.TrimSpace(Fold(b.String()))
}

// Names that tell an element's or attribute's role in any export, folded.
var (
	xmlTitleNames  = map[string]bool{"intitule": true, "titre": true, "title": true, "libelle": true, "nom": true, "name": true, "label": true, "intitule fiche": true, "titre fiche": true}
	xmlCodeNames   = map[string]bool{"code": true, "num": true, "numero": true, "number": true, "no": true, "ref": true, "reference": true, "id": true}
	xmlValueNames  = map[string]bool{"valeur": true, "value": true, "nombre": true, "chiffre": true, "montant": true, "total": true, "count": true}
	xmlAcronymAttr = map[string]bool{"abrev": true, "abreviation": true, "sigle": true, "acronyme": true, "acronym": true, "abbr": true, "abbreviation": true}
	xmlDateNames   = map[string]bool{"date": true, "echeance": true, "due": true, "deadline": true, "date fin": true, "fin": true, "when": true}
	// xmlQuietNames are bookkeeping attributes of the tool, no part of
	// what the plan says.
	xmlQuietNames = map[string]bool{"version": true, "rang": true, "ordre": true, "order": true, "rank": true, "position": true, "uuid": true, "guid": true, "date maj": true, "updated": true, "modifie le": true}
	xmlParaNames  = map[string]bool{"para": true, "p": true, "paragraphe": true, "texte": true, "text": true, "commentaire": true, "comment": true, "note": true, "description": true}
	// xmlFieldLabels are the labels a fiche's fields are written under.
	xmlFieldLabels = map[fieldKind]string{fPilots: "Pilotes", fPartners: "Partenaires", fObjectives: "Objectifs", fActions: "Actions",
		fCalendar: "Calendrier", fIndicators: "Indicateurs", fIndRealisation: "Indicateurs de réalisation", fIndImpact: "Indicateurs de résultat", fDiagnostic: "Contexte"}
)

// attr returns the value of the first attribute whose folded name is in
// names.
func (n *xmlNode) attr(names map[string]bool) (string, string) {
	for _, a := range n.attrs {
		if k := xmlName(a.Name.Local); names[k] {
			return k, strings.TrimSpace(a.Value)
		}
	}
	return "", ""
}

// title returns an element's title, from an attribute or a child element.
func (n *xmlNode) title() string {
	if _, v := n.attr(xmlTitleNames); v != "" {
		return v
	}
	for _, c := range n.children {
		if xmlTitleNames[xmlName(c.name)] && c.text != "" {
			return c.text
		}
	}
	return ""
}

// code returns an element's code (a fiche's "EF-01", an axis's "2").
func (n *xmlNode) code() string {
	for _, names := range []map[string]bool{{"code": true}, {"num": true, "numero": true, "number": true, "no": true}, xmlCodeNames} {
		if _, v := n.attr(names); v != "" {
			return v
		}
		for _, c := range n.children {
			if names[xmlName(c.name)] && c.text != "" && len(c.children) == 0 {
				return c.text
			}
		}
	}
	return ""
}

// xmlKind reads an element name as a field label of the vocabulary.
func xmlKind(name string) fieldKind {
	k, _ := labelKind(xmlName(name) + " :")
	return k
}

// fieldCount counts the fields an element holds, directly or in a group
// ("<pilotage><pilote>…"): a fiche holds several.
func (n *xmlNode) fieldCount() int {
	kinds := map[fieldKind]bool{}
	for _, c := range n.children {
		if k := xmlKind(c.name); k != fNone && k != fOther {
			kinds[k] = true
		}
	}
	return len(kinds)
}

// isFiche reports an element that holds two fields or more and no fiche:
// a plan whose root holds "<contexte>" and "<objectifs>" beside its axes
// is no fiche.
func (n *xmlNode) isFiche() bool {
	if n.fieldCount() < 2 {
		return false
	}
	for _, c := range n.children {
		if c.isFiche() {
			return false
		}
	}
	return true
}

// isAxis reports an element that holds fiches and has a title.
func (n *xmlNode) isAxis() bool {
	if n.isFiche() || n.title() == "" {
		return false
	}
	for _, c := range n.children {
		if c.isFiche() {
			return true
		}
	}
	return false
}

// document renders the root: its title and attributes, then its parts.
func (r *xmlRenderer) document(root *xmlNode) {
	if t := root.title(); t != "" {
		r.line("# " + t)
		r.blank()
	}
	// The root's attributes that say what a title page says: who
	// adopted the plan, for which period and when. The tool's own
	// (type, status, identifiers) are left out.
	var facts []string
	start, end := periodOf(root)
	// A period given apart ("periode": {"debut": 2025, "fin": 2029}) is
	// a fact of the title page, no section.
	var period *xmlNode
	for _, c := range root.children {
		if start != "" {
			break
		}
		if len(c.children) == 0 && c.text == "" {
			if start, end = periodOf(c); start != "" {
				period = c
			}
		}
	}
	var prose []xml.Attr
	for _, a := range root.attrs {
		k := xmlName(a.Name.Local)
		v := strings.TrimSpace(a.Value)
		switch {
		case v == "":
		case (strings.Contains(k, "adoption") || strings.Contains(k, "adopte")) && (strings.Contains(k, "date") || frenchDate(v) != v):
			facts = append(facts, "Document adopté le "+frenchDate(v)+".")
		case k == "collectivite" || k == "departement" || k == "territoire" || k == "organisation" || k == "organization":
			facts = append(facts, v)
		case isProse(v) && !xmlTitleNames[k]:
			// A preamble written in an attribute, as a JSON export's
			// members all are.
			prose = append(prose, a)
		}
	}
	if start != "" && end != "" {
		facts = append(facts, "Période : "+start+"-"+end)
	}
	for _, f := range facts {
		r.line(f)
		r.blank()
	}
	for _, a := range prose {
		r.line("## " + xmlLabel(xmlName(a.Name.Local)))
		r.blank()
		r.line(strings.TrimSpace(a.Value))
		r.blank()
	}
	axis := 0
	for _, c := range root.children {
		if c != period {
			r.part(c, &axis, 2)
		}
	}
	if len(r.glossary) > 0 {
		r.blank()
		r.line("## Glossaire")
		r.blank()
		r.out = append(r.out, r.glossary...)
		r.blank()
	}
}

// part renders one element under the document: an axis, a fiche, a
// glossary entry, a key figure, a paragraph or a section of them.
func (r *xmlRenderer) part(n *xmlNode, axis *int, level int) {
	name := xmlName(n.name)
	switch {
	case n.isFiche():
		r.fiche(n)
	case n.isAxis():
		*axis++
		num := n.code()
		if CanonicalFicheID(num) == "" {
			num = fmt.Sprint(*axis)
		}
		r.blank()
		r.line("## " + axisWordOf(name) + " " + num + " : " + n.title())
		r.blank()
		for _, c := range n.children {
			if !xmlTitleNames[xmlName(c.name)] {
				r.part(c, axis, level+1)
			}
		}
	case acronymOf(n) != "":
		r.glossary = append(r.glossary, acronymOf(n)+" : "+expansionOf(n))
	case xmlParaNames[name] && len(n.children) == 0:
		if n.text != "" {
			r.blank()
			r.line(n.text)
			r.blank()
		}
	case len(n.children) == 0 && n.text == "" && n.title() == "" && proseAttrs(n):
		// "gouvernance": {"comite_pilotage": "Présidé par…", …}: a
		// section whose attributes are its paragraphs.
		r.blank()
		r.line(strings.Repeat("#", min(level, 4)) + " " + xmlLabel(name))
		r.blank()
		for _, a := range n.attrs {
			if v := strings.TrimSpace(a.Value); v != "" && !xmlQuietNames[xmlName(a.Name.Local)] {
				r.line("- " + xmlLabel(xmlName(a.Name.Local)) + " : " + v)
			}
		}
		r.blank()
	case len(n.children) == 0:
		if s := leafText(n); s != "" {
			r.line("- " + s)
		}
	default:
		// A section of the export ("<preambule>", "<contexte
		// source=…>"), or a plain wrapper ("<axes>", "<glossaire>")
		// whose children speak for themselves.
		if !wrapsOnly(n) {
			head := xmlLabel(name)
			if _, src := n.attr(map[string]bool{"source": true}); src != "" {
				head += " (" + src + ")"
			}
			r.blank()
			r.line(strings.Repeat("#", min(level, 4)) + " " + head)
			r.blank()
		}
		for _, c := range n.children {
			r.part(c, axis, level+1)
		}
		r.blank()
	}
}

// wrapsOnly reports an element whose children are all axes, fiches or
// glossary entries: a wrapper that needs no heading of its own.
func wrapsOnly(n *xmlNode) bool {
	for _, c := range n.children {
		if !c.isFiche() && !c.isAxis() && acronymOf(c) == "" {
			return false
		}
	}
	return true
}

// axisWordOf returns the heading word of an axis element: its own name
// when it is an axis word ("orientation"), "Axe" otherwise.
func axisWordOf(name string) string {
	// A JSON export names an axis by its array: "orientations".
	for _, w := range []string{name, strings.TrimSuffix(name, "s")} {
		if m := matchAxis(w + " 1"); m != nil {
			return axisKindWord(m[1])
		}
	}
	return "Axe"
}

// acronymOf returns the acronym an element defines ("<sigle
// abrev='ASE'>Aide sociale…</sigle>"), "" when it defines none.
func acronymOf(n *xmlNode) string {
	if len(n.children) > 0 || expansionOf(n) == "" {
		return ""
	}
	if _, v := n.attr(xmlAcronymAttr); v != "" && isAcronym(v) {
		return v
	}
	return ""
}

// leafText writes an element without children as one line: a key figure
// ("Mineurs non accompagnés pris en charge : 326 (2022)"), or its text
// and attributes.
func leafText(n *xmlNode) string {
	label := n.title()
	_, value := n.attr(xmlValueNames)
	if label != "" && value != "" {
		s := label + " : " + value
		if notes := attrNotes(n, xmlTitleNames, xmlValueNames); notes != "" {
			s += " (" + notes + ")"
		}
		return s
	}
	s := n.text
	if notes := attrNotes(n, nil, nil); notes != "" {
		if s == "" {
			return xmlLabel(xmlName(n.name)) + " : " + notes
		}
		s += " (" + notes + ")"
	}
	return s
}

// attrNotes writes an element's attributes but the skipped ones: a type
// by its value ("realisation"), the others by name and value ("cible :
// 70 %").
func attrNotes(n *xmlNode, skip ...map[string]bool) string {
	var notes []string
	for _, a := range n.attrs {
		k := xmlName(a.Name.Local)
		v := strings.TrimSpace(a.Value)
		if v == "" || xmlQuietNames[k] || xmlCodeNames[k] {
			continue
		}
		skipped := false
		for _, s := range skip {
			skipped = skipped || s[k]
		}
		if skipped {
			continue
		}
		switch k {
		case "type", "nature", "kind", "role", "annee", "year":
			notes = append(notes, strings.ReplaceAll(v, "_", " "))
		default:
			notes = append(notes, xmlLabel(k)+" : "+v)
		}
	}
	return strings.Join(notes, ", ")
}

// xmlLabel writes a folded name as a label: "echeance finale" gives
// "Echeance finale".
func xmlLabel(name string) string {
	if name == "" {
		return ""
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// fiche renders a fiche: its heading, then each field under its label,
// its items as a list.
func (r *xmlRenderer) fiche(n *xmlNode) {
	r.fiches++
	code := n.code()
	if CanonicalFicheID(code) == "" {
		code = fmt.Sprint(r.fiches)
	}
	r.blank()
	r.line("### Fiche " + code + " : " + n.title())
	r.blank()
	var order []fieldKind
	items := map[fieldKind][]string{}
	add := func(k fieldKind, s string) {
		if s == "" {
			return
		}
		if _, ok := items[k]; !ok {
			order = append(order, k)
		}
		items[k] = append(items[k], s)
	}
	var others []string
	for _, a := range n.attrs {
		k := xmlName(a.Name.Local)
		v := strings.TrimSpace(a.Value)
		if v == "" || xmlCodeNames[k] || xmlQuietNames[k] || xmlTitleNames[k] {
			continue
		}
		// "constat": "Les délais…": a field written as an attribute.
		if fk := xmlKind(a.Name.Local); fk != fNone && fk != fOther {
			add(fk, v)
			continue
		}
		others = append(others, xmlLabel(k)+" : "+strings.ReplaceAll(v, "_", " "))
	}
	for _, c := range n.children {
		name := xmlName(c.name)
		if xmlTitleNames[name] || xmlCodeNames[name] {
			continue
		}
		k := xmlKind(c.name)
		if k == fNone || k == fOther {
			if s := leafText(c); s != "" && len(c.children) == 0 {
				if c.text != "" {
					s = xmlLabel(name) + " : " + s
				}
				others = append(others, s)
			}
			continue
		}
		if len(c.children) == 0 {
			add(k, fieldItem(c, k))
			add(fCalendar, dueItem(c, k))
			continue
		}
		for _, g := range c.children {
			gk := xmlKind(g.name)
			if gk == fNone || gk == fOther || gk == fActions && k != fActions {
				gk = k
			}
			add(gk, fieldItem(g, gk))
			add(fCalendar, dueItem(g, gk))
		}
	}
	for _, k := range order {
		r.line(xmlFieldLabels[k] + " :")
		for _, s := range items[k] {
			r.line("- " + s)
		}
		r.blank()
	}
	for _, s := range others {
		r.line(s)
		r.blank()
	}
}

// fieldItem writes one item of a fiche's field: a milestone with its date
// first ("2024-12-31 : Généralisation des staffs"), a final deadline by
// its name ("Échéance finale : 2024-12-31"), a co-pilot or an indicator
// with what its element and attributes add ("Réseau périnatal Elena
// (copilote)", "Taux de réalisation (resultat, cible : 70 %)").
func fieldItem(n *xmlNode, k fieldKind) string {
	name := xmlName(n.name)
	text := n.text
	if len(n.children) > 0 && text == "" {
		// "<jalon><date>…</date><libelle>…</libelle></jalon>".
		var parts []string
		for _, c := range n.children {
			if c.text != "" {
				parts = append(parts, c.text)
			}
		}
		text = strings.Join(parts, " : ")
	}
	if k == fCalendar {
		if _, date := n.attr(xmlDateNames); date != "" {
			if text == "" {
				return xmlLabel(name) + " : " + date
			}
			return date + " : " + text
		}
		if _, ok := ParsePeriod(text); ok {
			// "<echeance_finale>2024-12-31</echeance_finale>": the
			// element names what is due.
			return xmlLabel(name) + " : " + text
		}
		return text
	}
	var notes []string
	// "<copilote>": the element says more than the field's name.
	if k == fPilots && strings.HasPrefix(name, "co") {
		notes = append(notes, name)
	}
	if text == "" && len(n.children) == 0 {
		// A record of attributes alone, as JSON exports write them.
		var more []string
		text, more = record(n)
		notes = append(notes, more...)
	} else if s := attrNotes(n, map[string]bool{"role": k != fPilots}); s != "" {
		notes = append(notes, s)
	}
	if text == "" {
		return strings.Join(notes, ", ")
	}
	if len(notes) > 0 {
		return text + " (" + strings.Join(notes, ", ") + ")"
	}
	return text
}

// frenchDate writes an ISO date as a French reader would ("26 juin
// 2023"), or returns it unchanged.
func frenchDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	months := []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	return fmt.Sprintf("%d %s %d", t.Day(), months[t.Month()-1], t.Year())
}
