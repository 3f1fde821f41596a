package corpus

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// latinFold maps the accented letters of French and its neighbours to
// their base letter; foldAccents uses it before the general (slower)
// Unicode decomposition.
var latinFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåā", 'A': "ÀÁÂÃÄÅĀ", 'c': "çć", 'C': "ÇĆ", 'e': "èéêëēė", 'E': "ÈÉÊËĒĖ",
		'i': "ìíîïī", 'I': "ÌÍÎÏĪ", 'n': "ñ", 'N': "Ñ", 'o': "òóôõöō", 'O': "ÒÓÔÕÖŌ",
		'u': "ùúûüū", 'U': "ÙÚÛÜŪ", 'y': "ýÿ", 'Y': "ÝŸ",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// foldAccents removes diacritics: "Échéance" -> "Echeance".
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else if base, ok := latinFold[r]; ok {
			b.WriteRune(base)
		} else if unicode.Is(unicode.Mn, r) {
			continue
		} else if r >= 0x300 && r < 0x2000 || r >= 0x1E00 && r < 0x1F00 {
			b.WriteString(slowFold(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func slowFold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

var foldReplacer = strings.NewReplacer("’", "'", "œ", "oe", "æ", "ae", "\u00a0", " ", "–", "-", "—", "-")

// Fold lowercases s, removes accents and typographic variants, and folds
// spaces, for comparisons that must not depend on typing.
func Fold(s string) string {
	s = foldAccents(strings.ToLower(s))
	s = foldReplacer.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

var (
	reTag      = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	reSup      = regexp.MustCompile(`\^\{([^}]*)\}`)
	reEmphasis = regexp.MustCompile(`\*\*|__`)
	reItalic   = regexp.MustCompile(`(^|[\s(])\*([^*\s][^*]*[^*\s]|[^*\s])\*`)
)

// cleanCache remembers cleaned lines: the parser looks at each line many
// times (as a heading, a label, a table row…), and the markup expressions
// dominate parsing. It is emptied when it grows past cleanCacheMax.
var cleanCache = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

const cleanCacheMax = 200_000

// cleanText removes markup left by the PDF conversion (HTML tags, markdown
// emphasis, superscripts) and folds spaces.
func cleanText(s string) string {
	if len(s) > 2000 {
		return cleanUncached(s) // long paragraphs are seldom read twice
	}
	cleanCache.Lock()
	out, ok := cleanCache.m[s]
	cleanCache.Unlock()
	if ok {
		return out
	}
	out = cleanUncached(s)
	cleanCache.Lock()
	if len(cleanCache.m) >= cleanCacheMax {
		cleanCache.m = map[string]string{}
	}
	cleanCache.m[s] = out
	cleanCache.Unlock()
	return out
}

func cleanUncached(s string) string {
	// The regular expressions only run where their markup can be: most
	// lines have none, and parsing is dominated by this function.
	if strings.IndexByte(s, '<') >= 0 {
		s = reTag.ReplaceAllString(s, " ")
	}
	if strings.IndexByte(s, '^') >= 0 {
		s = reSup.ReplaceAllString(s, "$1")
	}
	if strings.ContainsAny(s, "*_") {
		s = reEmphasis.ReplaceAllString(s, "")
		s = reItalic.ReplaceAllString(s, "$1$2")
	}
	s = strings.ReplaceAll(s, "\u00a0", " ")
	// Typographic ligatures a PDF conversion keeps ("conﬁés") are letters.
	if strings.ContainsAny(s, "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06") {
		s = ligatures.Replace(s)
	}
	// A scanned schéma read by OCR confuses letters of one shape
	// ("PiIote", "2O23"): its labels and figures are read once repaired.
	s = repairOCR(s)
	// A markdown quote mark ("> Sully Payet") and the link numbers a text
	// browser prints ("[4]Accueil") and footnote calls ("HAS[^3]") are
	// markup too.
	if t := strings.TrimLeft(s, " \t"); strings.HasPrefix(t, ">") {
		s = strings.TrimLeft(t, "> ")
	}
	if strings.IndexByte(s, '[') >= 0 {
		s = reLinkRef.ReplaceAllString(s, "")
		// Pandoc's attributed spans: "[]{#_Toc130470105 .anchor}Axe 1",
		// "[texte]{.underline}".
		if strings.Contains(s, "]{") {
			s = reSpanAttr.ReplaceAllString(s, "$1")
		}
	}
	// A notes tool's tags ("#pilote/PMI") and pictographs ("📅 2026-09-30",
	// "🎯 Objectifs", "🟡 en cours") decorate the text.
	if strings.IndexByte(s, '#') >= 0 && strings.IndexByte(s, '/') >= 0 {
		s = reNoteTag.ReplaceAllString(s, "")
	}
	if strings.IndexFunc(s, isPictograph) >= 0 {
		s = strings.Map(func(r rune) rune {
			if isPictograph(r) {
				return ' '
			}
			return r
		}, s)
	}
	// Pandoc writes an en dash as "--" when it does not typeset.
	if strings.Contains(s, " -- ") {
		s = strings.ReplaceAll(s, " -- ", " – ")
	}
	return strings.Join(strings.Fields(s), " ")
}

// isPictograph reports an emoji or a coloured symbol: decoration, never a
// bullet of the documents ("•", "■", "➢", "✓" stay).
func isPictograph(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r == 0x2705 || r == 0x2B50 || r == 0x231A || r == 0x231B || r >= 0x23E9 && r <= 0x23FA ||
		// The miscellaneous symbols the emoji keyboards offer ("⛵",
		// "⚖️"), but the ballot boxes and stars that mark a status or an
		// item.
		r >= 0x2600 && r <= 0x26FF && (r < 0x2605 || r > 0x2612) ||
		// The joiner and the selectors that build one emoji of several
		// ("👩‍💼", "⚖️") are no text either.
		r == 0x200D || r >= 0xFE00 && r <= 0xFE0F
}

var (
	reNoteTag  = regexp.MustCompile(`(?:^|\s)#\p{L}[\p{L}\p{N}_-]*/[\p{L}\p{N}_/-]+`)
	reLinkRef  = regexp.MustCompile(`\[\^?\d{1,3}\]`)
	reSpanAttr = regexp.MustCompile(`\[([^\]]*)\]\{[#.][^}]*\}`)
	ligatures  = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")
)

// bulletRunes start list items in the converted documents; a dash, an en
// dash (French typography) or a star only when a space follows.
// The private-use runes are the Wingdings and Symbol bullets pdftotext
// passes through from Word documents.
const bulletRunes = "-–•●○◦▪■□➢►✓*\uf0a7\uf0b7\uf0d8\uf0fc\uf076"

// splitBullets splits a flattened HTML list ("<ul>• a<ul>○ b</ul>• c") into
// items, the hollow bullets and nested lists one level deeper.
func splitBullets(s string) []Item {
	var items []Item
	var cur strings.Builder
	curLevel := 0
	flush := func() {
		t := cleanText(cur.String())
		t = strings.TrimSpace(strings.TrimLeft(t, bulletRunes+" "))
		t = strings.TrimRight(t, " ,;")
		if t != "" && t != "..." && t != "…" {
			items = append(items, Item{Text: t, Level: curLevel})
		}
		cur.Reset()
	}
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "<ul"):
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				j = len(s) - i - 1
			}
			i += j + 1
			continue
		case strings.HasPrefix(s[i:], "</ul>"):
			i += len("</ul>")
			continue
		}
		r, size := decodeRune(s[i:])
		if strings.ContainsRune("•●○◦▪■", r) {
			flush()
			// Flattened lists lose their closing tags: the bullet's shape
			// is what tells the level (• top, ○ nested).
			curLevel = 0
			if r == '○' || r == '◦' {
				curLevel = 1
			}
		}
		cur.WriteString(s[i : i+size])
		i += size
	}
	flush()
	return items
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 1
}

