// Command mkwords writes the word lists of retrieval/dict, folded, sorted
// and gzipped, from word lists Debian packages. The French list holds every
// head word and synonym that is a single word in the LibreOffice French
// thesaurus (mythes-fr, LGPL-2.1+); it tells a French word from a word cut
// short. The English list holds the lower-case words of wamerican (SCOWL,
// public domain and permissive licences); it tells an English word the
// English vocabulary lacks from a French one.
//
//	go run ./retrieval/internal/mkwords fr /usr/share/mythes/thes_fr.dat > retrieval/dict/french.txt.gz
//	go run ./retrieval/internal/mkwords en /usr/share/dict/american-english > retrieval/dict/english.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"schemabot/corpus"
)

func main() {
	if len(os.Args) != 3 || os.Args[1] != "fr" && os.Args[1] != "en" {
		fmt.Fprintln(os.Stderr, "usage: mkwords fr thes_fr.dat > french.txt.gz | mkwords en american-english > english.txt.gz")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "mkwords:", err)
		os.Exit(1)
	}
}

func run(lang, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open thesaurus: %w", err)
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if lang == "en" {
			// Proper names and possessives are no vocabulary.
			if w := strings.TrimSpace(line); len(w) >= 2 && w == strings.ToLower(w) && !strings.ContainsAny(w, "' ") {
				words[corpus.Fold(w)] = true
			}
			continue
		}
		if first { // the encoding's name
			first = false
			continue
		}
		for i, part := range strings.Split(line, "|") {
			// Entry lines are "word|count"; meaning lines "(category)|syn|syn…".
			if i == 0 && strings.HasPrefix(part, "(") {
				continue
			}
			if i > 0 && !strings.ContainsFunc(part, unicode.IsLetter) {
				continue
			}
			if w := corpus.Fold(part); w != "" && !strings.ContainsAny(w, " ()'") {
				words[w] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read thesaurus: %w", err)
	}
	list := make([]string, 0, len(words))
	for w := range words {
		list = append(list, w)
	}
	sort.Strings(list)
	zw := gzip.NewWriter(os.Stdout)
	if lang == "en" {
		fmt.Fprintln(zw, "# English words: the lower-case words of wamerican (SCOWL; public domain and permissive licences), folded.")
	} else {
		fmt.Fprintln(zw, "# French words: head words and synonyms of the LibreOffice French thesaurus (mythes-fr, LGPL-2.1+), folded.")
	}
	for _, w := range list {
		fmt.Fprintln(zw, w)
	}
	return zw.Close()
}
