#include "report/common/report_labels.hpp"

namespace jalur::report {

// English → Indonesian for the bootstrap's lines and tables, in the terms Indonesian theses use ("bootstrap"
// stays, as the theses write it; "replikasi", "bias", "interval kepercayaan").
const LabelList& bootstrap_labels() {
    static const LabelList labels = {
        {"Bootstrap", "Bootstrap"},
        {"Nonparametric", "nonparametrik"},
        {"Parametric", "parametrik"},
        {"Bollen-Stine", "Bollen-Stine"},
        {"percentile", "persentil"},
        {"BCa", "BCa"},
        {"bias-corrected", "terkoreksi bias"},
        {"basic", "basic"},
        {"normal", "normal"},
        {"{} bootstrap, {} replicates (seed {})", "Bootstrap {}, {} replikasi (seed {})"},
        {"{} bootstrap, {} replayed resamples", "Bootstrap {}, {} sampel ulang diputar ulang"},
        {"{} {}% intervals", "interval {} {}%"},
        {"{} used", "{} dipakai"},
        {"{} failed ({} not converged, {} with an unusable sample)",
         "{} gagal ({} tidak konvergen, {} dengan sampel tak terpakai)"},
        {"{} inadmissible solutions (a negative variance) kept, as lavaan",
         "{} solusi tak layak (varians negatif) tetap dipakai, seperti lavaan"},
        {"Bollen-Stine bootstrap p-value = {} ({} replicates)", "Nilai p bootstrap Bollen-Stine = {} ({} replikasi)"},
        {"Bootstrap Estimates", "Estimasi bootstrap"},
        {"Bollen-Stine Bootstrap P-Value", "Nilai p bootstrap Bollen-Stine"},
        {"{} replicates", "{} replikasi"},
        {"Bootstrap estimates", "Estimasi bootstrap"},
        {"Quantity", "Besaran"},
        {"Bias", "Bias"},
        {"Boot. SE", "Galat baku bootstrap"},
        {"R² {}", "R² {}"},
        {"indirect {} → {}", "tidak langsung {} → {}"},
        {"total {} → {}", "total {} → {}"},
        {"std.all {}", "terstandar {}"},
        {"Standard errors, z, p and intervals in the tables above are the bootstrap's.",
         "Galat baku, nilai-t, p dan interval pada tabel di atas berasal dari bootstrap."},
    };
    return labels;
}

}  // namespace jalur::report
