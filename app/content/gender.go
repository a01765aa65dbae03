package content

// Gender is a person's grammatical gender, which Russian needs to agree
// "Родился"/"Родилась". Empty means not given: the labels are then neutral.
type Gender string

// The genders a person file may give.
const (
	Female Gender = "female"
	Male   Gender = "male"
)

// Valid reports whether g is empty, female or male.
func (g Gender) Valid() bool { return g == "" || g == Female || g == Male }
