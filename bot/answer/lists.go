package answer

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// listAnswer answers "which fiches …" questions: by axis, by pilot or
// partner, by due date, or by topic.
func (e *Engine) listAnswer(ctx context.Context, q *question) (answer, bool) {
	// "Quelles actions sont en retard ?", "which fiches are behind
	// schedule?", "niveau d'enjeu 4 : quelles fiches ?": the state of a
	// fiche, whatever field word asks it, before an axis the number
	// could be.
	if q.Field == "" || q.Field == retrieval.FieldActions || q.Field == retrieval.FieldCalendar {
		if a, ok := e.valueList(q); ok {
			return a, true
		}
	}
	if q.SubAxis != "" {
		return e.subAxisList(q)
	}
	if q.Axis == 0 && q.AxisTopic {
		e.axisByTopic(q)
	}
	// "Qu'est-ce qui doit aboutir en 2021 dans l'objectif stratégique
	// 3 ?": what falls due then among the axis's fiches.
	if q.Axis > 0 && !q.From.IsZero() && !q.Count && !q.WantsNumber && (q.Field == "" || q.Field == retrieval.FieldActions || q.Field == retrieval.FieldCalendar) {
		return e.dueList(q)
	}
	if q.Axis > 0 {
		return e.axisList(q)
	}
	if q.Count && q.Field == "" && !e.namesPastSchema(q) {
		// "Combien de fiches dans l'axe « accompagner les professionnels » ?"
		// counts the fiches of the axis the question names.
		if d, a := e.axisNamed(q); a != nil {
			c := *q
			c.Axis, c.AxisKind, c.Docs = a.Number, "", []string{d.ID}
			if ans, ok := e.axisList(&c); ok && ans.Found {
				return ans, true
			}
		}
		// "Combien de fiches concernent les MNA ?" counts the fiches on
		// the topic, not all of them.
		if len(q.Acronyms) > 0 || e.hasTopic(withoutTerms(q.Topic, understand.CountTerms()), q.Lang) {
			if ans, ok := e.topicList(ctx, q); ok && ans.Found {
				return ans, true
			}
		}
		// "Combien d'axes et de fiches ?" keeps both counts.
		kinds := []string{understand.OverviewFiches}
		if slices.Contains(q.Overviews, understand.OverviewAxes) {
			kinds = []string{understand.OverviewAxes, understand.OverviewFiches}
		}
		return e.overviewAnswer(&question{Question: understand.Question{Lang: q.Lang, Overview: kinds[0], Overviews: kinds, Count: true, Docs: q.Docs}})
	}
	if (q.Field == retrieval.FieldPilots || q.Field == retrieval.FieldPartners) && q.Topic != "" {
		if a, ok := e.entityList(q); ok {
			return a, true
		}
	}
	if (q.Field == retrieval.FieldCalendar || q.WantsDate) && !q.From.IsZero() {
		return e.dueList(q)
	}
	// "Liste moi toutes les fiches du schéma": no topic, every fiche.
	if q.Field == "" && len(retrieval.Terms(retrieval.Translate(q.Topic))) == 0 {
		return e.allFiches(q)
	}
	return e.topicList(ctx, q)
}

// allFiches lists every fiche of the documents asked about.
func (e *Engine) allFiches(q *question) (answer, bool) {
	var items []listed
	for _, d := range e.docsFor(q) {
		for i := range d.Fiches {
			items = append(items, listed{d: d, f: &d.Fiches[i]})
		}
	}
	if len(items) == 0 {
		return answer{}, false
	}
	lead := fmt.Sprintf("Les %d fiches :", len(items))
	if q.Lang == chat.English {
		lead = fmt.Sprintf("The %d fiches:", len(items))
	}
	return e.renderList(q, lead, items, func(it listed) string { return it.f.Title }), true
}

type listed struct {
	d    *corpus.Document
	f    *corpus.Fiche
	note string
}

func (e *Engine) renderList(q *question, lead string, items []listed, section func(listed) string) answer {
	items = q.keep(items)
	if len(items) == 0 && q.Within != nil {
		text := "Aucune des fiches de la liste précédente ne correspond."
		if q.Lang == chat.English {
			text = "None of the fiches listed before matches."
		}
		return answer{Answer: chat.Answer{Text: text}}
	}
	var b strings.Builder
	b.WriteString(lead + "\n")
	var cites []chat.Citation
	var listedKeys []string
	var lastDoc *corpus.Document
	for _, it := range items {
		if it.d != lastDoc && len(e.docsForList(items)) > 1 {
			fmt.Fprintf(&b, "\n**%s**\n", docLabel(it.d))
		}
		lastDoc = it.d
		line := fmt.Sprintf("- Fiche %s : %s", it.f.ID, it.f.Title)
		if q.Lang == chat.English {
			line = fmt.Sprintf("- Fiche %s: %s", it.f.ID, it.f.Title)
		}
		if it.note != "" {
			line += " — " + strings.ReplaceAll(it.note, "\n", " ; ")
		}
		b.WriteString(line + "\n")
		quote := "Fiche action n°" + it.f.ID + " : " + it.f.Title
		if it.note != "" {
			quote += "\n" + it.note
		}
		cites = append(cites, ficheCitation(it.d, it.f, section(it), it.f.Span, quote))
		listedKeys = append(listedKeys, it.d.ID+"/"+it.f.ID)
	}
	a := answer{Answer: chat.Answer{Text: strings.TrimSpace(b.String()), Found: len(items) > 0, Citations: cites}, listed: listedKeys}
	if len(items) > 0 && len(e.docsForList(items)) == 1 {
		a.focusDoc = items[0].d.ID
	}
	return a
}

