package corpus

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDocumentBytes bounds the size of one document. The schémas are a few
// hundred kilobytes; a file far larger is not a schéma.
const MaxDocumentBytes = 16 << 20

// labelPattern is a fiche label as documents print them: "12", "1.2",
// "2.2.4", "3 bis", "A3", "B1 bis", numbered under a Roman axis
// number, "II-3" or "III.2", and the codes of plan-tracking tools, two
// or three capitals, a dash and a number ("EF-01", "PE-13", "PRE-1"),
// the action of a lettered objective of a Roman orientation ("II.B.2"),
// and a project lettered under its axis's code ("P1-A").
const labelPattern = `(?:[A-Z]{1,2}\d{1,2}-[A-H]\b|[IVX]{1,4}\.[A-H]\.\d{1,2}|[IVX]{1,4}[-.]\d{1,2}|[A-Z]{2,3}-\d{1,2}\b|[A-Za-z][.-]?\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,3}(?:\.\d{1,2}){0,3})(?:\s*(?:bis|ter|quater))?`

// actionWord names the unit of a plan of actions in a document that has no
// fiches: "Action 2.3", "Mesure n° 1.1", "Chantier 4", perhaps with the
// word that ranks it among the plan's others: "Mesure phare n°3", "Action
// prioritaire 2", "Chantier clé 4".
const actionWord = `(?:actions?|mesures?|chantiers?)(?:\s+(?:phares?|prioritaires?|cl[ée]s?|structurantes?|embl[ée]matiques?|majeures?|principales?))?`

// AxisNouns are the plain words, without accents, that head a schéma's
// axes ("Cap 2", "Levier 3", "Orientation A"), besides "axe", "priorité"
// and "objectif stratégique": the parser reads them as axes, and a
// question names an axis by them.
var AxisNouns = []string{"orientation", "enjeu", "ambition", "engagement", "pilier", "levier", "cap", "workstream", "pillar", "strand"}

var (
	reTOCEntry = regexp.MustCompile(`^(.*\S)\s*(?:\t+|\.{3,}|…+)\s*\.*\s*(\d{1,3})$`)
	reTOCLoose = regexp.MustCompile(`^(.*\S)\s+(?:\.{1,2}\s*|\s)(\d{1,3})$`)
	// reFiche is a fiche heading: "Fiche action n°3 : …", "FICHE N°13 - …",
	// "Fiche-action A1", "Fiche n° 1.2", "Fiche 3 · …", and the same with
	// the spaces lost by PDF conversion ("Ficheactionn°25").
	reFiche = regexp.MustCompile(`(?i)^(?:#+\s*)?(?:fiches?[\s-]*actions?|fiches?|fa)\s*(?:n\s*[°º]|n[o°º]\.?|num[ée]ro)?\s*(` + labelPattern + `)\b\s*(?:[:.\-–—·]\s*(.*))?$`)
	// reActionHead is an action heading of a document that numbers actions
	// without fiches: "Action 2.3 – …", "Action n°4 : …", a slide's
	// "Action 7 | …", a shared workspace's "Action A1 · …".
	reActionHead = regexp.MustCompile(`(?i)^(?:#+\s*)?` + actionWord + `\s*(?:n\s*[°º]\s*)?(` + labelPattern + `)\b\s*[:.\-–—|·]\s*(.+)$`)
	// reAxis is an axis heading: Orientation, Axe, Objectif stratégique,
	// Priorité, Enjeu or the "Cap" of documents written for the public,
	// numbered in arabic or Roman numerals, with its title on the line or
	// on the next one.
	reAxis   = regexp.MustCompile(`(?i)^(?:#+\s*)?(objectif\s+strat[ée]gique|axe(?:\s+strat[ée]gique)?|priorit[ée]|strategic\s+goal|` + strings.Join(AxisNouns, "|") + `)(?:\s*(?:n\s*[°º]\s*|n[o°º]\.?\s*)?(\d{1,2}(?:\.\d{1,2})*)|\s+([IVXL]{1,6}|[A-H]))\b\s*(?:[:.\-–—]\s*(.+)|\s*)$`)
	reMDHead = regexp.MustCompile(`^(#{1,6})\s+(.+)$`)
	// reSubLevel is the heading of a sub-level of an axis: "Objectif 1.2 –
	// …", "Objectif opérationnel 2.1 : …", "Sous-axe 1.3 – …".
	reSubLevel = regexp.MustCompile(`(?i)^(?:#+\s*)?(?:objectif(?:\s+op[ée]rationnel)?|sous-axe|sous-objectif)\s+(\d{1,2}\.\d{1,2})\s*[:.\-–—]\s*\S.*$`)
	// reGlossary is a glossary line: an acronym, then its expansion after
	// a colon, a tab, a dash or an arrow ("**AED** → aide éducative…").
	reGlossary = regexp.MustCompile(`^([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&'’./-]{0,15})\s*(?::|\t|–|—| - |→|⇒|=>|->)\s*(.{3,})$`)
	// reEdgeNumber is a page number at either end of a line.
	reEdgeNumber = regexp.MustCompile(`^\d{1,3}\s+|\s+\d{1,3}$`)
	// reDeepNumbered is an action numbered three levels deep: "1.1.1 - …".
	reDeepNumbered = regexp.MustCompile(`^(\d{1,2}\.\d{1,2}\.\d{1,2})\s*[-–—:]\s*(\S.+)$`)
	// reDeepSpaced is reDeepNumbered with a space only after the number
	// and a capital after it: "1.1.1 Renforcer les visites…".
	reDeepSpaced = regexp.MustCompile(`^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(\p{Lu}.{2,})$`)
	// reListNumber is the number of an ordered list item: "1. ", "2) ".
	reListNumber = regexp.MustCompile(`^(\d{1,2})[.)]\s+`)
	// reAcronymThenName is a glossary line whose acronym and expansion are
	// one space apart: "CRIP Cellule de recueil des informations…".
	reAcronymThenName = regexp.MustCompile(`^([A-Z][A-Z0-9&]{1,11})\s+(\p{Lu}.{2,})$`)
	// rePageNumber is a line that holds only a page number, perhaps
	// between dashes: "12", "Page 3/40", "- 7 -".
	rePageNumber = regexp.MustCompile(`^(?:(?i:page\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?|[-–—]\s?\d{1,3}\s?[-–—])$`)
	// reSlideMarker is the line a slide deck's text export prints between
	// slides: "--- Diapositive 14 / 38 ---", "Slide 14/32".
	reSlideMarker = regexp.MustCompile(`^(?i)[-=_*\s]*(?:diapositive|slide|diapo)\s+n?°?\s*\d{1,3}(?:\s*(?:/|sur|of)\s*\d{1,3})?[-=_*\s]*$`)
	// reGluedPage is a page number glued to the end of a sentence by the
	// PDF conversion: "…des familles.12".
	reGluedPage = regexp.MustCompile(`([.!?»)])\d{1,3}$`)
)

type fieldKind int

const (
	fNone fieldKind = iota
	fDiagnostic
	fObjectives
	fActions
	fPilots
	fPartners
	fCalendar
	fIndicators
	fIndRealisation
	fIndImpact
	// fOther is a label outside the vocabulary that the document repeats
	// as a label ("Publics visés", "Niveau d'enjeu"): a field of its own.
	fOther
)

// tocFiche is a fiche listed in the table of contents.
type tocFiche struct {
	id, title  string
	page, line int
	axis       int // index in tocAxes, -1 when none
}

type tocEntry struct {
	title  string // folded
	page   int
	used   bool
	parent string // the part of the table of contents it sits in ("Introduction"), as written
}

type parser struct {
	doc *Document
	// notes are the footnotes that give fields, each to the fiche that
	// carries its mark (see fieldNotes).
	notes []fieldNote
	name  string
	lines []string
	toc   []*tocEntry
	isTOC []bool
	// contentsHeads are the folded entries, other than fiches, of a
	// table of contents without page numbers (see markContentsList):
	// the headings of the document's parts.
	contentsHeads map[string]bool

	// furniture marks running page headers and page numbers, which are
	// no text of the document.
	furniture []bool
	// actionHeads is set when the document numbers "Action 2.3" headings
	// instead of fiches.
	actionHeads bool
	// codedHeads counts the headings of actions coded by a letter and a
	// number ("#### A1 – …"), read as actions when there are several.
	codedHeads int
	// deepHeads is set when at least three reDeepSpaced lines have a
	// field label right under them: those lines head actions.
	deepHeads bool
	// bareHeads are the lines that head actions numbered by a bare
	// number, a lettered field under each (see bareHeadings); nil when
	// the document has not three of them.
	bareHeads map[string]bool
	// family is the shape of the fiche headings headFamily found in a
	// document no known heading opens a fiche of; nil otherwise.
	family *headShape
	// measure is the length of the document's full lines when it was
	// wrapped at a fixed width (a printed page), 0 when it was not.
	measure int
	// repeated are the labels outside the vocabulary the document repeats.
	repeated map[string]bool
	// upperLabels is set when the document prints its labels in capitals.
	upperLabels bool
	// flushHeadings is set for a page dumped by a text browser, whose
	// headings are the lines set flush left.
	flushHeadings bool
	// chapters are the lines that head numbered chapters in a document
	// that sets no blank line around its headings (numberedChapters), and
	// those a running header names a new chapter on.
	chapters map[int]bool
	// chapterTops are the lines a running header names a new chapter on
	// (markRunningTitles): they close a fiche even when their words could
	// head a field ("Suivi et évaluation").
	chapterTops map[int]bool

	axisIndex map[string]int // kind/number -> index in doc.Axes
	// axisFicheRange holds the fiches a list of the axes gives each axis
	// by number: "Axe 2 … (fiches 4 à 6)".
	axisFicheRange map[int][2]int
	fichePages     map[string]int
	axisPages      map[string][]int // kind/number -> pages in order of the table of contents
	axisSeen       map[string]int   // body occurrences so far
	ficheLine      map[string]int   // fiche label -> heading line
	// aliases are the order numbers a summary gives coded actions.
	aliases map[string]string
	// tocFiches and tocAxes are the fiches and axes the table of contents
	// lists, in order, for documents whose body does not give them.
	tocFiches []tocFiche
	tocAxes   []Axis

	curAxis       *Axis
	curFiche      *Fiche
	curField      *Field
	curKind       fieldKind
	tableCols     []fieldKind  // two-column table being read in a fiche
	fieldTableRow bool         // the line before was a row "label | value" of a table of fields
	titleRowOpen  bool         // the fiche's title is being read from its labelled row (see titleRow)
	titleRowFrom  int          // the line of that row
	tableEnds     map[int]bool // lines that follow a table of actions unfolded by unfoldColumnTables
	lastEmpty     bool         // current field label seen with nothing under it yet
	lastItemLine  int          // line of the last item read in a fiche field
	section       *Section
	top           string // current top-level heading
	inGlossary    bool
	// sectionLevel is the level of the current section's heading: 1 for a
	// part of the document, 2 for a heading found by its looks.
	sectionLevel int
	// proseFrom and proseEnd bound the paragraph (line indexes, the end
	// exclusive) of a fiche told in running prose wrapped at the page's
	// width, read as sentences when the fiche ends; proseEnd is 0 when
	// the fiche being read is no such paragraph.
	proseFrom, proseEnd int
	// toldFiches are the fiches read with no field label of their own
	// (see toldOnly), which an annex detailing them fills in.
	toldFiches map[string]bool
	// annexHeading is set while startFiche reads a fiche that an annex
	// heading opened; fillID is the fiche such an annex details a second
	// time, merged into the first when it ends (see fillFromAnnex).
	annexHeading bool
	fillID       string
	// glossaryFrom is the number of glossary entries read when the
	// glossary being read opened.
	glossaryFrom int
	// gantts caches, by the line of a table's header, the period columns
	// of the Gantt chart it heads (nil when it heads none): every row of
	// a table asks, and a long table would ask again and again.
	gantts map[int]map[int]string
	// splitGantts marks the charts among them whose years head a row
	// of their parts (semestergrids.go).
	splitGantts map[int]bool
}

