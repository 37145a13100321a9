# lavaan's side of bench/run.sh section 6: a Monte Carlo loop as methodologists write it (simulateData, then sem
# with SEs and the test) on the thesis model, N = 250, timed in one R process (start-up excluded) over
# LAVAAN_SIM_REPLICATES replications (default 100) and scaled to 1000. Prints lavaan_sim_per1000_s=<seconds>.
suppressPackageStartupMessages(library(lavaan))
args <- commandArgs(trailingOnly = TRUE)
R <- if (length(args) >= 1) as.integer(args[1]) else 100L
pop <- '
KEPUASAN ~ 0.383*KUALITAS
BOR ~ 0.0217*KEPUASAN + 0.0579*KUALITAS
KUALITAS ~~ 186.78*KUALITAS
KEPUASAN ~~ 134.49*KEPUASAN
BOR ~~ 2.13*BOR
'
model <- '
KEPUASAN ~ a*KUALITAS
BOR ~ b*KEPUASAN + c*KUALITAS
indirect := a*b
'
one <- function(r) {
    d <- simulateData(pop, sample.nobs = 250, seed = r)
    fit <- sem(model, data = d)
    c(parameterEstimates(fit)$se[1], fitMeasures(fit, "pvalue"))
}
invisible(one(0))  # warm-up
t <- system.time(for (r in seq_len(R)) one(r))[["elapsed"]]
cat(sprintf("lavaan %s: %d replications (simulateData + sem + parameterEstimates + fitMeasures) in %.2f s\n",
            packageVersion("lavaan"), R, t))
cat(sprintf("lavaan_sim_per1000_s=%.4f\n", t * 1000 / R))
