# Two commands on a fresh Debian/Ubuntu machine with Go installed:
#   make run    build and start the exhibit
#   make test   vet, staticcheck, all tests, build, screenshot check under Xvfb
# Packaging (README, "Packaging"): make release, or one of package-linux,
# package-windows, package-arm64; slower checks: smoke-windows, test-deb,
# verify-units (all three run in CI after make test and make release);
# soak-kill and longrun (the kiosk under Xvfb: kill -9 and restart, ten
# minutes of random input).
GO      ?= go
BIN     := bin/koryo
FYNE    := $(shell $(GO) env GOPATH)/bin/fyne
SCHECK  := $(shell $(GO) env GOPATH)/bin/staticcheck
export LANG ?= en_US.UTF-8

.PHONY: run test deps deps-test build vet lint unit smoke bench package goldens catalogues \
	package-linux package-windows package-arm64 release smoke-windows test-deb verify-units \
	licenses shellcheck install uninstall check-fyneapp bench-fleet fuzz soak-kill longrun

run: deps
	$(GO) run . $(ARGS)

test: deps-test vet lint unit build smoke

deps:
	@scripts/deps.sh

deps-test:
	@scripts/deps.sh test

build: deps
	$(GO) build -o $(BIN) .

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet ./...

lint:
	@test -x $(SCHECK) || $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2
	$(SCHECK) ./...

unit:
	$(GO) test ./...

smoke: build
	scripts/smoke.sh $(BIN) shots

# the fleet's figures against their targets: a 10-kiosk report, the
# content switch at the idle reset (docs/performance.md)
bench-fleet: deps
	scripts/bench-fleet.sh

# Every fuzz target for FUZZTIME each (make fuzz FUZZTIME=30s), one worker:
# execs and new interesting inputs per target; fails on any failing input.
FUZZTIME ?= 2m
fuzz:
	FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./app/... ./screens/ | tee bench.txt

# After an intended change to what a screen draws: rewrite the golden markup.
goldens:
	rm -rf screens/testdata/failed
	-$(GO) test ./screens/ -run Golden
	@if [ -d screens/testdata/failed ]; then cp -r screens/testdata/failed/* screens/testdata/ && rm -rf screens/testdata/failed; fi

# Refresh the English catalogue from the code and prepare translate files.
catalogues:
	@test -x $(shell $(GO) env GOPATH)/bin/goi18n || $(GO) install github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0
	cd locales && $(shell $(GO) env GOPATH)/bin/goi18n extract -format toml -outdir . ../screens
	cd locales && $(shell $(GO) env GOPATH)/bin/goi18n merge -format toml -outdir . active.*.toml

# fyne's own tarball (icon in pixmaps, fyne's desktop entry); `make release`
# builds the distributable packages.
package: deps
	scripts/package.sh

# dist/koryo-VERSION-linux-amd64.tar.xz and dist/koryo_VERSION_amd64.deb
package-linux:
	scripts/package-linux.sh amd64

# the same for a Raspberry Pi 4/5 (64-bit Raspberry Pi OS), cross-compiled
package-arm64:
	scripts/package-linux.sh arm64

# build/windows-amd64/koryo.exe and dist/koryo-VERSION-windows-amd64.zip
package-windows:
	scripts/package-windows.sh

# everything above (ARM64=1 adds arm64) and dist/SHA256SUMS
release:
	scripts/release.sh

# The two checks below build what they test first; with PREBUILT=1 they test
# dist/ as `make release` left it instead, without building (CI does this).
VERSION = $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml)
ifeq ($(PREBUILT),)
smoke-windows: package-windows
test-deb: package-linux
endif

# koryo.exe under Wine + Xvfb: kk, ko, Windows locale; screenshots in shots/windows/
smoke-windows:
	scripts/smoke-windows.sh $(if $(PREBUILT),dist/koryo-$(VERSION)-windows-amd64.zip,build/windows-amd64/koryo.exe) shots/windows

# the .deb into a clean Debian 12 root (debootstrap, root only), then the
# installed koryo under Xvfb; screenshot in shots/deb/
test-deb:
	scripts/test-deb.sh dist/koryo_$(VERSION)_amd64.deb shots/deb

# systemd-analyze verify on every unit in deploy/
verify-units:
	scripts/verify-units.sh

# the real kiosk under Xvfb: scripted visits, kill -9 at a random point of
# one, restart, 20 times; every finished visit must be in the visit log
# (SOAK_ROUNDS, SOAK_IDLE, ... in the script's header; about 7 minutes)
soak-kill: build
	scripts/soak-kill.sh $(BIN)

# the real kiosk under Xvfb: random taps, drags and keys, 20 a second for
# DURATION seconds (600); RSS flat within 10 %, no stall of the UI loop over 200 ms
longrun: build
	scripts/longrun.sh $(BIN)

# every licence the packages carry, into build/licenses/
licenses:
	scripts/licenses.sh build/licenses

shellcheck:
	@scripts/deps.sh lint
	shellcheck -x scripts/*.sh .ci/run deploy/openbox-autostart packaging/linux/*.sh

# koryo on PATH without a package: the binary in ~/.local/bin (on PATH at the
# next login on Debian and Ubuntu), the menu entry and icon in ~/.local/share.
PREFIX ?= $(HOME)/.local
install: build
	install -D -m 755 $(BIN) $(PREFIX)/bin/koryo
	install -D -m 644 packaging/linux/org.koryosaram.exhibit.desktop $(PREFIX)/share/applications/org.koryosaram.exhibit.desktop
	install -D -m 644 assets/icon.png $(PREFIX)/share/icons/hicolor/512x512/apps/org.koryosaram.exhibit.png
	@echo "installed $(PREFIX)/bin/koryo"; case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "note: $(PREFIX)/bin is not on PATH yet (log in again, or add it)";; esac

uninstall:
	rm -f $(PREFIX)/bin/koryo $(PREFIX)/share/applications/org.koryosaram.exhibit.desktop \
		$(PREFIX)/share/icons/hicolor/512x512/apps/org.koryosaram.exhibit.png

# fyne package rewrites FyneApp.toml; every target must leave it as committed
check-fyneapp:
	git diff --exit-code -- FyneApp.toml
