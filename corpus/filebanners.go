package corpus

import (
	"path"
	"regexp"
	"slices"
	"strings"
)

// Several files of a wiki or a folder of notes joined into one by
// "tail -n +1 *.txt", "head -n 1000 …" or "more", each under a banner that
// names it ("==> data/pages/sdpe/axe_1.txt <==", or its name between two
// lines of colons). Each banner starts a page; the files come in the
// order of their names, not of the document, so the pages are put back
// in the order the start page lists them: the page that lists the most
// other pages opens the document, each page it lists follows in its
// order, and a page that lists several others (an axis listing its
// measures) is followed by them, in its order, before the next page,
// whether the start page lists them too or not. Pages nobody lists
// come last, in the order of the files. A DokuWiki page is rewritten as
// markdown (dokuwiki.go), each page alone so that one's markup never
// runs into the next.

var (
	// reTailBanner is the banner of "tail" and "head": "==> name <==".
	reTailBanner = regexp.MustCompile(`^==> (.+) <==\s*$`)
	// reMoreRule is a line of colons framing a banner of "more".
	reMoreRule = regexp.MustCompile(`^:{10,}\s*$`)
	// reMarkdownTarget is the target of a markdown link: "](axe_1.md)".
	reMarkdownTarget = regexp.MustCompile(`\]\(([^()\s]+)\)`)
)

// bannerPage is one file of the export: its name, its lines and its id,
// the name without folders of the wiki's storage nor extension
// ("data/pages/sdpe/axe_1.txt" → "sdpe/axe_1").
type bannerPage struct {
	name  string
	id    string
	lines []string
}

// unfoldFileBanners splits lines joined under file banners into their
// pages and puts them back in the document's order; other lines are
// returned as they are.
func unfoldFileBanners(lines []string) []string {
	pages := bannerPages(lines)
	if len(pages) < 2 {
		return lines
	}
	doku := isDokuWiki(lines)
	var out []string
	for _, p := range orderPages(pages) {
		body := p.lines
		if doku {
			body = dokuPage(body)
		}
		out = append(out, "")
		out = append(out, body...)
		out = append(out, "")
	}
	return out
}

// bannerPages splits lines at their file banners; nil unless two banners
// at least open files, the first before any text.
func bannerPages(lines []string) []bannerPage {
	var pages []bannerPage
	for i := 0; i < len(lines); i++ {
		name := ""
		switch {
		case reTailBanner.MatchString(lines[i]):
			name = reTailBanner.FindStringSubmatch(lines[i])[1]
		case reMoreRule.MatchString(lines[i]) && i+2 < len(lines) && reMoreRule.MatchString(lines[i+2]) && strings.TrimSpace(lines[i+1]) != "":
			name = strings.TrimSpace(lines[i+1])
			i += 2
		}
		if name != "" {
			pages = append(pages, bannerPage{name: name, id: pageID(name)})
			continue
		}
		if len(pages) == 0 {
			if strings.TrimSpace(lines[i]) != "" {
				return nil
			}
			continue
		}
		pages[len(pages)-1].lines = append(pages[len(pages)-1].lines, lines[i])
	}
	if len(pages) < 2 {
		return nil
	}
	return pages
}