// Parse reads one converted document. id is the document id (its file stem)
// and name is used in error messages.
func Parse(id, name string, data []byte) (*Document, error) {
	if err := validate(name, data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(toUTF8(data), []byte("\xef\xbb\xbf"))
	// A spreadsheet saved as tab-separated text reads as its CSV export.
	if tabSheet(data) {
		sheet, err := sheetText(name, data, '\t')
		if err != nil {
			return nil, err
		}
		if validate(name, sheet) == nil {
			data = sheet
		}
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = joinSpacingAccents(text)
	split := strings.Split(text, "\n")
	// A wiki page is rewritten as markdown first, the files an export
	// joined under banners put back in order: every later step reads
	// markdown, none reads wiki markup.
	if wikiSource(name) {
		split = unfoldWikiMarkup(unfoldDokuWiki(unfoldFileBanners(split)))
	}
	raw := liftHeaderFiches(unfoldHTML(unfoldFrontMatter(unfoldLegendMarkers(unfoldKeywordLegend(unfoldAdmonitions(unfoldOutline(unfoldFootnotes(unfoldNumberBelowHeadings(unfoldNoteProperties(unescapeMarkdown(unfoldJSONExport(unfoldXMLExport(unfoldOrg(unfoldMailQuotes(unfoldRST(unfoldNumberedParagraphs(split)))))))))))))))))
	dropLinkList(raw)
	unfoldGridTables(raw)
	numberRowsAsHeads(raw)
	joinBannerNumbers(raw)
	lines, tableEnds, summaries := unfoldColumnTables(raw)
	// Ticked options first: a form's line of options, the same on
	// every page, would read as a running header.
	unfoldCheckboxes(lines)
	furniture := pageFurniture(lines)
	// Running titles and footers first: a footnote is found above the
	// footer, a table's repeated header row below the running title.
	chapterTops := markRunningTitles(lines, furniture)
	markRunningHeads(lines, furniture)
	// Notes that give fields are found before the other notes' marks
	// leave the text.
	notes := fieldNotes(lines, furniture)
	markPageNotes(lines, furniture)
	markHeadRows(lines, furniture)
	markNavigation(lines, furniture)
	markPageCaptions(lines, furniture)
	unfoldLabelBlocks(lines, furniture)
	joinWrappedLabels(lines, furniture)
	base := slices.Clone(lines)
	doc, err := parseLines(id, name, lines, tableEnds, furniture, chapterTops, nil, notes)
	if err != nil {
		return nil, err
	}
	// A document whose fiches no known heading opens ("[Fiche n° 1 — …]",
	// "Action A-1 : …", "1.1.1 Renforcer…" in a shape never met) may
	// still number them alike: the family of such headings is its fiches.
	if len(doc.Fiches) < 3 {
		if fam := headFamily(base); fam != nil {
			if again, err := parseLines(id, name, slices.Clone(base), tableEnds, furniture, chapterTops, fam, notes); err == nil && len(again.Fiches) > len(doc.Fiches) {
				doc = again
			}
		}
	}
	applyMatrix(doc, responsibilityMatrix(doc.Lines))
	applyActionSummaries(doc, summaries)
	applyAnnexes(doc)
	applyCodedObjectives(doc)
	applyAmendments(doc)
	abbreviationGlossary(doc)
	return doc, nil
}

// parseLines reads the prepared lines of a document; chapterTops are the
// lines a running header names a new chapter on (markRunningTitles), and
// family, when not nil, is the shape of its fiche headings found by
// headFamily, and notes are the footnotes that give fields (fieldNotes).
func parseLines(id, name string, lines []string, tableEnds map[int]bool, furniture []bool, chapterTops map[int]bool, family *headShape, notes []fieldNote) (*Document, error) {
	p := &parser{
		doc:            &Document{ID: id, Path: name, Lines: lines},
		name:           name,
		lines:          lines,
		isTOC:          make([]bool, len(lines)),
		axisIndex:      map[string]int{},
		axisFicheRange: map[int][2]int{},
		fichePages:     map[string]int{},
		axisPages:      map[string][]int{},
		axisSeen:       map[string]int{},
		ficheLine:      map[string]int{},
		toldFiches:     map[string]bool{},
		aliases:        map[string]string{},
		furniture:      furniture,
		repeated:       repeatedLabels(lines),
		tableEnds:      tableEnds,
	}
	p.family = family
	p.notes = slices.Clone(notes)
	p.actionHeads = countFicheHeadings(lines) < 2
	p.codedHeads = countCodedHeadings(lines)
	p.deepHeads = p.countDeepHeadings() >= 3
	p.bareHeads = p.bareHeadings()
	p.measure = lineMeasure(lines)
	p.upperLabels = capitalLabels(lines, p.repeated)
	p.flushHeadings = flushHeadings(lines)
	p.chapters = numberedChapters(lines, furniture)
	p.chapterTops = chapterTops
	for i := range chapterTops {
		if p.chapters == nil {
			p.chapters = map[int]bool{}
		}
		p.chapters[i] = true
	}
	p.scanTOC()
	p.markContentsList()
	if err := p.scanBody(); err != nil {
		return nil, err
	}
	p.titleBareAxes()
	p.finish()
	return p.doc, nil
}

// labelNext reports whether the first line of text after line i is a
// field label or the heading of a fiche.
func (p *parser) labelNext(i int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		t := cleanText(p.lines[j])
		if t == "" || p.furniture[j] {
			continue
		}
		if it, ok := bulletItem(p.lines[j]); ok {
			t = it.Text
		}
		k, _ := p.label(t)
		return k != fNone || p.matchFiche(t) != nil
	}
	return false
}

// reFichesOfAxis is the parenthesis, or the sentence, that ends an axis's
// title in a list of the axes by naming its fiches: "(actions 12 à 14)",
// "(mesures 1 à 4)." at the end of a sentence, "(fiches 1 à 3)", ".
// Mesures clés n°1 et n°2.", or the list after a mark: " : fiches 4, 5,
// 6", " – fiches 7 à 10".
var reFichesOfAxis = regexp.MustCompile(`(?i)\s*(?:\((?:actions?|fiches?|mesures?)\s[^()]*\)\.?|\.\s+(?:actions?|fiches?|mesures?)(?:\s+\pL+)?\s+(?:n\s*°\s*)?\d[^.]*\.?|\s[:–—-]\s+(?:actions?|fiches?|mesures?)\s+(?:n\s*°\s*|nos?\s+)?\d{1,2}(?:\s*(?:,|et|à|au|-|–)\s*(?:n\s*°\s*)?\d{1,2})*\.?)\s*$`)

// relabelAxis renames an axis where fiches and sections name it.
func (p *parser) relabelAxis(old, label string) {
	for i := range p.doc.Fiches {
		if p.doc.Fiches[i].Axis == old {
			p.doc.Fiches[i].Axis = label
		}
	}
	for i := range p.doc.Sections {
		s := &p.doc.Sections[i]
		if s.Heading == old {
			s.Heading = label
		}
		if len(s.Path) > 0 && s.Path[0] == old {
			s.Path[0] = label
		}
	}
}

// titleBareAxes gives an axis whose heading has no title the title another
// line of the document gives it: "2. **Ambition B** – Repérer, évaluer…"
// in a list of the axes, above a heading "## Ambition B" that goes
// straight to its first action.
func (p *parser) titleBareAxes() {
	bare := 0
	for _, a := range p.doc.Axes {
		if a.Title == "" {
			bare++
		}
	}
	if bare == 0 {
		return
	}
	for _, l := range p.lines {
		if len(l) > 300 {
			continue
		}
		t := cleanText(l)
		if it, ok := bulletItem(l); ok {
			t = it.Text
		}
		m := matchAxis(reListNumber.ReplaceAllString(t, ""))
		if m == nil || strings.TrimSpace(m[3]) == "" {
			continue
		}
		n, _ := axisNumber(m[2])
		kind := axisKindWord(m[1])
		for i := range p.doc.Axes {
			if a := &p.doc.Axes[i]; a.Title == "" && a.Number == n && a.Kind == kind {
				old := a.Label()
				a.Title = strings.TrimRight(strings.TrimSpace(reFichesOfAxis.ReplaceAllString(m[3], "")), ". *")
				p.relabelAxis(old, a.Label())
			}
		}
	}
}

func validate(name string, data []byte) error {
	if len(data) > MaxDocumentBytes {
		return &FileError{Path: name, Problem: ProblemTooLarge, Size: int64(len(data)), Limit: MaxDocumentBytes}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &FileError{Path: name, Problem: ProblemEmpty}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &FileError{Path: name, Problem: ProblemBinary, Offset: i}
	}
	if !utf8.Valid(data) && !windows1252Text(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line := bytes.Count(data[:off], []byte("\n")) + 1
		return &FileError{Path: name, Problem: ProblemNotUTF8, Line: line, Offset: off}
	}
	return nil
}

// scanTOC reads the table of contents: heading lines ending with a page
// number. Those lines are not body headings.
func (p *parser) scanTOC() {
	parent := ""
	lastTOC := -100
	// inContents is set under a "Sommaire" heading; lastPage is the
	// highest page its entries gave so far.
	inContents, lastPage := false, 0
	figures := leaderFigures(p.lines)
	for i, raw := range p.lines {
		if figures[i] {
			continue
		}
		t := cleanText(strings.ReplaceAll(raw, "\t", " \t "))
		entry := strings.TrimSpace(reEmphasis.ReplaceAllString(raw, ""))
		// Leaders shortened to fit the line ("… confiés . 34") are entries
		// too when they sit among entries; so are, under "Sommaire",
		// entries whose page a conversion set one space apart, when the
		// pages run on in order.
		loose := i-lastTOC <= 4 && (reTOCLoose.MatchString(entry) || inContents && (pageRunsOn(entry, lastPage) || squeezedRunsOn(entry, lastPage)))
		if !strings.Contains(raw, "\t") && !strings.Contains(raw, "...") && !strings.Contains(raw, "…") && !loose {
			// Under "Sommaire", entries may set their page apart by
			// spaces alone, as a conversion that keeps the layout prints
			// them ("Mesure 1 : Titre          6").
			if f := Fold(strings.Trim(t, "#*: ")); f == "sommaire" || f == "table des matieres" {
				lastTOC, inContents, lastPage = i, true, 0
			}
			if isMajorHeading(t) {
				switch f := Fold(t); {
				case f == "sommaire" || f == "table des matieres" || f == "glossaire" || isEditorial(t):
					parent = ""
				default:
					parent = t
				}
			}
			continue
		}
		m := reTOCEntry.FindStringSubmatch(entry)
		if m == nil && loose {
			m = reTOCLoose.FindStringSubmatch(entry)
		}
		if m == nil && loose {
			m = reTOCSpaced.FindStringSubmatch(entry)
		}
		if m == nil && loose {
			m = reTOCSqueezed.FindStringSubmatch(entry)
		}
		if m == nil || len(t) > 300 || strings.Count(raw, "\t") > 1 {
			continue
		}
		title := strings.TrimRight(cleanText(m[1]), ". ")
		// An entry too long for its line wraps, its page on the second
		// line ("Fiche action n°4 : … des informations" /
		// "préoccupantes.....15"): the first line, which has no page, is
		// the entry's too, or it would head a fiche that takes the text
		// after the table of contents.
		first := i
		if prev := i - 1; prev >= 0 && startsLower(title) && (inContents || prev-lastTOC <= 4) && p.wrappedEntry(prev) {
			title, first = cleanText(p.lines[prev])+" "+title, prev
			p.isTOC[prev] = true
		}
		lastTOC = i
		page, _ := strconv.Atoi(m[2])
		lastPage = max(lastPage, page)
		if title == "" || page == 0 {
			continue
		}
		p.isTOC[i] = true
		p.toc = append(p.toc, &tocEntry{title: Fold(title), page: page, parent: parent})
		if fm := p.matchFiche(title); fm != nil {
			id := CanonicalFicheID(fm[0])
			if _, ok := p.fichePages[id]; !ok {
				p.fichePages[id] = page
				p.tocFiches = append(p.tocFiches, tocFiche{id: id, title: strings.TrimSpace(fm[1]), page: page, line: first + 1, axis: len(p.tocAxes) - 1})
			}
		} else if am := matchAxis(title); am != nil && !strings.Contains(am[2], ".") {
			key := axisKey(am[1], am[2])
			p.axisPages[key] = append(p.axisPages[key], page)
			n, numeral := axisNumber(am[2])
			p.tocAxes = append(p.tocAxes, Axis{Kind: axisKindWord(am[1]), Number: n, Numeral: numeral, Title: strings.TrimSpace(am[3]),
				FromTOC: true, Span: Span{StartLine: i + 1, EndLine: i + 1, Page: page}})
		}
	}
}

// wrappedEntry reports a line that can be the first line of an entry of a
// table of contents wrapped onto the next: text, no entry of its own, no
// end of a sentence.
func (p *parser) wrappedEntry(i int) bool {
	t := cleanText(p.lines[i])
	if t == "" || p.isTOC[i] || p.furniture[i] {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".:;!?", last)
}

// reLeaderValue is what follows the dot leaders of a line: "296", "1 034",
// "47 %".
var reLeaderValue = regexp.MustCompile(`(?:\.{3,}|…+)\s*([^.…]*\d[^.…]*)$`)

// leaderFigures marks the lines of a table of key figures set with dot
// leaders, which looks like a table of contents:
//
//	Enfants confiés à l'ASE ..................... 1 034
//	dont accueillis chez un assistant familial .. 47 %
//	Assistants familiaux agréés ................. 296
//
// A run of two consecutive leader lines or more is such a table when one
// of its values is no page number: a figure with a thousands space, a
// percentage, an amount.
func leaderFigures(lines []string) []bool {
	marks := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		j, figure := i, false
		for ; j < len(lines); j++ {
			m := reLeaderValue.FindStringSubmatch(strings.TrimSpace(lines[j]))
			if m == nil {
				break
			}
			if v := strings.Trim(m[1], " *_"); !reBarePage.MatchString(v) {
				figure = true
			}
		}
		for k := i; figure && j-i >= 2 && k < j; k++ {
			marks[k] = true
		}
		i = max(j, i+1)
	}
	return marks
}

// reBarePage is a page number alone.
var reBarePage = regexp.MustCompile(`^\d{1,3}$`)

