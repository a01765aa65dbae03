package kiosk

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/crypto/argon2"
)

// Argon2id parameters (OWASP's minimum: 19 MiB, two passes, one thread).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPIN returns a salted Argon2id hash of a PIN of 4 to 12 digits, in the
// form "argon2id$<salt>$<hash>" (base64).
func HashPIN(pin string) (string, error) {
	if err := checkPIN(pin); err != nil {
		return "", err
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pin), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return "argon2id$" + enc.EncodeToString(salt) + "$" + enc.EncodeToString(key), nil
}

func checkPIN(pin string) error {
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

// VerifyPIN compares a PIN with a stored hash in constant time.
func VerifyPIN(stored, pin string) bool {
	parts := strings.Split(stored, "$")
	if len(parts) != 3 || parts[0] != "argon2id" {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[1])
	want, err2 := enc.DecodeString(parts[2])
	if err1 != nil || err2 != nil || len(want) != argonKeyLen {
		return false
	}
	got := argon2.IDKey([]byte(pin), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return subtle.ConstantTimeCompare(got, want) == 1
}

// ValidHash reports whether a stored hash has the form HashPIN writes.
func ValidHash(stored string) error {
	parts := strings.Split(stored, "$")
	if len(parts) != 3 || parts[0] != "argon2id" {
		return fmt.Errorf("not an argon2id PIN hash (set one with --set-pin)")
	}
	return nil
}

// Guard lets staff try PINs: after MaxTries wrong ones in a row the pad is
// locked for Lockout.
type Guard struct {
	Hash     string
	MaxTries int
	Lockout  time.Duration
	clock    Clock
	fails    int
	until    time.Time
}

// NewGuard guards a PIN hash with five tries and a one-minute lock.
func NewGuard(hash string, c Clock) *Guard {
	return &Guard{Hash: hash, MaxTries: 5, Lockout: time.Minute, clock: c}
}

// Result of a PIN try.
type Result int

// The outcomes of Guard.Try.
const (
	Accepted Result = iota
	Wrong
	Locked
)

// Try checks a PIN. While locked it does not even look at the PIN.
func (g *Guard) Try(pin string) Result {
	if g.LockedFor() > 0 {
		return Locked
	}
	if g.Hash != "" && VerifyPIN(g.Hash, pin) {
		g.fails = 0
		return Accepted
	}
	g.fails++
	if g.fails >= g.MaxTries {
		g.fails = 0
		g.until = g.clock.Now().Add(g.Lockout)
		return Locked
	}
	return Wrong
}

// LockedFor returns how long the pad stays locked; 0 when it is open.
func (g *Guard) LockedFor() time.Duration {
	if d := g.until.Sub(g.clock.Now()); d > 0 {
		return d
	}
	return 0
}
