# lavaan on the CFAs of jalur_bench_cfa (bench/cfa_scaling.cpp), fitted to the very same sample covariance
# matrices, timed inside one R process (R start-up and library(lavaan) excluded). See bench/README.md.
#
# Usage: Rscript bench/lavaan_cfa.R DIR [SIZES] [CAP_S] [BUDGET_S]
#   DIR       where `jalur_bench_cfa --write DIR` put cfa_K.csv (first line "# n=2000 ...", then a CSV header
#             with the names and the K x K matrix at %.17g)
#   SIZES     comma-separated K (default 20,50,100,200; sizes without a file are skipped)
#   CAP_S     a fit of a size with a single repetition (K > 100) is abandoned after CAP_S seconds and reported
#             as n/a (default 60); so is every post-fit call (modindices, resid) of any K
#   BUDGET_S  no further repetition of a size is started when it would take the time spent on that size past
#             BUDGET_S seconds (default 120); the median is then of the repetitions done
#
# One repetition, timed with the wall clock, is the work of jalur's fit_model:
#   cfa(model, sample.cov = S, sample.nobs = N)   lavaan's defaults: marker identification, likelihood normal,
#                                                 ML, expected-information SEs, correlated factors
#   parameterEstimates(fit)                       estimates, SEs, z, p (and lavaan's default CIs)
#   standardizedSolution(fit)                     standardized values with delta-method SEs
#   fitMeasures(fit)                              all fit measures (baseline model, RMSEA interval, ...)
# Then, on the first repetition's fit, the post-fit work of jalur's modification_indices and compute_residuals,
# each call timed alone, with the fits' repetitions and a budget of its own; every call, of any K, is abandoned
# after CAP_S (n/a): lavaan's modindices() alone ran for over 11 minutes at K = 100 without finishing:
#   modindices(fit)                               all modification indices (expected information)
#   resid(fit, type = "standardized")             the standardized residuals jalur's match (as the fixtures in
#                                                 tests/fixtures/lavaan/latent_common/latent.R; lavResiduals()'s
#                                                 cov.z is another standardization)
# LAVAAN_CFA_NO_POST=1 skips them.
# Repetitions: 3 for K <= 100, 1 for larger K (LAVAAN_CFA_REPS overrides the 3). Before the first size an
# untimed warm-up fit of a small model (Holzinger-Swineford). A size whose p* x p* matrices would not fit in
# the available memory is not run (n/a); bench/run.sh also runs this script under `ulimit -v` and `timeout`. Prints a table and, last, machine-readable lines
# lavaan_cfa_kK_median_ms=..., lavaan_cfa_kK_chisq=..., lavaan_cfa_kK_mi_median_ms=...,
# lavaan_cfa_kK_resid_median_ms=..., lavaan_cfa_kK_max_mi=..., lavaan_cfa_kK_max_abs_std_resid=... (NA when
# skipped or abandoned) that bench/run.sh reads.

suppressPackageStartupMessages(library(lavaan))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript bench/lavaan_cfa.R DIR [SIZES] [CAP_S] [BUDGET_S]")
dir <- args[[1]]
sizes <- if (length(args) >= 2) as.integer(strsplit(args[[2]], ",")[[1]]) else c(20L, 50L, 100L, 200L)
cap_s <- if (length(args) >= 3) as.numeric(args[[3]]) else 60
budget_s <- if (length(args) >= 4) as.numeric(args[[4]]) else 120
small_reps <- as.integer(Sys.getenv("LAVAAN_CFA_REPS", "3"))
post <- Sys.getenv("LAVAAN_CFA_NO_POST") == ""
stopifnot(all(!is.na(sizes)), !is.na(cap_s), cap_s > 0, !is.na(budget_s), !is.na(small_reps), small_reps >= 1)

read_cfa <- function(k) {
    path <- file.path(dir, sprintf("cfa_%d.csv", k))
    if (!file.exists(path)) return(NULL)
    first <- readLines(path, n = 1)
    n <- as.integer(sub(".*\\bn=([0-9]+).*", "\\1", first))
    S <- as.matrix(read.csv(path, skip = 1, check.names = FALSE, colClasses = "numeric"))
    rownames(S) <- colnames(S)
    stopifnot(!is.na(n), nrow(S) == k, ncol(S) == k, isSymmetric(S))
    list(S = S, n = n)
}

# f1 =~ x1 + ... + x10, f2 =~ x11 + ... + x20, ...
cfa_model <- function(k) {
    lines <- vapply(seq_len(k %/% 10), function(f)
        sprintf("f%d =~ %s", f, paste0("x", ((f - 1) * 10 + 1):(f * 10), collapse = " + ")), "")
    paste(lines, collapse = "\n")
}