// reTOCSpaced is an entry of a table of contents whose page follows its
// title after a space: "Mesure 4 : Évaluer en moins de 3 mois 9".
var reTOCSpaced = regexp.MustCompile(`^(.*[^\d\s])\s+(\d{1,3})$`)

// pageRunsOn reports an entry whose page number, one space after its
// title, is no lower than the entries' before it: a table of contents
// runs on through the pages, where a title ending in a figure ("Aucun
// jeune sans solution à 18 ans 16") would not.
func pageRunsOn(entry string, lastPage int) bool { return runsOn(reTOCSpaced, entry, lastPage) }

// reTOCSqueezed is an entry of a table of contents whose title fills its
// line, so that a word processor left one dot of the leader between the
// title and its page: "… unité d'accueil pédiatrique.19".
var reTOCSqueezed = regexp.MustCompile(`^(.*[^\d\s.])\.{1,2}(\d{1,3})$`)

// squeezedRunsOn reports an entry whose leader shrank to a dot before a
// page no lower than the entries' before it: a sentence of the text would
// end on its full stop, not on a number glued to it.
func squeezedRunsOn(entry string, lastPage int) bool { return runsOn(reTOCSqueezed, entry, lastPage) }

// runsOn reports an entry that re reads as a title and a page (its second
// group), the page no lower than lastPage.
func runsOn(re *regexp.Regexp, entry string, lastPage int) bool {
	m := re.FindStringSubmatch(entry)
	if m == nil {
		return false
	}
	page, _ := strconv.Atoi(m[2])
	return page >= lastPage && page > 0
}

func axisKey(kind, num string) string {
	n, _ := axisNumber(num)
	return Fold(strings.Join(strings.Fields(kind), " ")) + "/" + strconv.Itoa(n)
}

// matchAxis reads an axis heading as [line, kind, number, title], the
// number arabic, Roman or a letter; nil when t is none.
func matchAxis(t string) []string {
	// "4. Orientation 1 – Agir tôt…": a chapter's number before the axis.
	if loc := reChapterNumber.FindStringSubmatchIndex(t); loc != nil {
		t = t[loc[3]:]
	}
	m := reAxis.FindStringSubmatch(t)
	if m == nil {
		// "A. Première orientation : soutenir les familles…": the axis
		// numbered by an ordinal word.
		if o := reOrdinalAxis.FindStringSubmatch(t); o != nil {
			if n := ordinalWords[Fold(o[1])]; n > 0 {
				return []string{o[0], o[2], strconv.Itoa(n), o[3]}
			}
		}
		return nil
	}
	return []string{m[0], m[1], m[2] + m[3], m[4]}
}

// reChapterNumber is a chapter's number before an axis heading ("4. ",
// "IV. ", "3.1 " of a report's numbered sections, "CHAPITRE II — "), when
// an axis word follows.
var reChapterNumber = regexp.MustCompile(`(?i)^((?:\d{1,2}|[IVX]{1,4})[.)]\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+|chapitre\s+(?:\d{1,2}|[IVX]{1,4}|premier|second|deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me)\s*[—–:.-]\s*)(?:orientation|axe|objectif|priorit|enjeu|ambition|engagement|pilier)`)

// reOrdinalAxis is an axis heading numbered by an ordinal word, perhaps
// after an outline letter: "B. Deuxième orientation : évaluer juste…".
var reOrdinalAxis = regexp.MustCompile(`(?i)^(?:#+\s*)?(?:[A-H][.)]\s*)?(premi[èe]re?|deuxi[èe]me|seconde?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me)\s+(orientation|axe|ambition|priorit[ée]|enjeu|engagement)\s*[:.\-–—]\s*(\S.*)$`)

// ordinalWords are the ranks an ordinal word gives an axis, folded.
var ordinalWords = map[string]int{
	"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3,
	"quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
}

// labelledAxis reads "Axe Axe 3 – Diversifier l'accueil", a fiche's table
// row whose label is the axis word its value starts with, as the axis
// heading it holds; nil for any other line, and for a row whose cells a
// wide gap keeps apart (`pdftotext -layout`), which the table reader takes.
// The label may qualify the word ("Axe stratégique", "Orientation de
// rattachement :"), and a row whose cells a tab sets apart may give the
// value without the word ("Axe stratégique<TAB>2 – Protéger…").
func labelledAxis(raw, t string) []string {
	f := strings.Fields(t)
	if len(f) < 3 || strings.Contains(strings.TrimSpace(raw), "   ") || !reAxis.MatchString(f[0]+" 1") {
		return nil
	}
	// The value opens on the label's word within its first words.
	for k := 1; k <= 3 && k < len(f)-1; k++ {
		if Fold(f[k]) == Fold(f[0]) {
			return matchAxis(strings.TrimSpace(strings.Join(f[k:], " ")))
		}
		if !startsLower(f[k]) && f[k] != ":" {
			break
		}
	}
	label, value, ok := strings.Cut(strings.TrimSpace(raw), "\t")
	if !ok || len(strings.Fields(label)) > 4 || !reBareAxisValue.MatchString(cleanText(value)) {
		return nil
	}
	return matchAxis(f[0] + " " + cleanText(value))
}

// reBareAxisValue is an axis's number and title without its word, as a
// labelled cell gives them: "2 – Protéger", "III. Accompagner".
var reBareAxisValue = regexp.MustCompile(`^(?:\d{1,2}|[IVX]{1,4})\s*[:.\-–—]\s*\p{Lu}`)

// reRowAxis is a row of a table of the axes, the axis word and its number
// before the title with no mark between them: "Axe 2      Mieux repérer…"
// as `pdftotext -layout` keeps the gap, "Axe 2 Mieux repérer… (fiches 4 à
// 6)" as the raw text closes it up.
var reRowAxis = regexp.MustCompile(`^\s*(?i:(orientation|axe|priorit[ée]|enjeu|ambition|engagement))\s+(\d{1,2}|[IVX]{1,4})(\s{3,}|\s)(\p{Lu}.*)$`)

// rowAxis reads such a row as an axis heading when a wide gap sets the
// title apart or the title ends by naming the axis's fiches; nil for any
// other line, such as a sentence that starts with "Axe 2".
func rowAxis(raw string) []string {
	m := reRowAxis.FindStringSubmatch(raw)
	if m == nil {
		return nil
	}
	if _, _, ok := fichesNamed(m[4]); len(m[3]) < 3 && !ok {
		return nil
	}
	return []string{m[0], m[1], m[2], cleanText(m[4])}
}

// AxisNumber reads an axis number, arabic or Roman ("VII"), and returns it
// with the Roman numeral as printed (upper case), "" for an arabic one.
func AxisNumber(num string) (int, string) { return axisNumber(num) }

func axisNumber(num string) (int, string) {
	if n, err := strconv.Atoi(num); err == nil {
		return n, ""
	}
	// "Axe stratégique B": letters number the axes in order. A Roman
	// numeral of one letter (I, V, X, L) is read as Roman first.
	if len(num) == 1 && romanValue(num) == 0 {
		if c := strings.ToUpper(num)[0]; c >= 'A' && c <= 'H' {
			return int(c-'A') + 1, string(c)
		}
	}
	if n := romanValue(num); n > 0 {
		return n, strings.ToUpper(num)
	}
	return 0, ""
}

