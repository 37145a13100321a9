#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang in build-fuzz and runs each for FUZZ_SECONDS on a copy of
# its seed corpus (tests/fuzz/corpus/<target>, never written to). Fails on any crash, leak, timeout or sanitizer
# report, with the input saved as build-fuzz/artifacts/<target>-crash-…; prints the executions of every target.
# docs/fuzzing.md says how to run them for hours and what to do with a crash.
#   FUZZ_SECONDS=30  seconds per target     FUZZ_TARGETS="csv_data simplis"  a subset     FUZZ_BUILD=build-fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FUZZ_BUILD:-build-fuzz}
seconds=${FUZZ_SECONDS:-30}
targets=(${FUZZ_TARGETS:-yaml_spec survey_spec lavaan_syntax simplis csv_data spss_data expression})

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DJALUR_FUZZ=ON \
      -DBUILD_TESTING=OFF -DJALUR_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target "${targets[@]/%/_fuzzer}"

# The longest input: room for every seed and for the mutations that matter (20 KB of nested parentheses were
# the expression parser's stack overflow; 4 KB reach its depth bound of 256 many times over), small enough that
# every execution stays fast.
max_len=4096
dictionary() {
  case $1 in
    yaml_spec | survey_spec) echo tests/fuzz/dict/yaml_spec.dict ;;
    spss_data) ;;
    *) echo "tests/fuzz/dict/$1.dict" ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# The targets' scratch folders go under the build, so that a crashed run leaves nothing behind elsewhere.
mkdir -p "$build/artifacts" "$build/tmp"
TMPDIR=$(cd "$build/tmp" && pwd) && export TMPDIR
failed=()
total=0
printf '%-14s %12s %8s  %s\n' target executions exec/s result
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"  # a copy: what the run adds stays out of the repository
  rm -rf "$corpus" && mkdir -p "$corpus" && cp tests/fuzz/corpus/"$target"/* "$corpus"/
  options=(-max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048
           -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-")
  dict=$(dictionary "$target")
  [ -n "$dict" ] && options+=(-dict="$dict")
  log="$build/fuzz-$target.log"
  result=ok
  "$build/tests/fuzz/${target}_fuzzer" "${options[@]}" "$corpus" >"$log" 2>&1 || result="FAILED (log: $log)"
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  total=$((total + ${executions:-0}))
  printf '%-14s %12s %8s  %s\n' "$target" "${executions:-?}" "${per_second:-?}" "$result"
  if [ "$result" != ok ]; then
    failed+=("$target")
    grep -E -m1 -A30 '^==[0-9]+==ERROR|runtime error|deadly signal|ERROR: libFuzzer' "$log" >&2 ||
      tail -40 "$log" >&2
  fi
done
echo "total: $total executions"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${failed[*]} failed; the inputs are in $build/artifacts (docs/fuzzing.md: what to do)" >&2
  exit 1
fi