// keep restricts a list to the fiches of the thread's last list when the
// question asks among them ("lesquelles…", "which of those…").
func (q *question) keep(items []listed) []listed {
	if q.Within == nil {
		return items
	}
	var kept []listed
	for _, it := range items {
		if q.Within[it.d.ID+"/"+it.f.ID] {
			kept = append(kept, it)
		}
	}
	return kept
}

func (e *Engine) docsForList(items []listed) map[string]bool {
	m := map[string]bool{}
	for _, it := range items {
		m[it.d.ID] = true
	}
	return m
}

// axisList lists the fiches of an orientation / objectif stratégique.
func (e *Engine) axisList(q *question) (answer, bool) {
	var items []listed
	var axisLabels []string
	for _, d := range e.docsFor(q) {
		var axis *corpus.Axis
		for i := range d.Axes {
			a := &d.Axes[i]
			if a.Number == q.Axis && axisKindMatches(q.AxisKind, a.Kind) {
				axis = a
			}
		}
		// "l'orientation 2 de l'Isère": the user names the axis with another
		// document's word; the number is what counts when the document was named.
		if axis == nil && len(q.Docs) > 0 {
			for i := range d.Axes {
				if d.Axes[i].Number == q.Axis {
					axis = &d.Axes[i]
				}
			}
		}
		if axis == nil {
			continue
		}
		axisLabels = append(axisLabels, docLabel(d)+" — "+axis.Label())
		for i := range d.Fiches {
			if d.Fiches[i].AxisNumber == q.Axis {
				items = append(items, listed{d: d, f: &d.Fiches[i]})
			}
		}
	}
	if len(items) == 0 {
		return answer{}, false
	}
	lead := "Fiches rattachées à : " + strings.Join(axisLabels, " ; ")
	if q.Lang == chat.English {
		lead = "Fiches under: " + strings.Join(axisLabels, "; ")
	}
	// "Combien de fiches dans l'axe … et lesquelles ?": the count first.
	if q.Count || q.WantsNumber {
		lead = fmt.Sprintf("%d fiches rattachées à : %s", len(items), strings.Join(axisLabels, " ; "))
		if q.Lang == chat.English {
			lead = fmt.Sprintf("%d fiches under: %s", len(items), strings.Join(axisLabels, "; "))
		}
	}
	return e.renderList(q, lead, items, func(it listed) string { return it.f.Axis }), true
}

// whereInFiche returns the item of a fiche that names a topic its title
// does not ("les conférences familiales" in fiche 6's actions), so that a
// list says why the fiche is on it; "" when the title names the topic.
func (e *Engine) whereInFiche(q *question, text string, f *corpus.Fiche) string {
	w := e.questionWeights(q, text)
	if coverage(w, termSet(f.Title)) >= e.params.ListCover {
		return ""
	}
	best, bestCover := "", 0.0
	for _, fl := range []corpus.Field{f.Objectives, f.Actions, f.Partners, f.Pilots, f.Calendar, f.Indicators,
		f.IndicatorsRealisation, f.IndicatorsImpact, f.Diagnostic} {
		for i, it := range fl.Items {
			if c := coverage(w, termSet(it.Text)); c > bestCover && utf8.RuneCountInString(it.Text) <= 300 {
				best, bestCover = withSubItems(fl.Items, i), c
			}
		}
	}
	if bestCover < e.params.ListCover {
		return ""
	}
	return best
}

// withSubItems returns items[i], followed by the items under it (a line
// each) when it announces them ("Mobiliser le comité d'usagers pour :"):
// the line alone says nothing.
func withSubItems(items []corpus.Item, i int) string {
	text := items[i].Text
	if !strings.HasSuffix(strings.TrimSpace(text), ":") {
		return text
	}
	var subs []string
	for _, it := range items[i+1:] {
		if it.Level <= items[i].Level || len(subs) == 4 {
			break
		}
		subs = append(subs, strings.TrimSpace(it.Text))
	}
	if len(subs) == 0 {
		return text
	}
	return strings.TrimSpace(text) + "\n" + strings.Join(subs, "\n")
}

// axisByTopic sets the axis a question names by its topic ("the objective
// about securing children's pathways") when one axis title of the
// documents asked holds the question's topic clearly more than the others.
func (e *Engine) axisByTopic(q *question) {
	// Only the words that some axis title holds tell axes apart; the
	// others ("sit under", "relèvent de") would dilute them all alike.
	docs := e.docsFor(q)
	titles := map[string]bool{}
	for _, d := range docs {
		for _, a := range d.Axes {
			for t := range termSet(a.Title) {
				titles[t] = true
			}
		}
	}
	var w []termGroup
	for _, g := range e.questionWeights(q, e.searchText(q)) {
		if slices.ContainsFunc(g.terms, func(t string) bool { return titles[t] }) {
			w = append(w, g)
		}
	}
	var best, second float64
	var bestDoc *corpus.Document
	var bestAxis *corpus.Axis
	for _, d := range docs {
		for i := range d.Axes {
			a := &d.Axes[i]
			c := coverage(w, termSet(a.Title))
			switch {
			case c > best:
				second, best, bestDoc, bestAxis = best, c, d, a
			case c > second:
				second = c
			}
		}
	}
	if bestAxis != nil && best >= e.params.AxisTopic && best > second {
		q.Axis, q.AxisKind, q.Docs = bestAxis.Number, "", []string{bestDoc.ID}
	}
}

