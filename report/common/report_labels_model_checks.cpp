#include "report/common/report_labels.hpp"
#include "report/fit/model_check_notes.hpp"

namespace jalur::report {

// English → Indonesian for the sections on request, in the terms Indonesian theses use (Indeks modifikasi,
// Reliabilitas komposit); AVE, HTMT and Fornell–Larcker keep their English names, as the theses cite them.
const LabelList& model_check_labels() {
    static const LabelList labels = {
    // Residuals and modification indices
    {"Fitted", "hasil estimasi"},
    {"Standardized", "terstandar"},
    {"Normalized", "ternormalisasi"},
    {"{} Residuals", "Residual {}"},
    {"Summary Statistics for {} Residuals", "Statistik ringkas residual {}"},
    {"Smallest {} Residual", "Residual {} terkecil"},
    {"Median {} Residual", "Median residual {}"},
    {"Largest {} Residual", "Residual {} terbesar"},
    {"Modification Indices", "Indeks modifikasi"},
    {"No modification indices: no parameter the model fixes at zero could be freed and estimated.",
     "Tidak ada indeks modifikasi: tidak ada parameter bernilai tetap nol yang dapat dibebaskan dan diestimasi."},
    {"No modification index reaches {} ({} candidate parameter).",
     "Tidak ada indeks modifikasi yang mencapai {} ({} parameter kandidat)."},
    {"No modification index reaches {} ({} candidate parameters).",
     "Tidak ada indeks modifikasi yang mencapai {} ({} parameter kandidat)."},
    {"The Modification Indices Suggest to Add (MI >= {}, largest first)",
     "Indeks modifikasi menyarankan penambahan (MI >= {}, terbesar lebih dahulu)"},
    {"{} of {} candidate parameters have MI < {} and are not listed.",
     "{} dari {} parameter kandidat memiliki MI < {} dan tidak ditampilkan."},
    // Wald tests of the constraints
    {"Wald Tests of the Constraints", "Uji Wald atas kendala"},
    {"Wald tests of the constraints", "Uji Wald atas kendala"},
    {"Joint test ({} constraints)", "Uji gabungan ({} kendala)"},
    {" Each equality constraint tested in the model fitted without the equality constraints (lavaan's\n"
     " lavTestWald); W is chi-square with df degrees of freedom when the constraints hold.\n",
     " Setiap kendala kesamaan diuji pada model yang diestimasi tanpa kendala kesamaan (lavTestWald\n"
     " pada lavaan); W berdistribusi chi-square dengan derajat bebas df bila kendala berlaku.\n"},
    {kWaldTestsNote,
     "Setiap kendala kesamaan diuji pada model yang diestimasi tanpa kendala kesamaan (lavTestWald pada lavaan): "
     "W = h² / Var(h) dengan h = lhs − rhs pada estimasi tersebut, berdistribusi χ² dengan derajat bebas df bila "
     "kendala berlaku; uji gabungan menguji semuanya sekaligus."},
    // Construct validity
    {"Construct Reliability and Validity", "Reliabilitas dan validitas konstruk"},
    {"holds", "terpenuhi"},
    {"VIOLATED", "TIDAK TERPENUHI"},
    {" Omega: reliability of the sum score (Raykov; semTools compRelSEM). CR: composite reliability from\n"
     " the standardized loadings (Fornell & Larcker 1981), acceptable from 0.70. AVE: mean squared\n"
     " standardized loading, acceptable from 0.50 (Fornell & Larcker 1981). Fornell-Larcker: sqrt(AVE)\n"
     " exceeds the factor's correlations with every other factor.\n",
     " Omega: reliabilitas skor jumlah (Raykov; semTools compRelSEM). CR: reliabilitas komposit dari\n"
     " muatan faktor terstandar (Fornell & Larcker 1981), dapat diterima mulai 0.70. AVE: rata-rata kuadrat\n"
     " muatan faktor terstandar, dapat diterima mulai 0.50 (Fornell & Larcker 1981). Fornell-Larcker:\n"
     " sqrt(AVE) melebihi korelasi faktor dengan setiap faktor lain.\n"},
    {"Fornell-Larcker table (sqrt(AVE) on the diagonal, factor correlations below)",
     "Tabel Fornell-Larcker (sqrt(AVE) pada diagonal, korelasi antarfaktor di bawahnya)"},
    {" Heterotrait-monotrait ratio, HTMT (Henseler, Ringle & Sarstedt 2015; discriminant validity\n"
     " when below 0.85, or 0.90 for conceptually close constructs)\n",
     " Rasio heterotrait-monotrait, HTMT (Henseler, Ringle & Sarstedt 2015; validitas diskriminan\n"
     " terpenuhi bila di bawah 0.85, atau 0.90 untuk konstruk yang berdekatan secara konseptual)\n"},
    // Markdown and HTML reports (report/fit/model_check_notes.hpp holds the notes' English)
    {"Construct reliability and validity", "Reliabilitas dan validitas konstruk"},
    {"Composite reliability (CR)", "Reliabilitas komposit (CR)"},
    {"Average variance extracted (AVE)", "Average Variance Extracted (AVE)"},
    {"violated", "tidak terpenuhi"},
    {kValidityNote,
     "Omega (ω): reliabilitas skor jumlah (Raykov; semTools compRelSEM). CR: reliabilitas komposit dari muatan "
     "faktor terstandar. AVE: rata-rata kuadrat muatan faktor terstandar. Batas yang lazim: CR ≥ .70 dan "
     "AVE ≥ .50 (Fornell & Larcker, 1981; Hair et al., 2019). Kriteria Fornell–Larcker terpenuhi bila √AVE "
     "melebihi korelasi faktor tersebut dengan setiap faktor lain."},
    {"Fornell–Larcker criterion", "Kriteria Fornell–Larcker"},
    {kFornellLarckerNote, "√AVE pada diagonal, korelasi antarfaktor di bawahnya."},
    {"Heterotrait–monotrait ratio (HTMT)", "Rasio heterotrait–monotrait (HTMT)"},
    {kHtmtNote,
     "Validitas diskriminan terpenuhi bila HTMT di bawah .85, atau di bawah .90 untuk konstruk yang berdekatan "
     "secara konseptual (Henseler, Ringle & Sarstedt, 2015); dihitung dari korelasi sampel antarindikator."},
    {"Modification indices", "Indeks modifikasi"},
    {"Std. EPC", "EPC terstandar"},
    {kModificationIndicesNote,
     "Hanya MI ≥ {}, terbesar lebih dahulu. MI: indeks modifikasi, perkiraan penurunan χ² bila parameter "
     "dibebaskan (nilai kritis χ²(1) 3.84 pada .05). EPC: perubahan yang diharapkan (expected parameter change). "
     "EPC terstandar: perubahan yang diharapkan dalam bentuk terstandar penuh (sepc.all)."},
    {"Standardized residuals", "Residual terstandar"},
    {kLargestResidualLine,
     "Residual terstandar dengan nilai absolut terbesar: {} ({} dengan {}); {} dari {} melebihi ±1.96."},
    {kResidualsNote,
     "Residual kovarians (s − σ̂) dibagi galat bakunya (resid(type = \"standardized\") lavaan), kira-kira "
     "normal baku bila model benar; segitiga bawah. Tebal: |nilai| > 1.96 (p < .05); di atas 2.58, p < .01. — "
     "bila tidak dapat dihitung."},
    };
    return labels;
}

}  // namespace jalur::report
