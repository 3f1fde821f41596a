package corpus

import (
	"regexp"
	"strings"
	"time"
)

// Some fiches have no calendar field: each action's deadline is stated in
// the prose that describes how it is carried out ("Le guide sera diffusé
// au cours du premier semestre 2026", "… ouvrira d'ici la mi-2027", "…
// sera signé dès la première année du schéma"). The sentences that state
// one are the fiche's calendar, each a milestone due when it says.

// proseDeadlines fills the calendar and the milestones of a fiche that has
// neither from the sentences of its actions that state a deadline. start
// and end are the plan's years, 0 when unknown: they date what a sentence
// places in the plan's own time ("la deuxième année du schéma"), and a
// year before the plan's start is the history of the action, no deadline.
func proseDeadlines(f *Fiche, start, end int) {
	if !f.Calendar.Empty() || len(f.Milestones) > 0 || f.FromTOC {
		return
	}
	for _, it := range f.Actions.Items {
		for _, sent := range Sentences(it.Text) {
			for _, c := range deadlineClauses(sent, start, end) {
				m := Milestone{Label: c.text, Raw: c.raw, Start: c.per.Start, End: c.per.End, Span: it.Span}
				f.Milestones = append(f.Milestones, m)
				f.Calendar.Items = append(f.Calendar.Items, Item{Text: c.text, Span: it.Span})
			}
		}
	}
	if len(f.Calendar.Items) > 0 {
		// The calendar is quoted under the label of the part that
		// states it.
		f.Calendar.Label = f.Actions.Label
		f.Calendar.Span = Span{StartLine: f.Calendar.Items[0].Span.StartLine,
			EndLine: f.Calendar.Items[len(f.Calendar.Items)-1].Span.EndLine, Page: f.Actions.Span.Page}
	}
}

// deadlineClause is what a sentence says is due, and when.
type deadlineClause struct {
	text, raw string
	per       Period
}

// reClauseBreak sets apart the clauses of a sentence that each may state
// their own deadline: "… signée en 2026 ; les accueils ouvriront en
// 2027", "… en 2026, puis étendue en 2028".
var reClauseBreak = regexp.MustCompile(`\s*;\s+|,?\s+puis\s+`)

// deadlineClauses returns the deadline a sentence states, with the
// sentence as what is due; a sentence that states several, one a clause,
// gives each clause as what is due by its own.
func deadlineClauses(sent string, start, end int) []deadlineClause {
	var out []deadlineClause
	for _, part := range reClauseBreak.Split(sent, -1) {
		if per, raw, ok := statedDeadline(part, start, end); ok {
			out = append(out, deadlineClause{text: strings.TrimRight(strings.TrimSpace(part), " .;,"), raw: raw, per: per})
		}
	}
	if len(out) == 1 {
		// One deadline: the whole sentence says what is due, its subject
		// included.
		out[0].text = strings.TrimRight(strings.TrimSpace(sent), " .;")
	}
	return out
}

// statedDeadline finds the first deadline a text states: a time
// expression placed by a word that makes it one ("d'ici fin 2026", "au
// cours du premier semestre 2026", "à l'horizon 2028", "en 2027"), or a
// year of the plan ("dès la première année du schéma"). raw is the
// expression as written; the period is zero when the plan's years are
// unknown and the expression needs them.
func statedDeadline(text string, start, end int) (Period, string, bool) {
	words := strings.Fields(text)
	for i, w := range words {
		if !reDeadlineYear.MatchString(w) {
			continue
		}
		// The longest time expression of at most six words that ends on
		// the year and reads as dated.
		k := -1
		var per Period
		for j := max(0, i-5); j <= i; j++ {
			if p, ok := ParsePeriod(strings.TrimRight(strings.Join(words[j:i+1], " "), ".,;:)")); ok && !p.Start.IsZero() && !p.End.IsZero() {
				k, per = j, p
				break
			}
		}
		if k < 0 {
			continue
		}
		// "d'ici la", "au cours du", "à l'horizon": the words that place
		// the expression are part of it.
		from := k
		for from > 0 && i-from < 9 && deadlineLeads[Fold(words[from-1])] {
			from--
		}
		if !deadlineCues[Fold(words[from])] && !deadlineCues[Fold(strings.SplitN(words[k], "-", 2)[0])] {
			continue // "la loi de 2022", "le schéma 2020-2024"
		}
		if start != 0 && per.End.Year() < start {
			continue // what was done before the plan
		}
		return per, strings.TrimRight(strings.Join(words[from:i+1], " "), ".,;:)"), true
	}
	if m := rePlanYear.FindStringSubmatchIndex(text); m != nil {
		raw := strings.TrimSpace(text[m[0]:m[1]])
		return planYear(Fold(text[m[2]:m[3]]), start, end), raw, true
	}
	return Period{}, "", false
}