// reQuoted is a span of a question between quotes. A single quote opens a span only after a space ("What's in the
// 'piloter, évaluer' part" quotes "piloter, évaluer").
var reQuoted = regexp.MustCompile(`(?:[«"“]|(?:^|\s)['‘])\s*([^«»"“”‘’]{6,80}?)\s*(?:[»"”’]|'(?:[^\p{L}]|$))`)

// axisNamed returns the one axis the question names by words quoted from
// its title or by every meaningful word of its topic; nil otherwise.
func (e *Engine) axisNamed(q *question) (*corpus.Document, *corpus.Axis) {
	if q.Axis != 0 || len(q.Within) > 0 {
		return nil, nil
	}
	if d, a := e.axisQuoted(q); a != nil {
		return d, a
	}
	return e.axisCovering(q, e.searchText(q))
}

// axisQuoted returns the one axis whose title holds a span the question
// quotes, two words at least; nil when none or several do.
func (e *Engine) axisQuoted(q *question) (*corpus.Document, *corpus.Axis) {
	var doc *corpus.Document
	var axis *corpus.Axis
	for _, m := range reQuoted.FindAllStringSubmatch(q.Raw, -1) {
		span := phraseText(m[1])
		if len(strings.Fields(span)) < 2 {
			continue
		}
		for _, d := range e.docsFor(q) {
			for i := range d.Axes {
				if strings.Contains(phraseText(d.Axes[i].Title), span) {
					if axis != nil && axis != &d.Axes[i] {
						return nil, nil
					}
					doc, axis = d, &d.Axes[i]
				}
			}
		}
	}
	return doc, axis
}

// axisCovering returns the one axis whose title holds every meaningful
// word of text, two words at least; nil when none or several do.
func (e *Engine) axisCovering(q *question, text string) (*corpus.Document, *corpus.Axis) {
	// "l'axe", "the objective" name the kind of part, not which one.
	kind := understand.AxesTerms()
	var w []termGroup
	for _, g := range e.questionWeights(q, text) {
		if !slices.Contains(g.terms, unknownTerm) && !g.context && !slices.ContainsFunc(g.terms, func(t string) bool { return kind[t] }) {
			w = append(w, g)
		}
	}
	if len(w) < 2 {
		return nil, nil
	}
	var doc *corpus.Document
	var axis *corpus.Axis
	for _, d := range e.docsFor(q) {
		for i := range d.Axes {
			if coverage(w, termSet(d.Axes[i].Title)) == 1 {
				if axis != nil {
					return nil, nil
				}
				doc, axis = d, &d.Axes[i]
			}
		}
	}
	return doc, axis
}

// axisAbout returns the axis whose title holds most of the meaningful
// words of what a part is said to be about, two thirds of them at least,
// when no other axis holds as many; nil otherwise.
func (e *Engine) axisAbout(q *question, about string) (*corpus.Document, *corpus.Axis) {
	var w []termGroup
	for _, g := range e.questionWeights(q, about) {
		if !slices.Contains(g.terms, unknownTerm) && !g.context {
			w = append(w, g)
		}
	}
	if len(w) == 0 {
		return nil, nil
	}
	var doc *corpus.Document
	var axis *corpus.Axis
	best, tie := 0.0, false
	for _, d := range e.docsFor(q) {
		for i := range d.Axes {
			c := coverage(w, termSet(d.Axes[i].Title))
			switch {
			case c > best:
				best, tie, doc, axis = c, false, d, &d.Axes[i]
			case c == best:
				tie = true
			}
		}
	}
	if tie || best < 2.0/3 {
		return nil, nil
	}
	return doc, axis
}

// subAxis is the heading of a sub-level of an axis, "Objectif
// opérationnel 1.1 – Renforcer la prévention autour de la naissance",
// under which fiches 1.1.1, 1.1.2… are numbered.
type subAxis struct {
	label string // "1.1"
	terms map[string]bool
}

var reSubAxisHeading = regexp.MustCompile(`^[#*\s]*\p{L}[\p{L}' ]{0,40}?\s+(\d{1,2}\.\d{1,2})\s*[–:—-]\s*(\S.{3,})$`)

// subAxesOf reads a document's sub-axis headings: a heading numbered N.M
// with at least one fiche labelled N.M.x.
func (e *Engine) subAxesOf(d *corpus.Document) []subAxis {
	if v, ok := e.subAxes.Load(d.ID); ok {
		return v.([]subAxis)
	}
	var out []subAxis
	seen := map[string]bool{}
	for _, l := range d.Lines {
		m := reSubAxisHeading.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil || seen[m[1]] {
			continue
		}
		if slices.ContainsFunc(d.Fiches, func(f corpus.Fiche) bool { return strings.HasPrefix(f.ID, m[1]+".") }) {
			seen[m[1]] = true
			out = append(out, subAxis{label: m[1], terms: termSet(m[2])})
		}
	}
	v, _ := e.subAxes.LoadOrStore(d.ID, out)
	return v.([]subAxis)
}