now <- function() as.numeric(Sys.time())

# lavaan keeps several p* x p* matrices (p* = K(K+1)/2) for the expected information and the baseline model:
# K = 100 peaked at 2.6 GB resident, about 100 bytes per p*^2; K = 200 would need about 40 GB (an attempt on a
# 24 GB machine was killed by the kernel's OOM killer at 23 GB). A size that would not fit is not run.
bytes_per_pstar2 <- 100
available_gb <- function() {
    line <- tryCatch(grep("^MemAvailable:", readLines("/proc/meminfo"), value = TRUE), error = function(e) character())
    if (length(line) != 1) return(NA_real_)
    as.numeric(sub("^MemAvailable: *([0-9]+) kB.*", "\\1", line)) * 1024 / 1e9
}

# One repetition; the parts' times in ms.
fit_once <- function(model, d) {
    t0 <- now()
    fit <- cfa(model, sample.cov = d$S, sample.nobs = d$n)
    t1 <- now()
    pe <- parameterEstimates(fit)
    ss <- standardizedSolution(fit)
    t2 <- now()
    fm <- fitMeasures(fit)
    t3 <- now()
    list(fit = fit, fm = fm,
         ms = c(total = (t3 - t0) * 1000, cfa = (t1 - t0) * 1000, est_std = (t2 - t1) * 1000,
                fitmeasures = (t3 - t2) * 1000))
}

# f(), but abandoned (NULL) after cap seconds.
capped <- function(cap, f) {
    setTimeLimit(elapsed = cap, transient = TRUE)
    on.exit(setTimeLimit(elapsed = Inf))
    tryCatch(f(), error = function(e) {
        if (grepl("time limit", conditionMessage(e))) NULL else stop(e)
    })
}
fit_capped <- function(model, d, cap) capped(cap, function() fit_once(model, d))

# f(fit) timed alone: list(ms, value), or NULL when abandoned after cap seconds.
timed_capped <- function(cap, f, fit) {
    capped(cap, function() {
        t0 <- now()
        value <- f(fit)
        list(ms = (now() - t0) * 1000, value = value)
    })
}

# Up to reps calls of f(fit), none started past budget seconds, each abandoned after cap seconds; the median
# ms and the last value, or NULL when the first call was abandoned.
post_timing <- function(f, fit, reps, cap, budget) {
    ms <- c()
    value <- NULL
    for (r in seq_len(reps)) {
        if (r > 1 && sum(ms) / 1000 + ms[[r - 1]] / 1000 > budget) break
        one <- timed_capped(cap, f, fit)
        if (is.null(one)) break
        ms <- c(ms, one$ms)
        value <- one$value
    }
    if (length(ms) == 0) NULL else list(median = median(ms), reps = length(ms), value = value)
}
largest_mi <- function(fit) max(modindices(fit)$mi, na.rm = TRUE)
largest_std_resid <- function(fit) max(abs(resid(fit, type = "standardized")$cov), na.rm = TRUE)

cat(sprintf("lavaan %s (R %s.%s): cfa(model, sample.cov = S, sample.nobs = N), lavaan's defaults; one repetition =\n",
            packageVersion("lavaan"), R.version$major, R.version$minor))
cat("cfa + parameterEstimates + standardizedSolution (with SEs) + fitMeasures, timed alone (wall clock), ms\n")
if (post) cat("then, on the first fit, modindices(fit) and resid(fit, type = \"standardized\"), each timed alone\n")
cat(sprintf("%d repetition(s) for K <= 100 within a %g s budget per size, 1 for larger K (abandoned after %g s)\n\n",
            small_reps, budget_s, cap_s))

results <- list()
warmed <- FALSE
cat(sprintf("%10s %8s %6s %6s %5s %11s %10s %10s %10s %10s %6s %18s\n", "indicators", "factors", "npar", "df", "reps",
            "median ms", "min ms", "cfa ms", "est+std ms", "fitMeas ms", "iter", "chisq"))
