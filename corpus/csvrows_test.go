package corpus

import "testing"

func TestTypedRowColumns(t *testing.T) {
	rows := [][]string{
		{"META", "1", "", "Titre"},
		{"AXE", "2", "1", ""},
		{"FICHE", "3", "1", ""},
		{"FICHE", "4", "1", ""},
		{"", "", "", ""},
		{"SIGLE", "5", "", "ASE"},
	}
	if got := rowTypeColumn(rows, 4); got != 0 {
		t.Errorf("row type column %d, want 0", got)
	}
	if got := rowNumberColumn(rows, 4); got != 1 {
		t.Errorf("row number column %d, want 1", got)
	}
	// A column of values in capitals is no row type once it holds text.
	rows[2][0] = "Fiche"
	if got := rowTypeColumn(rows, 4); got != -1 {
		t.Errorf("row type column %d, want -1", got)
	}
	// Numbers that skip are codes, not the database's row numbers.
	rows[3][1] = "9"
	if got := rowNumberColumn(rows, 4); got != -1 {
		t.Errorf("row number column %d, want -1", got)
	}
	for _, norm := range []string{"id ligne", "n° de ligne", "num ligne"} {
		if !rowNumberLabel(norm) {
			t.Errorf("%q is a row number's label", norm)
		}
	}
	for _, norm := range []string{"ligne", "fiche", "code fiche", "ligne budgetaire"} {
		if rowNumberLabel(norm) {
			t.Errorf("%q is no row number's label", norm)
		}
	}
}
