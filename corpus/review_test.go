package corpus

import "testing"

func TestReviewMarksWarning(t *testing.T) {
	tests := []struct {
		marks reviewMarks
		want  string
	}{
		{reviewMarks{}, ""},
		{reviewMarks{changes: 14, comments: 8}, "d.docx: a review draft: 14 tracked changes read as accepted, 8 comments left out"},
		{reviewMarks{changes: 1}, "d.docx: a review draft: 1 tracked change read as accepted"},
		{reviewMarks{comments: 1}, "d.docx: a review draft: 1 comment left out"},
	}
	for _, tt := range tests {
		if got := tt.marks.warning("d.docx"); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.marks, got, tt.want)
		}
	}
}
