#!/usr/bin/env bash
# Benchmarks of jalur on the thesis model (see bench/README.md). Called by `make bench`.
#
# Usage: bench/run.sh [BUILD_DIR]          (default: build)
#
#   1. in-process: BUILD_DIR/jalur_bench_fit (fit_model, and read_model_spec + fit_model), median µs;
#   2. whole process: BUILD_DIR/jalur fit examples/bor/model.yaml > /dev/null, median ms
#      (hyperfine when installed, else a bash loop);
#   3. lavaan: bench/lavaan_bor.R in one R process (R start-up excluded), when R with lavaan is installed,
#      and the ratio lavaan / jalur;
#   4. CFA scaling: BUILD_DIR/jalur_bench_cfa (k = 20, 50, 100, 200 indicators on k/10 factors, N = 2000),
#      which also writes its sample covariance matrices, then bench/lavaan_cfa.R on the very same matrices
#      (when R with lavaan is installed): medians, ratios and both chi-squares side by side; then the
#      post-fit work on the same fits (jalur's modification_indices and compute_residuals, lavaan's
#      modindices() and resid(type = "standardized")): medians, ratios, the largest MI and the largest
#      |standardized residual| of both;
#   5. bootstrap: BUILD_DIR/jalur_bench_bootstrap (1000 nonparametric replicates with every interval, on 1 and 2
#      threads) of the thesis mediation on 250 cases and of Holzinger-Swineford's CFA, then
#      bench/lavaan_bootstrap.R (bootstrapLavaan on the same models, when R with lavaan is installed) side by side;
#   6. with JALUR_BENCH_COVERAGE=1 only: BUILD_DIR/jalur_bench_coverage, the coverage of the intervals of a*b;
#   8. estimators: BUILD_DIR/jalur_bench_cfa --estimator E on the simulated cases of the k = 100 CFA (ML, MLM,
#      MLR: the ratios to ML, target within 3x) and of a k = 30 CFA (WLS, DWLS: Γ of 465 x 465), and the thesis
#      model with MLR on 250 cases (jalur_bench_fit); then bench/lavaan_estimators.R on the very same cases;
#   9. a summary with the targets (in-process fit < 50 µs, CLI run < 20 ms, CFA with k = 100 < 0.5 s, bootstrap
#      of the thesis model < 0.1 s and of the HS CFA < 1 s per 1000 replicates on 2 threads) marked PASS or MISS.
#
# Environment: BENCH_REPS (in-process repetitions, default 5000), BENCH_WARMUP (default 500),
#   CLI_RUNS (default 30), LAVAAN_REPS (default 50), JALUR_BENCH_NO_R=1 (skip lavaan),
#   CFA_REPS (jalur fits per CFA size, default 5), CFA_SIZES (default 20,50,100,200), JALUR_BENCH_NO_CFA=1
#   (skip section 4), CFA_NO_POST=1 (time the CFA fits only, no post-fit work), LAVAAN_CFA_REPS (lavaan fits per size k <= 100, default 3), LAVAAN_CFA_CAP (seconds
#   after which a lavaan fit of k > 100 is abandoned, default 60), LAVAAN_CFA_BUDGET (seconds per size
#   k <= 100 after which no further lavaan repetition starts, default 120),
#   BOOT_REPLICATES (jalur's bootstrap replicates, default 1000), BOOT_REPS (timed bootstraps per thread
#   count, default 11), LAVAAN_BOOT_REPLICATES (lavaan's, default 200), JALUR_BENCH_NO_BOOTSTRAP=1 (skip
#   section 5), JALUR_BENCH_COVERAGE=1 (run section 6), SIM_RUNS (whole-process runs per simulation study,
#   default 5), LAVAAN_SIM_REPLICATES (lavaan's simulateData + sem loop, default 100), JALUR_BENCH_NO_SIMULATION=1
#   (skip section 7), EST_REPS (jalur fits per estimator, default 5), LAVAAN_EST_REPS (default 3),
#   JALUR_BENCH_NO_ESTIMATORS=1 (skip section 8),
#   BENCH_STRICT=1 (exit 1 when a target is missed). Times in the output are in us (µs) and ms.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root" || exit 2

build="${1:-build}"
spec="examples/bor/model.yaml"
bench_reps="${BENCH_REPS:-5000}"
bench_warmup="${BENCH_WARMUP:-500}"
cli_runs="${CLI_RUNS:-30}"
lavaan_reps="${LAVAAN_REPS:-50}"

cfa_reps="${CFA_REPS:-5}"
cfa_sizes="${CFA_SIZES:-20,50,100,200}"
lavaan_cfa_reps="${LAVAAN_CFA_REPS:-3}"
lavaan_cfa_cap="${LAVAAN_CFA_CAP:-60}"
lavaan_cfa_budget="${LAVAAN_CFA_BUDGET:-120}"
cfa_post=1; [ -n "${CFA_NO_POST:-}" ] && cfa_post=""
boot_replicates="${BOOT_REPLICATES:-1000}"
boot_reps="${BOOT_REPS:-11}"
lavaan_boot_replicates="${LAVAAN_BOOT_REPLICATES:-200}"
sim_runs="${SIM_RUNS:-5}"
est_reps="${EST_REPS:-5}"
lavaan_est_reps="${LAVAAN_EST_REPS:-3}"
lavaan_sim_replicates="${LAVAAN_SIM_REPLICATES:-100}"

target_fit_us=50
target_cli_ms=20
target_cfa_ms=500   # CFA with 100 indicators on 10 factors, N = 2000
target_boot_thesis_s=0.1   # 1000 bootstrap replicates of the thesis mediation on 250 cases, 2 threads
target_boot_hs_s=1         # 1000 bootstrap replicates of the Holzinger-Swineford CFA, 2 threads