// subAxisCovering returns the label of the one sub-axis whose heading
// holds every meaningful word of text, two words at least.
func (e *Engine) subAxisCovering(q *question, text string) string {
	var w []termGroup
	for _, g := range e.questionWeights(q, text) {
		if !slices.Contains(g.terms, unknownTerm) && !g.context {
			w = append(w, g)
		}
	}
	if len(w) < 2 {
		return ""
	}
	found := ""
	for _, d := range e.docsFor(q) {
		for _, s := range e.subAxesOf(d) {
			if coverage(w, s.terms) == 1 {
				if found != "" {
					return ""
				}
				found = s.label
			}
		}
	}
	return found
}

// subAxisList lists the fiches labelled under a sub-level of an axis:
// "l'objectif 2.2" holds fiches 2.2.1, 2.2.2…
func (e *Engine) subAxisList(q *question) (answer, bool) {
	var items []listed
	for _, d := range e.docsFor(q) {
		for i := range d.Fiches {
			if strings.HasPrefix(d.Fiches[i].ID, q.SubAxis+".") {
				items = append(items, listed{d: d, f: &d.Fiches[i]})
			}
		}
	}
	if len(items) == 0 {
		return answer{}, false
	}
	lead := "Fiches numérotées sous " + q.SubAxis + " :"
	if q.Lang == chat.English {
		lead = "Fiches numbered under " + q.SubAxis + ":"
	}
	return e.renderList(q, lead, items, func(it listed) string { return it.f.Axis }), true
}

func axisKindMatches(asked, kind string) bool {
	k := corpus.Fold(kind)
	switch asked {
	case "orientation":
		return k == "orientation"
	case "objectif strategique", "objectifs strategiques", "strategic objective", "strategic goal":
		return strings.HasPrefix(k, "objectif")
	}
	return true
}

// entityList lists the fiches an organisation pilots or takes part in.
func (e *Engine) entityList(q *question) (answer, bool) {
	fields := func(f *corpus.Fiche) []corpus.Field {
		if q.Field == retrieval.FieldPilots {
			return []corpus.Field{f.Pilots}
		}
		// "Which fiches involve the Charmeyran?": a body a fiche's actions
		// or objectives name is involved in it too.
		return []corpus.Field{f.Partners, f.Pilots, f.Actions, f.Objectives}
	}
	collect := func(match func([]corpus.Item) (string, bool)) []listed {
		var items []listed
		for _, d := range e.docsFor(q) {
			for i := range d.Fiches {
				f := &d.Fiches[i]
				for _, fl := range fields(f) {
					if it, ok := match(fl.Items); ok {
						items = append(items, listed{d: d, f: f, note: it})
						break
					}
				}
			}
		}
		return items
	}
	needles := e.entityNeedles(q)
	var items []listed
	if len(needles) > 0 {
		items = collect(func(its []corpus.Item) (string, bool) { return matchItems(its, needles) })
	}
	who := strings.Join(needles[:min(1, len(needles))], "")
	// The body named in other words than the document's, or among other
	// words ("the departmental child protection observatory", "la
	// conseillère technique politiques sociales, pour une réunion"): the
	// items that hold most of the question's words that name bodies.
	if len(items) == 0 {
		var best string
		items, best = e.entityByTerms(q, fields, collect)
		who = best
	}
	if len(items) == 0 {
		return answer{}, false
	}
	// Among the last list ("which of those…"), the count is of those.
	n := len(q.keep(items))
	var lead string
	switch {
	case q.Field == retrieval.FieldPilots && q.Lang == chat.English:
		lead = fmt.Sprintf("Fiches piloted by %s (%d):", who, n)
	case q.Field == retrieval.FieldPilots:
		lead = fmt.Sprintf("Fiches pilotées par %s (%d) :", who, n)
	case q.Lang == chat.English:
		lead = fmt.Sprintf("Fiches involving %s (%d):", who, n)
	default:
		lead = fmt.Sprintf("Fiches associant %s (%d) :", who, n)
	}
	return e.renderList(q, lead, items, func(it listed) string {
		if q.Field == retrieval.FieldPilots {
			return it.f.Pilots.Label
		}
		return it.f.Partners.Label
	}), true
}

// entityNeedles are the folded strings that name the organisation a
// question asks about: its acronyms, their expansions, and the remaining
// words.
// entityByTerms lists the fiches whose pilots (or partners) hold the body
// the question names, by its words: the question's words that some item of
// those fields uses, weighed by rarity; an item holding most of that weight
// names the body. It returns the items and the body's name.
func (e *Engine) entityByTerms(q *question, fields func(*corpus.Fiche) []corpus.Field, collect func(func([]corpus.Item) (string, bool)) []listed) ([]listed, string) {
	vocab := map[string]bool{}
	for _, d := range e.docsFor(q) {
		for i := range d.Fiches {
			for _, fl := range fields(&d.Fiches[i]) {
				for _, it := range fl.Items {
					for t := range termSet(it.Text) {
						vocab[t] = true
					}
				}
			}
		}
	}
	var w []termGroup
	for _, g := range e.questionWeights(q, e.searchText(q)) {
		if slices.ContainsFunc(g.terms, func(t string) bool { return vocab[t] }) {
			w = append(w, g)
		}
	}
	if len(w) < 2 {
		return nil, "" // one word ("service") names no body
	}
	// The body is named after the shortest item that holds it: the others
	// add a second body or a direction ("CRIP et Conseillère technique…").
	var name string
	match := func(its []corpus.Item) (string, bool) {
		for _, it := range its {
			if coverage(w, termSet(it.Text)) >= e.params.EntityCover {
				if name == "" || len(it.Text) < len(name) {
					name = it.Text
				}
				return it.Text, true
			}
		}
		return "", false
	}
	items := collect(match)
	return items, name
}

