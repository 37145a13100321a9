#include "report/html/fit_cutoffs.hpp"

#include <cmath>

#include "engine/results/named_fit_measures.hpp"
#include "report/common/fit_measure_catalogue.hpp"

namespace jalur::report {

namespace {

enum class Direction { AtLeast, AtMost, Above, None };

// A measure's name in this table (the same in every language), its usual cut-off and where it comes from.
struct CutoffRule {
    std::string_view measure;
    std::string_view name;
    Direction direction;
    double bound;
    std::string_view text;
    std::string_view source;
};

constexpr std::string_view kHuBentler = "Hu & Bentler (1999)";
constexpr std::string_view kJoreskogSorbom = "Jöreskog & Sörbom (1984)";

const CutoffRule kRules[] = {
    {"pvalue", "Chi-square p", Direction::Above, 0.05, "> .05", "Jöreskog (1969)"},
    {"cfi", "CFI", Direction::AtLeast, 0.95, "≥ .95", kHuBentler},
    {"tli", "TLI (NNFI)", Direction::AtLeast, 0.95, "≥ .95", kHuBentler},
    {"nfi", "NFI", Direction::AtLeast, 0.90, "≥ .90", "Bentler & Bonett (1980)"},
    {"rmsea", "RMSEA", Direction::AtMost, 0.06, "≤ .06", kHuBentler},
    {"rmsea_ci_upper", "RMSEA 90% CI upper", Direction::AtMost, 0.10, "≤ .10", "MacCallum, Browne & Sugawara (1996)"},
    {"rmsea_pvalue", "p-close (RMSEA ≤ .05)", Direction::Above, 0.05, "> .05", "Browne & Cudeck (1993)"},
    {"srmr", "SRMR", Direction::AtMost, 0.08, "≤ .08", kHuBentler},
    {"gfi", "GFI", Direction::AtLeast, 0.90, "≥ .90", kJoreskogSorbom},
    {"agfi", "AGFI", Direction::AtLeast, 0.90, "≥ .90", kJoreskogSorbom},
    {"cn_05", "Hoelter's CN (5%)", Direction::AtLeast, 200, "≥ 200", "Hoelter (1983)"},
    {"pvalue_scaled", "Scaled chi-square p", Direction::Above, 0.05, "> .05", "Satorra & Bentler (1994)"},
    {"cfi_robust", "CFI (robust)", Direction::AtLeast, 0.95, "≥ .95", "Brosseau-Liard & Savalei (2014)"},
    {"tli_robust", "TLI (robust)", Direction::AtLeast, 0.95, "≥ .95", "Brosseau-Liard & Savalei (2014)"},
    {"rmsea_robust", "RMSEA (robust)", Direction::AtMost, 0.06, "≤ .06", "Brosseau-Liard, Savalei & Li (2012)"},
    {"rmsea_robust_ci_upper", "RMSEA (robust) 90% CI upper", Direction::AtMost, 0.10, "≤ .10",
     "Brosseau-Liard, Savalei & Li (2012)"},
    {"aic", "AIC", Direction::None, 0, "", "Akaike (1974)"},
    {"bic", "BIC", Direction::None, 0, "", "Schwarz (1978)"},
};

// A measure of the table without a rule: its symbol, no cut-off.
CutoffRule rule_of(const FitMeasureEntry& entry) {
    for (const CutoffRule& rule : kRules)
        if (rule.measure == entry.name) return rule;
    return {entry.name, entry.symbol, Direction::None, 0, "", ""};
}

}  // namespace

std::vector<FitCutoff> fit_cutoffs(const FitMeasures& fit) {
    std::vector<FitCutoff> cutoffs;
    for (const FitMeasureEntry& entry : fit_measure_catalogue()) {
        if (!(entry.tables & kHtmlTable)) continue;
        if (!fit.scaled && is_scaled_measure(entry.name)) continue;  // a fit without a scaled test
        const CutoffRule rule = rule_of(entry);
        const double value = fit_measure(fit, entry.name);
        FitCutoff c{std::string(entry.name), std::string(rule.name), value, std::string(rule.text),
                    std::string(rule.source), std::nullopt};
        if (rule.direction != Direction::None && !fit.saturated() && std::isfinite(value)) {
            switch (rule.direction) {
                case Direction::AtLeast: c.met = value >= rule.bound; break;
                case Direction::AtMost: c.met = value <= rule.bound; break;
                case Direction::Above: c.met = value > rule.bound; break;
                case Direction::None: break;
            }
        }
        cutoffs.push_back(std::move(c));
    }
    return cutoffs;
}

}  // namespace jalur::report