for (k in sizes) {
    d <- read_cfa(k)
    key <- sprintf("k%d", k)
    if (is.null(d)) {
        cat(sprintf("%10d  no file %s\n", k, file.path(dir, sprintf("cfa_%d.csv", k))))
        next
    }
    model <- cfa_model(k)
    if (!warmed) {  # load lavaan's lazy code paths once, untimed (Holzinger-Swineford CFA, a few ms)
        invisible(cfa("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9",
                      sample.cov = cov(HolzingerSwineford1939[paste0("x", 1:9)]), sample.nobs = 301))
        warmed <- TRUE
    }
    need_gb <- bytes_per_pstar2 * (k * (k + 1) / 2)^2 / 1e9
    avail_gb <- available_gb()
    if (!is.na(avail_gb) && need_gb > 0.8 * avail_gb) {
        cat(sprintf("%10d %8d %6s %6s %5s %11s  (not run: needs about %.0f GB of memory, %.0f GB available)\n", k,
                    k %/% 10, "", "", "0", "n/a", need_gb, avail_gb))
        results[[key]] <- list(k = k, median = NA, chisq = NA)
        next
    }
    reps <- if (k <= 100) small_reps else 1L
    runs <- list()
    spent <- 0
    for (r in seq_len(reps)) {
        if (r > 1 && spent + runs[[r - 1]]$ms[["total"]] / 1000 > budget_s) break
        one <- if (reps == 1) fit_capped(model, d, cap_s) else fit_once(model, d)
        if (is.null(one)) break
        runs[[r]] <- one
        spent <- spent + one$ms[["total"]] / 1000
    }
    if (length(runs) == 0) {
        cat(sprintf("%10d %8d %6s %6s %5s %11s  (abandoned after %g s: n/a)\n", k, k %/% 10, "", "", "0", "n/a", cap_s))
        results[[key]] <- list(k = k, median = NA, chisq = NA)
        next
    }
    part <- function(name) median(vapply(runs, function(x) x$ms[[name]], 0))
    fit <- runs[[1]]$fit
    chisq <- unname(runs[[1]]$fm[["chisq"]])
    conv <- isTRUE(lavInspect(fit, "converged"))
    cat(sprintf("%10d %8d %6d %6d %5d %11.1f %10.1f %10.1f %10.1f %10.1f %6d %18.9f%s\n", k, k %/% 10,
                as.integer(lavInspect(fit, "npar")), as.integer(runs[[1]]$fm[["df"]]), length(runs), part("total"),
                min(vapply(runs, function(x) x$ms[["total"]], 0)), part("cfa"), part("est_std"), part("fitmeasures"),
                as.integer(lavInspect(fit, "iterations")), chisq, if (conv) "" else "  NOT converged"))
    results[[key]] <- list(k = k, median = part("total"), chisq = chisq, reps = length(runs),
                           npar = as.integer(lavInspect(fit, "npar")), converged = conv)
    if (post) {  # value: the largest MI, the largest |standardized residual| (for run.sh's check)
        mi <- post_timing(largest_mi, fit, reps, cap_s, budget_s)
        sr <- post_timing(largest_std_resid, fit, reps, cap_s, budget_s)
        shown <- function(x, fmt) if (is.null(x)) "n/a" else sprintf(fmt, x)
        cat(sprintf("%10s  post-fit: modindices %s (%s), resid standardized %s (%s); largest MI %s, max |std resid| %s\n",
                    "", shown(mi$median, "%.1f ms"), shown(mi$reps, "%d"), shown(sr$median, "%.1f ms"), shown(sr$reps, "%d"),
                    shown(mi$value, "%.6f"), shown(sr$value, "%.6f")))
        results[[key]] <- c(results[[key]], list(mi = mi$median, max_mi = mi$value, resid = sr$median,
                                                 max_sr = sr$value))
    }
    rm(runs, fit)
    invisible(gc(verbose = FALSE))
}
cat("\n")
cat(sprintf("lavaan_version=%s\n", packageVersion("lavaan")))
for (res in results) {
    cat(sprintf("lavaan_cfa_k%d_median_ms=%s\n", res$k, if (is.na(res$median)) "NA" else sprintf("%.3f", res$median)))
    cat(sprintf("lavaan_cfa_k%d_chisq=%s\n", res$k, if (is.na(res$chisq)) "NA" else sprintf("%.10f", res$chisq)))
    if (!is.na(res$median)) {
        cat(sprintf("lavaan_cfa_k%d_reps=%d\n", res$k, res$reps))
        cat(sprintf("lavaan_cfa_k%d_converged=%s\n", res$k, res$converged))
    }
    if (post) {  # NULL (not run, abandoned) prints as NA
        value <- function(x, fmt) if (is.null(x) || is.na(x)) "NA" else sprintf(fmt, x)
        cat(sprintf("lavaan_cfa_k%d_mi_median_ms=%s\n", res$k, value(res$mi, "%.3f")))
        cat(sprintf("lavaan_cfa_k%d_resid_median_ms=%s\n", res$k, value(res$resid, "%.3f")))
        cat(sprintf("lavaan_cfa_k%d_max_mi=%s\n", res$k, value(res$max_mi, "%.10g")))
        cat(sprintf("lavaan_cfa_k%d_max_abs_std_resid=%s\n", res$k, value(res$max_sr, "%.10g")))
    }
}
