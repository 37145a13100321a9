# The two Quick start commands (see README.md). Each installs what is missing, builds, and runs.
BUILD ?= build
JOBS ?= 2

.PHONY: demo test build deps bench clean

demo: build
	./$(BUILD)/jalur fit examples/bor/model.yaml

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS)

deps:
	./scripts/install-deps.sh

# Every libFuzzer target of the readers for FUZZ_SECONDS (default 30), built with clang: docs/fuzzing.md.
.PHONY: fuzz
fuzz: deps
	./scripts/fuzz.sh

bench: build
	./bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
