# The two Quick start commands (see README.md). Each installs what is missing, builds, and runs.
BUILD ?= build
JOBS ?= 2

.PHONY: demo test build deps bench clean sanitize fuzz

demo: build
	./$(BUILD)/jalur fit examples/bor/model.yaml

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS)

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (docs/testing.md). Any report fails
# the run: the sanitizers exit 86, and a report from a jalur run by a test fails that test (tests/support/run_jalur.hpp).
ASAN_BUILD ?= build-asan
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:exitcode=86 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0

sanitize: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Release -DJALUR_SANITIZE=address,undefined -DJALUR_BUILD_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j$(JOBS)
	$(SANITIZER_ENV) ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)

deps:
	./scripts/install-deps.sh

# Every libFuzzer target of the readers for FUZZ_SECONDS (default 30), built with clang: docs/fuzzing.md.
fuzz: deps
	./scripts/fuzz.sh

bench: build
	./bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