tmp="$(mktemp -d "${TMPDIR:-/tmp}/jalur-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# Value of "key": number in a flat JSON block (one key per line), the n-th occurrence (1-based).
json_number() {  # file key [n]
    awk -v key="\"$2\":" -v want="${3:-1}" '
        index($0, key) { n++; if (n == want) { v = $0; sub(/.*": */, "", v); sub(/[ ,]*$/, "", v); print v; exit } }' "$1"
}
calc() { awk "BEGIN { printf \"$1\", $2 }"; }  # format expression
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
hr() { printf '%s\n' "------------------------------------------------------------------------------------------"; }

echo "jalur benchmarks — $(date '+%Y-%m-%d %H:%M:%S %Z')"
cpu="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)"
build_type="$(awk -F= '/^CMAKE_BUILD_TYPE:/ { print $2 }' "$build/CMakeCache.txt" 2>/dev/null)"
echo "machine: $(nproc 2>/dev/null || echo '?') cores${cpu:+ ($cpu)}; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "build:   $build (CMAKE_BUILD_TYPE=${build_type:-unknown}); spec: $spec"
if [ -n "$build_type" ] && [ "$build_type" != "Release" ]; then
    echo "warning: not a Release build; the numbers are not comparable with the targets"
fi
echo

# ---------------------------------------------------------------------------------------------------
# 1. In-process
# ---------------------------------------------------------------------------------------------------
fit_us="" fit_min_us="" fit_p90_us="" pipe_us="" pipe_min_us="" pipe_p90_us="" fit_evals=""
echo "== 1. In-process: $build/jalur_bench_fit"
hr
if [ -x "$build/jalur_bench_fit" ]; then
    if "$build/jalur_bench_fit" "$spec" --reps "$bench_reps" --warmup "$bench_warmup" --json-file "$tmp/fit.json"; then
        fit_us="$(json_number "$tmp/fit.json" median_us 1)"
        fit_min_us="$(json_number "$tmp/fit.json" min_us 1)"
        fit_p90_us="$(json_number "$tmp/fit.json" p90_us 1)"
        pipe_us="$(json_number "$tmp/fit.json" median_us 2)"
        pipe_min_us="$(json_number "$tmp/fit.json" min_us 2)"
        pipe_p90_us="$(json_number "$tmp/fit.json" p90_us 2)"
        fit_evals="$(json_number "$tmp/fit.json" optimizer_evaluations)"
    else
        echo "jalur_bench_fit failed (exit $?); in-process numbers are missing"
    fi
else
    echo "not built: $build/jalur_bench_fit (configure with -DJALUR_BUILD_BENCH=ON and build, e.g. make build)"
fi
echo

# ---------------------------------------------------------------------------------------------------
# 2. Whole process
# ---------------------------------------------------------------------------------------------------
cli_ms="" cli_min_ms="" cli_tool="" version_ms="" true_ms=""
true_bin="$(command -v true 2> /dev/null)"; [ -x /bin/true ] && true_bin=/bin/true
cli=("$build/jalur" fit "$spec")
echo "== 2. Whole process: ${cli[*]} > /dev/null"
hr

# Median (and min) in ms of a command run N times by a bash loop; no fork for the clock when bash has
# EPOCHREALTIME (bash >= 5), else `date +%s%N` (which adds its own process start-up to every sample).
loop_median_ms() {  # runs command...
    local runs="$1"; shift
    local i t0 t1
    "$@" > /dev/null 2>&1; "$@" > /dev/null 2>&1  # warm-up (page cache, dynamic loader)
    for ((i = 0; i < runs; i++)); do
        if [ -n "${EPOCHREALTIME:-}" ]; then
            t0="${EPOCHREALTIME/[.,]/}"; "$@" > /dev/null 2>&1; t1="${EPOCHREALTIME/[.,]/}"
            echo $(( t1 - t0 ))                       # µs
        else
            t0="$(date +%s%N)"; "$@" > /dev/null 2>&1; t1="$(date +%s%N)"
            echo $(( (t1 - t0) / 1000 ))              # µs
        fi
    done | sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.3f %.3f %d\n", m / 1000, v[1] / 1000, NR }'
}

# hyperfine's median and min (seconds in its JSON) in ms.
hyperfine_ms() {  # runs json command...
    local runs="$1" json="$2"; shift 2
    local -a shell_none=(-N)
    hyperfine --help 2>/dev/null | grep -q -- '--shell' || shell_none=()
    hyperfine "${shell_none[@]}" --style basic --warmup 3 --runs "$runs" --export-json "$json" "$*" \
        > "$json.log" 2>&1 || { cat "$json.log" >&2; return 1; }
    awk -F': *' '/"median":/ { gsub(/[ ,]/, "", $2); m = $2 } /"min":/ { gsub(/[ ,]/, "", $2); n = $2 }
                 END { if (m != "") printf "%.3f %.3f\n", m * 1000, n * 1000 }' "$json"
}

if [ ! -x "$build/jalur" ]; then
    echo "not built: $build/jalur"
elif ! "${cli[@]}" > /dev/null 2> "$tmp/cli.err"; then
    echo "the command fails (exit code $?), not timed:"
    head -5 "$tmp/cli.err"
else
    if command -v hyperfine > /dev/null 2>&1 && [ -z "${JALUR_BENCH_NO_HYPERFINE:-}" ]; then
        cli_tool="hyperfine, $cli_runs runs after 3 warm-up"
        read -r cli_ms cli_min_ms <<< "$(hyperfine_ms "$cli_runs" "$tmp/cli.json" "${cli[@]}")"
        [ -n "$cli_ms" ] && grep -v '^ *$' "$tmp/cli.json.log"   # hyperfine's own report (mean ± σ, range)
        read -r version_ms _ <<< "$(hyperfine_ms "$cli_runs" "$tmp/version.json" "$build/jalur" --version 2> /dev/null)"
        [ -n "$true_bin" ] && read -r true_ms _ <<< "$(hyperfine_ms "$cli_runs" "$tmp/true.json" "$true_bin" 2> /dev/null)"
    fi
    if [ -z "$cli_ms" ]; then
        cli_tool="bash loop, $cli_runs runs after 2 warm-up"
        read -r cli_ms cli_min_ms _ <<< "$(loop_median_ms "$cli_runs" "${cli[@]}")"
        read -r version_ms _ _ <<< "$(loop_median_ms "$cli_runs" "$build/jalur" --version)"
        [ -n "$true_bin" ] && read -r true_ms _ _ <<< "$(loop_median_ms "$cli_runs" "$true_bin")"
    fi
    echo
    printf 'jalur fit %s: median %s ms, min %s ms (%s)\n' "$spec" "$cli_ms" "$cli_min_ms" "$cli_tool"
    [ -n "$version_ms" ] && printf 'jalur --version (start-up and shared libraries, no fit): median %s ms\n' "$version_ms"
    [ -n "$true_ms" ] && printf '%s (the cost of any process on this machine): median %s ms\n' "$true_bin" "$true_ms"
fi
echo

# ---------------------------------------------------------------------------------------------------
# 3. lavaan
# ---------------------------------------------------------------------------------------------------
lavaan_ms="" lavaan_like_ms="" lavaan_sem_ms="" lavaan_version=""
echo "== 3. lavaan (bench/lavaan_bor.R, one R process, R start-up excluded)"
hr
if [ -n "${JALUR_BENCH_NO_R:-}" ]; then
    echo "skipped (JALUR_BENCH_NO_R is set)"
elif ! command -v Rscript > /dev/null 2>&1; then
    echo "skipped: Rscript is not installed"
elif ! Rscript -e 'suppressPackageStartupMessages(library(lavaan))' > /dev/null 2>&1; then
    echo "skipped: R is installed but lavaan is not (install.packages(\"lavaan\"))"
elif Rscript "$here/lavaan_bor.R" "$lavaan_reps" > "$tmp/lavaan.out" 2>&1; then
    grep -v '^lavaan_[a-z0-9_]*=' "$tmp/lavaan.out" | sed '$!b; /^$/d'
    lavaan_ms="$(sed -n 's/^lavaan_median_ms=//p' "$tmp/lavaan.out")"
    lavaan_like_ms="$(sed -n 's/^lavaan_like_median_ms=//p' "$tmp/lavaan.out")"
    lavaan_sem_ms="$(sed -n 's/^lavaan_sem_median_ms=//p' "$tmp/lavaan.out")"
    lavaan_version="$(sed -n 's/^lavaan_version=//p' "$tmp/lavaan.out")"
else
    echo "lavaan_bor.R failed:"
    tail -5 "$tmp/lavaan.out"
fi
echo

# ---------------------------------------------------------------------------------------------------
# 4. CFA scaling, jalur and lavaan on the same matrices
# ---------------------------------------------------------------------------------------------------
cfa_k100_ms="" cfa_k100_mi_ms="" cfa_k100_resid_ms=""
echo "== 4. CFA scaling: $build/jalur_bench_cfa, then bench/lavaan_cfa.R on the same sample covariance matrices"
hr
cfa_dir="$tmp/cfa"
mkdir -p "$cfa_dir"
have_r_lavaan() {
    [ -z "${JALUR_BENCH_NO_R:-}" ] && command -v Rscript > /dev/null 2>&1 &&
        Rscript -e 'suppressPackageStartupMessages(library(lavaan))' > /dev/null 2>&1
}
cfa_sizes_done=()
if [ -n "${JALUR_BENCH_NO_CFA:-}" ]; then
    echo "skipped (JALUR_BENCH_NO_CFA is set)"
elif [ ! -x "$build/jalur_bench_cfa" ]; then
    echo "not built: $build/jalur_bench_cfa"
elif ! "$build/jalur_bench_cfa" --reps "$cfa_reps" --sizes "$cfa_sizes" --write "$cfa_dir" --json-file "$tmp/cfa.json" \
        ${CFA_NO_POST:+--no-post}; then
    echo "jalur_bench_cfa failed (exit $?); CFA numbers are missing"
else
    n_sizes="$(grep -c '"indicators":' "$tmp/cfa.json")"
    for ((i = 1; i <= n_sizes; i++)); do cfa_sizes_done+=("$(json_number "$tmp/cfa.json" indicators "$i")"); done
    echo
    : > "$tmp/lavaan_cfa.out"
    if ! have_r_lavaan; then
        echo "lavaan: skipped (JALUR_BENCH_NO_R is set, or R with lavaan is not installed)"
    else
        # lavaan's memory grows with p*^2 (p* = k(k+1)/2): a virtual-memory limit of 3/4 of the available
        # memory keeps an oversized fit from invoking the kernel's OOM killer on a shared machine.
        mem_kb="$(awk '/^MemAvailable:/ { printf "%d", $2 * 3 / 4 }' /proc/meminfo 2>/dev/null)"
        run_lavaan_cfa() {  # timeout_s sizes
            (
                [ -n "$mem_kb" ] && ulimit -v "$mem_kb"
                [ -z "$cfa_post" ] && export LAVAAN_CFA_NO_POST=1
                timeout "$1" Rscript "$here/lavaan_cfa.R" "$cfa_dir" "$2" "$lavaan_cfa_cap" "$lavaan_cfa_budget"
            )
        }
        # The post-fit calls have a budget and a cap of their own, as the fits: up to 3 such phases per size.
        phases=1; [ -n "$cfa_post" ] && phases=3
        small="" large=()
        for k in "${cfa_sizes_done[@]}"; do
            if [ "$k" -le 100 ]; then small="${small:+$small,}$k"; else large+=("$k"); fi
        done
        if [ -n "$small" ]; then  # one R process for k <= 100
            LAVAAN_CFA_REPS="$lavaan_cfa_reps" run_lavaan_cfa "$(( lavaan_cfa_budget * 4 * phases + 120 ))" "$small" \
                > "$tmp/lavaan_cfa_small.out" 2>&1
            rc=$?
            grep -v '^lavaan_[a-z0-9_]*=' "$tmp/lavaan_cfa_small.out" | sed '$!b; /^$/d'
            [ "$rc" -ne 0 ] && echo "lavaan_cfa.R (k = $small) ended with exit code $rc$( [ "$rc" -eq 124 ] && echo ' (timed out)')"
            cat "$tmp/lavaan_cfa_small.out" >> "$tmp/lavaan_cfa.out"
        fi
        for k in "${large[@]}"; do  # one R process per larger k, abandoned after the cap
            run_lavaan_cfa "$(( lavaan_cfa_cap * phases + 30 ))" "$k" > "$tmp/lavaan_cfa_$k.out" 2>&1
            rc=$?
            if [ "$rc" -eq 0 ]; then
                grep -E "^ *$k |not run|post-fit" "$tmp/lavaan_cfa_$k.out"
            elif [ "$rc" -eq 124 ]; then
                echo "lavaan, k = $k: abandoned after $(( lavaan_cfa_cap * phases + 30 )) s (timeout): n/a"
            else
                echo "lavaan, k = $k: failed (exit code $rc): n/a"; grep -iE 'error|cannot' "$tmp/lavaan_cfa_$k.out" | head -3
            fi
            cat "$tmp/lavaan_cfa_$k.out" >> "$tmp/lavaan_cfa.out"
        done
    fi
    echo
    # lavaan_cfa.R's line lavaan_cfa_kK_NAME=VALUE; empty when missing or NA.
    lavaan_value() {  # k name
        local v; v="$(sed -n "s/^lavaan_cfa_k$1_$2=//p" "$tmp/lavaan_cfa.out" | head -1)"
        [ "$v" = NA ] || echo "$v"
    }
    ms_or_na() { [ -n "$1" ] && calc '%.1f' "$1" || echo n/a; }
    ratio_or_na() { [ -n "$1" ] && calc '%.0fx' "$1 / $2" || echo n/a; }  # lavaan jalur
    rel_diff() { [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { d = (a - b) / b; if (d < 0) d = -d; printf "%.1e", d }' || echo n/a; }
    # Side by side. growth: exponent b of time ~ k^b between this size and the previous one.
    printf '%6s %7s %5s %12s %7s %13s %9s %20s %20s %9s\n' "k" "factors" "npar" "jalur ms" "growth" "lavaan ms" \
        "ratio" "chisq jalur" "chisq lavaan" "rel.diff"
    prev_k="" prev_ms=""
    for ((i = 1; i <= ${#cfa_sizes_done[@]}; i++)); do
        k="$(json_number "$tmp/cfa.json" indicators "$i")"
        factors="$(json_number "$tmp/cfa.json" factors "$i")"
        npar="$(json_number "$tmp/cfa.json" free_parameters "$i")"
        j_ms="$(json_number "$tmp/cfa.json" median_ms "$i")"
        j_chisq="$(json_number "$tmp/cfa.json" chisq "$i")"
        l_ms="$(sed -n "s/^lavaan_cfa_k${k}_median_ms=//p" "$tmp/lavaan_cfa.out" | head -1)"
        l_chisq="$(sed -n "s/^lavaan_cfa_k${k}_chisq=//p" "$tmp/lavaan_cfa.out" | head -1)"
        [ "$l_ms" = NA ] && l_ms=""
        [ "$l_chisq" = NA ] && l_chisq=""
        growth="-"
        [ -n "$prev_ms" ] && growth="$(awk -v a="$prev_ms" -v b="$j_ms" -v ka="$prev_k" -v kb="$k" \
            'BEGIN { printf "k^%.1f", log(b / a) / log(kb / ka) }')"
        ratio="n/a" rel="n/a"
        [ -n "$l_ms" ] && ratio="$(calc '%.0fx' "$l_ms / $j_ms")"
        [ -n "$l_chisq" ] && rel="$(awk -v a="$j_chisq" -v b="$l_chisq" 'BEGIN { d = (a - b) / b; if (d < 0) d = -d; printf "%.1e", d }')"
        printf '%6s %7s %5s %12.1f %7s %13s %9s %20s %20s %9s\n' "$k" "$factors" "$npar" "$j_ms" "$growth" \
            "$( [ -n "$l_ms" ] && calc '%.1f' "$l_ms" || echo n/a)" "$ratio" "$(calc '%.9f' "$j_chisq")" \
            "$( [ -n "$l_chisq" ] && calc '%.9f' "$l_chisq" || echo n/a)" "$rel"
        if [ -n "$l_chisq" ] && ! awk -v a="$j_chisq" -v b="$l_chisq" 'BEGIN { d = (a - b) / b; exit !(d < 1e-6 && d > -1e-6) }'; then
            echo "  WARNING: k = $k: the chi-squares differ by more than 1e-6 relative: the two programs did not fit the same model"
        fi
        [ "$k" = 100 ] && cfa_k100_ms="$j_ms"
        prev_k="$k" prev_ms="$j_ms"
    done
    echo "jalur: median of at least $cfa_reps fits after 1 warm-up (more within ~1 s for the small sizes, see reps above);" \
         "lavaan: median of up to $lavaan_cfa_reps fits for k <= 100, 1 fit above (n/a: not run, out of memory or over the cap);" \
         "growth: jalur's time ~ k^b from the previous size; rel.diff: |chisq jalur - chisq lavaan| / chisq lavaan"
    if [ -n "$cfa_post" ]; then
        # The same fits' post-fit work: times, then the largest MI and the largest |standardized residual| of
        # both, which only agree when both computed the same statistics (to about the fits' own agreement).
        echo
        printf '%6s %12s %13s %9s %12s %13s %9s\n' "k" "MI jalur ms" "MI lavaan ms" "ratio" "res jalur ms" \
            "res lavaan ms" "ratio"
        for ((i = 1; i <= ${#cfa_sizes_done[@]}; i++)); do
            k="$(json_number "$tmp/cfa.json" indicators "$i")"
            j_mi="$(json_number "$tmp/cfa.json" mi_median_ms "$i")"
            j_res="$(json_number "$tmp/cfa.json" residuals_median_ms "$i")"
            l_mi="$(lavaan_value "$k" mi_median_ms)" l_res="$(lavaan_value "$k" resid_median_ms)"
            printf '%6s %12.2f %13s %9s %12.2f %13s %9s\n' "$k" "$j_mi" "$(ms_or_na "$l_mi")" "$(ratio_or_na "$l_mi" "$j_mi")" \
                "$j_res" "$(ms_or_na "$l_res")" "$(ratio_or_na "$l_res" "$j_res")"
            [ "$k" = 100 ] && cfa_k100_mi_ms="$j_mi" cfa_k100_resid_ms="$j_res"
        done
        echo
        printf '%6s %18s %16s %9s %18s %16s %9s\n' "k" "largest MI jalur" "lavaan" "rel.diff" "max|std.res| jalur" \
            "lavaan" "rel.diff"
        for ((i = 1; i <= ${#cfa_sizes_done[@]}; i++)); do
            k="$(json_number "$tmp/cfa.json" indicators "$i")"
            j_mi="$(json_number "$tmp/cfa.json" max_mi "$i")"
            j_sr="$(json_number "$tmp/cfa.json" max_abs_std_residual "$i")"
            l_mi="$(lavaan_value "$k" max_mi)" l_sr="$(lavaan_value "$k" max_abs_std_resid)"
            printf '%6s %18.6f %16s %9s %18.6f %16s %9s\n' "$k" "$j_mi" "$( [ -n "$l_mi" ] && calc '%.6f' "$l_mi" || echo n/a)" \
                "$(rel_diff "$j_mi" "$l_mi")" "$j_sr" "$( [ -n "$l_sr" ] && calc '%.6f' "$l_sr" || echo n/a)" \
                "$(rel_diff "$j_sr" "$l_sr")"
            for pair in "largest MI:$j_mi:$l_mi" "largest |standardized residual|:$j_sr:$l_sr"; do
                IFS=: read -r what a b <<< "$pair"
                if [ -n "$b" ] && ! awk -v a="$a" -v b="$b" 'BEGIN { d = (a - b) / b; exit !(d < 1e-4 && d > -1e-4) }'; then
                    echo "  WARNING: k = $k: the $what differs by more than 1e-4 relative"
                fi
            done
        done
        echo "jalur: modification_indices and compute_residuals (all four residual matrices) on the last fit, median of" \
             "at least $cfa_reps calls after 1 warm-up; lavaan: modindices(fit) and resid(fit, type = \"standardized\") on" \
             "the first fit, median of up to $lavaan_cfa_reps calls for k <= 100, 1 above (n/a: not run, or over the cap)"
    fi
fi
echo

# ---------------------------------------------------------------------------------------------------
# 5. Bootstrap, jalur and lavaan on the same two models
# ---------------------------------------------------------------------------------------------------
boot_thesis_s="" boot_hs_s=""
echo "== 5. Bootstrap: $build/jalur_bench_bootstrap ($boot_replicates replicates), then bench/lavaan_bootstrap.R"
hr
boot_specs=(thesis:examples/bootstrap/model.yaml hs:examples/cfa_hs/model.yaml)
boot_done=()
if [ -n "${JALUR_BENCH_NO_BOOTSTRAP:-}" ]; then
    echo "skipped (JALUR_BENCH_NO_BOOTSTRAP is set)"
elif [ ! -x "$build/jalur_bench_bootstrap" ]; then
    echo "not built: $build/jalur_bench_bootstrap"
else
    for entry in "${boot_specs[@]}"; do
        name="${entry%%:*}" path="${entry#*:}"
        if "$build/jalur_bench_bootstrap" "$path" --replicates "$boot_replicates" --reps "$boot_reps" \
                --threads 1,2 --json-file "$tmp/boot_$name.json"; then
            boot_done+=("$name")
        else
            echo "jalur_bench_bootstrap $path failed (exit $?): its numbers are missing"
        fi
        echo
    done
    : > "$tmp/lavaan_boot.out"
    if ! have_r_lavaan; then
        echo "lavaan: skipped (JALUR_BENCH_NO_R is set, or R with lavaan is not installed)"
    elif Rscript "$here/lavaan_bootstrap.R" "$lavaan_boot_replicates" > "$tmp/lavaan_boot.out" 2>&1; then
        grep -v '^lavaan_[a-z0-9_]*=' "$tmp/lavaan_boot.out"
    else
        echo "lavaan_bootstrap.R failed:"; tail -5 "$tmp/lavaan_boot.out"; : > "$tmp/lavaan_boot.out"
    fi
    echo
    # Side by side, per 1000 replicates: jalur's medians on 1 and 2 threads (all intervals), lavaan's draws
    # alone, serial, scaled from its B.
    printf '%-8s %14s %14s %10s %18s %14s %14s\n' "model" "jalur 1 thr s" "jalur 2 thr s" "speed-up" \
        "lavaan s / 1000" "lavaan/jalur1" "lavaan/jalur2"
    for name in "${boot_done[@]}"; do
        j1="$(json_number "$tmp/boot_$name.json" median_s 1)" j2="$(json_number "$tmp/boot_$name.json" median_s 2)"
        scale="$(calc '%.6f' "1000 / $boot_replicates")"
        j1="$(calc '%.6f' "$j1 * $scale")" j2="$(calc '%.6f' "$j2 * $scale")"
        l="$(sed -n "s/^lavaan_boot_${name}_per1000_s=//p" "$tmp/lavaan_boot.out")"
        printf '%-8s %14.4f %14.4f %9.2fx %18s %14s %14s\n' "$name" "$j1" "$j2" "$(calc '%.4f' "$j1 / $j2")" \
            "$( [ -n "$l" ] && calc '%.2f' "$l" || echo n/a)" "$( [ -n "$l" ] && calc '%.0fx' "$l / $j1" || echo n/a)" \
            "$( [ -n "$l" ] && calc '%.0fx' "$l / $j2" || echo n/a)"
        grep -q '"identical": true' "$tmp/boot_$name.json" ||
            echo "  WARNING: $name: the draws differ between 1 and 2 threads"
        [ "$name" = thesis ] && boot_thesis_s="$j2"
        [ "$name" = hs ] && boot_hs_s="$j2"
    done
    echo "jalur: run_bootstrap with every interval, median of $boot_reps runs after 1 warm-up, scaled to 1000 replicates" \
         "when BOOT_REPLICATES differs; lavaan: bootstrapLavaan(FUN = \"coef\"), the draws only, serial, one run of" \
         "$lavaan_boot_replicates replicates scaled linearly to 1000 (LAVAAN_BOOT_REPLICATES)"
fi
echo

# ---------------------------------------------------------------------------------------------------
# 6. Coverage of the bootstrap intervals (only with JALUR_BENCH_COVERAGE=1: it takes a minute or more)
# ---------------------------------------------------------------------------------------------------
coverage_mark="" coverage_pct=""
if [ -n "${JALUR_BENCH_COVERAGE:-}" ]; then
    echo "== 6. Coverage: $build/jalur_bench_coverage (400 data sets x 999 replicates)"
    hr
    if [ ! -x "$build/jalur_bench_coverage" ]; then
        echo "not built: $build/jalur_bench_coverage"
    elif "$build/jalur_bench_coverage" > "$tmp/coverage.out" 2>&1; then
        cat "$tmp/coverage.out"
        coverage_mark="$(sed -n 's/^coverage of the percentile interval.*: //p' "$tmp/coverage.out")"
        coverage_pct="$(awk '$1 == "perc" { print $3 }' "$tmp/coverage.out")"
    else
        echo "jalur_bench_coverage failed (exit $?):"; tail -5 "$tmp/coverage.out"
    fi
    echo
fi

# ---------------------------------------------------------------------------------------------------
# 7. Monte Carlo studies: jalur simulate (whole process) and lavaan's simulateData + sem loop
# ---------------------------------------------------------------------------------------------------
sim_thesis_s="" sim_comparison_s=""
echo "== 7. Simulation: $build/jalur simulate bench/data/simulation_thesis.yaml and simulation_comparison.yaml"
hr
if [ -n "${JALUR_BENCH_NO_SIMULATION:-}" ]; then
    echo "skipped (JALUR_BENCH_NO_SIMULATION is set)"
elif [ ! -x "$build/jalur" ]; then
    echo "not built: $build/jalur"
else
    # The median of $sim_runs whole-process runs, in seconds.
    sim_median() {  # study threads
        for _ in $(seq 1 "$sim_runs"); do
            /usr/bin/time -f '%e' "$build/jalur" simulate "$1" --threads "$2" --quiet 2>&1 >/dev/null | tail -1
        done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
    }
    printf '%-44s %12s %12s %10s
' "study" "1 thread s" "2 threads s" "speed-up"
    for study in simulation_thesis simulation_comparison; do
        s1="$(sim_median "bench/data/$study.yaml" 1)" s2="$(sim_median "bench/data/$study.yaml" 2)"
        printf '%-44s %12s %12s %9.2fx
' "$study (fits: see the yaml)" "$s1" "$s2" "$(calc '%.4f' "$s1 / $s2")"
        [ "$study" = simulation_thesis ] && sim_thesis_s="$s2"
        [ "$study" = simulation_comparison ] && sim_comparison_s="$s2"
    done
    if have_r_lavaan && Rscript "$here/lavaan_simulate.R" "$lavaan_sim_replicates" > "$tmp/lavaan_sim.out" 2>&1; then
        grep -v '^lavaan_sim' "$tmp/lavaan_sim.out"
        l="$(sed -n 's/^lavaan_sim_per1000_s=//p' "$tmp/lavaan_sim.out")"
        echo "thesis study, 1000 replications: lavaan $(calc '%.1f' "$l") s (scaled from $lavaan_sim_replicates)," \
             "jalur $sim_thesis_s s on 2 threads: $(calc '%.0fx' "$l / $sim_thesis_s")"
    else
        echo "lavaan: skipped (JALUR_BENCH_NO_R is set, R with lavaan is not installed, or lavaan_simulate.R failed)"
    fi
    echo "jalur: whole processes (reading the study, generating, fitting with SEs, chi-square and fit measures," \
         "summarizing, the report), median of $sim_runs runs"
fi
echo

# ---------------------------------------------------------------------------------------------------
# 8. Estimators: jalur_bench_cfa --estimator E on the simulated cases, and lavaan on the very same cases
# ---------------------------------------------------------------------------------------------------
est_ml_ms="" est_mlm_ms="" est_mlr_ms="" est_wls_ms="" est_thesis_mlr_us=""
echo "== 8. Estimators: $build/jalur_bench_cfa --estimator E (k = 100 with ML, MLM, MLR; k = 30 with WLS and DWLS)"
hr
if [ -n "${JALUR_BENCH_NO_ESTIMATORS:-}" ]; then
    echo "skipped (JALUR_BENCH_NO_ESTIMATORS is set)"
elif [ ! -x "$build/jalur_bench_cfa" ]; then
    echo "not built: $build/jalur_bench_cfa"
else
    mkdir -p "$tmp/estimators"
    # Median ms of one estimator on one size (fits from the cases; ML from their covariance matrix, the same fit).
    est_run() {  # k estimator
        "$build/jalur_bench_cfa" --sizes "$1" --no-post --reps "$est_reps" --min-ms 0 --estimator "$2" \
            --write "$tmp/estimators" --json-file "$tmp/estimators/k$1_$2.json" > "$tmp/estimators/k$1_$2.out" 2>&1 || return 1
        json_number "$tmp/estimators/k$1_$2.json" median_ms
    }
    printf '%-10s %-10s %12s %20s %20s\n' "indicators" "estimator" "jalur ms" "chisq" "chisq scaled"
    for run in 100:ML 100:MLM 100:MLR 30:WLS 30:DWLS; do
        k="${run%%:*}" e="${run#*:}"
        ms="$(est_run "$k" "$e")" || { echo "jalur_bench_cfa --estimator $e failed"; continue; }
        printf '%-10s %-10s %12s %20s %20s\n' "$k" "$e" "$(calc '%.1f' "$ms")" \
            "$(json_number "$tmp/estimators/k${k}_$e.json" chisq)" "$(json_number "$tmp/estimators/k${k}_$e.json" chisq_scaled)"
        case "$e" in ML) est_ml_ms="$ms" ;; MLM) est_mlm_ms="$ms" ;; MLR) est_mlr_ms="$ms" ;; WLS) est_wls_ms="$ms" ;; esac
    done
    # jalur_bench_cfa with ML writes the matrix, the others the cases: ML's cases are MLM's (same seed).
    [ -n "$est_ml_ms" ] && [ -n "$est_mlm_ms" ] &&
        echo "MLM / ML: $(calc '%.2fx' "$est_mlm_ms / $est_ml_ms"), MLR / ML: $(calc '%.2fx' "$est_mlr_ms / $est_ml_ms")" \
             "(target: within 3x, SEs and scaled tests included)"
    if [ -x "$build/jalur_bench_fit" ]; then
        "$build/jalur_bench_fit" bench/data/thesis_mlr.yaml --only fit > "$tmp/thesis_mlr.out" 2>&1 &&
            est_thesis_mlr_us="$(awk '$1 == "fit_model" && $2 ~ /^[0-9]+$/ { print $3; exit }' "$tmp/thesis_mlr.out")"
        [ -n "$est_thesis_mlr_us" ] && echo "thesis model with MLR on 250 cases (jalur_bench_fit --only fit): median $est_thesis_mlr_us us"
    fi
    if have_r_lavaan && Rscript "$here/lavaan_estimators.R" "$tmp/estimators" 100:ML,100:MLM,100:MLR,30:WLS,30:DWLS \
        "$lavaan_est_reps" > "$tmp/lavaan_est.out" 2>&1; then
        grep -v '^lavaan_est' "$tmp/lavaan_est.out"
        for run in k100_ML k100_MLM k100_MLR k30_WLS k30_DWLS; do
            l="$(sed -n "s/^lavaan_est_${run}_median_ms=//p" "$tmp/lavaan_est.out")"
            j="$(json_number "$tmp/estimators/${run%%_*}_${run#*_}.json" median_ms)"
            [ -n "$l" ] && [ -n "$j" ] && [ "$l" != NA ] &&
                echo "$run: lavaan $(calc '%.0f' "$l") ms, jalur $(calc '%.1f' "$j") ms: lavaan / jalur $(calc '%.1fx' "$l / $j")"
        done
    else
        echo "lavaan: skipped (JALUR_BENCH_NO_R is set, R with lavaan is not installed, or lavaan_estimators.R failed)"
    fi
fi
echo

# ---------------------------------------------------------------------------------------------------
# 9. Summary
# ---------------------------------------------------------------------------------------------------
mark() {  # value target
    if [ -z "$1" ]; then echo "n/a"
    elif below "$1" "$2"; then echo "PASS"
    else echo "MISS"; fi
}
row() { printf '%-46s %14s %12s  %s\n' "$1" "$2" "$3" "$4"; }
val() { [ -n "$1" ] && calc "%.${3:-2}f $2" "$1" || echo "n/a"; }

echo "== Summary (medians)"
hr
row "measure" "median" "target" "status"
row "----------------------------------------------" "--------------" "------------" "------"
fit_mark="$(mark "$fit_us" "$target_fit_us")"
cli_mark="$(mark "$cli_ms" "$target_cli_ms")"
cfa_mark="$(mark "$cfa_k100_ms" "$target_cfa_ms")"
boot_thesis_mark="$(mark "$boot_thesis_s" "$target_boot_thesis_s")"
boot_hs_mark="$(mark "$boot_hs_s" "$target_boot_hs_s")"
row "in-process fit (fit_model, complete)" "$(val "$fit_us" us)" "< $target_fit_us us" "$fit_mark"
row "in-process read_model_spec + fit" "$(val "$pipe_us" us)" "-" ""
row "CLI process: jalur fit $spec" "$(val "$cli_ms" ms)" "< $target_cli_ms ms" "$cli_mark"
if [ -n "$lavaan_ms" ]; then
    row "lavaan $lavaan_version: sem() alone" "$(val "$lavaan_sem_ms" ms)" "" ""
    row "lavaan fit (sem + estimates + std. solution)" "$(val "$lavaan_ms" ms)" "(~30 ms)" ""
    row "lavaan like-for-like (std w/o SE + fitMeas.)" "$(val "$lavaan_like_ms" ms)" "" ""
    if [ -n "$fit_us" ]; then
        row "RATIO lavaan fit / jalur in-process fit" "$(calc '%.0fx' "$lavaan_ms * 1000 / $fit_us")" "" ""
        [ -n "$lavaan_like_ms" ] &&
            row "ratio lavaan like-for-like / jalur fit" "$(calc '%.0fx' "$lavaan_like_ms * 1000 / $fit_us")" "" ""
    fi
    [ -n "$pipe_us" ] && row "ratio lavaan fit / jalur read + fit" "$(calc '%.0fx' "$lavaan_ms * 1000 / $pipe_us")" "" ""
    [ -n "$cli_ms" ] && row "ratio lavaan fit / whole jalur CLI process" "$(calc '%.1fx' "$lavaan_ms / $cli_ms")" "" ""
else
    row "lavaan per fit" "n/a" "" "(R with lavaan not available)"
fi
row "CFA k = 100, 10 factors, N = 2000 (fit_model)" "$(val "$cfa_k100_ms" ms 1)" "< $target_cfa_ms ms" "$cfa_mark"
[ -n "$cfa_k100_mi_ms" ] && row "CFA k = 100: modification_indices" "$(val "$cfa_k100_mi_ms" ms 1)" "-" ""
[ -n "$cfa_k100_resid_ms" ] && row "CFA k = 100: compute_residuals" "$(val "$cfa_k100_resid_ms" ms 1)" "-" ""
row "bootstrap thesis, 1000 repl., 2 threads" "$(val "$boot_thesis_s" s 4)" "< $target_boot_thesis_s s" "$boot_thesis_mark"
row "bootstrap HS CFA, 1000 repl., 2 threads" "$(val "$boot_hs_s" s 4)" "< $target_boot_hs_s s" "$boot_hs_mark"
[ -n "$coverage_mark" ] && row "coverage of perc. 95 % interval of a*b" "$coverage_pct" "95 +- 2.5 %" "$coverage_mark"
if [ -n "$est_ml_ms" ] && [ -n "$est_mlr_ms" ]; then
    est_mlm_ratio="$(calc '%.2f' "$est_mlm_ms / $est_ml_ms")" est_mlr_ratio="$(calc '%.2f' "$est_mlr_ms / $est_ml_ms")"
    row "CFA k = 100: MLM / ML time" "${est_mlm_ratio}x" "< 3x" "$(mark "$est_mlm_ratio" 3)"
    row "CFA k = 100: MLR / ML time" "${est_mlr_ratio}x" "< 3x" "$(mark "$est_mlr_ratio" 3)"
fi
[ -n "$est_wls_ms" ] && row "CFA k = 30 with WLS (Γ 465 x 465)" "$(val "$est_wls_ms" ms 1)" "-" ""
[ -n "$est_thesis_mlr_us" ] && row "thesis model, MLR, 250 cases (in process)" "$(val "$est_thesis_mlr_us" us 0)" "< 100 us" \
    "$(mark "$est_thesis_mlr_us" 100)"
sim_thesis_mark="$(mark "$sim_thesis_s" 0.5)"
sim_comparison_mark="$(mark "$sim_comparison_s" 30)"
row "simulate thesis, 1000 repl., 2 threads" "$(val "$sim_thesis_s" s 2)" "< 0.5 s" "$sim_thesis_mark"
row "simulate 12 cells x 500 repl., 2 threads" "$(val "$sim_comparison_s" s 2)" "< 30 s" "$sim_comparison_mark"
hr
[ -n "$fit_us" ] && echo "in-process fit: min $fit_min_us us, p90 $fit_p90_us us; read + fit: min $pipe_min_us us, p90 $pipe_p90_us us;" \
    "search used $fit_evals objective evaluation(s)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (other work on the machine inflates every number)"

if [ -n "${BENCH_STRICT:-}" ] && { [ "$fit_mark" = MISS ] || [ "$cli_mark" = MISS ] || [ "$cfa_mark" = MISS ] ||
    [ "$boot_thesis_mark" = MISS ] || [ "$boot_hs_mark" = MISS ] || [ "$coverage_mark" = MISS ] ||
    [ "$sim_thesis_mark" = MISS ] || [ "$sim_comparison_mark" = MISS ]; }; then
    exit 1
fi
if [ -z "$fit_us" ]; then exit 1; fi
exit 0
