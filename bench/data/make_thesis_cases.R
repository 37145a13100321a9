# 250 simulated cases whose sample covariance matrix (divisor N - 1) is the thesis matrix exactly
# (examples/bor/model.yaml; MASS::mvrnorm with empirical = TRUE), for timing the estimators that need raw data
# (MLM, MLR, WLS) on the thesis model. Run once: Rscript make_thesis_cases.R; writes thesis_cases.csv.
S <- matrix(c(161.90, 7.66, 71.55,
              7.66, 3.02, 12.37,
              71.55, 12.37, 186.78), 3, 3,
            dimnames = list(c("KEPUASAN", "BOR", "KUALITAS"), c("KEPUASAN", "BOR", "KUALITAS")))
set.seed(2019)
cases <- MASS::mvrnorm(250, mu = c(KEPUASAN = 80, BOR = 70, KUALITAS = 85), Sigma = S, empirical = TRUE)
write.csv(cases, "thesis_cases.csv", row.names = FALSE)
stopifnot(max(abs(cov(read.csv("thesis_cases.csv")) - S)) < 1e-6)
