# lavaan on the thesis model of examples/bor/model.yaml, timed inside one R process (R start-up and
# library(lavaan) excluded). See bench/README.md.
#
# Usage: Rscript bench/lavaan_bor.R [REPS] [WARMUP]     (defaults 50 and 5)
#
# Three rows, each timed per fit:
#   sem                 sem() alone: estimates, expected-information SEs, test statistic;
#   fit (headline)      sem() + parameterEstimates() (the defined parameters a*b and c + a*b with delta-method
#                       SEs) + standardizedSolution() with lavaan's defaults (it also computes SEs of the
#                       standardized values, which jalur does not); bench/run.sh uses its median for the ratio;
#   like-for-like       sem() + parameterEstimates() + standardizedSolution(se = FALSE) + fitMeasures(): the
#                       work of jalur's fit_model (standardized values without SEs, plus fit measures).
# Each repetition is timed alone with the wall clock; the script prints a table and, last, machine-readable
# lines `lavaan_median_ms=...` that bench/run.sh reads.
#
# The covariance matrix is the one in examples/bor/model.yaml (thesis seed 004, Lampiran G, N = 250); it is
# written out here so that the script needs no YAML package. Keep the two in step.

suppressPackageStartupMessages(library(lavaan))

args <- commandArgs(trailingOnly = TRUE)
reps <- if (length(args) >= 1) as.integer(args[[1]]) else 50L
warmup <- if (length(args) >= 2) as.integer(args[[2]]) else 5L
stopifnot(!is.na(reps), reps >= 1, !is.na(warmup), warmup >= 0)

names <- c("KEPUASAN", "BOR", "KUALITAS")
S <- matrix(c(161.90,  7.66,  71.55,
                7.66,  3.02,  12.37,
               71.55, 12.37, 186.78), nrow = 3, byrow = TRUE, dimnames = list(names, names))

model <- '
KEPUASAN ~ a*KUALITAS
BOR ~ b*KEPUASAN + c*KUALITAS
indirect := a*b
total := c + a*b
'

sem_only <- function() sem(model, sample.cov = S, sample.nobs = 250, likelihood = "wishart", fixed.x = FALSE)

fit_once <- function() {
    fit <- sem_only()
    pe <- parameterEstimates(fit, ci = FALSE)
    ss <- standardizedSolution(fit, ci = FALSE)
    list(fit = fit, pe = pe, ss = ss)
}

fit_like_jalur <- function() {
    fit <- sem_only()
    pe <- parameterEstimates(fit, ci = FALSE)
    ss <- standardizedSolution(fit, se = FALSE, zstat = FALSE, pvalue = FALSE, ci = FALSE)
    fm <- fitMeasures(fit)
    list(fit = fit, pe = pe, ss = ss, fm = fm)
}

# Wall-clock seconds with sub-microsecond resolution on Linux (Sys.time is a POSIXct double).
now <- function() as.numeric(Sys.time())

time_reps <- function(f, reps, warmup) {
    for (i in seq_len(warmup)) f()
    ms <- numeric(reps)
    for (i in seq_len(reps)) {
        t0 <- now()
        r <- f()
        ms[i] <- (now() - t0) * 1000
    }
    ms
}

# Sanity: the fit converged and gives the reference numbers (tests/fixtures/lavaan/bor_wishart).
check <- fit_once()
stopifnot(isTRUE(lavInspect(check$fit, "converged")))
a <- check$pe[check$pe$label == "a" & check$pe$op == "~", ]
stopifnot(abs(a$est - 0.3830710) < 1e-6)

ms_sem <- time_reps(sem_only, reps, warmup)
ms_fit <- time_reps(fit_once, reps, warmup)
ms_like <- time_reps(fit_like_jalur, reps, warmup)

stats <- function(x) c(median = median(x), min = min(x), p90 = unname(quantile(x, 0.9, type = 1)), mean = mean(x))
rows <- list(
    list(name = "sem()", s = stats(ms_sem)),
    list(name = "fit: sem + parameterEstimates + standardizedSolution", s = stats(ms_fit)),
    list(name = "like-for-like: ... std(se = FALSE) + fitMeasures", s = stats(ms_like)))

cat(sprintf("lavaan %s (R %s.%s): %d free parameters, %d iterations; %d warm-up runs, then each repetition timed alone; times in ms\n\n",
            packageVersion("lavaan"), R.version$major, R.version$minor,
            as.integer(lavInspect(check$fit, "npar")), as.integer(lavInspect(check$fit, "iterations")), warmup))
cat(sprintf("%-52s %6s %9s %9s %9s %9s\n", "row", "reps", "median", "min", "p90", "mean"))
cat(sprintf("%-52s %6s %9s %9s %9s %9s\n", strrep("-", 52), "------", "---------", "---------", "---------", "---------"))
for (r in rows)
    cat(sprintf("%-52s %6d %9.2f %9.2f %9.2f %9.2f\n", r$name, reps, r$s[["median"]], r$s[["min"]], r$s[["p90"]],
                r$s[["mean"]]))
cat("\n")
cat(sprintf("lavaan_version=%s\n", packageVersion("lavaan")))
cat(sprintf("lavaan_reps=%d\n", reps))
cat(sprintf("lavaan_sem_median_ms=%.4f\n", rows[[1]]$s[["median"]]))
cat(sprintf("lavaan_median_ms=%.4f\n", rows[[2]]$s[["median"]]))
cat(sprintf("lavaan_min_ms=%.4f\n", rows[[2]]$s[["min"]]))
cat(sprintf("lavaan_p90_ms=%.4f\n", rows[[2]]$s[["p90"]]))
cat(sprintf("lavaan_like_median_ms=%.4f\n", rows[[3]]$s[["median"]]))