func (e *Engine) entityNeedles(q *question) []string {
	var needles []string
	for _, a := range q.Acronyms {
		needles = append(needles, a)
		for _, d := range e.docsFor(q) {
			if exp := e.searchExpansion(d, a); exp != "" {
				needles = understand.AppendUnique(needles, exp)
			}
		}
	}
	if len(needles) == 0 {
		words := []string{}
		for _, w := range strings.Fields(q.Topic) {
			if !retrieval.IsStop(w) && w != "?" {
				words = append(words, w)
			}
		}
		if len(words) > 0 && len(words) <= 6 {
			needles = append(needles, strings.Join(words, " "))
		}
	}
	return needles
}

var itemPunct = strings.NewReplacer("(", " ", ")", " ", ",", " ", "–", " ", "-", " ")

// matchItems finds an item that contains a needle (as words, accents and
// case aside); it returns that item's text.
func matchItems(items []corpus.Item, needles []string) (string, bool) {
	for _, it := range items {
		text := " " + corpus.Fold(itemPunct.Replace(it.Text)) + " "
		for _, n := range needles {
			fn := corpus.Fold(n)
			if len(fn) < 2 {
				continue
			}
			if understand.IndexWord(text, fn) >= 0 {
				return it.Text, true
			}
			// All the needle's words, in any order: "service PMI" in "Chef du Service PMI".
			words := retrieval.Terms(fn)
			if len(words) >= 2 {
				itemTerms := map[string]bool{}
				for _, t := range retrieval.Terms(text) {
					itemTerms[t] = true
				}
				all := true
				for _, w := range words {
					all = all && itemTerms[w]
				}
				if all {
					return it.Text, true
				}
			}
		}
	}
	return "", false
}

// dueIn reports a milestone that falls in the period from–to: it ends
// in it, or, asked of whole years, it begins in it ("Généralisation :
// 2022-24" is a step of 2022, the year it starts; "2020-2024" is not,
// being the whole plan's span).
func dueIn(m corpus.Milestone, from, to time.Time) bool {
	if !m.End.Before(from) && !m.End.After(to) {
		return true
	}
	wholeYears := from.Month() == 1 && from.Day() == 1 && to.Month() == 12 && to.Day() == 31
	return wholeYears && !m.Start.Before(from) && !m.Start.After(to)
}

