package pin

import (
	"strings"
	"testing"
	"time"

	"github.com/koryo-exhibit/koryo/app/clock"
)

func newClock() *clock.Fake { return clock.NewFake(time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)) }

func TestPIN(t *testing.T) {
	h, err := Hash("2468")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h, "2468") || !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash %q", h)
	}
	h2, _ := Hash("2468")
	if h == h2 {
		t.Fatal("the same PIN must hash differently (salt)")
	}
	if !Verify(h, "2468") || Verify(h, "2469") || Verify("garbage", "2468") {
		t.Fatal("Verify wrong")
	}
	for _, bad := range []string{"123", "1234567890123", "12a4", "١٢٣٤"} {
		if _, err := Hash(bad); err == nil {
			t.Errorf("Hash(%q) accepted", bad)
		}
	}
}

func TestGuard_LocksAfterFiveWrong(t *testing.T) {
	c := newClock()
	h, _ := Hash("1357")
	g := NewGuard(h, c)
	for i := 0; i < 4; i++ {
		if g.Try("0000") != Wrong {
			t.Fatalf("try %d not Wrong", i)
		}
	}
	if g.Try("0000") != Locked {
		t.Fatal("fifth wrong try must lock")
	}
	if g.Try("1357") != Locked {
		t.Fatal("the right PIN must not open a locked pad")
	}
	c.Add(59 * time.Second)
	if g.LockedFor() != time.Second {
		t.Fatalf("locked for %v", g.LockedFor())
	}
	c.Add(time.Second)
	if g.Try("1357") != Accepted {
		t.Fatal("the right PIN after the lock must open")
	}
	if NewGuard("", c).Try("1357") != Wrong {
		t.Fatal("no PIN set must never accept")
	}
}

// TestVerify_LegacyForm: hashes saved by the first release, which stored no
// parameters, still open the pad.
func TestVerify_LegacyForm(t *testing.T) {
	h, _ := Hash("2468")
	parts := strings.Split(h, "$") // "", argon2id, v=19, m=…, salt, key
	old := "argon2id$" + parts[4] + "$" + parts[5]
	if !Verify(old, "2468") || Verify(old, "1111") || Valid(old) != nil {
		t.Fatalf("legacy hash %q not accepted", old)
	}
}

// TestVerify_StoredParams: the costs come from the string, so a hash made
// with other parameters still verifies.
func TestVerify_StoredParams(t *testing.T) {
	salt := []byte("0123456789abcdef")
	p := Params{Memory: 8 * 1024, Time: 1, Threads: 2}
	h := hash{Params: p, salt: salt, key: derive("9753", salt, p)}.String()
	if !Verify(h, "9753") || Verify(h, "9752") {
		t.Fatalf("hash with its own parameters %q does not verify", h)
	}
}

func TestValid(t *testing.T) {
	good, _ := Hash("2468")
	parts := strings.Split(good, "$")
	tests := []struct{ stored, want string }{
		{"", "not an Argon2id PIN hash"},
		{"1234", "not an Argon2id PIN hash"},
		{"$argon2i$v=19$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5], "not an Argon2id PIN hash"},
		{"$argon2id$v=16$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5], "unsupported Argon2 version"},
		{"$argon2id$v=19$m=x$" + parts[4] + "$" + parts[5], "unreadable Argon2 parameters"},
		{"$argon2id$v=19$m=4194304,t=2,p=1$" + parts[4] + "$" + parts[5], "out of range"},
		{"$argon2id$v=19$m=19456,t=2,p=1xyz$" + parts[4] + "$" + parts[5], "unreadable Argon2 parameters"}, // found by FuzzValid
		{"$argon2id$v=19$m=019456,t=2,p=1$" + parts[4] + "$" + parts[5], "unreadable Argon2 parameters"},
		{"$argon2id$v=19$m=19456,t=2,p=1$!!$" + parts[5], "damaged"},
		{"$argon2id$v=19$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5][:42] + "B", "damaged"},                  // a second spelling of the hash
		{"$argon2id$v=19$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5][:20] + "\n" + parts[5][20:], "damaged"}, // found by FuzzValid
		{"$argon2id$v=19$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5][:10], "damaged"},
	}
	for _, tt := range tests {
		err := Valid(tt.stored)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "koryo set-pin") {
			t.Errorf("Valid(%q) = %v, want %q and how to set a PIN", tt.stored, err, tt.want)
		}
		if Verify(tt.stored, "2468") {
			t.Errorf("Verify accepted %q", tt.stored)
		}
	}
	if err := Valid(good); err != nil {
		t.Fatalf("Valid(a fresh hash) = %v", err)
	}
}