// axisKindWord writes an axis word as a heading: "OBJECTIF  STRATÉGIQUE"
// gives "Objectif stratégique".
func axisKindWord(w string) string {
	kind := strings.ToLower(strings.Join(strings.Fields(w), " "))
	r := []rune(kind)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// matchFiche reads a fiche heading, or an action heading in a document
// that numbers actions instead of fiches. It returns the label and the
// title, or nil.
func (p *parser) matchFiche(t string) []string {
	// "[Fiche n° 1 — Aller vers les familles…]": a reference in brackets
	// under a news item's headline.
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	// "Action 1.2 (fiche n°2) – …": the fiche's number in brackets.
	if m := bracketedFiche(t); m != nil {
		return m
	}
	// "AXE 3 · FICHE 7" over the title: the fiche is the kicker's last
	// number.
	if m, _ := kicker(t); m != nil {
		return m
	}
	if m := reFiche.FindStringSubmatch(t); m != nil && !labelCut(t, m[1]) && !codeAfterFA(t) {
		return m[1:]
	}
	// "Orientation 2 > Objectif 2.2 > Action 2.2.1": a path of headings
	// whose last names the action, its title on the line below.
	if _, last := breadcrumb(t); last != "" && p.actionHeads {
		if m := reActionAlone.FindStringSubmatch(last); m != nil {
			return []string{m[1], ""}
		}
		if m := reActionHead.FindStringSubmatch(last); m != nil {
			return m[1:]
		}
	}
	if p.actionHeads {
		// "ACTION n°3" alone, its title on the next line.
		if m := reActionAlone.FindStringSubmatch(strings.TrimLeft(t, "#* ")); m != nil {
			return []string{m[1], ""}
		}
		// "1. Action A.1 – …": actions numbered as a list under an axis.
		// "ACTIONS 1. Signer une convention…" is the label of a fiche's
		// actions and the first of them, numbered.
		if m := reActionHead.FindStringSubmatch(reListNumber.ReplaceAllString(t, "")); m != nil && !reLabelThenList.MatchString(t) {
			return m[1:]
		}
		// "1.1.1 - Ouvrir un lieu ressource": actions numbered under the
		// objectives of an axis, three levels deep (two levels number
		// the chapters of many documents).
		if m := reDeepNumbered.FindStringSubmatch(t); m != nil {
			return m[1:]
		}
		// "1.1.1 Renforcer les visites à domicile" then "Qui pilote ?":
		// the same numbers without a dash, in a document where such
		// headings open fields.
		if p.deepHeads {
			if m := reDeepSpaced.FindStringSubmatch(t); m != nil {
				return m[1:]
			}
		}
		// "#### A1 – Ouvrir des Maisons…": actions coded by their axis's
		// letter and a number, as headings, in a document that has
		// several of them.
		if p.codedHeads >= 3 {
			if m := reCodedHead.FindStringSubmatch(t); m != nil {
				return m[1:]
			}
		}
	}
	if p.bareHeads[t] {
		m := reBareHead.FindStringSubmatch(t)
		return []string{m[1], m[2]}
	}
	if p.family != nil {
		if code, title, ok := p.family.match(t); ok {
			return []string{code, title}
		}
	}
	return nil
}

// labelCut tells whether the label read in a line stops inside a number:
// "Fiches 1.1, 1.2 et 1.3." lists fiches, it is no heading of fiche 1.
func labelCut(t, label string) bool {
	i := strings.Index(t, label)
	if i < 0 {
		return false
	}
	rest := t[i+len(label):]
	return len(rest) >= 2 && rest[0] == '.' && rest[1] >= '0' && rest[1] <= '9'
}

// reLabelThenList is the plural label of a fiche's actions run in with
// the first item of their numbered list: "ACTIONS 1. Signer…".
var reLabelThenList = regexp.MustCompile(`(?i)^(?:#+\s*)?(?:actions|mesures|chantiers)\s+\d{1,2}[.)]\s`)

// reActionAlone is an action's number alone, its title elsewhere.
var reActionAlone = regexp.MustCompile(`(?i)^` + actionWord + `\s*(?:n\s*[°º]\s*)?(` + labelPattern + `)$`)

// breadcrumb splits a heading written as a path ("Orientation 2 > Objectif
// 2.2 > Action 2.2.1") into its parts before the last, and the last; last
// is "" when the heading is no path.
func breadcrumb(t string) ([]string, string) {
	parts := strings.Split(strings.TrimLeft(t, "#* "), " > ")
	if len(parts) < 2 {
		return nil, ""
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts[:len(parts)-1], parts[len(parts)-1]
}

// countFicheHeadings counts the lines that read as fiche headings.
// reCodedHead is the markdown heading of an action coded by a letter and
// a number, or by the three letters of its theme, a dash and a number, a
// dash, then its title: "#### B2 – Ouvrir une UAPED", "## PRE-1 — Une
// PMI qui va vers les familles".
var reCodedHead = regexp.MustCompile(`^#{2,6}\s*([A-Z]\d{1,2}(?:\.\d{1,2})?|[A-Z]{2,3}-\d{1,2})\s*[–—·-]\s*(\S.{2,})$`)

// longLineLengths returns the lengths of a document's lines of 40
// characters or more, sorted, or nil when it has fewer than 20 of them: too
// few to measure a page by.
func longLineLengths(lines []string) []int {
	var ks []int
	for _, l := range lines {
		if k := utf8.RuneCountInString(strings.TrimSpace(l)); k >= 40 {
			ks = append(ks, k)
		}
	}
	if len(ks) < 20 {
		return nil
	}
	slices.Sort(ks)
	return ks
}

// lineMeasure returns the length of a document's full lines when it was
// wrapped at a fixed width (a printed page, even in a proportional font):
// many lines end near the same length and few go beyond it. It returns 0
// otherwise (markdown paragraphs on one line).
func lineMeasure(lines []string) int {
	ks := longLineLengths(lines)
	if ks == nil {
		return 0
	}
	m := ks[len(ks)*9/10]
	near := 0
	for _, k := range ks {
		if k*10 >= m*8 && k*10 <= m*11 {
			near++
		}
	}
	if near*10 < len(ks)*3 || ks[len(ks)*99/100]*10 > m*13 {
		return 0
	}
	return m
}

// reNumberedChapter is a heading numbered by one number only: "1 Prévenir
// au plus tôt et au plus près des familles".
var reNumberedChapter = regexp.MustCompile(`^(\d{1,2}\.?|[A-H]\.)\s+(\p{Lu}.{3,150})$`)

// reAxisWord finds the words a document names its axes with, wherever
// they are printed (a running header "Orientation 1 — Prévenir").
var reAxisWord = regexp.MustCompile(`(?i)\b(orientation|axe|priorit[ée]|enjeu|ambition)s?\s+\d`)

// numberedAxis reads line i as the heading of an axis in a document whose
// actions are numbered three levels deep ("1.1.1 Renforcer…"): a heading
// numbered N whose next action is numbered N.x.y. It returns the match in
// matchAxis's form, the kind being the word the document uses most for its
// axes ("Axe" when it uses none).
func (p *parser) numberedAxis(i int, t string) []string {
	m := reNumberedChapter.FindStringSubmatch(t)
	// Numbers head chapters of many documents ("1. Éditorial" before
	// fiche 1.1): only under actions three levels deep are they axes.
	// A family of fiches numbered two levels deep ("1.1 Renforcer…")
	// heads its chapters with one number too: "1. Prévenir…" over 1.1 is
	// an axis.
	twoLevels := p.family != nil && p.family.word == "" && p.family.shape == "9.9"
	if m == nil || reDeepSpaced.MatchString(t) || !p.deepHeads && !twoLevels && !unicode.IsLetter(rune(m[1][0])) {
		return nil
	}
	// "B. Adapter l'offre…" over actions numbered 4 to 7 straight
	// through: the letter names the axis, no part of the actions' codes.
	if p.bareHeads != nil && unicode.IsLetter(rune(m[1][0])) {
		if p.bareAxis(i) {
			return []string{t, p.axisWord(), strings.TrimSuffix(m[1], "."), m[2]}
		}
		return nil
	}
	n := strings.TrimSuffix(m[1], ".")
	for j := i + 1; j < len(p.lines) && j <= i+60; j++ {
		f := p.matchFiche(cleanText(p.lines[j]))
		if f == nil {
			continue
		}
		// "1 Prévenir…" over action 1.1.1; "B. Protéger…" over "Action
		// B-3".
		id := CanonicalFicheID(f[0])
		if unicode.IsLetter(rune(n[0])) && (!strings.HasPrefix(id, n) || len(id) == len(n) || !unicode.IsDigit(rune(id[len(n)]))) ||
			!unicode.IsLetter(rune(n[0])) && !strings.HasPrefix(id, n+".") {
			return nil
		}
		return []string{t, p.axisWord(), n, m[2]}
	}
	return nil
}

// axisWord returns the word the document names its axes with most often,
// "Axe" when it uses none.
func (p *parser) axisWord() string {
	counts := map[string]int{}
	best, n := "Axe", 0
	for _, l := range p.lines {
		for _, m := range reAxisWord.FindAllStringSubmatch(l, -1) {
			w := strings.ToUpper(m[1][:1]) + strings.ToLower(m[1][1:])
			if counts[w]++; counts[w] > n {
				best, n = w, counts[w]
			}
		}
	}
	return best
}

// countDeepHeadings counts the reDeepSpaced lines that a field label
// follows.
func (p *parser) countDeepHeadings() int {
	n := 0
	for i, l := range p.lines {
		if t := cleanText(l); len(t) < 300 && reDeepSpaced.MatchString(t) && p.labelNext(i) {
			n++
		}
	}
	return n
}

// countCodedHeadings counts the lines that are reCodedHead headings.
func countCodedHeadings(lines []string) int {
	n := 0
	for _, l := range lines {
		if len(l) < 300 && strings.HasPrefix(l, "##") && reCodedHead.MatchString(cleanText(l)) {
			n++
		}
	}
	return n
}

func countFicheHeadings(lines []string) int {
	n := 0
	for _, l := range lines {
		if t := cleanText(l); len(t) < 300 && reFiche.MatchString(t) && !codeAfterFA(t) {
			n++
		}
	}
	return n
}

// pageFurniture marks the lines a PDF conversion repeats on every page:
// labelCellRow reports a line that opens on a field label set apart from
// the rest by a run of spaces, as a table's first column prints it.
func labelCellRow(l string) bool {
	segs := segments(strings.TrimSpace(strings.TrimLeft(l, "\f")))
	if len(segs) < 2 {
		return false
	}
	k, rest := labelKind(segs[0].text + " :")
	return k != fNone && k != fOther && rest == ""
}

// spreadNumbers reports the page numbers of a two-page spread printed on
// one sheet: "7 8".
func spreadNumbers(t string) bool {
	a, b, ok := strings.Cut(t, " ")
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(strings.TrimSpace(b))
	return ok && err1 == nil && err2 == nil && x > 0 && y == x+1 && x < 1000
}

// page numbers alone on their line, and running headers or footers (a line
// printed at least three times, next to a page break or a page number).
func pageFurniture(lines []string) []bool {
	marks := make([]bool, len(lines))
	pageBreak := make([]bool, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.ContainsRune(l, '\f') {
			pageBreak[i] = true
		}
		if rePageNumber.MatchString(strings.Trim(t, "\f ")) && t != "" || spreadNumbers(strings.Trim(t, "\f ")) || reSlideMarker.MatchString(t) {
			marks[i] = true
			pageBreak[i] = true
		}
	}
	near := func(i int) bool {
		for j := max(0, i-2); j <= min(len(lines)-1, i+2); j++ {
			if j != i && pageBreak[j] || j == i && strings.ContainsRune(lines[j], '\f') {
				return true
			}
		}
		return false
	}
	// A footer may carry its page number on its line ("Schéma … 12"):
	// lines are compared without it.
	seen := map[string][]int{}
	for i, l := range lines {
		t := cleanText(l)
		// Only a line of some length is a footer without its number: "N° 1",
		// "N° 2" are labels.
		if stripped := reEdgeNumber.ReplaceAllString(t, ""); len(stripped) >= 15 {
			t = stripped
		}
		// An axis heading repeated at the top of each of its pages is
		// still its heading: the parser merges repeated axes. A landscape
		// page's running header, its left and right halves on one line,
		// runs to some 160 characters.
		if t == "" || utf8.RuneCountInString(t) > 180 || marks[i] || matchAxis(cleanText(l)) != nil || labelledAxis(l, cleanText(l)) != nil || reFiche.MatchString(cleanText(l)) || reFicheWord.MatchString(cleanText(l)) || isKicker(cleanText(l)) {
			continue
		}
		seen[t] = append(seen[t], i)
	}
	// A conversion that keeps the page breaks tells the pages apart: a
	// line printed once on most pages, wherever the conversion placed it
	// among the page's lines ("Département de la Sarthe", the right half
	// of a running header, comes out after a table's labels), is
	// furniture, unless it is a label.
	pageOf := make([]int, len(lines))
	pages := 1
	for i, l := range lines {
		pages += strings.Count(l, "\f")
		pageOf[i] = pages
	}
	for t, idx := range seen {
		if pages < 4 || len(idx) < max(3, pages*3/5) {
			continue
		}
		onePerPage := true
		for k := 1; k < len(idx); k++ {
			if pageOf[idx[k]] == pageOf[idx[k-1]] {
				onePerPage = false
			}
		}
		// A form prints its labels on every page ("Public visé :"),
		// each waiting for its value: no running header ends on a colon.
		// Nor does one open on a label that a table's first column sets
		// apart from its value ("Échéancier   Année   T1   T2"): the
		// same row of each fiche's table is no page's furniture.
		if k, _ := labelKind(t); onePerPage && k == fNone && !strings.HasSuffix(t, ":") && !labelCellRow(lines[idx[0]]) && !labelPart(lines, idx[0]) {
			for _, i := range idx {
				marks[i] = true
			}
		}
	}
	// A footer whose page number sits inside it ("Département de
	// l'Allier - 2 - Délibération n° CD-2023-12-087"): the same line
	// once a page, but for its numbers.
	byShape := map[string][]int{}
	for i, l := range lines {
		t := strings.TrimLeft(cleanText(l), "\f ")
		if len(t) < 15 || len(t) > 120 || marks[i] || !reDigit.MatchString(t) || matchAxis(t) != nil || labelledAxis(l, t) != nil || reFiche.MatchString(t) || reFicheWord.MatchString(t) || reActionHead.MatchString(t) || reActionAlone.MatchString(t) || isKicker(t) ||
			reDeepNumbered.MatchString(t) || reDeepSpaced.MatchString(t) || reNumberedChapter.MatchString(t) {
			continue
		}
		if k, _ := labelKind(t); k != fNone {
			continue
		}
		key := reDigits.ReplaceAllString(t, "#")
		byShape[key] = append(byShape[key], i)
	}
	for _, idx := range byShape {
		if pages < 4 || len(idx) < max(3, pages*3/5) {
			continue
		}
		perPage := map[int]int{}
		for _, i := range idx {
			perPage[pageOf[i]]++
		}
		if len(perPage) == len(idx) && numbersPages(lines, idx, pageOf) {
			for _, i := range idx {
				marks[i] = true
			}
		}
	}
	// A running header that names the current chapter ("Département de
	// l'Aveyron  Orientation 1 — Prévenir", then "… Orientation 2 — …")
	// opens most pages with the same words and ends differently.
	tops := map[string][]int{}
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimLeft(l, " "), "\f") {
			continue
		}
		t := strings.TrimLeft(cleanText(l), "\f ")
		if w := strings.Fields(Fold(t)); len(w) >= 4 && len(t) <= 120 && matchAxis(t) == nil && !reFiche.MatchString(t) && !reFicheWord.MatchString(t) && !reActionHead.MatchString(t) {
			key := strings.Join(w[:3], " ")
			tops[key] = append(tops[key], i)
		}
	}
	for _, idx := range tops {
		if pages >= 4 && len(idx) >= max(3, pages*3/5) {
			for _, i := range idx {
				marks[i] = true
			}
		}
	}
	// A footnote at the foot of a page: its number alone on a line, its
	// text on the next lines, then the page's footer ("3" / "Démarche
	// nationale portant sur…" / "Département de l'Allier - 2 -").
	defer func() {
		for i := 0; i+1 < len(lines); i++ {
			if !reFootnoteNumber.MatchString(strings.TrimSpace(lines[i])) {
				continue
			}
			for j := i + 2; j < len(lines) && j <= i+4; j++ {
				if marks[j] || strings.ContainsRune(lines[j], '\f') {
					if note := strings.TrimSpace(lines[j-1]); strings.HasSuffix(note, ".") && !marks[j-1] {
						for k := i; k < j; k++ {
							marks[k] = true
						}
					}
					break
				}
				if strings.TrimSpace(lines[j-1]) == "" {
					break
				}
			}
		}
	}()
	for t, idx := range seen {
		// The last label of a fiche a page sits near each page's
		// footer: it is still a label.
		if k, _ := labelKind(t); len(idx) < 3 || k != fNone {
			continue
		}
		nearBreaks := 0
		for _, i := range idx {
			if near(i) {
				nearBreaks++
			}
		}
		if nearBreaks*2 >= len(idx) {
			for _, i := range idx {
				marks[i] = true
			}
		}
	}
	return marks
}

// inContentsList reports an indented line under a "Sommaire" heading: an
// entry of a table of contents printed without page numbers ("    Annexe 2
// — Sigles employés"), no heading of the body.
func (p *parser) inContentsList(raw string) bool {
	if p.section == nil || !strings.HasPrefix(raw, " ") && !strings.HasPrefix(raw, "\t") {
		return false
	}
	switch Fold(strings.Trim(p.section.Heading, "#*: ")) {
	case "sommaire", "table des matieres", "contents", "table of contents":
		return true
	}
	return false
}

// numbersPages reports lines, one a page, that carry a number growing as
// the pages do: a page number inside a running footer, not figures.
func numbersPages(lines []string, idx, pageOf []int) bool {
	var nums [][]string
	for _, i := range idx {
		nums = append(nums, reDigits.FindAllString(lines[i], -1))
	}
	for k := range nums[0] {
		ok := true
		for j := 1; j < len(idx) && ok; j++ {
			if k >= len(nums[j]) || k >= len(nums[j-1]) {
				ok = false
				break
			}
			a, _ := strconv.Atoi(nums[j-1][k])
			b, _ := strconv.Atoi(nums[j][k])
			ok = b-a == pageOf[idx[j]]-pageOf[idx[j-1]]
		}
		if ok {
			return true
		}
	}
	return false
}

var (
	reFootnoteNumber = regexp.MustCompile(`^\d{1,2}$`)
	reDigit          = regexp.MustCompile(`\d`)
	reDigits         = regexp.MustCompile(`\d+`)
)