// dueList lists the milestones that fall within the asked period.
func (e *Engine) dueList(q *question) (answer, bool) {
	// "Laquelle a un bilan prévu en 2021 ?": when the question names what
	// is due, and some milestones of the period are that (in their own
	// words or their fiche's title), only those are listed.
	var w []termGroup
	// What is due is named in the sentence that asks, not in the chat
	// around it ("je monte le tableau RH : quels postes…").
	text := e.searchText(q)
	if asked := e.askedSearchText(q, false); asked != "" {
		text = asked
	}
	for _, g := range e.questionWeights(q, text) {
		// The period's years are the filter already, not what is due.
		// So are the words that ask what is due ("prévu", "échéances").
		if !slices.Contains(g.terms, unknownTerm) && !g.context && !(len(g.terms) == 1 && (reYearTerm.MatchString(g.terms[0]) || understand.DueTerms()[g.terms[0]])) {
			w = append(w, g)
		}
	}
	// "… dans l'objectif stratégique 3 (offre d'accueil)": words of the
	// axis's title name the axis, which filters already.
	if q.Axis > 0 {
		for _, d := range e.docsFor(q) {
			for _, a := range d.Axes {
				if a.Number == q.Axis {
					title := termSet(a.Title)
					w = slices.DeleteFunc(w, func(g termGroup) bool { return coverage([]termGroup{g}, title) > 0 })
				}
			}
		}
	}
	var inLabels []termGroup // see below
	// named: 0 lists every milestone of the period; 1 those whose own
	// words hold much of what the question names ("Recrutement des
	// moniteurs éducateurs" for "hiring of staff"); 2 those whose words
	// or fiche's title hold half of it.
	collect := func(named int) []listed {
		var items []listed
		for _, d := range e.docsFor(q) {
			for i := range d.Fiches {
				f := &d.Fiches[i]
				if q.Axis > 0 && f.AxisNumber != q.Axis {
					continue
				}
				var due []string
				// "Qu'est-ce qui doit être bouclé en 2020 sur le PPE ?": a
				// fiche whose title the question names is due as a whole.
				titled := named > 0 && len(w) > 0 && coverage(w, termSet(f.Title)) >= 1
				for _, m := range f.Milestones {
					if !m.Dated() || !dueIn(m, q.From, q.To) {
						continue
					}
					t := m.Raw
					if m.Label != "" {
						t = m.Label + " : " + m.Raw
					}
					if !titled && (named == 1 && coverage(inLabels, termSet(t)) < 0.4 || named == 2 && coverage(w, termSet(t+" "+f.Title)) < 0.5) {
						continue
					}
					due = append(due, t)
				}
				if len(due) > 0 {
					items = append(items, listed{d: d, f: f, note: strings.Join(due, " ; ")})
				}
			}
		}
		return q.keep(items)
	}
	// The words of the question that some milestone of the period says
	// ("recrutement", not the chat's "tableau RH"): a milestone is named
	// when its own words hold enough of them.
	for _, it := range collect(0) {
		labels := termSet(it.note)
		for _, g := range w {
			if coverage([]termGroup{g}, labels) > 0 && !slices.ContainsFunc(inLabels, func(h termGroup) bool { return slices.Equal(h.terms, g.terms) }) {
				inLabels = append(inLabels, g)
			}
		}
	}
	items := collect(0)
	if len(w) > 0 {
		if named := collect(1); len(named) > 0 {
			items = named
		} else if named := collect(2); len(named) > 0 {
			items = named
		}
	}
	inPeriod := "en " + q.From.Format("2006")
	if q.Lang == chat.English {
		inPeriod = "in " + q.From.Format("2006")
	}
	if q.From.Year() != q.To.Year() || q.From.Month() != 1 || q.To.Month() != 12 || q.From.Day() != 1 || q.To.Day() != 31 {
		inPeriod = "du " + q.From.Format("02/01/2006") + " au " + q.To.Format("02/01/2006")
		if q.Lang == chat.English {
			inPeriod = "from " + q.From.Format("2006-01-02") + " to " + q.To.Format("2006-01-02")
		}
	}
	if len(items) == 0 {
		docs := e.docsFor(q)
		var labels []string
		dated := false
		for _, d := range docs {
			labels = append(labels, docLabel(d))
			for _, f := range d.Fiches {
				dated = dated || slices.ContainsFunc(f.Milestones, corpus.Milestone.Dated)
			}
		}
		text := fmt.Sprintf("Aucune échéance de calendrier ne tombe %s dans les schémas (%s).", inPeriod, strings.Join(labels, ", "))
		if q.Lang == chat.English {
			text = fmt.Sprintf("No calendar milestone falls due %s in the schémas (%s).", inPeriod, strings.Join(labels, ", "))
		}
		// A schéma whose fiches give no dates says nothing of any period.
		if !dated && len(docs) == 1 {
			text = fmt.Sprintf("Les fiches du schéma %s ne donnent pas de calendrier daté : je ne peux pas dire ce qui tombe %s.", ofDoc(docs[0]), inPeriod)
			if q.Lang == chat.English {
				text = fmt.Sprintf("The fiches of the %s schéma give no dated calendar: I cannot say what falls due %s.", docLabel(docs[0]), inPeriod)
			}
		}
		return answer{Answer: chat.Answer{Text: text}}, true
	}
	n := fmt.Sprintf("%d fiches", len(items))
	if len(items) == 1 {
		n = "1 fiche"
	}
	lead := fmt.Sprintf("Échéances et étapes %s (%s) :", inPeriod, n)
	if q.Lang == chat.English {
		lead = fmt.Sprintf("Milestones due or starting %s (%s):", inPeriod, n)
	}
	a := e.renderList(q, lead, items, func(it listed) string { return it.f.Calendar.Label })
	a.due = q.From.Format(time.DateOnly) + "/" + q.To.Format(time.DateOnly)
	return a, true
}

