package reminder

import (
	"regexp"
	"strings"

	"schemabot/corpus"
)

// fold lowercases s and removes accents, so that "Isère" and "isere" match.
func fold(s string) string { return strings.TrimSpace(corpus.Fold(s)) }

// idYears strips the period from a document id: "isere-2020-2024" -> "isere".
var idYears = regexp.MustCompile(`(-[0-9]{4})+$`)

// docAliases returns the folded names a user may give for d: its id, its
// département with or without dashes, and the département's code.
func docAliases(d *corpus.Document) []string {
	out := []string{fold(d.ID)}
	names := []string{fold(idYears.ReplaceAllString(d.ID, ""))}
	if d.Departement != "" {
		names = append(names, fold(d.Departement))
	}
	for _, n := range names {
		out = append(out, n, strings.ReplaceAll(n, "-", " "), strings.ReplaceAll(n, " ", "-"))
		if code, ok := corpus.DepartementCode(n); ok {
			out = append(out, strings.ToLower(code))
		}
	}
	return out
}

// findDoc returns the document of lib that s names ("isère", "isere", "38",
// the id), or nil.
func findDoc(lib *corpus.Library, s string) *corpus.Document {
	s = fold(s)
	if s == "" || lib == nil {
		return nil
	}
	for _, d := range lib.Docs {
		for _, a := range docAliases(d) {
			if a == s {
				return d
			}
		}
	}
	return nil
}

// docName is how a reply names a document: its département when known,
// else its id.
func docName(lib *corpus.Library, id string) string {
	if lib != nil {
		if d := lib.Doc(id); d != nil && d.Departement != "" {
			return d.Departement
		}
	}
	return id
}

// docChoices lists how to name each document of lib, for error messages:
// "« isère » ou « 38 », « moselle » ou « 57 »".
func docChoices(lib *corpus.Library) string {
	var parts []string
	for _, d := range lib.Docs {
		a := docAliases(d)
		p := "« " + a[1] + " »"
		for _, x := range a[2:] {
			if len(x) <= 3 && x != a[1] {
				p += " ou « " + x + " »"
				break
			}
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}