// tocPage returns the page the table of contents gives a heading, or 0,
// and the part of the table of contents it is listed under.
func (p *parser) tocPage(heading string) (int, string) {
	f := Fold(heading)
	for _, e := range p.toc {
		if !e.used && (e.title == f || (len(f) > 20 && strings.HasPrefix(e.title, f)) || (len(e.title) > 20 && strings.HasPrefix(f, e.title))) {
			e.used = true
			return e.page, e.parent
		}
	}
	return 0, ""
}

func (p *parser) inTOC(heading string) bool {
	f := Fold(heading)
	for _, e := range p.toc {
		if e.title == f || (len(e.title) > 20 && strings.HasPrefix(f, e.title)) {
			return true
		}
	}
	return false
}

func (p *parser) scanBody() error {
	for i := 0; i < len(p.lines); i++ {
		// A slide whose first line is no field label is a new slide, not
		// the action's: "--- Diapositive 24 / 38 ---" / "Gouvernance".
		if p.furniture[i] && p.curFiche != nil && reSlideMarker.MatchString(strings.TrimSpace(p.lines[i])) && !p.labelNext(i) {
			p.endFiche()
		}
		if p.isTOC[i] || p.furniture[i] {
			continue
		}
		raw := p.lines[i]
		ln := i + 1
		t := cleanText(raw)
		if t == "" {
			continue
		}
		// A fiche told as a paragraph of prose ends with it; the text
		// after it is the minutes' or the report's own.
		if p.curFiche != nil && p.proseEnd > 0 {
			if i < p.proseEnd {
				continue
			}
			p.endFiche()
		}
		if len(t) > 60 {
			t = reGluedPage.ReplaceAllString(t, "$1")
		}
		// A line of tab-separated cells is a table row ("1.1<TAB>Title<TAB>
		// Pilot"), unless it holds a label alone, a tab between the word
		// and the number ("Mesure n°<TAB>1.1" in an office export's form).
		if strings.Contains(raw, "\t") && len(t) < 60 {
			if m := p.matchFiche(t); m != nil && strings.TrimSpace(m[1]) == "" && p.ficheHeadingOK(i, m) {
				if at := p.startFiche(ln, m); at > i {
					i = at
				}
				continue
			}
		}
		// "Action n° 7 — Créer une UAPED. Les enfants victimes…": a fiche
		// written as one paragraph, its title the first sentence.
		if len(t) >= 400 && !strings.Contains(raw, "\t") {
			if head, body, ok := strings.Cut(t, ". "); ok && len(head) < 300 {
				if m := p.matchFiche(head); m != nil && strings.TrimSpace(m[1]) != "" && p.ficheHeadingOK(i, m) {
					p.startFiche(ln, m)
					p.proseFiche(ln, body)
					continue
				}
			}
		}
		if last, ok := p.annexLine(i, raw, t); ok {
			i = last
			continue
		}
		if _, isBullet := bulletItem(raw); !isBullet && !strings.Contains(raw, "\t") && len(t) < 400 {
			m := p.matchFiche(t)
			// "Action 4.2 – …" under "Chantier n° 4": the chantier's own
			// action, no fiche of its own.
			if m != nil && p.ownAction(i, m) {
				p.addOwnAction(ln, t)
				continue
			}
			if m != nil && p.ficheHeadingOK(i, m) {
				// The path's axis is the fiche's.
				if path, _ := breadcrumb(t); len(path) > 0 {
					if am := matchAxis(path[0]); am != nil {
						p.endFiche()
						p.axisFor(ln, am)
					}
				}
				// So is a kicker's.
				if _, am := kicker(t); am != nil {
					p.endFiche()
					p.kickerAxis(ln, am)
				}
				// "8. Action 3.2.1 — …": a summary that numbers coded
				// actions in order gives each its order number.
				if lm := reListNumber.FindStringSubmatch(t); lm != nil && p.actionHeads {
					p.aliases[CanonicalFicheID(m[0])] = lm[1]
				}
				if at := p.startFiche(ln, m); at > i {
					i = at
				}
				if end := p.proseParagraph(i + 1); end > 0 {
					p.proseFrom, p.proseEnd = i+1, end
				}
				continue
			}
			// "FICHE ACTION" / "N° 4" / its title: a heading printed as a
			// band over several lines.
			if m, last := p.ficheBand(i, t); m != nil {
				p.startFiche(ln, m)
				i = last
				continue
			}
			if last, ok := p.actionTable(i); ok {
				i = last
				continue
			}
			// "Objectif 1.2 – Soutenir la parentalité" over "Action 1.2.1
			// – …": a sub-level of an axis, numbered as its actions are,
			// is a section and no fiche's objective.
			if sm := reSubLevel.FindStringSubmatch(t); sm != nil && p.nextFicheUnder(i, sm[1]) {
				p.endFiche()
				p.startSection(ln, t, 2)
				continue
			}
			m = matchAxis(t)
			if m == nil {
				m = labelledAxis(raw, t)
			}
			if m == nil {
				m = rowAxis(raw)
			}
			if m == nil {
				m = p.numberedAxis(i, t)
			}
			if m != nil && len(t) < 300 {
				if p.nextIsTOC(i) || p.inContentsList(raw) {
					continue // a heading of the table of contents
				}
				if strings.Contains(m[2], ".") {
					// "Objectif stratégique 1.2" under "Orientation 1": a
					// sub-level of the axis, read as a section.
					p.endFiche()
					p.startSection(ln, t, 2)
					continue
				}
				if strings.TrimSpace(m[3]) == "" {
					m[3], i = p.titleBelow(i)
				} else if i+1 < len(p.lines) {
					// "Axe 1 – PRÉVENIR ET SOUTENIR LES FAMILLES AU PLUS PRÈS DES"
					// / "TERRITOIRES": a title the line wrap cut.
					if next := cleanText(p.lines[i+1]); next != "" && utf8.RuneCountInString(next) <= 60 && wrapsOnto(m[3], next) && (startsLower(next) || strings.ToUpper(next) == next && strings.ToUpper(m[3]) == m[3]) {
						m[3] = joinWrapped(strings.TrimSpace(m[3]), next)
						i++
					}
				}
				// A fiche page that prints its axis under its title ("AXE 1 –
				// PRÉVENIR…"): the axis is the fiche's, the fiche goes on.
				if p.curFiche != nil && !ficheHasContent(p.curFiche) && p.textLinesBetween(p.curFiche.Span.StartLine, i) <= 3 {
					p.axisFor(ln, m)
					p.curFiche.Axis, p.curFiche.AxisNumber = p.curAxis.Label(), p.curAxis.Number
					continue
				}
				p.startAxis(ln, m)
				continue
			}
			if p.isGlossaryHeading(t) && !p.inContentsList(raw) {
				p.endFiche()
				p.inGlossary = true
				p.glossaryFrom = len(p.doc.Glossary)
				p.startSection(ln, strings.Trim(t, "#*: "), 1)
				continue
			}
		}
		if p.inGlossary {
			// "ARS : agence régionale de santé. CAF : caisse…": a
			// glossary written as one paragraph.
			if entries, last := p.runInGlossary(i); len(entries) > 0 {
				p.doc.Glossary = append(p.doc.Glossary, entries...)
				i = last
				continue
			}
			if pairs := glossaryColumns(raw); pairs != nil {
				for _, pr := range pairs {
					p.doc.Glossary = append(p.doc.Glossary, GlossaryEntry{Acronym: pr[0], Expansion: pr[1],
						Span: Span{StartLine: ln, EndLine: ln, Page: p.sectionPage()}})
				}
				continue
			}
			if acr, exp, ok := glossaryEntry(raw, t); ok {
				p.doc.Glossary = append(p.doc.Glossary, GlossaryEntry{Acronym: acr, Expansion: exp,
					Span: Span{StartLine: ln, EndLine: ln, Page: p.sectionPage()}})
				continue
			}
			// "ADEPAPE Association départementale d'entraide…": a table
			// whose cells a conversion joined with one space, an expansion
			// wrapped onto the next line in lower case.
			if m := reAcronymThenName.FindStringSubmatch(t); m != nil && isAcronym(m[1]) {
				p.doc.Glossary = append(p.doc.Glossary, GlossaryEntry{Acronym: m[1], Expansion: m[2],
					Span: Span{StartLine: ln, EndLine: ln, Page: p.sectionPage()}})
				continue
			}
			if n := len(p.doc.Glossary); n > 0 && p.doc.Glossary[n-1].Span.EndLine == ln-1 && startsLower(t) {
				g := &p.doc.Glossary[n-1]
				g.Expansion, g.Span.EndLine = joinWrapped(g.Expansion, t), ln
				continue
			}
		}
		if p.curFiche != nil && (p.tableEnds[i] || p.endsFiche(i, raw, t)) {
			p.endFiche()
		}
		if p.curFiche != nil {
			p.ficheLine_(ln, raw, t)
			continue
		}
		p.narrativeLine(i, raw, t)
	}
	p.endFiche()
	p.endSection()
	return nil
}

// endsFiche tells a heading that closes the fiche being read and opens a
// narrative part: a markdown heading at the fiche heading's level or above,
// a part of the document ("Annexes", "Glossaire"), or a line in capitals
// set apart that is no field label ("BILAN DU PRÉCÉDENT SCHÉMA").
func (p *parser) endsFiche(i int, raw, t string) bool {
	// A heading above the fiche's own level closes it even when it opens
	// on a label's word ("## Calendrier : les échéances par année" after
	// "### Fiche 3"): a fiche's fields are never set above its heading.
	if m := reMDHead.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		if head := reMDHead.FindStringSubmatch(strings.TrimSpace(p.lines[p.curFiche.Span.StartLine-1])); head != nil && len(m[1]) < len(head[1]) {
			return true
		}
	}
	if p.chapterTops[i] {
		return true
	}
	if p.outlineAbove(raw, t) {
		return true
	}
	if k, _ := p.label(raw); k != fNone {
		return false
	}
	if isMajorHeading(t) || p.isGlossaryHeading(t) || p.flushHeading(i, raw, t) || p.chapters[i] || p.contentsHeads[Fold(t)] {
		return true
	}
	if m := reMDHead.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		head := reMDHead.FindStringSubmatch(strings.TrimSpace(p.lines[p.curFiche.Span.StartLine-1]))
		return head != nil && len(m[1]) <= len(head[1])
	}
	if _, ok := bulletItem(raw); ok || strings.ContainsAny(raw, "\t|<") {
		return false
	}
	letters := strings.IndexFunc(t, unicode.IsLetter) >= 0
	if !letters || strings.ToUpper(t) != t || len(strings.Fields(t)) < 3 || utf8.RuneCountInString(t) > 90 || marksOrTimes(t) {
		return false
	}
	blank := func(j int) bool {
		return j < 0 || j >= len(p.lines) || strings.TrimSpace(p.lines[j]) == "" || p.furniture[j]
	}
	return blank(i-1) || blank(i+1)
}

// marksOrTimes reports a line in capitals that is a calendar's, no
// heading: the row of a grid, a year and its marks ("2026 X X"), or
// periods ("T1 – T2 2026").
func marksOrTimes(t string) bool {
	if isPeriod(t) || partsOfOneYear(strings.Split(t, " ; ")) {
		return true
	}
	for _, w := range strings.Fields(t) {
		if !reGridYear.MatchString(w) && !gridMark(w) {
			return false
		}
	}
	return true
}

// nextIsTOC reports whether the next non-blank line after i is an entry of
// the table of contents.
func (p *parser) nextIsTOC(i int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		if strings.TrimSpace(p.lines[j]) != "" {
			return p.isTOC[j]
		}
	}
	return false
}

func isAcronym(s string) bool {
	up := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up >= 2 || (up == 1 && utf8.RuneCountInString(s) <= 3)
}

// ficheHeadingOK tells a fiche heading from a sentence that starts with
// "Fiche 3 …": a heading has a title, or stands alone on its line.
func (p *parser) ficheHeadingOK(i int, m []string) bool {
	// "Liens" / "Fiche 5": a reference to another fiche heads none.
	if p.crossReference(i) {
		return false
	}
	title := strings.TrimSpace(m[1])
	if title == "" {
		return true
	}
	// "Fiche 12. Voir la fiche…" inside a paragraph is rare; a title does
	// not end like a sentence continuing on the next line.
	return !strings.HasSuffix(title, ",")
}

// nextFicheUnder reports that the next line with text after line i heads a
// fiche or an action numbered under label ("Action 1.2.1" under "1.2").
func (p *parser) nextFicheUnder(i int, label string) bool {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		t := cleanText(p.lines[j])
		if t == "" {
			continue
		}
		for _, re := range []*regexp.Regexp{reFiche, reActionHead} {
			if m := re.FindStringSubmatch(t); m != nil {
				return strings.HasPrefix(m[1], label+".")
			}
		}
		return false
	}
	return false
}

