# The two Quick start commands (see README.md). Each installs what is missing, builds, and runs.
BUILD ?= build
JOBS ?= 2
# ON makes compiler warnings errors (CI: .ci/run).
WARNINGS_AS_ERRORS ?= OFF

.PHONY: demo test build deps bench clean

demo: build
	./$(BUILD)/jalur fit examples/bor/model.yaml

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DJALUR_WARNINGS_AS_ERRORS=$(WARNINGS_AS_ERRORS)
	cmake --build $(BUILD) -j$(JOBS)

deps:
	./scripts/install-deps.sh

bench: build
	./bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
