package pin

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/koryo-exhibit/koryo/app/internal/fuzzcheck"
)

// cheap are the largest costs FuzzValid derives a key with: 1 MiB and two
// passes, far below the 64 MB an input may allocate.
var cheap = Params{Memory: 1024, Time: 2, Threads: 16}

// FuzzValid feeds any text to the PIN hash parser: a refusal says how to
// set a new PIN and matches no PIN; an accepted hash has costs within the
// bounds, is written exactly as the app writes it (PHC, or the legacy
// form), and, when cheap enough to try, a hash with its costs and salt
// verifies its PIN and no other.
func FuzzValid(f *testing.F) {
	salt, key := "c2FsdHNhbHRzYWx0", strings.Repeat("A", 43)
	for _, s := range []string{
		"$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + key, "argon2id$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=1,p=8$" + salt + "$" + key, "$argon2id$v=19$m=262144,t=10,p=16$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=1,p=1xyz$" + salt + "$" + key, "$argon2id$v=19$m=+64,t=01,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=1,p=1$" + salt + "$" + key[:42] + "B", "$argon2id$v=19$m=4294967295,t=1,p=1$" + salt + "$" + key,
		"$argon2id$v=19$m=64,t=1,p=9$" + salt + "$" + key, "$argon2id$v=16$m=64,t=1,p=1$" + salt + "$" + key, "", "1234", "$$$$$",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, stored string) {
		fuzzcheck.Limit(t, func() { checkHash(t, stored) })
	})
}

func checkHash(t *testing.T, stored string) {
	h, err := parse(stored)
	if err != nil {
		if !strings.Contains(err.Error(), "koryo set-pin") || Verify(stored, "2468") {
			t.Fatalf("%q refused with %v, or matches a PIN", stored, err)
		}
		return
	}
	p := h.Params
	if p.Memory > maxMemory || p.Memory < 8*uint32(p.Threads) || p.Time < 1 || p.Time > maxTime || p.Threads < 1 || p.Threads > 16 ||
		len(h.salt) < 8 || len(h.key) != keyLen {
		t.Fatalf("%q accepted with %+v", stored, h)
	}
	enc := base64.RawStdEncoding
	if want := h.String(); stored != want && stored != "argon2id$"+enc.EncodeToString(h.salt)+"$"+enc.EncodeToString(h.key) {
		t.Fatalf("%q accepted, but the app writes it %q", stored, want)
	}
	if p.Memory <= cheap.Memory && p.Time <= cheap.Time {
		known := hash{Params: p, salt: h.salt, key: derive("2468", h.salt, p)}.String()
		if !Verify(known, "2468") || Verify(known, "2469") {
			t.Fatalf("%q: a hash with its costs does not verify: %q", stored, known)
		}
	}
}
