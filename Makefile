# Two commands on a fresh Debian/Ubuntu machine with Go installed:
#   make run    build and start the exhibit
#   make test   vet, staticcheck, all tests, build, screenshot check under Xvfb
GO      ?= go
BIN     := bin/koryo
FYNE    := $(shell $(GO) env GOPATH)/bin/fyne
SCHECK  := $(shell $(GO) env GOPATH)/bin/staticcheck
export LANG ?= en_US.UTF-8

.PHONY: run test deps deps-test build vet lint unit smoke bench package goldens catalogues

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

package: deps
	scripts/package.sh