// reDeadlineYear is a year as a word of a sentence, perhaps glued to
// "mi-" ("d'ici la mi-2027").
var reDeadlineYear = regexp.MustCompile(`^(?:mi-)?(?:19|20)\d\d[.,;:)]*$`)

// deadlineCues are the folded words that make a time expression a
// deadline, as the first word of the expression or before it.
var deadlineCues = map[string]bool{
	"d'ici": true, "avant": true, "des": true, "en": true, "au": true, "a": true, "courant": true,
	"partir": true, "compter": true, "jusqu'en": true, "jusqu'a": true, "fin": true, "debut": true,
	"mi": true, "pour": true, "vers": true, "entre": true, "horizon": true, "l'horizon": true, "cours": true,
}

// deadlineLeads are the folded words that may stand between a cue and
// the time expression it places: "au cours du", "d'ici la fin de
// l'année", "à l'horizon de".
var deadlineLeads = map[string]bool{
	"la": true, "le": true, "l'": true, "du": true, "de": true, "d'": true, "dans": true,
	"plus": true, "tard": true, "l'annee": true,
}

func init() {
	for w := range deadlineCues {
		deadlineLeads[w] = true
	}
}

// rePlanYear is a time told in the plan's own years: "dès la première
// année du schéma", "au cours de la troisième année de mise en œuvre du
// schéma", "à mi-parcours du schéma", "d'ici la fin du schéma". The first
// group says which year.
var rePlanYear = regexp.MustCompile(`(?i)(?:(?:dès|d'ici|avant|au cours de|pendant|durant|pour)\s+)?(?:la\s+|l'|le\s+|au\s+)?(premi[èe]re|1[èe]?re|deuxi[èe]me|seconde|2e|troisi[èe]me|3e|quatri[èe]me|4e|cinqui[èe]me|5e|derni[èe]re|mi-parcours|fin|terme|[ée]ch[ée]ance)(?:\s+ann[ée]e)?\s+(?:de\s+mise\s+en\s+(?:œ|oe)uvre\s+)?(?:du|de\s+ce)\s+(?:pr[ée]sent\s+)?(?:sch[ée]ma|plan)\b`)

// planYears are the years of the plan the words of rePlanYear name,
// counted from its first (1) or from its last (0, -1 for the middle).
var planYears = map[string]int{
	"premiere": 1, "1re": 1, "1ere": 1, "deuxieme": 2, "seconde": 2, "2e": 2, "troisieme": 3, "3e": 3,
	"quatrieme": 4, "4e": 4, "cinquieme": 5, "5e": 5,
	"derniere": 0, "fin": 0, "terme": 0, "echeance": 0, "mi-parcours": -1,
}

// planYear dates the year of the plan a word names; zero when the plan's
// years are unknown or the year falls outside them.
func planYear(word string, start, end int) Period {
	n, ok := planYears[word]
	if !ok || start == 0 || end < start {
		return Period{}
	}
	y := end
	switch {
	case n > 0:
		y = start + n - 1
	case n < 0:
		y = start + (end-start)/2
	}
	if y > end {
		return Period{}
	}
	return Period{Start: day(y, time.January, 1), End: day(y, time.December, 31)}
}