// topicList lists the fiches about a topic.
func (e *Engine) topicList(ctx context.Context, q *question) (answer, bool) {
	text := e.searchText(q)
	// "Quelles fiches portent sur la PMI ? je prépare une réunion": the
	// fiches are those of the sentence that asks, not of the context.
	if asked := e.askedSearchText(q, false); asked != "" {
		text = asked
	}
	if len(retrieval.Terms(text)) == 0 {
		return answer{}, false
	}
	// "La partie sur l'offre d'accueil et sa régulation, quelles fiches ?":
	// the part named is the axis or sub-axis whose title says most of
	// what it is about.
	if q.Part != "" && q.Axis == 0 && q.SubAxis == "" && len(q.Within) == 0 {
		if d, a := e.axisAbout(q, q.Part); a != nil {
			c := *q
			c.Axis, c.AxisKind, c.Docs = a.Number, "", []string{d.ID}
			if ans, ok := e.axisList(&c); ok && ans.Found {
				return ans, true
			}
		}
		if label := e.subAxisCovering(q, q.Part); label != "" {
			c := *q
			c.SubAxis = label
			if ans, ok := e.subAxisList(&c); ok {
				return ans, true
			}
		}
	}
	// "The 'piloter, évaluer, innover' part": words quoted from the one
	// axis title that holds them name that axis.
	if q.Axis == 0 && len(q.Within) == 0 {
		if d, a := e.axisQuoted(q); a != nil {
			c := *q
			c.Axis, c.AxisKind, c.Docs = a.Number, "", []string{d.ID}
			if ans, ok := e.axisList(&c); ok && ans.Found {
				return ans, true
			}
		}
	}
	// "The action sheets aimed at supporting professionals": the fiches
	// of the one axis whose title holds every word of the topic.
	if q.Axis == 0 && len(q.Within) == 0 {
		if d, a := e.axisCovering(q, text); a != nil {
			c := *q
			c.Axis, c.AxisKind, c.Docs = a.Number, "", []string{d.ID}
			if ans, ok := e.axisList(&c); ok && ans.Found {
				return ans, true
			}
		}
	}
	// "Quelles actions portent sur la période autour de la naissance ?":
	// the fiches numbered under the one sub-level of an axis whose
	// heading holds the topic ("Objectif opérationnel 1.1 – Renforcer la
	// prévention autour de la naissance").
	if q.Axis == 0 && q.SubAxis == "" && len(q.Within) == 0 {
		if label := e.subAxisCovering(q, text); label != "" {
			c := *q
			c.SubAxis = label
			if ans, ok := e.subAxisList(&c); ok {
				return ans, true
			}
		}
	}
	items, evidence := e.topicItems(ctx, q, text)
	// "Teens turning 18 / young adults leaving care": the fiches on
	// either.
	if parts := alternatives(text); len(parts) > 1 {
		for _, p := range parts {
			more, _ := e.topicItems(ctx, q, p)
			for _, it := range more {
				if !slices.ContainsFunc(items, func(o listed) bool { return o.d.ID == it.d.ID && o.f.ID == it.f.ID }) && len(items) < 12 {
					items = append(items, it)
				}
			}
		}
	}
	if len(items) == 0 {
		return answer{}, false
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].d.ID != items[j].d.ID {
			return items[i].d.ID < items[j].d.ID
		}
		return corpus.CompareFicheIDs(items[i].f.ID, items[j].f.ID) < 0
	})
	lead := "Fiches qui traitent de ce sujet :"
	if q.Lang == chat.English {
		lead = "Fiches on this topic:"
	}
	// "Combien de fiches concernent les MNA ?": the count first.
	if q.Count {
		lead = fmt.Sprintf("%d fiches traitent de ce sujet :", len(items))
		if q.Lang == chat.English {
			lead = fmt.Sprintf("%d fiches on this topic:", len(items))
		}
		if len(items) == 1 {
			lead = "Une fiche traite de ce sujet :"
			if q.Lang == chat.English {
				lead = "One fiche on this topic:"
			}
		}
	}
	a := e.renderList(q, lead, items, func(it listed) string { return it.f.Title })
	a.evidence = evidence
	return a, true
}

// reAlternative parts the alternatives of a topic: "teens turning 18 /
// young adults leaving care", "les MNA ou les jeunes majeurs".
var reAlternative = regexp.MustCompile(`\s*/\s*|\s+(?:or|ou)\s+`)

// alternatives returns the parts of a topic that names alternatives, each
// with words of its own, or nil.
func alternatives(text string) []string {
	parts := reAlternative.Split(text, -1)
	if len(parts) < 2 {
		return nil
	}
	for _, p := range parts {
		if len(retrieval.Terms(p)) == 0 {
			return nil
		}
	}
	return parts
}

// topicItems returns the fiches that treat the topic text, and how much
// of it the best one holds.
func (e *Engine) topicItems(ctx context.Context, q *question, text string) ([]listed, float64) {
	ranked, scores, cover := e.rankFiches(ctx, q, text, "")
	if len(ranked) == 0 {
		return nil, 0
	}
	best := scores[ranked[0]]
	// A fiche that holds every word the question weighs speaks of what it
	// asks, however far search ranked it: "dans quelles fiches on parle
	// des CPOM ?" lists the fiche that names them once in its actions,
	// though the acronym's expansion drew search to others.
	if w := e.questionWeights(q, text); len(w) > 0 {
		var more []ficheKey
		for k, terms := range e.fterms {
			if _, ok := scores[k]; !ok && (len(q.Docs) == 0 || slices.Contains(q.Docs, k.doc)) && coverageIn(w, terms, e.ftext[k]) >= 1 {
				scores[k], cover[k] = e.params.ListScore*best, 1
				more = append(more, k)
			}
		}
		slices.SortFunc(more, func(a, b ficheKey) int {
			if a.doc != b.doc {
				return strings.Compare(a.doc, b.doc)
			}
			return corpus.CompareFicheIDs(a.n, b.n)
		})
		ranked = append(ranked, more...)
	}
	var items []listed
	if keys := e.acronymNamers(q, text); len(keys) > 0 && len(keys) <= 12 {
		for _, k := range keys {
			d := e.lib.Doc(k.doc)
			f := d.Fiche(k.n)
			items = append(items, listed{d: d, f: f, note: e.whereInFiche(q, text, f)})
		}
		return items, 1
	}
	for _, k := range ranked {
		if scores[k] < e.params.ListScore*best || cover[k] < e.params.ListCover || len(items) >= 12 {
			continue
		}
		d := e.lib.Doc(k.doc)
		f := d.Fiche(k.n)
		items = append(items, listed{d: d, f: f, note: e.whereInFiche(q, text, f)})
	}
	return items, cover[ranked[0]]
}

