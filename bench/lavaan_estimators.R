# lavaan with the estimators beyond ML on the simulated CFAs of jalur_bench_cfa (bench/cfa_scaling.cpp), fitted
# to the very same cases, timed inside one R process (R start-up and library(lavaan) excluded). See bench/README.md.
#
# Usage: Rscript bench/lavaan_estimators.R DIR RUNS [REPS]
#   DIR   where `jalur_bench_cfa --estimator E --write DIR` put cfa_K_rows.csv (a CSV header x1,...,xK, then the
#         2000 cases at %.17g)
#   RUNS  comma-separated K:ESTIMATOR pairs, e.g. 100:ML,100:MLM,100:MLR,30:WLS (a K without its file: n/a)
#   REPS  timed fits per run (default 3)
#
# One repetition is the work of jalur's fit_model with that estimator:
#   cfa(model, data = cases, estimator = E)   marker identification, likelihood normal (lavaan's defaults), the
#                                             estimator's SEs and tests (MLM: robust.sem + satorra.bentler,
#                                             MLR: robust.huber.white + yuan.bentler.mplus, WLS: the ADF weight)
#   parameterEstimates(fit)                   estimates, SEs, z, p, CIs
#   standardizedSolution(fit)                 standardized values with delta-method SEs
#   fitMeasures(fit)                          all fit measures (with the scaled and robust ones)
# Prints a table and, last, machine-readable lines lavaan_est_kK_E_median_ms=..., lavaan_est_kK_E_chisq=...,
# lavaan_est_kK_E_chisq_scaled=... (NA when there is none) that bench/run.sh reads.

suppressPackageStartupMessages(library(lavaan))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: Rscript bench/lavaan_estimators.R DIR RUNS [REPS]")
dir <- args[[1]]
runs <- strsplit(strsplit(args[[2]], ",")[[1]], ":")
reps <- if (length(args) >= 3) as.integer(args[[3]]) else 3L
stopifnot(!is.na(reps), reps >= 1)

# f1 =~ x1 + ... + x10, f2 =~ x11 + ... + x20, ...
cfa_model <- function(k) {
    lines <- vapply(seq_len(k %/% 10), function(f)
        sprintf("f%d =~ %s", f, paste0("x", ((f - 1) * 10 + 1):(f * 10), collapse = " + ")), "")
    paste(lines, collapse = "\n")
}

one_fit <- function(model, cases, estimator) {
    fit <- cfa(model, data = cases, estimator = estimator)
    parameterEstimates(fit)
    standardizedSolution(fit)
    list(fit = fit, measures = fitMeasures(fit))
}

invisible(one_fit("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9",
                  HolzingerSwineford1939, "MLR"))  # warm-up, untimed

results <- list()
cat(sprintf("%10s %10s %5s %12s %18s %18s\n", "indicators", "estimator", "reps", "median ms", "chisq",
            "chisq.scaled"))
for (run in runs) {
    k <- as.integer(run[[1]])
    estimator <- run[[2]]
    key <- sprintf("k%d_%s", k, estimator)
    path <- file.path(dir, sprintf("cfa_%d_rows.csv", k))
    if (!file.exists(path)) {
        results[[key]] <- list(median = NA, chisq = NA, scaled = NA)
        next
    }
    cases <- read.csv(path, colClasses = "numeric")
    model <- cfa_model(k)
    times <- numeric(reps)
    for (r in seq_len(reps)) {
        t0 <- proc.time()[["elapsed"]]
        out <- one_fit(model, cases, estimator)
        times[r] <- (proc.time()[["elapsed"]] - t0) * 1000
    }
    m <- out$measures
    scaled <- if ("chisq.scaled" %in% names(m)) m[["chisq.scaled"]] else NA
    results[[key]] <- list(median = median(times), chisq = m[["chisq"]], scaled = scaled)
    cat(sprintf("%10d %10s %5d %12.1f %18.9f %18.9f\n", k, estimator, reps, median(times), m[["chisq"]], scaled))
}
for (key in names(results)) {
    r <- results[[key]]
    cat(sprintf("lavaan_est_%s_median_ms=%s\n", key, format(r$median, digits = 6)))
    cat(sprintf("lavaan_est_%s_chisq=%s\n", key, format(r$chisq, digits = 12)))
    cat(sprintf("lavaan_est_%s_chisq_scaled=%s\n", key, format(r$scaled, digits = 12)))
}
