#include "report/common/report_labels.hpp"

namespace jalur::report {

// English → Indonesian for the questionnaire commands (items, servqual, crosstab, scores), in the words Indonesian
// theses print: "r hitung" and "r tabel" for the item-total and the critical r, "Valid" / "Tidak valid", "Alpha
// Cronbach", and the quadrants of the Cartesian diagram as "Prioritas Utama", "Pertahankan Prestasi", "Prioritas
// Rendah" and "Berlebihan".
const LabelList& survey_labels() {
    static const LabelList labels = {
        // jalur items
        {"jalur items: validity and reliability", "jalur items: validitas dan reliabilitas"},
        {"Item validity and reliability", "Uji validitas dan reliabilitas"},
        {"Data {} ({} respondents)", "Data {} ({} responden)"},
        {"{} respondents.", "{} responden."},
        {"Scale {}: {} items, N = {}", "Skala {}: {} butir, N = {}"},
        {"Scale {}", "Skala {}"},
        {"{} items, N = {}", "{} butir, N = {}"},
        {"{} respondent with a missing answer left out", "{} responden dengan jawaban kosong dikeluarkan"},
        {"{} respondents with a missing answer left out", "{} responden dengan jawaban kosong dikeluarkan"},
        {"Reverse-keyed:", "Butir terbalik (reverse):"},
        {"reverse-keyed: {}", "butir terbalik (reverse): {}"},
        {"Cronbach's alpha = {}   standardized alpha = {}   mean inter-item r = {}",
         "Alpha Cronbach = {}   alpha terstandar = {}   rerata r antarbutir = {}"},
        {"Critical r (df = {}, two-sided {}) = {}; an item is valid when its item-total r exceeds it",
         "r tabel (df = {}, dua sisi {}) = {}; butir valid bila r hitung lebih besar dari r tabel"},
        {"Item", "Butir"},
        {"SD", "SD"},
        {"r item-total", "r hitung"},
        {"r corrected", "r terkoreksi"},
        {"Alpha if deleted", "Alpha jika dihapus"},
        {"Valid", "Valid"},
        {"Label", "Label"},
        {"valid", "valid"},
        {"NOT VALID", "TIDAK VALID"},
        {"Not valid", "Tidak valid"},
        {"Answers given (counts)", "Jawaban (frekuensi)"},
        {"Answers given (counts, reverse-keyed items reversed)", "Jawaban (frekuensi, butir terbalik sudah dibalik)"},
        {"Answers:", "Jawaban:"},
        {" r item-total: Pearson r of the item with the scale total (Excel CORREL); r corrected: with the total\n"
         " of the other items (SPSS \"Corrected Item-Total Correlation\").\n",
         " r hitung: r Pearson butir dengan skor total skala (CORREL di Excel); r terkoreksi: dengan total\n"
         " butir lainnya (\"Corrected Item-Total Correlation\" di SPSS).\n"},
        {"N", "N"},
        {"Items", "Jumlah butir"},
        {"Cronbach's α", "Alpha Cronbach"},
        {"Standardized α", "Alpha terstandar"},
        {"Mean inter-item r", "Rerata r antarbutir"},
        {"No", "No"},
        {"r (item-total)", "r hitung"},
        {"r (corrected)", "r hitung terkoreksi"},
        {"r (critical)", "r tabel"},
        {"α if item deleted", "Alpha jika butir dihapus"},
        {"Validity", "Keterangan"},
        {"r (critical) is the critical r at df = N - 2 = {}, two-sided α = {}; an item is valid when its item-total r "
         "exceeds it. r (item-total): Pearson r of the item with the scale total (Excel CORREL); r (corrected): with "
         "the total of the other items (SPSS Corrected Item-Total Correlation).",
         "r tabel adalah r kritis pada df = N - 2 = {}, uji dua sisi α = {}; butir valid bila r hitung lebih besar "
         "dari r tabel. r hitung: korelasi Pearson butir dengan skor total skala (CORREL di Excel); r hitung "
         "terkoreksi: dengan total butir lainnya (Corrected Item-Total Correlation di SPSS)."},
        // jalur servqual
        {"jalur servqual: perception - expectation gaps and importance-performance quadrants",
         "jalur servqual: kesenjangan (gap) persepsi - harapan dan kuadran diagram kartesius"},
        {"SERVQUAL gaps and importance-performance analysis", "Kesenjangan SERVQUAL dan analisis diagram kartesius"},
        {"Data {} ({})", "Data {} ({})"},
        {"{} respondents", "{} responden"},
        {"{} with a missing answer left out", "{} dengan jawaban kosong dikeluarkan"},
        {"Gap = perception - expectation; rank 1 is the most negative gap (first priority).",
         "Gap = persepsi - harapan; peringkat 1 adalah gap paling negatif (prioritas pertama)."},
        {"Attributes", "Atribut"},
        {"Dimensions", "Dimensi"},
        {"Dimensions (means of the respondents' dimension scores)", "Dimensi (rerata skor dimensi responden)"},
        {"A dimension's perception and expectation are the means of the respondents' dimension scores.",
         "Persepsi dan harapan sebuah dimensi adalah rerata skor dimensi para responden."},
        {"Rank", "Peringkat"},
        {"Attribute", "Atribut"},
        {"Dimension", "Dimensi"},
        {"Perception", "Persepsi"},
        {"Expectation", "Harapan"},
        {"Gap", "Gap"},
        {"Quadrant", "Kuadran"},
        {"Meaning", "Arti"},
        {" Dimensions: not given (--dimension NAME=ATTRS), so each attribute is its own dimension and the\n"
         " attribute table above is all there is.\n",
         " Dimensi: tidak diberikan (--dimension NAMA=ATRIBUT), jadi setiap atribut menjadi dimensinya sendiri\n"
         " dan tabel atribut di atas sudah lengkap.\n"},
        {"Dimensions were not given (--dimension NAME=ATTRS): each attribute is its own dimension.",
         "Dimensi tidak diberikan (--dimension NAMA=ATRIBUT): setiap atribut menjadi dimensinya sendiri."},
        {"The attribute names suggest these dimensions:", "Nama atribut menunjukkan dimensi berikut:"},
        {"Importance-performance analysis", "Analisis diagram kartesius"},
        {"Importance-performance analysis: x = expectation (importance), y = perception (performance)",
         "Analisis diagram kartesius (importance-performance): x = harapan (kepentingan), y = persepsi (kinerja)"},
        {"Attributes, split at the means x = {}, y = {}", "Atribut, dibagi pada rerata x = {}; y = {}"},
        {"Dimensions, split at the means x = {}, y = {}", "Dimensi, dibagi pada rerata x = {}; y = {}"},
        {"top priority", "Prioritas Utama"},
        {"keep up the good work", "Pertahankan Prestasi"},
        {"low priority", "Prioritas Rendah"},
        {"possible overkill", "Berlebihan"},
        // the quadrant plot
        {"Importance-performance: attributes", "Diagram kartesius: atribut"},
        {"Importance-performance: dimensions", "Diagram kartesius: dimensi"},
        {"Expectation (importance)", "Harapan (kepentingan)"},
        {"Perception (performance)", "Persepsi (kinerja)"},
        {"I Top priority", "I Prioritas Utama"},
        {"II Keep up", "II Pertahankan Prestasi"},
        {"III Low priority", "III Prioritas Rendah"},
        {"IV Possible overkill", "IV Berlebihan"},
        // jalur crosstab
        {"jalur crosstab: {} by {}", "jalur crosstab: {} menurut {}"},
        {"Crosstab of {} by {}", "Tabulasi silang {} menurut {}"},
        {"{} with a missing value left out", "{} dengan nilai kosong dikeluarkan"},
        {"Total", "Total"},
        {"expected", "frek. harapan"},
        {"Pearson chi-square = {}, df = {}, p {}", "Chi-square Pearson = {}; df = {}; p {}"},
        {"With Yates' continuity correction: chi-square = {}, p {}",
         "Dengan koreksi kontinuitas Yates: chi-square = {}; p {}"},
        {"Fisher's exact test (two-sided): p {}", "Uji eksak Fisher (dua sisi): p {}"},
        {"Cramer's V = {}", "V Cramer = {}"},
        {"Warning: {}", "Peringatan: {}"},
        {"{} of {} cells ({}%) have an expected count below 5 (smallest {}); the chi-square approximation may be poor",
         "{} dari {} sel ({}%) memiliki frekuensi harapan di bawah 5 (terkecil {}); pendekatan chi-square mungkin "
         "kurang tepat"},
        {", read Fisher's exact test", ", bacalah uji eksak Fisher"},
        {", merge sparse categories", ", gabungkan kategori yang jarang"},
        {"Cells: observed count (expected count).", "Sel: frekuensi observasi (frekuensi harapan)."},
        {"Pearson's χ²({}, N = {}) = {}, {}", "Chi-square Pearson: χ²({}, N = {}) = {}; {}"},
        {"with Yates' continuity correction χ²({}, N = {}) = {}, {}",
         "dengan koreksi kontinuitas Yates χ²({}, N = {}) = {}; {}"},
        {"Fisher's exact test (two-sided) {}", "uji eksak Fisher (dua sisi) {}"},
        {"Cramér's V = {}", "V Cramér = {}"},
        // jalur scores
        {"Scale scores", "Skor skala"},
        {"Row", "Baris"},
        {"{} category", "kategori {}"},
        {"Row: the respondent's line in the data file (the case number of an SPSS file); a score is the mean or sum "
         "of the scale's items, reverse keys applied; - for a respondent with a missing answer.",
         "Baris: baris responden dalam berkas data (nomor kasus pada berkas SPSS); skor adalah rerata atau jumlah "
         "butir skala, butir terbalik sudah dibalik; - untuk responden dengan jawaban kosong."},
    };
    return labels;
}

}  // namespace jalur::report