// acronymNamers returns, for a topic that is only acronyms ("which fiche
// does the RAPT stuff?"), the fiches that write one of them or its
// expansion whole, in document order; nil when the topic says more, or
// when no fiche does. A fiche whose words merely overlap the expansion's
// ("réponses d'accompagnement" for "Réponse accompagnée pour tous") is
// not about it; one that writes it once, in an indicator, is.
func (e *Engine) acronymNamers(q *question, text string) []ficheKey {
	if len(q.Acronyms) == 0 {
		return nil
	}
	acr := map[string]bool{}
	for _, a := range q.Acronyms {
		for t := range termSet(a) {
			acr[t] = true
		}
	}
	for _, g := range e.questionWeights(q, text) {
		if !slices.ContainsFunc(g.terms, func(t string) bool { return acr[t] }) {
			return nil
		}
	}
	var out []ficheKey
	for _, d := range e.docsFor(q) {
		for i := range d.Fiches {
			f := &d.Fiches[i]
			k := ficheKey{d.ID, f.ID}
			// The expansion is matched on the words as written: stems
			// would find "réponses d'accompagnement" in "Réponse
			// accompagnée pour tous".
			written := e.foldedFiche(d, f)
			for _, a := range q.Acronyms {
				exp := e.searchExpansion(d, a)
				if strings.Contains(e.ftext[k], phraseText(a)) || exp != "" && strings.Contains(written, " "+foldedWords(exp)+" ") {
					out = append(out, k)
					break
				}
			}
		}
	}
	return out
}

// foldedFiche returns foldedSpan of a fiche, computed once per engine.
func (e *Engine) foldedFiche(d *corpus.Document, f *corpus.Fiche) string {
	key := d.ID + "\x00fiche\x00" + f.ID
	if v, ok := e.expansions.Load(key); ok {
		return v.(string)
	}
	t := foldedSpan(d, f.Span)
	e.expansions.Store(key, t)
	return t
}

// foldedSpan returns the lines of span, folded, their words one space
// apart and one around.
func foldedSpan(d *corpus.Document, span corpus.Span) string {
	from, to := max(span.StartLine, 1), min(span.EndLine, len(d.Lines))
	if from > to {
		return " "
	}
	return " " + foldedWords(strings.Join(d.Lines[from-1:to], " ")) + " "
}

// foldedWords folds s and keeps its words, one space apart.
func foldedWords(s string) string {
	return strings.Join(strings.FieldsFunc(corpus.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// pointOutOne makes a list answer to a question that asks for one fiche
// ("c'est quelle fiche qui traite de l'accueil des MNA ?") say which one,
// when the topic names one of the listed fiches by its title far ahead of
// the others: the answer leads with it and the thread is about it, so
// that "et c'est piloté par qui ?" asks of it.
func (e *Engine) pointOutOne(ctx context.Context, q *question, a *answer) {
	text := e.searchText(q)
	ranked, scores, cover := e.rankFiches(ctx, q, text, "")
	var k ficheKey
	switch {
	case len(ranked) > 0 && e.titleNamed(q, text, ranked, scores) >= e.params.TitleRecall && e.clearLead(ranked, scores, cover):
		k = ranked[0]
	default:
		// "Quelle fiche traite des jeunes entre soin, handicap et
		// éducatif ?": the one listed fiche whose title says what the
		// question asks, though its text is not far ahead of the others'.
		var ok bool
		if k, ok = e.titleHolding(q, text, a.listed); !ok {
			return
		}
	}
	if !slices.Contains(a.listed, k.doc+"/"+k.n) {
		return
	}
	d := e.lib.Doc(k.doc)
	f := d.Fiche(k.n)
	lead := fmt.Sprintf("Surtout la fiche %s (« %s », schéma %s).", f.ID, f.Title, docLabel(d))
	if q.Lang == chat.English {
		lead = fmt.Sprintf("Mainly fiche %s (“%s”, schéma %s).", f.ID, f.Title, docLabel(d))
	}
	a.Text = lead + "\n\n" + a.Text
	a.focusDoc, a.focusFiche = k.doc, k.n
}

// titleHolding returns the fiche among listed ("doc/label") whose title
// holds TitleCover of the question's weighed words when no other listed
// title holds half of that.
func (e *Engine) titleHolding(q *question, text string, listed []string) (ficheKey, bool) {
	k, first, second := e.titleRanking(e.questionWeights(q, text), listed)
	return k, first >= e.params.TitleCover && second < first/2
}

// titleRanking returns the fiche among keys ("doc/label") whose title
// holds most of w, with that share and the next title's.
func (e *Engine) titleRanking(w []termGroup, keys []string) (best ficheKey, first, second float64) {
	for _, l := range keys {
		doc, n, ok := strings.Cut(l, "/")
		if !ok {
			continue
		}
		d := e.lib.Doc(doc)
		if d == nil || d.Fiche(n) == nil {
			continue
		}
		title := d.Fiche(n).Title
		c := coverageIn(w, termSet(title), phraseText(title))
		switch {
		case c > first:
			best, first, second = ficheKey{doc: doc, n: n}, c, first
		case c > second:
			second = c
		}
	}
	return best, first, second
}

// withoutTerms returns the words of text whose analysed terms are not all
// in drop.
func withoutTerms(text string, drop map[string]bool) string {
	var kept []string
	for _, w := range strings.Fields(text) {
		ts := retrieval.Terms(w)
		if len(ts) == 0 || slices.ContainsFunc(ts, func(t string) bool { return !drop[t] }) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}
