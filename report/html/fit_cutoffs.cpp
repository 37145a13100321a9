#include "report/html/fit_cutoffs.hpp"

#include <cmath>

namespace jalur::report {

namespace {

enum class Direction { AtLeast, AtMost, Above, None };

FitCutoff cutoff(const FitMeasures& fit, std::string key, std::string name, double value, Direction direction,
                 double bound, std::string text, std::string source) {
    FitCutoff c{std::move(key), std::move(name), value, std::move(text), std::move(source), std::nullopt};
    if (direction == Direction::None || fit.saturated() || !std::isfinite(value)) return c;
    switch (direction) {
        case Direction::AtLeast: c.met = value >= bound; break;
        case Direction::AtMost: c.met = value <= bound; break;
        case Direction::Above: c.met = value > bound; break;
        case Direction::None: break;
    }
    return c;
}

}  // namespace

std::vector<FitCutoff> fit_cutoffs(const FitMeasures& f) {
    const std::string hu_bentler = "Hu & Bentler (1999)";
    const std::string browne_cudeck = "Browne & Cudeck (1993)";
    return {
        cutoff(f, "pvalue", "Chi-square p", f.pvalue, Direction::Above, 0.05, "> .05", "Jöreskog (1969)"),
        cutoff(f, "cfi", "CFI", f.cfi, Direction::AtLeast, 0.95, "≥ .95", hu_bentler),
        cutoff(f, "tli", "TLI (NNFI)", f.tli, Direction::AtLeast, 0.95, "≥ .95", hu_bentler),
        cutoff(f, "nfi", "NFI", f.nfi, Direction::AtLeast, 0.90, "≥ .90", "Bentler & Bonett (1980)"),
        cutoff(f, "rmsea", "RMSEA", f.rmsea, Direction::AtMost, 0.06, "≤ .06", hu_bentler),
        cutoff(f, "rmsea_ci_upper", "RMSEA 90% CI upper", f.rmsea_ci_upper, Direction::AtMost, 0.10, "≤ .10",
               "MacCallum, Browne & Sugawara (1996)"),
        cutoff(f, "rmsea_pvalue", "p-close (RMSEA ≤ .05)", f.rmsea_pvalue, Direction::Above, 0.05, "> .05",
               browne_cudeck),
        cutoff(f, "srmr", "SRMR", f.srmr, Direction::AtMost, 0.08, "≤ .08", hu_bentler),
        cutoff(f, "gfi", "GFI", f.gfi, Direction::AtLeast, 0.90, "≥ .90", "Jöreskog & Sörbom (1984)"),
        cutoff(f, "agfi", "AGFI", f.agfi, Direction::AtLeast, 0.90, "≥ .90", "Jöreskog & Sörbom (1984)"),
        cutoff(f, "cn_05", "Hoelter's CN (5%)", f.cn_05, Direction::AtLeast, 200, "≥ 200", "Hoelter (1983)"),
        cutoff(f, "aic", "AIC", f.aic, Direction::None, 0, "", "Akaike (1974)"),
        cutoff(f, "bic", "BIC", f.bic, Direction::None, 0, "", "Schwarz (1978)"),
    };
}

}  // namespace jalur::report
