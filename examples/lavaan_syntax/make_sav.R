# Writes thesis_cases.sav, the cases of thesis_cases.csv as an SPSS file (needs haven), with variable labels.
# thesis_cases.csv is bench/data/thesis_cases.csv (bench/data/make_thesis_cases.R): 250 cases whose covariance
# matrix is the thesis's.
library(haven)
cases <- read.csv("thesis_cases.csv")
attr(cases$KEPUASAN, "label") <- "Kepuasan pasien (patient satisfaction)"
attr(cases$BOR, "label") <- "Bed occupancy rate"
attr(cases$KUALITAS, "label") <- "Kualitas pelayanan (service quality)"
write_sav(cases, "thesis_cases.sav")
