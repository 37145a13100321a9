#include "report/common/report_labels.hpp"

namespace jalur::report {

// English → Indonesian for the report of jalur simulate, in the terms Indonesian methodology theses use
// ("replikasi", "bias", "galat baku empiris", "cakupan", "tingkat penolakan").
const LabelList& simulation_labels() {
    static const LabelList labels = {
        {"Study file {}", "Berkas studi {}"},
        {"{} conditions x {} replications, seed {}, alpha {}", "{} kondisi x {} replikasi, seed {}, alpha {}"},
        {"Summaries over the converged replications; Monte Carlo SEs in parentheses.",
         "Ringkasan atas replikasi yang konvergen; galat baku Monte Carlo dalam kurung."},
        {"{}: analysis {}, estimator {}", "{}: analisis {}, metode estimasi {}"},
        {"{} of {} replications converged", "{} dari {} replikasi konvergen"},
        {"({} not converged, {} failed)", "({} tidak konvergen, {} gagal)"},
        {"{} with a negative variance", "{} dengan varians negatif"},
        {"{} with an undefined scaled test", "{} dengan uji terskala yang tidak terdefinisi"},
        {"Chi-square: mean {} (df {}), rejected at alpha in {}", "Chi-square: rerata {} (df {}), ditolak pada alpha: {}"},
        {"True", "Nilai benar"},
        {"Mean", "Rerata"},
        {"Emp. SE", "Galat baku empiris"},
        {"Mean SE", "Rerata galat baku"},
        {"SE ratio", "Rasio galat baku"},
        {"Coverage", "Cakupan"},
        {"Rejection", "Penolakan"},
        {"Coverage: the share of Wald intervals that contain the true value; rejection: the share of p < alpha "
         "(power, or the type-I error where the true value is 0).",
         "Cakupan: proporsi interval Wald yang memuat nilai benar; penolakan: proporsi p < alpha (kuasa uji, atau "
         "galat tipe I bila nilai benar 0)."},
    };
    return labels;
}

}  // namespace jalur::report
