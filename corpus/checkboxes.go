package corpus

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A form printed with its options prints every option of a field and
// ticks the chosen ones: "DPE ✓ DPMI DAST DRH ODPE", "✓ 2024 ✓ 2025 2026
// 2027 2028", "☐ Haute ☒ Moyenne ☐ Normale". Only the ticked options are
// the field's values; the others are the form's. unfoldCheckboxes
// rewrites such a line as the list of its ticked options, so that the
// field reads "DPMI" and the calendar "2024-2025". When unticked options
// have a box of their own ("☐"), boxes part the options; when only the
// ticked ones are marked, an option runs from its mark to the next word
// that starts another (a capital or a digit after a word that joins
// nothing), as a reader tells "✓ Éducation nationale Justice" apart.

// tickMarks are the marks of a ticked option; boxMarks those of an
// unticked one.
var (
	tickMarks = map[string]bool{"✓": true, "✔": true, "☑": true, "☒": true, "✅": true, "■": true, "⊠": true, "[x]": true, "[X]": true, "(x)": true, "(X)": true}
	boxMarks  = map[string]bool{"☐": true, "□": true, "[ ]": true, "[]": true, "( )": true}
)

// optionJoiners are the words that join the next word to an option
// ("Communes / CCAS", "Protection de l'enfance").
var optionJoiners = map[string]bool{"/": true, "-": true, "–": true, "&": true, "+": true, "et": true, "de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "à": true, "aux": true, "en": true, "d'": true, "l'": true}

// maxOptionWords bounds an option of a printed form: a few words.
const maxOptionWords = 5

// checkTokens splits a line into words, a mark written with brackets
// ("[x]", "[ ]") counting as one word.
func checkTokens(line string) []string {
	line = strings.NewReplacer("[ ]", " \x00box ", "( )", " \x00paren ").Replace(line)
	var out []string
	for _, f := range strings.Fields(line) {
		switch f {
		case "\x00box":
			f = "[ ]"
		case "\x00paren":
			f = "( )"
		}
		out = append(out, f)
	}
	return out
}

// isMark reports a ticked or unticked mark.
func isMark(tok string) bool { return tickMarks[tok] || boxMarks[tok] }

// checkedOptions reads a line as a printed list of options and returns
// the text before the options (a label, "Axe de rattachement :"), the
// ticked options and whether the line is such a list at all. after tells
// that marks follow their option in this document ("DPE ✓").
func checkedOptions(line string, after bool) (prefix string, ticked []string, ok bool) {
	if strings.ContainsAny(line, "=|") || len(line) > 400 {
		// "✓ = échéance finale" is a legend, "| ✓ |" a table's cell.
		return "", nil, false
	}
	// A mark set apart by a wide gap belongs to a column of a table
	// ("PRE-1      ■      ■"), no form.
	for _, m := range []string{"✓", "✔", "☑", "☒", "■", "☐", "□"} {
		if strings.Contains(line, m+"   ") || strings.Contains(line, "   "+m) && after {
			return "", nil, false
		}
	}
	if c := strings.Index(line, ":"); c > 0 && c < 60 && !strings.ContainsAny(line[:c], "✓✔☑☒■☐□[") {
		prefix, line = strings.TrimSpace(line[:c+1]), line[c+1:]
	}
	toks := checkTokens(line)
	// "NIVEAU DE PRIORITÉ ☒ 1 ☐ 2": a form's caption before the boxes,
	// printed in its column beside them, names the field. Only where
	// unticked options have a box of their own: "ASE ✓ PMI" ticks no
	// ASE, which is an option all the same.
	if k := slices.IndexFunc(toks, isMark); prefix == "" && !after && k > 0 && slices.ContainsFunc(toks, func(t string) bool { return boxMarks[t] }) && isCaption(toks[:k]) {
		prefix, toks = strings.Join(toks[:k], " ")+" :", toks[k:]
	}
	boxes, ticks := 0, 0
	for _, t := range toks {
		if boxMarks[t] {
			boxes++
		}
		if tickMarks[t] {
			ticks++
		}
	}
	if ticks+boxes == 0 {
		return "", nil, false
	}
	// Options: a mark opens one (or, marks following, closes one);
	// without boxes, a word that starts another opens one too.
	type option struct {
		words  []string
		tick   bool
		closed bool
	}
	var opts []option
	pending, pendingTick := false, false
	for _, t := range toks {
		n := len(opts)
		if isMark(t) {
			switch {
			case after && (n == 0 || opts[n-1].closed), !after && pending:
				return "", nil, false // two marks in a row mark nothing
			case after:
				opts[n-1].tick, opts[n-1].closed = tickMarks[t], true
			default:
				pending, pendingTick = true, tickMarks[t]
			}
			continue
		}
		switch {
		case pending, n == 0, after && opts[n-1].closed:
			opts = append(opts, option{words: []string{t}, tick: pendingTick})
		case boxes == 0 && startsOption(opts[n-1].words[len(opts[n-1].words)-1], t):
			opts = append(opts, option{words: []string{t}})
		default:
			opts[n-1].words = append(opts[n-1].words, t)
		}
		pending, pendingTick = false, false
	}
	if pending || len(opts) < 2 {
		return "", nil, false
	}
	for k, o := range opts {
		last := o.words[len(o.words)-1]
		// "☑ Moyens nouveaux : 2 ETP de puéricultrice, …": the last
		// option may let one write in a value of any length.
		if k == len(opts)-1 && writtenIn(o.words) {
			if o.tick {
				ticked = append(ticked, strings.Join(o.words, " "))
			}
			continue
		}
		if len(o.words) > maxOptionWords || strings.HasSuffix(last, ".") || strings.HasSuffix(last, ";") || strings.HasSuffix(last, ",") {
			return "", nil, false
		}
		if o.tick {
			ticked = append(ticked, strings.Join(o.words, " "))
		}
	}
	return prefix, ticked, true
}

// writtenIn reports an option whose few first words end on a colon, the
// text after it written in: "Autre (préciser) : …", "Moyens nouveaux : …".
func writtenIn(words []string) bool {
	for i, w := range words {
		if i >= maxOptionWords {
			return false
		}
		if w == ":" || strings.HasSuffix(w, ":") {
			return i+1 < len(words) || w != ":"
		}
	}
	return false
}

// maxCaptionWords bounds a form's caption: a few words.
const maxCaptionWords = 6

// isCaption reports words that read as a form's caption rather than an
// option: a few words, the first a capital, none closing a sentence, and
// no figure (a year, a level) among them.
func isCaption(words []string) bool {
	if len(words) == 0 || len(words) > maxCaptionWords {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	for _, w := range words {
		if strings.ContainsAny(w, ".;,()0123456789") || optionJoiners[strings.ToLower(w)] && w == words[len(words)-1] {
			return false
		}
	}
	return true
}

// captionAbove returns the caption a form prints in its column beside a
// list of boxes, which a content-order reading puts on lines of their own
// above it ("ORIENTATION DE" / "RATTACHEMENT" / "☒ O1 ☐ O2"), and the
// first of those lines; "" and i when the lines above are no caption.
func captionAbove(lines []string, i int) (string, int) {
	var words []string
	first := i
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := strings.TrimSpace(strings.TrimLeft(lines[j], "\f"))
		w := strings.Fields(t)
		if t == "" || len(words)+len(w) > maxCaptionWords || !isCapitals(t) || strings.ContainsAny(t, ":✓✔☑☒■☐□[") {
			break
		}
		words, first = append(w, words...), j
	}
	if first == i || !isCaption(words) {
		return "", i
	}
	return strings.Join(words, " ") + " :", first
}

// startsOption reports whether word w opens a new option after the word
// prev of the current one: it starts with a capital or a digit and prev
// joins nothing ("Communes / CCAS" is one option, "CAF CPAM" two).
func startsOption(prev, w string) bool {
	if optionJoiners[strings.ToLower(prev)] || strings.HasSuffix(prev, "/") || strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "'") || strings.HasSuffix(prev, "’") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// marksFollow reports a document whose lines of options end with a mark
// rather than start with one: "DPE ✓ DPMI ✓" then marks the option
// before it.
func marksFollow(lines []string) bool {
	first, last := 0, 0
	for _, l := range lines {
		toks := checkTokens(l)
		if len(toks) < 2 {
			continue
		}
		if isMark(toks[0]) {
			first++
		}
		if isMark(toks[len(toks)-1]) {
			last++
		}
	}
	return last > first
}

// unfoldCheckboxes rewrites, in place, each line of a printed list of
// options as its ticked options: "✓ CAF ✓ CPAM ARS" gives "CAF ; CPAM",
// years that run on give a span ("2024-2025"), a list with nothing ticked
// gives an empty line. An option cut at the end of the line ("Communes
// /") goes on with the next line, and a line "Autres : …" right under
// the list adds the options the form let one write in.
func unfoldCheckboxes(lines []string) {
	after := marksFollow(lines)
	// A form that prints a box for each unticked option: a caption over
	// its boxes names their field (see captionAbove).
	boxed := slices.ContainsFunc(lines, func(l string) bool {
		return slices.ContainsFunc(checkTokens(l), func(t string) bool { return boxMarks[t] })
	})
	// The same list printed with nothing ticked is known by its options:
	// the lists that tick some, their marks taken out.
	printed := map[string]bool{}
	for i := range lines {
		if line, _ := optionLine(lines, i); strings.ContainsAny(line, "✓✔☑☒✅■⊠☐□[(") {
			if _, _, ok := checkedOptions(line, after); ok {
				printed[unmarked(line)] = true
			}
		}
	}
	for i := 0; i < len(lines); i++ {
		line, next := optionLine(lines, i)
		var prefix string
		var ticked []string
		if strings.ContainsAny(line, "✓✔☑☒✅■⊠☐□[(") {
			var ok bool
			if prefix, ticked, ok = checkedOptions(line, after); !ok {
				continue
			}
		} else if strings.TrimSpace(line) == "" || !printed[unmarked(line)] {
			continue
		}
		// A caption set in capitals on the lines above names the field.
		if prefix == "" && boxed {
			if caption, first := captionAbove(lines, i); caption != "" {
				prefix = caption
				for j := first; j < i; j++ {
					lines[j] = lines[j][:len(lines[j])-len(strings.TrimLeft(lines[j], "\f"))]
				}
			}
		}
		value := strings.Join(yearSpan(ticked), " ; ")
		switch {
		case prefix != "" && value != "":
			lines[i] = prefix + " " + value
		case prefix != "":
			lines[i] = prefix
		case value != "":
			lines[i] = "- " + value
		default:
			lines[i] = ""
		}
		last := i
		if next >= 0 {
			lines[next] = ""
			last = next
		}
		// "Autres : maternités, sages-femmes libérales": the options
		// written in, items of the same field.
		if j := last + 1; j < len(lines) {
			if t := strings.TrimSpace(lines[j]); strings.HasPrefix(Fold(t), "autre") {
				if c := strings.Index(t, ":"); c > 0 && c < 30 && strings.TrimSpace(t[c+1:]) != "" {
					lines[j] = "- " + strings.TrimSpace(t[c+1:])
				}
			}
		}
		i = last
	}
}

// yearSpan writes ticked years that run on as one span ("2024", "2025",
// "2026" give "2024-2026"); any other list is returned as it is.
func yearSpan(opts []string) []string {
	if len(opts) < 2 {
		return opts
	}
	prev := 0
	for i, o := range opts {
		y, err := strconv.Atoi(o)
		if err != nil || y < 1900 || y > 2100 || i > 0 && y != prev+1 {
			return opts
		}
		prev = y
	}
	return []string{opts[0] + "-" + opts[len(opts)-1]}
}

// optionLine returns line i, joined with the next one when an option is
// cut at its end ("… ✓ Communes /" then "CCAS"), and the index of the
// line joined, -1 when none.
func optionLine(lines []string, i int) (string, int) {
	line := strings.TrimSpace(lines[i])
	if strings.HasSuffix(line, "/") || strings.HasSuffix(line, " -") || strings.HasSuffix(line, " et") {
		if j := i + 1; j < len(lines) && len(strings.Fields(lines[j])) <= 3 && strings.TrimSpace(lines[j]) != "" {
			return line + " " + strings.TrimSpace(lines[j]), j
		}
	}
	return line, -1
}

// unmarked returns a list of options without its marks, its words one
// space apart: what the form prints whatever is ticked.
func unmarked(line string) string {
	var words []string
	for _, t := range checkTokens(line) {
		if !isMark(t) {
			words = append(words, t)
		}
	}
	return strings.Join(words, " ")
}
