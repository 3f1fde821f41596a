package corpus

import (
	"regexp"
	"strings"
)

// A markdown file exported from a site generator or a notes tool opens
// with YAML front matter: "---", lines of "key: value", "---". The keys
// are the tool's, not the document's words: read as text, they glue the
// title to the next values ("title: … subtitle: …"). The front matter is
// rewritten as the text it holds: the title as the document's heading,
// each other value of words on its own line, and the rest (dates, tags,
// codes) blank, line for line so that line numbers still point into the
// file.

// reFrontMatterKey is a line of front matter giving a key its value.
var reFrontMatterKey = regexp.MustCompile(`^([A-Za-z_][\w-]*)\s*:\s*(.*)$`)

// reFrontMatterOther is any other line front matter may hold: an item of
// a list, a value continued on an indented line, a comment, a blank.
var reFrontMatterOther = regexp.MustCompile(`^(?:\s+\S.*|\s*-\s.*|\s*#.*|\s*)$`)

// maxFrontMatter bounds the lines front matter may take.
const maxFrontMatter = 60

// unfoldFrontMatter rewrites the front matter lines open with, if any.
func unfoldFrontMatter(lines []string) []string {
	end := frontMatterEnd(lines)
	if end < 0 {
		return lines
	}
	for i := 0; i <= end; i++ {
		m := reFrontMatterKey.FindStringSubmatch(lines[i])
		lines[i] = ""
		if m == nil {
			continue
		}
		value := strings.Trim(strings.TrimSpace(m[2]), `"'`)
		switch {
		case strings.EqualFold(m[1], "title") && value != "":
			lines[i] = "# " + value
		case strings.Contains(value, " ") && !strings.HasPrefix(value, "["):
			lines[i] = value
		}
	}
	return lines
}

// frontMatterEnd returns the index of the line closing the front matter
// lines open with, -1 when they open with none.
func frontMatterEnd(lines []string) int {
	if len(lines) < 3 || strings.TrimSpace(lines[0]) != "---" {
		return -1
	}
	for i := 1; i < len(lines) && i <= maxFrontMatter; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "---" || t == "..." {
			if i == 1 {
				return -1 // a rule, not front matter
			}
			return i
		}
		if !reFrontMatterKey.MatchString(lines[i]) && !reFrontMatterOther.MatchString(lines[i]) {
			return -1
		}
	}
	return -1
}
