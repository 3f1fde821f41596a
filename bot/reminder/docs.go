package reminder

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"schemabot/corpus"
)

// departementCodes maps folded département names to their official codes, so
// that users can name a document by number ("38", "57").
var departementCodes = map[string]string{
	"ain": "01", "aisne": "02", "allier": "03", "alpes-de-haute-provence": "04", "hautes-alpes": "05",
	"alpes-maritimes": "06", "ardeche": "07", "ardennes": "08", "ariege": "09", "aube": "10", "aude": "11",
	"aveyron": "12", "bouches-du-rhone": "13", "calvados": "14", "cantal": "15", "charente": "16",
	"charente-maritime": "17", "cher": "18", "correze": "19", "corse-du-sud": "2A", "haute-corse": "2B",
	"cote-d'or": "21", "cotes-d'armor": "22", "creuse": "23", "dordogne": "24", "doubs": "25", "drome": "26",
	"eure": "27", "eure-et-loir": "28", "finistere": "29", "gard": "30", "haute-garonne": "31", "gers": "32",
	"gironde": "33", "herault": "34", "ille-et-vilaine": "35", "indre": "36", "indre-et-loire": "37",
	"isere": "38", "jura": "39", "landes": "40", "loir-et-cher": "41", "loire": "42", "haute-loire": "43",
	"loire-atlantique": "44", "loiret": "45", "lot": "46", "lot-et-garonne": "47", "lozere": "48",
	"maine-et-loire": "49", "manche": "50", "marne": "51", "haute-marne": "52", "mayenne": "53",
	"meurthe-et-moselle": "54", "meuse": "55", "morbihan": "56", "moselle": "57", "nievre": "58", "nord": "59",
	"oise": "60", "orne": "61", "pas-de-calais": "62", "puy-de-dome": "63", "pyrenees-atlantiques": "64",
	"hautes-pyrenees": "65", "pyrenees-orientales": "66", "bas-rhin": "67", "haut-rhin": "68", "rhone": "69",
	"haute-saone": "70", "saone-et-loire": "71", "sarthe": "72", "savoie": "73", "haute-savoie": "74",
	"paris": "75", "seine-maritime": "76", "seine-et-marne": "77", "yvelines": "78", "deux-sevres": "79",
	"somme": "80", "tarn": "81", "tarn-et-garonne": "82", "var": "83", "vaucluse": "84", "vendee": "85",
	"vienne": "86", "haute-vienne": "87", "vosges": "88", "yonne": "89", "territoire de belfort": "90",
	"essonne": "91", "hauts-de-seine": "92", "seine-saint-denis": "93", "val-de-marne": "94", "val-d'oise": "95",
	"guadeloupe": "971", "martinique": "972", "guyane": "973", "la reunion": "974", "mayotte": "976",
}

// fold lowercases s and removes accents, so that "Isère" and "isere" match.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if out, _, err := transform.String(t, s); err == nil {
		s = out
	}
	s = strings.NewReplacer("’", "'", "œ", "oe", "æ", "ae").Replace(s)
	return strings.ToLower(strings.TrimSpace(s))
}

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
		if code, ok := departementCodes[n]; ok {
			out = append(out, strings.ToLower(code))
		} else if code, ok := departementCodes[strings.ReplaceAll(n, " ", "-")]; ok {
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