// pageID returns the id of a file as its links name it: without the
// folders of a wiki's storage ("data/pages/"), its extension, in lower
// case, its folders joined by "/".
func pageID(name string) string {
	n := strings.ToLower(strings.TrimSpace(strings.ReplaceAll(name, `\`, "/")))
	n = strings.TrimPrefix(n, "./")
	if i := strings.Index(n, "pages/"); i >= 0 {
		n = n[i+len("pages/"):]
	}
	return strings.TrimSuffix(n, path.Ext(n))
}

// linkID returns the page id a link's target names, in the form of
// pageID: "sdpe:axe_1", ":sdpe:axe_1#objectifs", "axe_1.md".
func linkID(target string) string {
	t := strings.ToLower(strings.TrimSpace(target))
	t, _, _ = strings.Cut(t, "#")
	t, _, _ = strings.Cut(t, "?")
	if strings.Contains(t, "://") || strings.HasPrefix(t, "mailto:") || t == "" {
		return ""
	}
	t = strings.Trim(strings.ReplaceAll(t, ":", "/"), "/.")
	t = strings.ReplaceAll(t, " ", "_")
	return strings.TrimSuffix(t, path.Ext(t))
}

// pageLinks returns, in order and once each, the pages of the export a
// page lists: the targets of links in its list items and table rows,
// which a sommaire or an axis's table of measures holds; a link in the
// running text ("utilisez la page Discussion") lists nothing.
func pageLinks(p bannerPage, index map[string]int) []int {
	var out []int
	for _, l := range p.lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "|") && !strings.HasPrefix(t, "^") && !reDokuItem.MatchString(l) && !reMarkdownItem.MatchString(l) {
			continue
		}
		var targets []string
		for _, m := range reDokuLink.FindAllStringSubmatch(l, -1) {
			targets = append(targets, m[1])
		}
		for _, m := range reMarkdownTarget.FindAllStringSubmatch(l, -1) {
			targets = append(targets, m[1])
		}
		for _, tg := range targets {
			j, ok := resolvePage(linkID(tg), p.id, index)
			if ok && !slices.Contains(out, j) {
				out = append(out, j)
			}
		}
	}
	return out
}

// reMarkdownItem is a markdown list item.
var reMarkdownItem = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+\S`)

// resolvePage finds the page a link names: by its whole id, else beside
// the linking page (a link relative to its namespace), else by the end of
// its id when one page only ends so.
func resolvePage(id, from string, index map[string]int) (int, bool) {
	if id == "" {
		return 0, false
	}
	if j, ok := index[id]; ok {
		return j, true
	}
	if dir := path.Dir(from); dir != "." {
		if j, ok := index[dir+"/"+id]; ok {
			return j, true
		}
	}
	found, n := 0, 0
	for pid, j := range index {
		if pid == id || strings.HasSuffix(pid, "/"+id) || strings.HasSuffix(id, "/"+pid) {
			found, n = j, n+1
		}
	}
	return found, n == 1
}

// orderPages returns the pages in the order of the document (see the top
// of the file).
func orderPages(pages []bannerPage) []bannerPage {
	index := map[string]int{}
	for i, p := range pages {
		index[p.id] = i
	}
	links := make([][]int, len(pages))
	root := -1
	for i, p := range pages {
		links[i] = pageLinks(p, index)
		if root < 0 || len(links[i]) > len(links[root]) {
			root = i
		}
	}
	if len(links[root]) < 2 {
		return pages
	}
	// The pages reached from the root, nearest first.
	reached := []int{root}
	rank := map[int]int{root: 0}
	for k := 0; k < len(reached); k++ {
		for _, j := range links[reached[k]] {
			if _, ok := rank[j]; !ok {
				rank[j] = len(reached)
				reached = append(reached, j)
			}
		}
	}
	// A page goes under the first page reached before it that lists it
	// among others, the root last: an axis listing its measures takes
	// them even when the start page lists them all too.
	kids := make([][]int, len(pages))
	for _, c := range reached[1:] {
		parent := -1
		for _, q := range reached[:rank[c]] {
			if !slices.Contains(links[q], c) {
				continue
			}
			if q != root && len(links[q]) >= 2 {
				parent = q
				break
			}
			if parent < 0 {
				parent = q
			}
		}
		kids[parent] = append(kids[parent], c)
	}
	var out []bannerPage
	placed := make([]bool, len(pages))
	var place func(j int)
	place = func(j int) {
		if placed[j] {
			return
		}
		placed[j] = true
		out = append(out, pages[j])
		// Its pages in the order it lists them.
		for _, c := range links[j] {
			if slices.Contains(kids[j], c) {
				place(c)
			}
		}
	}
	place(root)
	for j := range pages {
		place(j)
	}
	return out
}
