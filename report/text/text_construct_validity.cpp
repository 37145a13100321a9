#include "report/text/text_construct_validity.hpp"

#include <cmath>

#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"
#include "report/text/text_section.hpp"
#include "report/common/report_messages.hpp"

namespace jalur::report {
namespace {

std::string number(double value) { return std::isnan(value) ? "-" : fixed_number(value, 3); }

// Factors × factors, lower triangle and diagonal.
std::string lower_triangle(const ConstructValidity& v, const Eigen::MatrixXd& m) {
    std::vector<std::vector<std::string>> rows{{""}};
    for (const auto& f : v.factors) rows[0].push_back(f.factor);
    for (std::size_t i = 0; i < v.factors.size(); ++i) {
        std::vector<std::string> row{v.factors[i].factor};
        for (std::size_t j = 0; j <= i; ++j)
            row.push_back(number(m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j))));
        row.resize(v.factors.size() + 1);
        rows.push_back(std::move(row));
    }
    std::vector<bool> right(rows[0].size(), true);
    right[0] = false;
    return render_columns(rows, right, 2);
}

}  // namespace

std::string construct_validity_section(const ConstructValidity& v, Language language) {
    auto L = [&](std::string_view english) { return std::string(label(language, english)); };
    std::string out = section_title(L("Construct Reliability and Validity"));
    if (v.factors.empty()) {
        for (const auto& note : v.notes) out += " " + report_message(language, note) + "\n";
        return out + "\n";
    }
    std::vector<std::vector<std::string>> rows{
        {L("Factor"), L("Indicators"), "Omega", "CR", "AVE", "sqrt(AVE)", "Fornell-Larcker"}};
    for (std::size_t i = 0; i < v.factors.size(); ++i) {
        const auto& f = v.factors[i];
        rows.push_back({f.factor, std::to_string(f.indicators.size()), number(f.omega), number(f.composite_reliability),
                        number(f.ave), number(std::sqrt(f.ave)),
                        std::isnan(f.ave) ? "-" : L(v.fornell_larcker_holds(i) ? "holds" : "VIOLATED")});
    }
    out += render_columns(rows, {false, true, true, true, true, true, false}, 2) + "\n";
    out += L(" Omega: reliability of the sum score (Raykov; semTools compRelSEM). CR: composite reliability from\n"
             " the standardized loadings (Fornell & Larcker 1981), acceptable from 0.70. AVE: mean squared\n"
             " standardized loading, acceptable from 0.50 (Fornell & Larcker 1981). Fornell-Larcker: sqrt(AVE)\n"
             " exceeds the factor's correlations with every other factor.\n") +
           "\n";
    out += " " + L("Fornell-Larcker table (sqrt(AVE) on the diagonal, factor correlations below)") + "\n\n" +
           lower_triangle(v, v.fornell_larcker()) + "\n";
    out += L(" Heterotrait-monotrait ratio, HTMT (Henseler, Ringle & Sarstedt 2015; discriminant validity\n"
             " when below 0.85, or 0.90 for conceptually close constructs)\n") +
           "\n" + lower_triangle(v, v.htmt) + "\n";
    for (const auto& note : v.notes) out += " " + L("Note") + ": " + report_message(language, note) + "\n";
    return v.notes.empty() ? out : out + "\n";
}

}  // namespace jalur::report
