package calendar

import (
	"strings"

	"schemabot/corpus"
	"time"
)

// Filter selects entries. Its zero value keeps everything.
type Filter struct {
	// From and To keep the dated entries whose [Start, End] overlaps
	// [From, To] (both inclusive civil dates; a zero bound is open). When
	// either is set, undated entries are dropped: they cannot be placed in a
	// period.
	From, To time.Time
	// Doc keeps one document, by id (case-insensitive).
	Doc string
	// Fiche keeps one fiche, by label ("12", "1.2"); "" keeps all.
	Fiche string
	// Pilot keeps the entries with a pilot containing it, ignoring case and
	// accents: "departement" matches "Département de l'Isère".
	Pilot string
}

// Apply returns the entries of es that f keeps, in their order.
func (f Filter) Apply(es []Entry) []Entry {
	from, to := Day(f.From), Day(f.To)
	pilot := fold(strings.TrimSpace(f.Pilot))
	doc := strings.TrimSpace(f.Doc)
	var out []Entry
	for _, e := range es {
		if doc != "" && !strings.EqualFold(e.Doc, doc) {
			continue
		}
		if f.Fiche != "" && e.Fiche != corpus.CanonicalFicheID(f.Fiche) {
			continue
		}
		if pilot != "" && !anyContains(e.Pilots, pilot) {
			continue
		}
		if !from.IsZero() || !to.IsZero() {
			if !e.Dated() {
				continue
			}
			if !from.IsZero() && Day(e.End).Before(from) {
				continue
			}
			if !to.IsZero() && Day(e.Start).After(to) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

func anyContains(texts []string, folded string) bool {
	for _, t := range texts {
		if strings.Contains(fold(t), folded) {
			return true
		}
	}
	return false
}

// fold compares texts as corpus.Fold does: without case, accents or
// typographic variants.
func fold(s string) string { return corpus.Fold(s) }
