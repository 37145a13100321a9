# lavaan's nonparametric bootstrap of the two specs jalur_bench_bootstrap times, in one R process (R start-up and
# library(lavaan) excluded). See bench/README.md.
#
# Usage: Rscript bench/lavaan_bootstrap.R [B]      (default: env LAVAAN_BOOT_REPLICATES, else 200)
#
#   thesis  sem() of the thesis mediation on examples/bootstrap/thesis_cases.csv (250 cases, sem()'s defaults),
#           then bootstrapLavaan(fit, R = B, type = "ordinary", FUN = "coef");
#   hs      cfa() of Holzinger & Swineford's three factors on examples/cfa_hs/HolzingerSwineford1939.csv, then
#           the same bootstrapLavaan call.
# Each is timed with system.time() after an untimed warm-up bootstrap of 10 replicates; lavaan runs serially
# (its default parallel = "no"). bootstrapLavaan computes the draws only: no SEs or intervals. B is smaller than
# jalur's 1000 by default (lavaan needs tens of seconds per 1000); the seconds are also reported per 1000
# replicates, scaled linearly from B. Last, machine-readable lines lavaan_boot_NAME_s=... that bench/run.sh reads.

suppressPackageStartupMessages(library(lavaan))

args <- commandArgs(trailingOnly = TRUE)
B <- if (length(args) >= 1) as.integer(args[[1]]) else as.integer(Sys.getenv("LAVAAN_BOOT_REPLICATES", "200"))
stopifnot(!is.na(B), B >= 1)

root <- local({
    file_arg <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
    here <- if (length(file_arg)) dirname(normalizePath(file_arg)) else "bench"
    normalizePath(file.path(here, ".."))
})

thesis <- read.csv(file.path(root, "examples/bootstrap/thesis_cases.csv"))
hs <- read.csv(file.path(root, "examples/cfa_hs/HolzingerSwineford1939.csv"))

mediation <- '
KEPUASAN ~ a*KUALITAS
BOR ~ b*KEPUASAN + c*KUALITAS
ind := a*b
total := c + a*b
'
hs_model <- '
visual  =~ x1 + x2 + x3
textual =~ x4 + x5 + x6
speed   =~ x7 + x8 + x9
'

cases <- list(
    thesis = function() sem(mediation, data = thesis),
    hs = function() cfa(hs_model, data = hs)
)

cat(sprintf("lavaan %s: bootstrapLavaan(fit, R = %d, type = \"ordinary\", FUN = \"coef\"), serial, timed with system.time()\n",
            packageVersion("lavaan"), B))
cat(sprintf("%-8s %6s %12s %16s %12s %8s\n", "model", "B", "seconds", "s per 1000", "repl./s", "failed"))
out <- character()
for (name in names(cases)) {
    fit <- cases[[name]]()
    invisible(suppressWarnings(bootstrapLavaan(fit, R = 10, type = "ordinary", FUN = "coef", iseed = 1)))  # warm-up
    draws <- NULL
    t <- system.time(draws <- suppressWarnings(bootstrapLavaan(fit, R = B, type = "ordinary", FUN = "coef", iseed = 1)))
    s <- unname(t["elapsed"])
    failed <- length(attr(draws, "error.idx"))
    cat(sprintf("%-8s %6d %12.3f %16.3f %12.1f %8d\n", name, B, s, s * 1000 / B, B / s, failed))
    out <- c(out, sprintf("lavaan_boot_%s_s=%.6f", name, s), sprintf("lavaan_boot_%s_per1000_s=%.6f", name, s * 1000 / B))
}
cat("(s per 1000: the seconds scaled linearly from B to 1000 replicates)\n")
cat(sprintf("lavaan_boot_replicates=%d\n", B))
cat(sprintf("lavaan_version=%s\n", packageVersion("lavaan")))
cat(out, sep = "\n")