// startFiche opens a fiche at a heading. A label printed twice loads both
// fiches, with a warning: documents do repeat a label by mistake.
// startFiche opens the fiche a heading names. It returns the index of the
// line that held its title when the title is below the heading, so that the
// caller reads on after it, or -1.
func (p *parser) startFiche(ln int, m []string) int {
	id := CanonicalFicheID(m[0])
	p.endFiche()
	p.endSection()
	p.inGlossary = false
	title := strings.TrimSpace(strings.TrimRight(m[1], " *"))
	titleAt := -1
	if title == "" {
		// "FICHE N°3" alone, its title on the next line.
		var j int
		title, j = p.titleBelow(ln - 1)
		title = strings.TrimSpace(strings.TrimRight(title, " *"))
		if title != "" {
			titleAt = j
		}
	}
	// "Action 1.1.2 – Développer l'intervention des techniciens de
	// l'intervention sociale et fami-" / "liale": a title the line wrap cut
	// goes on in lower case on the next line.
	if title != "" && titleAt < 0 && ln < len(p.lines) {
		if next := cleanText(p.lines[ln]); startsLower(next) && utf8.RuneCountInString(next) <= 80 && wrapsOnto(title, next) {
			// "… outiller le" / "pilotage.": a title cut mid-phrase goes
			// on, even in a word that could head a field.
			if k, _ := p.label(p.lines[ln]); k == fNone || endsMidPhrase(title) {
				title, titleAt = joinWrapped(title, next), ln
			}
		} else if p.wrappedTitle(ln-1, title, next) || p.titleCutBeforeName(title, p.lines[ln]) {
			title, titleAt = joinWrapped(title, next), ln
		}
	}
	fill := false
	if prev, ok := p.ficheLine[id]; ok {
		old := p.doc.Fiche(id)
		if p.annexHeading && p.toldFiches[id] {
			// The annex that details a fiche the body only told.
			fill = true
		} else if old != nil && ficheHasContent(old) {
			p.doc.Warnings = append(p.doc.Warnings, fmt.Sprintf("%s:%d: fiche %s is defined twice (first at line %d); questions about fiche %s get the first", p.name, ln, id, prev, id))
		} else {
			// The first one was a bare repetition of the heading (a table
			// of contents without page numbers): drop it.
			for i := range p.doc.Fiches {
				if p.doc.Fiches[i].ID == id {
					p.doc.Fiches = append(p.doc.Fiches[:i], p.doc.Fiches[i+1:]...)
					break
				}
			}
			p.ficheLine[id] = ln
		}
	} else {
		p.ficheLine[id] = ln
	}
	f := Fiche{Doc: p.doc.ID, ID: id, Number: labelNumber(id), Title: title,
		Page: p.fichePages[id], Span: Span{StartLine: ln, EndLine: ln, Page: p.fichePages[id]}}
	if a := acronymCode(cleanText(p.lines[ln-1]), id); a != "" {
		f.Aliases = append(f.Aliases, a)
	}
	if a := bracketedCode(cleanText(p.lines[ln-1]), id); a != "" {
		f.Aliases = append(f.Aliases, a)
	}
	if p.curAxis != nil {
		f.Axis, f.AxisNumber = p.curAxis.Label(), p.curAxis.Number
	}
	// "1.1 Renforcer les visites… naissance. Trop de" on a full line of a
	// printed page: the heading runs on into the fiche's first paragraph,
	// which takes the words after the title's sentence.
	var runOn string
	if p.family != nil && p.fullLine(ln-1) {
		f.Title, runOn = runOnTitle(title)
	}
	p.doc.Fiches = append(p.doc.Fiches, f)
	p.curFiche = &p.doc.Fiches[len(p.doc.Fiches)-1]
	if fill {
		p.fillID = id
	}
	p.curField, p.curKind, p.tableCols, p.lastEmpty = nil, fNone, nil, false
	if runOn != "" {
		p.curFiche.Other = append(p.curFiche.Other, Field{Label: "Présentation", Items: []Item{{Text: runOn, Span: Span{StartLine: ln, EndLine: ln}}},
			Span: Span{StartLine: ln, EndLine: ln, Page: p.curFiche.Page}})
		p.curField = &p.curFiche.Other[0]
	}
	if titleAt >= 0 {
		p.curFiche.Span.EndLine = titleAt + 1
	}
	return titleAt
}

// acronymCode returns the code a heading writes with the acronym of its
// unit ("OO 1.1" for an objectif opérationnel, "MP 4" for a mesure
// phare), in canonical form, when it differs from the fiche's id: readers
// name the fiche either way. It returns "" for any other heading.
func acronymCode(heading, id string) string {
	shape, code, _, ok := headCandidate(heading)
	if !ok || shape.word == "" {
		return ""
	}
	word := strings.Fields(strings.TrimLeft(heading, "#*>[-–• "))[0]
	if n := utf8.RuneCountInString(word); n < 2 || n > 4 || strings.ToUpper(word) != word {
		return ""
	}
	if a := CanonicalFicheID(word + code); a != "" && a != id {
		return a
	}
	return ""
}

// wrappedTitle reports the heading on line i, of a document wrapped at a
// fixed width, that goes on onto the next line in a capital ("… au
// référentiel de la Haute" / "Autorité de santé."): the heading fills the
// line and ends on no punctuation, and the next line is one short phrase,
// no label, that ends the title.
func (p *parser) wrappedTitle(i int, title, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(title)
	if !p.fullLine(i) || strings.ContainsRune(".:;!?…)»\"", last) || next == "" || utf8.RuneCountInString(next) > 60 {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(next)
	if !strings.ContainsRune(".!?", end) || len(Sentences(next)) > 1 || p.matchFiche(next) != nil {
		return false
	}
	k, _ := p.label(next)
	return k == fNone
}

var (
	reFicheWord  = regexp.MustCompile(`(?i)^(?:#+\s*)?fiches?(?:[\s-]*actions?)?$`)
	reLabelAlone = regexp.MustCompile(`(?i)^(?:n\s*[°º]\s*|no\.?\s*)?(` + labelPattern + `)$`)
)

// ficheBand reads a fiche heading printed over several lines: the word
// ("FICHE ACTION"), then its label ("N° 4"), then its title, which may
// wrap. It returns the heading and the last line it took.
func (p *parser) ficheBand(i int, t string) ([]string, int) {
	if !reFicheWord.MatchString(t) {
		return nil, i
	}
	j := p.nextLine(i)
	if j < 0 {
		return nil, i
	}
	lm := reLabelAlone.FindStringSubmatch(cleanText(p.lines[j]))
	if lm == nil {
		return nil, i
	}
	var title []string
	last := j
	for k := p.nextLine(j); k >= 0 && len(title) < 3; k = p.nextLine(k) {
		tt := cleanText(p.lines[k])
		if reAxis.MatchString(tt) || p.matchFiche(tt) != nil || len(tt) > 120 {
			break
		}
		if kind, _ := p.label(tt); kind != fNone {
			break
		}
		if len(title) > 0 && !startsLower(tt) {
			break
		}
		title = append(title, tt)
		last = k
	}
	return []string{lm[1], strings.Join(title, " ")}, last
}

// nextLine returns the index of the next non-blank line that is no page
// furniture, or -1.
func (p *parser) nextLine(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if strings.TrimSpace(p.lines[j]) != "" && !p.furniture[j] {
			return j
		}
	}
	return -1
}

// titleBelow returns the next non-blank line after i when it reads as a
// title (short, not a label, not a heading), and the index to go on from.
func (p *parser) titleBelow(i int) (string, int) {
	for j, end := i+1, i+3; j < len(p.lines) && j <= end; j++ {
		if p.furniture[j] {
			continue
		}
		t := cleanText(p.lines[j])
		if t == "" {
			continue
		}
		// "ACTION N° 07" / "------------": the heading's underline is
		// no title.
		if reRuleLine.MatchString(t) {
			end++
			continue
		}
		// "Axe stratégique<TAB>Axe 1 – …": the fiche's axis row, printed
		// above its title row, is no title.
		if len(t) > 200 || p.matchFiche(t) != nil || reAxis.MatchString(t) || labelledAxis(p.lines[j], t) != nil {
			return "", i
		}
		if k, _ := p.label(t); k != fNone {
			return "", i
		}
		// "| Intitulé de l'action | Recruter… |": a table row whose first
		// cell names the title.
		if strings.HasPrefix(t, "|") {
			var cells []string
			for _, c := range splitCells(p.lines[j]) {
				if c = cleanText(c); c != "" {
					cells = append(cells, c)
				}
			}
			if len(cells) == 2 {
				if rest, ok := titleLabel(cells[0]); ok && rest == "" {
					return cells[1], j
				}
			}
		}
		// "Intitulé" then the title on its own line, or "Intitulé
		// Recruter…" as a table row joined by a space.
		if rest, ok := titleLabel(t); ok {
			// "Intitulé ...... Consolider … l'aide éducative à" /
			// "                domicile": the title goes on under itself.
			for rest != "" && j+1 < len(p.lines) && strings.HasPrefix(p.lines[j+1], "        ") {
				next := cleanText(p.lines[j+1])
				if k, _ := p.label(next); next == "" || k != fNone || !wrapsOnto(rest, next) {
					break
				}
				rest, j = joinWrapped(rest, next), j+1
			}
			if rest != "" {
				return rest, j
			}
			if title, k := p.titleBelow(j); title != "" {
				return title, k
			}
			return "", i
		}
		title := strings.TrimLeft(t, "# ")
		// "RENFORCER LES VISITES À DOMICILE" / "DE PMI AUTOUR DE LA
		// NAISSANCE": a title in capitals set over two lines.
		if k := j + 1; k < len(p.lines) && isCapitals(title) {
			if next := cleanText(p.lines[k]); next != "" && isCapitals(next) && len(title)+len(next) <= 200 && p.matchFiche(next) == nil && !reAxis.MatchString(next) {
				if kind, _ := p.label(next); kind == fNone {
					return title + " " + next, k
				}
			}
		}
		return p.titleGoesOn(title, j)
	}
	return "", i
}

// titleWrapLines is how many lines a title below its heading may wrap
// onto: a narrow column of a brochure breaks a title over three lines.
const titleWrapLines = 2

// titleGoesOn joins to a title read on line j the lines it wraps onto in a
// narrow column, when it stops mid-phrase ("Garantir le suivi de santé
// des" / "enfants confiés"; "… pendant les 1" / "000 premiers jours") and
// the next line is a short run of words that is no label, heading or list
// item. It returns the title and the last line it took.
func (p *parser) titleGoesOn(title string, j int) (string, int) {
	for n := 0; n < titleWrapLines && j+1 < len(p.lines); n++ {
		raw := p.lines[j+1]
		next := cleanText(raw)
		if next == "" || utf8.RuneCountInString(next) > 80 || !wrapsOnto(title, next) && !cutNumber(title, next) && !reAcronymEnd.MatchString(next) {
			break
		}
		if _, ok := bulletItem(raw); ok || p.matchFiche(next) != nil || reAxis.MatchString(next) {
			break
		}
		if k, _ := p.label(raw); k != fNone {
			break
		}
		title, j = joinWrapped(title, next), j+1
	}
	return title, j
}

// reAcronymEnd is a title's acronym in brackets, wrapped onto a line of
// its own: "… du projet pour l'enfant" / "(PPE)".
var reAcronymEnd = regexp.MustCompile(`^\(\p{Lu}[\p{Lu}\d&-]{1,11}\)$`)

// reThousands is the rest of a number after its thousands space: "000
// premiers jours".
var reThousands = regexp.MustCompile(`^\d{3}\b`)

// cutNumber reports a number the line wrap cut at its thousands space:
// "… pendant les 1" / "000 premiers jours".
func cutNumber(above, line string) bool {
	words := strings.Fields(above)
	if len(words) < 2 || !reThousands.MatchString(line) {
		return false
	}
	last := words[len(words)-1]
	return len(last) <= 3 && strings.Trim(last, "0123456789") == ""
}

// reRuleLine is a line drawn under a heading in plain text: "-----",
// "=====", "_____".
var reRuleLine = regexp.MustCompile(`^(?:-{3,}|={3,}|_{3,}|~{3,})$`)

// isCapitals reports a line of letters all in capitals.
func isCapitals(t string) bool {
	return strings.ToUpper(t) == t && strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// titleLabels are the labels of a fiche's title.
var titleLabels = []string{"intitule de l'action", "intitule de la fiche", "intitule", "titre de l'action", "titre de la fiche", "titre", "libelle de l'action", "libelle de la fiche", "libelle", "nom de l'action", "nom de la fiche"}

// titleLabel reads a line as a fiche's title label and returns the title
// that follows it on the line, if any.
func titleLabel(t string) (string, bool) {
	f := Fold(t)
	for _, l := range titleLabels {
		if rest, ok := strings.CutPrefix(f, l); ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') {
			// Fold keeps the length of the letters these labels use
			// only when unaccented; cut the original by runes.
			n := len([]rune(l))
			// "Intitulé ........ Créer une équipe mobile": dot leaders
			// lead to the title.
			// "Intitulé   | Garantir…": the border of a scanned table's
			// cell is no part of the title either.
			return strings.TrimSpace(strings.TrimLeft(string([]rune(t)[n:]), " :.…|")), true
		}
	}
	return "", false
}

func ficheHasContent(f *Fiche) bool {
	return !f.Objectives.Empty() || !f.Actions.Empty() || !f.Pilots.Empty() || !f.Partners.Empty() ||
		!f.Calendar.Empty() || !f.Diagnostic.Empty() || len(f.AllIndicators()) > 0 || len(f.Other) > 0
}

