// Package pin owns the staff PIN: it is stored only as a salted Argon2id
// hash in the standard PHC string form, compared in constant time, and a
// Guard locks the pad after five wrong tries. Time comes from an injected
// clock.Clock, so tests never sleep. It draws nothing.
package pin

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/crypto/argon2"
)

// Params are the Argon2id costs a hash was made with; the PHC string
// carries them, so raising them later leaves saved PINs working.
type Params struct {
	Memory  uint32 // KiB
	Time    uint32 // passes
	Threads uint8
}

// Current are the costs of new hashes: OWASP's minimum for Argon2id
// (19 MiB, two passes, one thread).
var Current = Params{Memory: 19 * 1024, Time: 2, Threads: 1}

const keyLen = 32

// Hash returns a salted Argon2id hash of a PIN of 4 to 12 digits as a PHC
// string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>.
func Hash(pin string) (string, error) {
	if err := check(pin); err != nil {
		return "", err
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	h := hash{Params: Current, salt: salt, key: derive(pin, salt, Current)}
	return h.String(), nil
}

func check(pin string) error {
	if len(pin) < 4 || len(pin) > 12 {
		return errors.New("a PIN has 4 to 12 digits")
	}
	for _, r := range pin {
		if !unicode.IsDigit(r) || r > '9' {
			return errors.New("a PIN has only the digits 0–9")
		}
	}
	return nil
}

func derive(pin string, salt []byte, p Params) []byte {
	return argon2.IDKey([]byte(pin), salt, p.Time, p.Memory, p.Threads, keyLen)
}

// Verify compares a PIN with a stored hash in constant time. A stored value
// that is not a valid hash matches no PIN.
func Verify(stored, pin string) bool {
	h, err := parse(stored)
	if err != nil {
		return false
	}
	return subtle.ConstantTimeCompare(derive(pin, h.salt, h.Params), h.key) == 1
}

// Valid says what is wrong with a stored hash, or nil: the settings file
// reports it at its line, and a hand-edited value that would make every
// check cost a gigabyte is refused.
func Valid(stored string) error {
	_, err := parse(stored)
	return err
}

// hash is a parsed stored hash.
type hash struct {
	Params
	salt, key []byte
}

// String writes the PHC form.
func (h hash) String() string {
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		h.Memory, h.Time, h.Threads, enc.EncodeToString(h.salt), enc.EncodeToString(h.key))
}

// legacy are the costs of the first release's hashes, "argon2id$salt$hash",
// which stored none.
var legacy = Params{Memory: 19 * 1024, Time: 2, Threads: 1}

const howToSet = " (set a new one with `koryo set-pin`)"

func parse(stored string) (hash, error) {
	parts := strings.Split(stored, "$")
	var h hash
	var salt, key string
	switch {
	case len(parts) == 3 && parts[0] == "argon2id":
		h.Params, salt, key = legacy, parts[1], parts[2]
	case len(parts) == 6 && parts[0] == "" && parts[1] == "argon2id":
		if parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
			return h, fmt.Errorf("unsupported Argon2 version %q"+howToSet, parts[2])
		}
		var err error
		if h.Params, err = parseParams(parts[3]); err != nil {
			return h, err
		}
		salt, key = parts[4], parts[5]
	default:
		return h, errors.New("not an Argon2id PIN hash" + howToSet)
	}
	enc := base64.RawStdEncoding
	var err1, err2 error
	h.salt, err1 = enc.DecodeString(salt)
	h.key, err2 = enc.DecodeString(key)
	// written exactly as encoded: the decoder skips line ends and takes
	// stray low bits, so one hash would have many spellings
	canonical := enc.EncodeToString(h.salt) == salt && enc.EncodeToString(h.key) == key
	if err1 != nil || err2 != nil || !canonical || len(h.salt) < 8 || len(h.key) != keyLen {
		return h, errors.New("the salt or hash of the PIN hash is damaged" + howToSet)
	}
	return h, nil
}

// Bounds on stored costs: enough room to raise them, not enough to stall
// the kiosk on every PIN try.
const (
	maxMemory = 256 * 1024 // KiB
	maxTime   = 10
)

func parseParams(s string) (Params, error) {
	var p Params
	var threads uint32
	n, err := fmt.Sscanf(s, "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &threads)
	if err != nil || n != 3 || s != fmt.Sprintf("m=%d,t=%d,p=%d", p.Memory, p.Time, threads) { // nothing after, no sign or leading zero
		return p, fmt.Errorf("unreadable Argon2 parameters %q"+howToSet, s)
	}
	if p.Memory < 8*threads || p.Memory > maxMemory || p.Time < 1 || p.Time > maxTime || threads < 1 || threads > 16 {
		return p, fmt.Errorf("Argon2 parameters %q are out of range (m ≤ %d KiB, t ≤ %d, p ≤ 16)"+howToSet, s, maxMemory, maxTime)
	}
	p.Threads = uint8(threads)
	return p, nil
}