// bulletItem reads a list line ("- text", " - text", "• text", "1. text")
// and reports its level and text.
func bulletItem(line string) (Item, bool) {
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	t := strings.TrimSpace(line)
	if t == "" {
		return Item{}, false
	}
	// ": Offrir un lieu…": a definition of a pandoc definition list, under
	// its term ("Objectifs").
	if d, ok := strings.CutPrefix(t, ": "); ok && strings.TrimSpace(d) != "" {
		// ":   - Éviter des placements…": a list inside the definition.
		if it, ok := bulletItem(strings.TrimSpace(d)); ok {
			return it, true
		}
		return Item{Text: cleanText(d)}, true
	}
	r, size := decodeRune(t)
	if strings.ContainsRune(bulletRunes, r) && (len(t) == size || t[size] == ' ' || r != '-' && r != '–' && r != '*') {
		if r == '*' && strings.HasPrefix(t, "**") {
			return Item{}, false
		}
		level := 0
		if indent > 0 || r == '○' || r == '◦' {
			level = 1
		}
		text := cleanText(t[size:])
		// "- [x] Valider le projet…": a task list's box.
		for _, box := range []string{"[x] ", "[X] ", "[ ] "} {
			text = strings.TrimPrefix(text, box)
		}
		return Item{Text: text, Level: level}, true
	}
	return Item{}, false
}