func (p *parser) endFiche() {
	p.titleRowOpen = false
	if p.curFiche == nil {
		return
	}
	p.closeField()
	if p.fillID == "" && toldOnly(p.curFiche) {
		p.toldFiches[p.curFiche.ID] = true
	}
	if p.proseEnd > 0 {
		from, end := p.proseFrom, p.proseEnd
		p.proseFrom, p.proseEnd = 0, 0
		p.proseItems(from+1, p.paragraphSentences(from, end))
	}
	// A fiche whose body has no label at all, its lines wrapped by a
	// printed page ("Le pilotage est assuré par… Les partenaires
	// associés sont… Échéance prévue : fin 2025."), is prose: each
	// sentence goes to the field it names.
	if f := p.curFiche; len(f.Other) == 1 && f.Other[0].Label == "Présentation" && (!ficheHasFields(f) || pilotToldOnly(f)) && toldInSentences(f.Other[0].Items) {
		var parts []string
		for _, it := range f.Other[0].Items {
			// Items apart in the text are sentences apart: a full stop
			// the conversion set on a line of its own was dropped.
			if n := len(parts); n > 0 && !strings.ContainsAny(parts[n-1][len(parts[n-1])-1:], ".;:!?") && !startsLower(it.Text) {
				parts[n-1] += "."
			}
			parts = append(parts, it.Text)
		}
		start, end := f.Other[0].Span.StartLine, f.Span.EndLine
		f.Other = nil
		// "premiers jours3" / ".": a footnote's call glued to its word.
		body := reFootnoteCall.ReplaceAllString(strings.Join(parts, " "), "$1$2")
		p.proseFiche(start, body)
		f.Span.EndLine = end
	}
	p.noteFields()
	p.curFiche = nil
	if p.fillID != "" {
		p.fillFromAnnex(p.fillID)
		p.fillID = ""
	}
}

// toldInSentences reports a fiche's presentation that tells more than
// one thing: several paragraphs, or one paragraph of several sentences
// ("Trois bassins n'ont aucune place. L'association conduira cette
// action…"), which proseFiche files by their cues.
func toldInSentences(items []Item) bool {
	return len(items) > 1 || len(items) == 1 && len(Sentences(items[0].Text)) > 1
}

// reFootnoteCall is a footnote's number glued to the word it annotates,
// before a stop: "jours3 .".
var reFootnoteCall = regexp.MustCompile(`(\p{Ll})\d{1,2} ?([.,;:])`)

// ficheHasFields reports a fiche with a field of the vocabulary.
func ficheHasFields(f *Fiche) bool {
	for _, fld := range []Field{f.Diagnostic, f.Objectives, f.Actions, f.Pilots, f.Partners, f.Calendar, f.Indicators, f.IndicatorsRealisation, f.IndicatorsImpact} {
		if !fld.Empty() {
			return true
		}
	}
	return false
}

// textLinesBetween counts the lines of text strictly between line number
// from and line index to, leaving out blank lines and page furniture.
func (p *parser) textLinesBetween(from, to int) int {
	n := 0
	for j := from; j < to && j < len(p.lines); j++ {
		if strings.TrimSpace(p.lines[j]) != "" && !p.furniture[j] {
			n++
		}
	}
	return n
}

func (p *parser) startAxis(ln int, m []string) {
	p.endFiche()
	p.endSection()
	p.inGlossary = false
	page := p.axisFor(ln, m)
	p.top = p.curAxis.Label()
	p.section = &Section{Heading: p.curAxis.Label(), Path: []string{p.curAxis.Label()}, Span: Span{StartLine: ln, EndLine: ln, Page: page}}
	p.sectionLevel = 1
}

// axisFor makes the axis a heading names the current one, adding it to
// the document the first time, and returns its page.
func (p *parser) axisFor(ln int, m []string) int {
	key := axisKey(m[1], m[2])
	n, numeral := axisNumber(m[2])
	kind := axisKindWord(m[1])
	if lo, hi, ok := fichesNamed(m[3]); ok {
		p.axisFicheRange[n] = [2]int{lo, hi}
	}
	title := strings.TrimRight(strings.TrimSpace(reFichesOfAxis.ReplaceAllString(m[3], "")), ". *;,")
	page := 0
	if pages := p.axisPages[key]; p.axisSeen[key] < len(pages) {
		page = pages[p.axisSeen[key]]
	}
	p.axisSeen[key]++
	idx, ok := p.axisIndex[key]
	if !ok {
		p.doc.Axes = append(p.doc.Axes, Axis{Kind: kind, Number: n, Numeral: numeral, Title: title, Span: Span{StartLine: ln, EndLine: ln, Page: page}})
		idx = len(p.doc.Axes) - 1
		p.axisIndex[key] = idx
	}
	p.curAxis = &p.doc.Axes[idx]
	if p.curAxis.Title == "" && title != "" {
		p.curAxis.Title = title
	}
	return page
}

// narrativeLine handles a line outside fiches: a heading or body text.
func (p *parser) narrativeLine(i int, raw, t string) {
	ln := i + 1
	if m := reMDHead.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		level := 1
		if len(m[1]) > 1 {
			level = 2
		}
		p.startSection(ln, cleanText(m[2]), level)
		return
	}
	if p.inTOC(t) && len(t) < 300 {
		p.startSection(ln, t, 1)
		return
	}
	if p.chapters[i] {
		p.startSection(ln, t, 1)
		return
	}
	// A slide deck or a brochure converted from PDF has no blank line
	// around its headings: the heading of a part ("Édito", "Sommaire",
	// "Le mot de la Présidente") is the first line of its page.
	if p.pageTop(i, raw) && (isMajorHeading(t) || isEditorial(t)) {
		p.startSection(ln, t, 1)
		return
	}
	// An editorial signed on its page ends there: the next page's first
	// line, short and with no end punctuation, heads the next part ("La
	// Vienne en chiffres"), though its text follows it with no blank
	// line, as a PDF sets a heading apart only by its font.
	if p.pageTop(i, raw) && p.section != nil && isEditorial(p.top) && pageHeading(t) {
		if name, _, _ := signature(p.section); name != "" {
			p.startSection(ln, t, 1)
			return
		}
	}
	if p.looksLikeHeading(i, raw, t) && !(p.section != nil && isEditorial(p.top) && !isMajorHeading(t)) {
		level := 2
		if p.top == "" || isMajorHeading(t) {
			level = 1
		}
		p.startSection(ln, t, level)
		return
	}
	p.addParagraph(ln, raw, t)
}

// pageTop reports line i the first text of its page: the page opens on
// it, or only the page's running header and number stand above it (a
// report prints them at the top of each page, pdftotext first).
func (p *parser) pageTop(i int, raw string) bool {
	if strings.HasPrefix(raw, "\f") {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if !p.furniture[j] && strings.Trim(p.lines[j], "\f \t") != "" {
			return false
		}
		if strings.ContainsRune(p.lines[j], '\f') {
			return true
		}
	}
	return false
}

// isEditorial reports an editorial heading: an editorial has no
// sub-headings, so its short lines (a signature) are its text.
func isEditorial(h string) bool {
	f := strings.TrimLeft(Fold(h), "#* ")
	if strings.HasPrefix(f, "edito") || strings.HasPrefix(f, "editorial") || strings.HasPrefix(f, "preface") || strings.HasPrefix(f, "avant-propos") {
		return true
	}
	// "Le mot du Président", "Le mot de la vice-présidente", "Lettre de la Présidente".
	if len(f) < 60 && (strings.Contains(f, "mot d") || strings.Contains(f, "lettre d")) && strings.Contains(f, "president") {
		return true
	}
	// A news article titles the word by a quote of it first: "« Chaque
	// enfant compte » : le mot de la Présidente", "Un schéma ambitieux –
	// message du Président".
	return editorialTail(f)
}

// isMajorHeading recognises the headings that open a part of any
// document: "Sommaire", "Introduction", "Partie 2 : …", "Annexes".
func isMajorHeading(t string) bool {
	// A line in lower case continues a sentence wrapped above it ("… et
	// au" / "titre de séjour"): a heading opens on a capital.
	if startsLower(strings.Trim(t, "#* :")) {
		return false
	}
	f := Fold(strings.Trim(t, "#* :"))
	switch f {
	case "sommaire", "table des matieres", "introduction", "conclusion", "annexes", "annexe", "preambule", "avant-propos", "editorial", "edito", "glossaire":
		return true
	}
	return strings.HasPrefix(f, "partie ") || strings.HasPrefix(f, "chapitre ") || strings.HasPrefix(f, "titre ")
}

// mergedFirstCell returns the first cell of the rows above line ln (1-based)
// when ln's row, tab-separated, leaves its first cell empty: the row
// before it in the same table that fills it. "" when there is none.
func (p *parser) mergedFirstCell(ln int, raw string) string {
	if first, _, ok := strings.Cut(raw, "\t"); !ok || strings.TrimSpace(first) != "" {
		return ""
	}
	for j := ln - 2; j >= 0 && j >= ln-40; j-- {
		first, _, ok := strings.Cut(p.lines[j], "\t")
		if !ok {
			return ""
		}
		if c := cleanText(first); c != "" {
			return c
		}
	}
	return ""
}

// shortCells reports cells of at most n letters each: the values of a
// table's row, no text.
func shortCells(cells []string, n int) bool {
	for _, c := range cells {
		if utf8.RuneCountInString(c) > n {
			return false
		}
	}
	return true
}

func (p *parser) addParagraph(ln int, raw, t string) {
	if p.section == nil {
		p.section = &Section{Span: Span{StartLine: ln, EndLine: ln}}
	}
	var items []Item
	switch {
	case isSeparatorRow(raw):
		return
	case strings.HasPrefix(strings.TrimSpace(raw), "|") && !strings.Contains(raw, "<ul"):
		// A row of a table of figures keeps its label with its value:
		// "Assistants familiaux agréés : 734 ; DEF, 31/12/2023".
		if text := figureRowText(splitCells(raw), tableHeader(p.lines, ln-1)); text != "" {
			items = []Item{{Text: text}}
		} else {
			return
		}
	case strings.Contains(raw, "<ul") || strings.Contains(raw, "\t") || strings.HasPrefix(strings.TrimSpace(raw), "|"):
		var cells []string
		for _, c := range splitCells(raw) {
			if c = cleanText(c); c != "" {
				cells = append(cells, c)
			}
		}
		// "<TAB>2<TAB>Former les enseignants…" under "Orientation 1 –
		// …<TAB>1<TAB>…": a cell merged over the rows of its group is
		// printed on its first row only; the rows below are its too.
		if merged := p.mergedFirstCell(ln, raw); merged != "" && len(cells) >= 2 {
			cells = append([]string{merged}, cells...)
		}
		// A row of three cells or more is a table's row, whatever their
		// lengths: "Orientation 1 – …<TAB>1<TAB>Créer…<TAB>Service…".
		if !strings.Contains(raw, "<ul") && len(cells) >= 3 && strings.Contains(raw, "\t") {
			items = []Item{{Text: cells[0] + " : " + strings.Join(cells[1:], " — ")}}
			break
		}
		// "Atelier 1<TAB>La prévention : …": a row led by a short label
		// keeps the label with its text, as a table row of figures does;
		// so does a longer label before short values ("Informations
		// préoccupantes reçues par la CRIP<TAB>4 310<TAB>CRIP 30, 2027").
		if !strings.Contains(raw, "<ul") && len(cells) >= 2 && (utf8.RuneCountInString(cells[0]) <= 40 || utf8.RuneCountInString(cells[0]) <= 120 && shortCells(cells[1:], 40)) {
			items = []Item{{Text: cells[0] + " : " + strings.Join(cells[1:], " — ")}}
			break
		}
		for _, cell := range splitCells(raw) {
			items = append(items, cellItems(cell)...)
		}
	default:
		if it, ok := bulletItem(raw); ok {
			items = []Item{it}
		} else if n := len(p.section.Paragraphs); n > 0 && p.section.Paragraphs[n-1].Span.EndLine == ln-1 && wrapsOnto(p.section.Paragraphs[n-1].Text, t) {
			// A line of prose wrapped by the conversion continues the
			// paragraph, or the list item, on the line above.
			prev := &p.section.Paragraphs[n-1]
			prev.Text = joinWrapped(prev.Text, t)
			prev.Span.EndLine = ln
			p.section.Span.EndLine = ln
			return
		} else {
			items = []Item{{Text: t}}
		}
	}
	for _, it := range items {
		if it.Text == "" {
			continue
		}
		it.Span = Span{StartLine: ln, EndLine: ln, Page: p.section.Span.Page}
		p.section.Paragraphs = append(p.section.Paragraphs, it)
	}
	p.section.Span.EndLine = ln
}

