package corpus

import (
	"regexp"
	"strings"
)

// A web page or a word-processor file draws its responsibility matrix as
// a table: one row a fiche ("P3 – Prévenir l'isolement…"), one column an
// actor (an acronym, its full name in the page's <abbr title>, which the
// HTML reader writes "DEF (Direction Enfance Famille)"), a letter in a
// cell for the actor's role, RACI's or the legend's ("R" responsable, "A"
// approuve, "C" contributeur, "I" informé; "R/A" both), and often a last
// column of deadlines ("Échéance"). The table's own columns say which
// actor a letter is for, so the columns are told by their content: those
// whose every filled cell is a role are actors, one headed like a
// calendar is the row's deadline.

// reMatrixRowCode is the code a matrix row's first cell opens with, after
// the word naming the plan's unit when any: "P3 – …", "Projet P3 – …",
// "Fiche n° 1.2", "C-4 Former…".
var reMatrixRowCode = regexp.MustCompile(`^(?:\p{L}[\p{L}'’-]*\s+)?(?:n\s*[°º]\.?\s*)?(` + labelPattern + `)(?:\s*[:.\-–—·)]|\s|$)`)

// reRoleLetters is a cell of letters: "R", "R/A", "C, I".
var reRoleLetters = regexp.MustCompile(`^[A-Z](?:\s*[/,+&]\s*[A-Z])*$`)

// raciLegend is what RACI's letters make an actor when the document gives
// no legend of its own.
var raciLegend = map[string]matrixRole{"R": rolePilot, "A": roleApprover, "C": rolePartner, "I": rolePartner, "S": rolePartner}

// tableMatrices reads the matrices drawn as pipe tables in lines into the
// rows of each fiche code; nil when lines hold none.
func tableMatrices(lines []string) map[string]matrixRow {
	var rows map[string]matrixRow
	for i := 0; i < len(lines); i++ {
		if !isPipeLine(lines[i]) {
			continue
		}
		end := i
		for end < len(lines) && isPipeLine(lines[end]) {
			end++
		}
		legend := tableLegend(lines[max(0, i-12):min(len(lines), end+8)], lines[i:end])
		for code, row := range readTableMatrix(lines, i, end, legend) {
			if rows == nil {
				rows = map[string]matrixRow{}
			}
			rows[code] = row
		}
		i = end
	}
	return rows
}

func isPipeLine(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "|")
}

// pipeCells splits a pipe table's row into its cells, trimmed.
func pipeCells(l string) []string {
	t := strings.TrimSpace(l)
	t = strings.TrimPrefix(t, "|")
	t = strings.TrimSuffix(t, "|")
	cells := strings.Split(t, "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

// tableLegend reads the legend around a table (above or below it); with
// none, the letters are RACI's when the table uses "R", else the
// matrix's default ("P" pilote, "A" associé).
func tableLegend(around, table []string) map[string]matrixRole {
	var text []string
	for _, l := range around {
		if !isPipeLine(l) {
			text = append(text, l)
		}
	}
	legend := matrixLegend(text)
	if _, pilot := legend["P"]; len(legend) == 2 && pilot && legend["A"] == rolePartner {
		for _, l := range table {
			for _, c := range pipeCells(l) {
				if reRoleLetters.MatchString(c) && strings.Contains(c, "R") {
					return raciLegend
				}
			}
		}
	}
	return legend
}

// cellRoles returns the roles a matrix cell gives its actor: each letter
// the legend knows, or a role written out ("Pilote", "Associé"); ok is
// false when the cell is no role at all. An empty cell has none, and is
// one.
func cellRoles(cell string, legend map[string]matrixRole) ([]matrixRole, bool) {
	if cell == "" || cell == "-" || cell == "–" || cell == "—" {
		return nil, true
	}
	if reRoleLetters.MatchString(cell) {
		var roles []matrixRole
		for _, r := range cell {
			if r < 'A' || r > 'Z' {
				continue
			}
			role := legend[string(r)]
			if role == roleNone {
				return nil, false
			}
			roles = append(roles, role)
		}
		return roles, true
	}
	if len(strings.Fields(cell)) <= 3 {
		if role := legendRole(Fold(cell)); role != roleNone {
			return []matrixRole{role}, true
		}
	}
	return nil, false
}

// readTableMatrix reads the table lines[start:end] as a matrix: its rows
// by fiche code, nil when it is no matrix (fewer than three actors'
// columns, or fewer than two rows naming a fiche).
func readTableMatrix(lines []string, start, end int, legend map[string]matrixRole) map[string]matrixRow {
	header := pipeCells(lines[start])
	type body struct {
		code  string
		cells []string
		line  int
	}
	var rows []body
	for j := start + 1; j < end; j++ {
		cells := pipeCells(lines[j])
		if isRuleRow(cells) {
			continue
		}
		m := reMatrixRowCode.FindStringSubmatch(cells[0])
		if m == nil || len(cells) != len(header) {
			continue
		}
		rows = append(rows, body{code: CanonicalFicheID(m[1]), cells: cells, line: j})
	}
	if len(rows) < 2 {
		return nil
	}
	// An actor's column holds roles only, one at least; a column headed
	// like a calendar is the deadline's.
	var actors []int
	deadline := -1
	for c := 1; c < len(header); c++ {
		if k, _ := labelKind(header[c] + " :"); k == fCalendar {
			deadline = c
			continue
		}
		roles, filled := true, false
		for _, r := range rows {
			got, ok := cellRoles(r.cells[c], legend)
			roles = roles && ok
			filled = filled || len(got) > 0
		}
		if roles && filled && header[c] != "" {
			actors = append(actors, c)
		}
	}
	if len(actors) < 3 {
		return nil
	}
	out := map[string]matrixRow{}
	for _, r := range rows {
		row := matrixRow{line: r.line, table: true}
		for _, c := range actors {
			// "R/A", "R, C": the actor leads, which says the rest.
			roles, _ := cellRoles(r.cells[c], legend)
			if role := strongestRole(roles); role != roleNone {
				row.add(role, header[c])
			}
		}
		if deadline > 0 {
			row.deadline, row.label = r.cells[deadline], header[deadline]
		}
		if len(row.pilots)+len(row.approvers)+len(row.partners) == 0 && row.deadline == "" {
			continue
		}
		out[r.code] = row
	}
	return out
}

// strongestRole returns the role of roles that says the most of an
// actor: pilot, then approver, then partner.
func strongestRole(roles []matrixRole) matrixRole {
	best := roleNone
	for _, r := range roles {
		if best == roleNone || r == rolePilot || r == roleApprover && best == rolePartner {
			best = r
		}
	}
	return best
}

// isRuleRow reports the row of dashes under a pipe table's header.
func isRuleRow(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, "-: ") != "" {
			return false
		}
	}
	return true
}
