# Generates the worked example's questionnaire data: 70 inpatients (as seed 001) answering a SERVQUAL
# questionnaire of 15 attributes in 5 dimensions, once for perception (P_) and once for expectation (E_), on a
# 1-5 scale, plus 4 satisfaction items, 3 loyalty items, a direct yes/no satisfaction question and patient
# characteristics. The data are simulated, not collected: a quality factor drives the perceptions, satisfaction
# depends on quality, loyalty on both. Run from this folder: Rscript make_data.R
# Writes survey.csv and survey.sav (the same data, with SPSS variable and value labels; needs haven).
set.seed(20261122)
n <- 70
likert <- function(x, cuts) as.integer(cut(x, c(-Inf, cuts, Inf)))

dimensions <- c(tan = "tangibles", rel = "reliability", res = "responsiveness", ass = "assurance", emp = "empathy")
# Mean perception and importance of each attribute, so that the quadrants are not empty.
perception_shift <- c(0.3, -0.2, 0.1, -0.5, 0.0, 0.2, -0.1, -0.4, 0.3, 0.4, 0.1, -0.3, -0.2, 0.0, 0.2)
importance_shift <- c(-0.2, -0.4, 0.3, 0.4, 0.2, -0.1, 0.3, 0.1, -0.3, 0.0, -0.2, -0.5, 0.3, -0.1, -0.4)

quality <- rnorm(n)
data <- data.frame(respondent = 1:n)
data$gender <- sample(c(1L, 2L), n, replace = TRUE, prob = c(0.45, 0.55))
data$education <- sample(1:4, n, replace = TRUE, prob = c(0.15, 0.25, 0.4, 0.2))
data$payment <- sample(c(1L, 2L), n, replace = TRUE, prob = c(0.7, 0.3))
names_p <- character(0)
names_e <- character(0)
k <- 0
for (d in names(dimensions)) {
  dimension_factor <- 0.8 * quality + 0.6 * rnorm(n)
  importance <- rnorm(n)
  for (i in 1:3) {
    k <- k + 1
    p <- 0.9 * dimension_factor + 0.7 * rnorm(n) + perception_shift[k]
    e <- 0.5 * importance + 0.6 * rnorm(n) + importance_shift[k]
    data[[paste0("P_", d, i)]] <- likert(p, c(-2.2, -1.2, 0.0, 1.1))
    data[[paste0("E_", d, i)]] <- likert(e, c(-2.6, -1.8, -0.8, 0.2))
    names_p <- c(names_p, paste0("P_", d, i))
    names_e <- c(names_e, paste0("E_", d, i))
  }
}
satisfaction <- 0.6 * quality + 0.25 * (data$payment == 1) + 0.8 * rnorm(n)
for (i in 1:4) data[[paste0("sat", i)]] <- likert(0.9 * satisfaction + 0.6 * rnorm(n), c(-1.9, -0.9, 0.2, 1.2))
loyalty <- 0.55 * satisfaction + 0.2 * quality + 0.8 * rnorm(n)
for (i in 1:3) data[[paste0("loy", i)]] <- likert(0.9 * loyalty + 0.6 * rnorm(n), c(-1.7, -0.8, 0.3, 1.3))
# One loyalty item is worded the other way round ("I would rather go to another hospital").
data$loy3 <- 6L - data$loy3
data$satisfied <- ifelse(satisfaction + 0.4 * rnorm(n) > -0.1, "ya", "tidak")
# Two respondents skipped a question.
data$sat2[17] <- NA
data$E_emp2[52] <- NA

write.csv(data, "survey.csv", row.names = FALSE, na = "")

if (requireNamespace("haven", quietly = TRUE)) {
  library(haven)
  sav <- data
  agree <- c("Sangat tidak setuju" = 1, "Tidak setuju" = 2, "Ragu-ragu" = 3, "Setuju" = 4, "Sangat setuju" = 5)
  for (v in c(names_p, names_e, paste0("sat", 1:4), paste0("loy", 1:3))) sav[[v]] <- labelled(sav[[v]], agree)
  sav$gender <- labelled(sav$gender, c("Laki-laki" = 1, "Perempuan" = 2), label = "Jenis kelamin")
  sav$education <- labelled(sav$education, c(SD = 1, SMP = 2, SMA = 3, "Perguruan tinggi" = 4), label = "Pendidikan")
  sav$payment <- labelled(sav$payment, c(BPJS = 1, Umum = 2), label = "Cara pembayaran")
  attr(sav$satisfied, "label") <- "Secara keseluruhan, apakah Anda puas?"
  write_sav(sav, "survey.sav")
}
cat("wrote survey.csv", if (requireNamespace("haven", quietly = TRUE)) "and survey.sav", "\n")