// wrapsOnto reports a line that continues the text above it, cut by the
// conversion's line wrap: the text above ends on no punctuation, and the
// line goes on in lower case ("… présentait" / "les caractéristiques
// suivantes :") or with the year of a month above ("au 31 décembre" /
// "2022, contre…"), or the text above ends on a word no sentence ends on
// ("… du Conseil départemental du" / "14 décembre 2023.").
func wrapsOnto(above, line string) bool {
	last, _ := utf8.DecodeLastRuneInString(above)
	if last == utf8.RuneError || strings.ContainsRune(".:;!?…)»\"", last) {
		return false
	}
	// A row of figures set with dot leaders ends on its value: the row
	// below is another ("dont accueillis chez un assistant familial
	// ...... 47 %").
	if reLeaderValue.MatchString(above) && reLeaderValue.MatchString(line) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(first) || endsOnMonth(above) && reYearStart.MatchString(line) {
		return true
	}
	words := strings.Fields(above)
	return len(words) > 3 && wrapWords[strings.ToLower(words[len(words)-1])]
}

// wrapWords are the French words no sentence or title ends on.
var wrapWords = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "à": true, "au": true,
	"aux": true, "en": true, "et": true, "ou": true, "par": true, "pour": true, "sur": true, "dans": true, "avec": true,
	"un": true, "une": true, "d'": true, "l'": true, "d’": true, "l’": true, "entre": true, "dont": true, "que": true, "qui": true}

// joinWrapped joins a wrapped line to the text above it, mending a word
// the wrap hyphenated ("orga-" / "nisés").
func joinWrapped(above, line string) string {
	if strings.HasSuffix(above, "-") && !strings.HasSuffix(above, " -") {
		if first, _ := utf8.DecodeRuneInString(line); unicode.IsLower(first) {
			return strings.TrimSuffix(above, "-") + line
		}
		return above + line
	}
	return above + " " + line
}

// reCallout is a line that opens with a figure and goes on in lower case.
var reCallout = regexp.MustCompile(`^\d[\d  .,]*\s*(?:%|€|\p{Ll})`)

// looksLikeHeading tells a heading line from body text in a document
// without heading markup: short, alone between blank lines, no sentence
// punctuation at its end, not a list item.
func (p *parser) looksLikeHeading(i int, raw, t string) bool {
	if _, ok := bulletItem(raw); ok || strings.Contains(raw, "\t") || strings.Contains(raw, "|") || strings.Contains(raw, "<") {
		return false
	}
	if utf8.RuneCountInString(t) > 110 || len(strings.Fields(t)) > 16 {
		return false
	}
	// A row of a table laid out, its cells set apart by spaces
	// ("Budget de la DEF   142,5 M€   Budget primitif 2027"), is no
	// heading.
	if len(segments(strings.TrimLeft(raw, "\f"))) >= 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".:;,!?…)»\"", last) && !strings.HasSuffix(t, "?") {
		return false
	}
	if strings.HasSuffix(t, "?") && len(t) > 80 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	// A figure set apart ("698 répondants à l'échelle du département",
	// "5,6 % des places") or a source line is body text.
	if reCallout.MatchString(t) || strings.HasPrefix(Fold(t), "source") {
		return false
	}
	blank := func(j int) bool { return j < 0 || j >= len(p.lines) || strings.TrimSpace(p.lines[j]) == "" }
	return blank(i-1) && blank(i+1)
}

// pageHeading reports the first line of a page that can be a heading
// though no blank line sets it apart: short, opening on a capital, ending
// on no punctuation or word a sentence or a wrapped title goes on after.
func pageHeading(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 10 || utf8.RuneCountInString(t) > 80 {
		return false
	}
	if _, ok := bulletItem(t); ok {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsUpper(first) && !strings.ContainsRune(".:;,!?…)»\"-–", last) && !wrapWords[strings.ToLower(words[len(words)-1])]
}

func (p *parser) sectionPage() int {
	if p.section != nil {
		return p.section.Span.Page
	}
	return 0
}

func (p *parser) startSection(ln int, heading string, level int) {
	p.endSection()
	if !p.isGlossaryHeading(heading) {
		p.inGlossary = false
	}
	page, parent := p.tocPage(heading)
	path := []string{heading}
	if level == 1 {
		p.top = heading
		if parent != "" && !isMajorHeading(heading) {
			path = []string{parent, heading}
		}
	} else if p.top != "" {
		path = []string{p.top, heading}
	}
	p.section = &Section{Heading: heading, Path: path, Span: Span{StartLine: ln, EndLine: ln, Page: page}}
	p.sectionLevel = level
}

// isGlossaryHeading recognises the heading of a list of acronyms:
// "Glossaire", "Lexique", "SIGLES UTILISÉS", "Liste des acronymes", and
// the plain words of a version easy to read: "Les mots à connaître", "Les
// mots difficiles", "Petit dictionnaire".
func (p *parser) isGlossaryHeading(h string) bool {
	g := Fold(strings.Trim(h, "#*: "))
	if len(strings.Fields(g)) > 5 || len(g) > 60 {
		return false
	}
	for _, w := range []string{"glossaire", "lexique", "sigle", "acronyme", "abreviation", "mots a connaitre", "mots difficiles", "mots a savoir", "mots utiles", "dictionnaire"} {
		if strings.Contains(g, w) {
			return true
		}
	}
	return false
}

// glossaryEntry reads one line of a glossary: "ASE : Aide sociale à
// l'enfance", "ASE – …", "ASE<TAB>…" or a table row "| ASE | … |".
func glossaryEntry(raw, t string) (acronym, expansion string, ok bool) {
	if strings.Contains(raw, "|") || strings.Contains(raw, "\t") {
		var cells []string
		for _, c := range splitCells(raw) {
			if c = cleanText(c); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) >= 2 && isAcronym(cells[0]) && !strings.Contains(cells[0], " ") && len(cells[1]) >= 3 {
			return cells[0], strings.Join(cells[1:], " "), true
		}
		return "", "", false
	}
	if it, ok := bulletItem(raw); ok {
		t = it.Text
	}
	// "OLINPE ...... Observation longitudinale…": dot leaders between
	// the acronym and its expansion, as in a printed index.
	if m := reDotLeader.FindStringSubmatchIndex(t); m != nil {
		t = t[:m[3]] + " : " + t[m[1]:]
	}
	if m := reGlossary.FindStringSubmatch(t); m != nil && isAcronym(m[1]) {
		return m[1], strings.TrimSpace(m[2]), true
	}
	// "AEMO         Action éducative en milieu ouvert": columns a
	// conversion keeps apart with spaces.
	if m := reSpacedColumns.FindStringSubmatch(strings.TrimSpace(raw)); m != nil && isAcronym(m[1]) {
		return m[1], cleanText(m[2]), true
	}
	return "", "", false
}

// glossaryColumns reads a glossary printed in two columns or more, which a
// conversion keeps apart with spaces: "AED    Action éducative à domicile
// HAS    Haute Autorité de santé" is two entries.
func glossaryColumns(raw string) [][2]string {
	if strings.ContainsAny(raw, "|\t") {
		return nil
	}
	segs := segments(raw)
	if len(segs) < 4 || len(segs)%2 != 0 {
		return nil
	}
	var out [][2]string
	for i := 0; i < len(segs); i += 2 {
		acr, exp := strings.TrimSpace(segs[i].text), cleanText(segs[i+1].text)
		if !isAcronym(acr) || strings.Contains(acr, " ") || len(exp) < 3 {
			return nil
		}
		out = append(out, [2]string{acr, exp})
	}
	return out
}

var reDotLeader = regexp.MustCompile(`^([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&'’/-]{0,15})\s*(?:\.{3,}|…+)\s*`)

var reSpacedColumns = regexp.MustCompile(`^([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&'’./-]{0,15})\s{2,}(\S.{2,})$`)

func (p *parser) endSection() {
	s := p.section
	p.section = nil
	if s == nil {
		return
	}
	texts := make([]string, 0, len(s.Paragraphs))
	for _, it := range s.Paragraphs {
		texts = append(texts, it.Text)
	}
	s.Text = strings.Join(texts, "\n")
	if len(s.Paragraphs) == 0 && s.Heading != "" && len(p.doc.Sections) > 0 && p.sectionLevel == 2 {
		// A short line with nothing under it (a signature, a caption) is
		// text of the section before, not a heading.
		prev := &p.doc.Sections[len(p.doc.Sections)-1]
		prev.Paragraphs = append(prev.Paragraphs, Item{Text: s.Heading, Span: Span{StartLine: s.Span.StartLine, EndLine: s.Span.StartLine, Page: prev.Span.Page}})
		prev.Text = strings.TrimPrefix(prev.Text+"\n"+s.Heading, "\n")
		prev.Span.EndLine = s.Span.StartLine
		return
	}
	if s.Heading == "" && len(s.Paragraphs) == 0 {
		return
	}
	// An axis heading's section is the axis's narrative text.
	if p.curAxis != nil && s.Heading == p.curAxis.Label() && p.curAxis.Text == "" {
		p.curAxis.Text = s.Text
	}
	p.doc.Sections = append(p.doc.Sections, *s)
}

// splitCells splits a flattened table row: tab-separated or markdown pipes.
func splitCells(raw string) []string {
	t := strings.TrimSpace(raw)
	if strings.HasPrefix(t, "|") || strings.HasPrefix(t, "- |") {
		t = strings.TrimPrefix(t, "- ")
		t = strings.Trim(t, "|")
		return strings.Split(t, "|")
	}
	return strings.Split(raw, "\t")
}

// figureRowText writes a row of a table of figures as its label and its
// values, each value with the heading of its column when the table has
// one: "Assistants familiaux agréés : 412 (Côte-d’Or) — −11 %
// (Évolution depuis 2018)". A figure means little without its column: the
// year it is for, or the change it measures, is often only there.
func figureRowText(row, header []string) string {
	var cells, heads []string
	for i, c := range row {
		if c = cleanText(c); c == "" {
			continue
		}
		h := ""
		if len(header) == len(row) && i > 0 {
			h = cleanText(header[i])
		}
		cells, heads = append(cells, c), append(heads, h)
	}
	if len(cells) == 0 {
		return ""
	}
	text := cells[0]
	if len(header) == len(row) && len(row) > 1 {
		if when := headerDate(cleanText(header[0])); when != "" {
			text += " (" + when + ")"
		}
	}
	for i, c := range cells[1:] {
		sep := " — "
		if i == 0 {
			sep = " : "
		}
		if h := heads[i+1]; h != "" {
			c += " (" + h + ")"
		}
		text += sep + c
	}
	return text
}

// headerDate returns what the heading of a table's label column says of
// when its figures are for ("Indicateur (au 31/12/2022)" gives "au
// 31/12/2022"), or "" when it names no date: the date holds for every row.
func headerDate(h string) string {
	if strings.IndexFunc(h, unicode.IsDigit) < 0 {
		return ""
	}
	if i := strings.IndexByte(h, '('); i >= 0 && strings.HasSuffix(h, ")") {
		return strings.TrimSpace(h[i+1 : len(h)-1])
	}
	return h
}

// tableHeader returns the cells of the header row of the markdown table
// that line i (from 0) is a body row of: the row above the table's
// separator row ("|---|---:|"). It returns nil for the header itself and
// for a table without a separator.
func tableHeader(lines []string, i int) []string {
	for j := i - 1; j >= 1; j-- {
		t := strings.TrimSpace(lines[j])
		if !strings.HasPrefix(t, "|") {
			return nil
		}
		if isSeparatorRow(t) {
			if !strings.HasPrefix(strings.TrimSpace(lines[j-1]), "|") {
				return nil
			}
			return splitCells(lines[j-1])
		}
	}
	return nil
}

// isSeparatorRow reports table rules such as "--\t--" or "|---|---|".
func isSeparatorRow(raw string) bool {
	t := strings.TrimSpace(raw)
	if t == "" {
		return false
	}
	return strings.Trim(t, "-|:\t +") == ""
}

// cellItems reads one table cell: a flattened HTML list or plain text.
func cellItems(cell string) []Item {
	if strings.ContainsAny(cell, "•●○◦▪■") || strings.Contains(cell, "<ul") {
		return splitBullets(cell)
	}
	t := cleanText(cell)
	t = strings.TrimSpace(strings.TrimLeft(t, "- "))
	t = strings.TrimRight(t, " ,;")
	if t == "" {
		return nil
	}
	return []Item{{Text: t}}
}

// codeAfterFA reports a line that opens on a code whose letters begin
// with "FA" ("FAM-1 — …"), which reFiche would read as the abbreviation
// "FA" of "fiche action" before a label "M-1".
func codeAfterFA(t string) bool {
	t = strings.TrimLeft(t, "#* ")
	if len(t) < 3 || !strings.EqualFold(t[:2], "fa") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[2:])
	return unicode.IsLetter(r)
}

// reFicheRange is the range of fiches an axis's title names in brackets:
// "(fiches 4 à 6)", "(actions 1-3)".
var reFicheRange = regexp.MustCompile(`(?i)\((?:fiches?|actions?|mesures?)(?:\s+(?:n\s*°|nos?))?\s*(\d{1,2})\s*(?:à|-|–|au)\s*(?:n\s*°\s*)?(\d{1,2})\)`)

// fichesNamed returns the range of fiches an axis's title names.
func fichesNamed(title string) (lo, hi int, ok bool) {
	m := reFicheRange.FindStringSubmatch(title)
	if m == nil {
		return 0, 0, false
	}
	lo, _ = strconv.Atoi(m[1])
	hi, _ = strconv.Atoi(m[2])
	return lo, hi, lo > 0 && lo <= hi
}
