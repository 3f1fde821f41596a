package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// French offices export spreadsheets and text from Windows tools in
// Windows-1252, the superset of Latin-1 those tools call "ANSI". A file
// that is not valid UTF-8 but reads as French text in that encoding is
// decoded rather than refused; one that reads as garbage either way keeps
// its "invalid UTF-8" error, so that nobody answers from mojibake.

// frenchLetters are the letters beyond ASCII French spelling uses daily;
// others ("Ã", "ÿ", "þ") are rare enough in a French plan that a file made
// of them is no French text, and a few among many accents are tolerated.
const frenchLetters = "àâäçéèêëîïôöùûüœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÆ"

// typographic holds the non-letters a French text written on Windows
// uses: quotes, dashes, the ellipsis, the euro, the degree and per-mille
// signs, the no-break space, bullets and a few fractions and exponents.
const typographic = "’‘“”«»–—…€°‰•·×÷½¼¾§²³µ±\u00a0"

// windows1252Text reports whether data, invalid as UTF-8, is text in
// Windows-1252.
func windows1252Text(data []byte) bool {
	if hasUTF8Sequence(data) {
		// A file already holding UTF-8 accents is UTF-8 with a few
		// broken bytes: decoding it again would turn its "é" into "Ã©".
		return false
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return false
	}
	return readsAsText(string(text))
}

// hasUTF8Sequence reports whether data holds a valid multi-byte UTF-8
// sequence.
func hasUTF8Sequence(data []byte) bool {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && size > 1 {
			return true
		}
		i += max(size, 1)
	}
	return false
}

// readsAsText reports whether decoded text looks written: no control
// character but line and page breaks and tabs (the bytes Windows-1252
// leaves undefined decode to such characters), and characters beyond
// ASCII that are, nearly all, French letters or typographic marks.
func readsAsText(s string) bool {
	other, wide := 0, 0
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case unicode.IsControl(r):
			return false
		case r < utf8.RuneSelf:
		default:
			wide++
			if !strings.ContainsRune(frenchLetters, r) && !strings.ContainsRune(typographic, r) {
				other++
			}
		}
	}
	// Symbols such as "¤¦¨¬®¯" come from binary data, not from prose.
	return other*10 <= wide
}

// toUTF8 returns data as UTF-8: itself when it is, decoded from
// Windows-1252 when validate accepted it as such.
func toUTF8(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return text
}
