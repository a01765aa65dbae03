package content

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		from    Point
		to      Point
		approx  bool
		isRange bool
		bad     bool
	}{
		{in: "1932", from: Point{1932, 0, 0, PrecYear}, to: Point{1932, 0, 0, PrecYear}},
		{in: "1937-10", from: Point{1937, 10, 0, PrecMonth}, to: Point{1937, 10, 0, PrecMonth}},
		{in: "1992-01-28", from: Point{1992, 1, 28, PrecDay}, to: Point{1992, 1, 28, PrecDay}},
		{in: "~1863", from: Point{1863, 0, 0, PrecYear}, to: Point{1863, 0, 0, PrecYear}, approx: true},
		{in: "2009-05-12/2009-05-14", from: Point{2009, 5, 12, PrecDay}, to: Point{2009, 5, 14, PrecDay}, isRange: true},
		{in: "1937/1938-03", from: Point{1937, 0, 0, PrecYear}, to: Point{1938, 3, 0, PrecMonth}, isRange: true},
		{in: "2000-02-29", from: Point{2000, 2, 29, PrecDay}, to: Point{2000, 2, 29, PrecDay}},
		{in: "1900-02-29", bad: true},
		{in: "1937-13", bad: true},
		{in: "1937-00", bad: true},
		{in: "1937-1", bad: true},
		{in: "37", bad: true},
		{in: "", bad: true},
		{in: "~", bad: true},
		{in: "1938/1937", bad: true},
		{in: "1937/1937", bad: true},
		{in: "1937-10-01-02", bad: true},
		{in: "abcd", bad: true},
		{in: "1937/", bad: true},
		{in: "+193", bad: true},    // Atoi takes a sign
		{in: "1937-+1", bad: true}, // found by FuzzParseDate
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if tt.bad {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %+v, want an error", tt.in, d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.From != tt.from || d.To != tt.to || d.Approx != tt.approx || d.Range != tt.isRange {
				t.Fatalf("ParseDate(%q) = %+v", tt.in, d)
			}
			if d.String() != tt.in {
				t.Fatalf("String() = %q", d.String())
			}
		})
	}
}

func TestText_Missing(t *testing.T) {
	tx := Text{EN: "a", KO: " \n", RU: "в"}
	got := tx.Missing()
	if len(got) != 2 || got[0] != KK || got[1] != KO {
		t.Fatalf("Missing() = %v", got)
	}
	if tx.In(RU) != "в" || tx.In("de") != "a" {
		t.Fatal("In() wrong")
	}
}

func TestBetween(t *testing.T) {
	day := func(y, m, d int) Point { return Point{y, m, d, PrecDay} }
	tests := []struct {
		a, b     Point
		from, to Point
		isRange  bool
	}{
		{day(1937, 9, 21), day(1945, 5, 9), Point{Year: 1937, Prec: PrecYear}, Point{Year: 1945, Prec: PrecYear}, true},
		{day(1937, 9, 21), day(1937, 10, 25), Point{1937, 9, 0, PrecMonth}, Point{1937, 10, 0, PrecMonth}, true},
		{day(1937, 9, 21), day(1937, 9, 30), day(1937, 9, 21), day(1937, 9, 30), true},
		{day(1937, 9, 21), day(1937, 9, 21), day(1937, 9, 21), day(1937, 9, 21), false},
		{Point{Year: 1937, Prec: PrecYear}, day(1937, 9, 1), Point{Year: 1937, Prec: PrecYear}, Point{Year: 1937, Prec: PrecYear}, false},
	}
	for _, tt := range tests {
		d := Between(tt.a, tt.b)
		if d.From != tt.from || d.To != tt.to || d.Range != tt.isRange {
			t.Errorf("Between(%v, %v) = %+v", tt.a, tt.b, d)
		}
	}
}
