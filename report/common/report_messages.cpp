#include "report/common/report_messages.hpp"

#include <optional>
#include <utility>

namespace jalur::report {

namespace {

using MessageList = std::vector<std::pair<std::string_view, std::string_view>>;

// English pattern → Indonesian pattern, with the same fields in the same order. The patterns are the engine's
// (engine/results/describe.cpp, engine/model, engine/data, engine/resampling, engine/results/construct_validity.cpp)
// and the model readers' (models/); the phrases after them are the fields that are words rather than names.
const MessageList kMessages = {
    // Admissibility and numerical trouble (engine/results/describe.cpp)
    {"the covariance matrix of {} is not positive definite (smallest eigenvalue {}): the solution is not admissible",
     "matriks kovarians {} tidak definit positif (nilai eigen terkecil {}): solusi tidak dapat diterima"},
    {"the (residual) variance of {} is negative ({}): a Heywood case; the model may be misspecified or the sample "
     "too small",
     "varians (residual) {} negatif ({}): kasus Heywood; model mungkin salah spesifikasi atau sampel terlalu kecil"},
    {"the correlation of {} and {} is {}, outside [-1, 1]", "korelasi {} dan {} bernilai {}, di luar [-1, 1]"},
    {"R² of {} is {}, outside [0, 1]", "R² {} bernilai {}, di luar [0, 1]"},
    {"the estimate of {} is {}: its standard error, z and p are not available",
     "estimasi {} bernilai {}: galat baku, z, dan p-nya tidak tersedia"},
    {"the standard error of {} is not available: its sampling variance is negative or not a finite number",
     "galat baku {} tidak tersedia: varians samplingnya negatif atau bukan bilangan terhingga"},
    {"the 90% interval of RMSEA (and of NCP, F0 and ECVI) and the p-value of close fit are not available: the "
     "non-central chi-square distribution could not be evaluated at chi-square {} with df {}",
     "interval 90% RMSEA (juga NCP, F0, dan ECVI) dan nilai-p close fit tidak tersedia: distribusi chi-square "
     "non-sentral tidak dapat dihitung pada chi-square {} dengan df {}"},
    {"the {} scaled test is not defined: its scaling factor is {} (tr(UΓ) = {}), not positive, as happens in small "
     "or heavy-tailed samples; the scaled chi-square, its p-value and the scaled and robust fit indices are left "
     "empty (lavaan leaves them NA)",
     "uji terskala {} tidak terdefinisi: faktor skalanya {} (tr(UΓ) = {}), tidak positif, seperti terjadi pada "
     "sampel kecil atau berekor tebal; chi-square terskala, nilai-p-nya, serta indeks kecocokan terskala dan robust "
     "dikosongkan (lavaan memberinya NA)"},
    // The data (engine/model/prepare.cpp, engine/data)
    {"the sample covariance matrix is not positive definite; its diagonal was multiplied by {} (ridge): estimates, "
     "SEs and fit refer to the smoothed matrix",
     "matriks kovarians sampel tidak definit positif; diagonalnya dikalikan {} (ridge): estimasi, galat baku, dan "
     "kecocokan model mengacu pada matriks yang telah dihaluskan"},
    {"the variance of {} ({}) is {} times that of {} ({}): estimates and SEs may have lost digits; rescaling one of "
     "them (e.g. income in millions rather than in units) makes the fit better conditioned",
     "varians {} ({}) sebesar {} kali varians {} ({}): estimasi dan galat baku mungkin kehilangan ketelitian; "
     "mengubah skala salah satunya (mis. pendapatan dalam juta, bukan satuan) membuat estimasi lebih stabil"},
    {"1 row with missing values was dropped (listwise deletion)",
     "1 baris dengan data hilang dibuang (penghapusan listwise)"},
    {"{} rows with missing values were dropped (listwise deletion)",
     "{} baris dengan data hilang dibuang (penghapusan listwise)"},
    // The parameter table (engine/model)
    {"start({}) on the marker {} =~ {} fixes it at {}, as lavaan does; write NA*start({})*{} to estimate it from "
     "there",
     "start({}) pada marker {} =~ {} menetapkannya pada {}, seperti lavaan; tulis NA*start({})*{} untuk "
     "mengestimasinya mulai dari nilai itu"},
    {"the label {} is on {}, fixed at {}, so {} is fixed at that value too: rows that share a label are one "
     "parameter (as in lavaan)",
     "label {} ada pada {}, ditetapkan {}, sehingga {} juga ditetapkan pada nilai itu: baris yang berbagi label "
     "adalah satu parameter (seperti di lavaan)"},
    {"the label {} is on {}, fixed at {}, so {} are fixed at that value too: rows that share a label are one "
     "parameter (as in lavaan)",
     "label {} ada pada {}, ditetapkan {}, sehingga {} juga ditetapkan pada nilai itu: baris yang berbagi label "
     "adalah satu parameter (seperti di lavaan)"},
    {"exogenous: fixed leaves {} random: the model writes a variance, covariance or intercept of them (as lavaan "
     "does)",
     "exogenous: fixed membiarkan {} acak: model menuliskan varians, kovarians, atau intersepnya (seperti lavaan)"},
    // The bootstrap (engine/resampling/bootstrap.cpp)
    {"{} of {} bootstrap replicates failed ({} not converged, {} with an unusable sample): the bootstrap results "
     "rest on the others and may be biased",
     "{} dari {} replikasi bootstrap gagal ({} tidak konvergen, {} dengan sampel yang tidak dapat dipakai): hasil "
     "bootstrap bertumpu pada replikasi lainnya dan mungkin bias"},
    // Construct validity (engine/results/construct_validity.cpp)
    {"{} is measured by latent variables ({}): a higher-order factor, left out",
     "{} diukur oleh variabel laten ({}): faktor orde lebih tinggi, tidak disertakan"},
    {"{} loads on {}: no omega, composite reliability, AVE or HTMT for these factors",
     "{} bermuatan pada {}: tidak ada omega, reliabilitas komposit, AVE, atau HTMT untuk faktor-faktor ini"},
    {"{} has one indicator ({}): no HTMT, which needs correlations among a factor's indicators; its omega and AVE "
     "are that indicator's reliability",
     "{} hanya memiliki satu indikator ({}): tidak ada HTMT, yang memerlukan korelasi antarindikator suatu faktor; "
     "omega dan AVE-nya adalah reliabilitas indikator itu"},
    {"{}: two of its indicators are uncorrelated, no HTMT2", "{}: dua indikatornya tidak berkorelasi, tidak ada HTMT2"},
    {"{}: its indicators are uncorrelated, no HTMT or HTMT2",
     "{}: indikator-indikatornya tidak berkorelasi, tidak ada HTMT atau HTMT2"},
    {"the model has no latent variables measured by observed variables: no construct reliability or validity",
     "model tidak memiliki variabel laten yang diukur oleh variabel teramati: tidak ada reliabilitas atau validitas "
     "konstruk"},
    // The model readers (models/)
    {"score {} = mean of {} items ({}; reversed: {})", "skor {} = rerata {} butir ({}; dibalik: {})"},
    {"score {} = sum of {} items ({}; reversed: {})", "skor {} = jumlah {} butir ({}; dibalik: {})"},
    {"score {} = mean of {} items ({})", "skor {} = rerata {} butir ({})"},
    {"score {} = sum of {} items ({})", "skor {} = jumlah {} butir ({})"},
    {"the lines after End of Problem are ignored (jalur reads one problem)",
     "baris setelah End of Problem diabaikan (jalur membaca satu masalah)"},
    {"LISREL Output is ignored (jalur prints its own LISREL-style report)",
     "LISREL Output diabaikan (jalur mencetak laporan bergaya LISREL-nya sendiri)"},
    {"'{}' is ignored (jalur does not use this SIMPLIS command)",
     "'{}' diabaikan (jalur tidak memakai perintah SIMPLIS ini)"},
    {"option {} ignored (jalur always reports the estimates, standardized solution, effects and fit measures)",
     "opsi {} diabaikan (jalur selalu melaporkan estimasi, solusi terstandar, pengaruh, dan ukuran kecocokan)"},
    {"options {} ignored (jalur always reports the estimates, standardized solution, effects and fit measures)",
     "opsi {} diabaikan (jalur selalu melaporkan estimasi, solusi terstandar, pengaruh, dan ukuran kecocokan)"},
    {"Means are not used (jalur fits the covariance structure without means)",
     "Means tidak dipakai (jalur mengestimasi struktur kovarians tanpa rerata)"},
    // Phrases that fill the fields above
    {"the latent variables (PSI/PHI)", "variabel laten (PSI/PHI)"},
    {"the residuals of the observed variables (THETA)", "residual variabel teramati (THETA)"},
    {"defined parameter {}", "parameter turunan {}"},
    {"not a number", "bukan bilangan"},
};

// The pattern's literal pieces around its fields: "a {} b {}" → {"a ", " b ", ""}.
std::vector<std::string_view> pieces_of(std::string_view pattern) {
    std::vector<std::string_view> pieces;
    std::size_t begin = 0;
    for (std::size_t at = pattern.find("{}"); at != std::string_view::npos; at = pattern.find("{}", begin)) {
        pieces.push_back(pattern.substr(begin, at - begin));
        begin = at + 2;
    }
    pieces.push_back(pattern.substr(begin));
    return pieces;
}

// Whether `text` is field `field` of the pattern and all that follows it, trying every place the next piece
// occurs (a field may hold the piece's words, e.g. a variable named "is"); the fields found go to `fields`.
bool match_from(std::string_view text, const std::vector<std::string_view>& pieces, std::size_t field,
                std::vector<std::string>& fields) {
    const std::string_view next = pieces[field + 1];
    if (field + 2 == pieces.size()) {  // the last field: the rest of the text before the last piece
        if (text.size() <= next.size() || text.substr(text.size() - next.size()) != next) return false;
        fields.emplace_back(text.substr(0, text.size() - next.size()));
        return true;
    }
    for (std::size_t at = text.find(next, 1); at != std::string_view::npos; at = text.find(next, at + 1)) {
        fields.emplace_back(text.substr(0, at));
        if (match_from(text.substr(at + next.size()), pieces, field + 1, fields)) return true;
        fields.pop_back();
    }
    return false;
}

std::optional<std::vector<std::string>> fields_of(std::string_view text, std::string_view pattern) {
    const std::vector<std::string_view> pieces = pieces_of(pattern);
    if (pieces.size() == 1) return text == pattern ? std::optional<std::vector<std::string>>(std::in_place) : std::nullopt;
    if (text.substr(0, pieces.front().size()) != pieces.front()) return std::nullopt;
    std::vector<std::string> fields;
    if (!match_from(text.substr(pieces.front().size()), pieces, 0, fields)) return std::nullopt;
    return fields;
}

std::string filled(std::string_view pattern, const std::vector<std::string>& fields) {
    const std::vector<std::string_view> pieces = pieces_of(pattern);
    std::string out(pieces.front());
    for (std::size_t i = 0; i < fields.size(); ++i) out += fields[i] + std::string(pieces[i + 1]);
    return out;
}

}  // namespace

std::string report_message(Language language, const std::string& english) {
    if (language == Language::English) return english;
    for (const auto& [pattern, indonesian] : kMessages) {
        std::optional<std::vector<std::string>> fields = fields_of(english, pattern);
        if (!fields) continue;
        for (std::string& field : *fields) field = report_message(language, field);
        return filled(indonesian, *fields);
    }
    return english;
}

const std::vector<std::pair<std::string_view, std::string_view>>& message_catalogue() { return kMessages; }

}  // namespace jalur::report
