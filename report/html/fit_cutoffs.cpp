#include "report/html/fit_cutoffs.hpp"

#include <cmath>

#include "engine/results/named_fit_measures.hpp"
#include "report/common/fit_measure_catalogue.hpp"

namespace jalur::report {

namespace {

enum class Direction { AtLeast, AtMost, Above, None };

// A source as the table cites it and in full.
struct Source {
    std::string_view citation, reference;
};

// A measure's usual cut-off and where it comes from; its name in this table is the catalogue's symbol unless the
// rule names it more fully ("Chi-square p" rather than "p"), in English and Indonesian.
struct CutoffRule {
    std::string_view measure;
    std::string_view name, name_indonesian;
    Direction direction;
    double bound;
    std::string_view text;
    const Source* source;
};

const Source kJoreskog{"Jöreskog (1969)",
                       "Jöreskog, K. G. (1969). A general approach to confirmatory maximum likelihood factor "
                       "analysis. Psychometrika, 34(2), 183–202."};
const Source kHuBentler{"Hu & Bentler (1999)",
                        "Hu, L., & Bentler, P. M. (1999). Cutoff criteria for fit indexes in covariance structure "
                        "analysis: Conventional criteria versus new alternatives. Structural Equation Modeling, 6(1), "
                        "1–55."};
const Source kBentlerBonett{"Bentler & Bonett (1980)",
                            "Bentler, P. M., & Bonett, D. G. (1980). Significance tests and goodness of fit in the "
                            "analysis of covariance structures. Psychological Bulletin, 88(3), 588–606."};
const Source kMacCallum{"MacCallum, Browne & Sugawara (1996)",
                        "MacCallum, R. C., Browne, M. W., & Sugawara, H. M. (1996). Power analysis and determination "
                        "of sample size for covariance structure modeling. Psychological Methods, 1(2), 130–149."};
const Source kBrowneCudeck{"Browne & Cudeck (1993)",
                           "Browne, M. W., & Cudeck, R. (1993). Alternative ways of assessing model fit. In K. A. "
                           "Bollen & J. S. Long (Eds.), Testing structural equation models (pp. 136–162). Sage."};
const Source kJoreskogSorbom{"Jöreskog & Sörbom (1984)",
                             "Jöreskog, K. G., & Sörbom, D. (1984). LISREL VI: Analysis of linear structural "
                             "relationships by maximum likelihood, instrumental variables, and least squares methods "
                             "(user's guide). Scientific Software."};
const Source kHoelter{"Hoelter (1983)",
                      "Hoelter, J. W. (1983). The analysis of covariance structures: Goodness-of-fit indices. "
                      "Sociological Methods & Research, 11(3), 325–344."};
const Source kSatorraBentler{"Satorra & Bentler (1994)",
                             "Satorra, A., & Bentler, P. M. (1994). Corrections to test statistics and standard errors "
                             "in covariance structure analysis. In A. von Eye & C. C. Clogg (Eds.), Latent variables "
                             "analysis: Applications for developmental research (pp. 399–419). Sage."};
const Source kBrosseauLiardSavalei{"Brosseau-Liard & Savalei (2014)",
                                   "Brosseau-Liard, P. E., & Savalei, V. (2014). Adjusting incremental fit indices for "
                                   "nonnormality. Multivariate Behavioral Research, 49(5), 460–470."};
const Source kBrosseauLiardSavaleiLi{"Brosseau-Liard, Savalei & Li (2012)",
                                     "Brosseau-Liard, P. E., Savalei, V., & Li, L. (2012). An investigation of the "
                                     "sample performance of two nonnormality corrections for RMSEA. Multivariate "
                                     "Behavioral Research, 47(6), 904–930."};
const Source kAkaike{"Akaike (1974)",
                     "Akaike, H. (1974). A new look at the statistical model identification. IEEE Transactions on "
                     "Automatic Control, 19(6), 716–723."};
const Source kSchwarz{"Schwarz (1978)",
                      "Schwarz, G. (1978). Estimating the dimension of a model. The Annals of Statistics, 6(2), "
                      "461–464."};

const CutoffRule kRules[] = {
    {"pvalue", "Chi-square p", "p chi-square", Direction::Above, 0.05, "> .05", &kJoreskog},
    {"cfi", "", "", Direction::AtLeast, 0.95, "≥ .95", &kHuBentler},
    {"tli", "TLI (NNFI)", "TLI (NNFI)", Direction::AtLeast, 0.95, "≥ .95", &kHuBentler},
    {"nfi", "", "", Direction::AtLeast, 0.90, "≥ .90", &kBentlerBonett},
    {"rmsea", "", "", Direction::AtMost, 0.06, "≤ .06", &kHuBentler},
    {"rmsea_ci_upper", "", "", Direction::AtMost, 0.10, "≤ .10", &kMacCallum},
    {"rmsea_pvalue", "p-close (RMSEA ≤ .05)", "p-close (RMSEA ≤ .05)", Direction::Above, 0.05, "> .05", &kBrowneCudeck},
    {"srmr", "", "", Direction::AtMost, 0.08, "≤ .08", &kHuBentler},
    {"gfi", "", "", Direction::AtLeast, 0.90, "≥ .90", &kJoreskogSorbom},
    {"agfi", "", "", Direction::AtLeast, 0.90, "≥ .90", &kJoreskogSorbom},
    {"cn_05", "Hoelter's CN (5%)", "CN Hoelter (5%)", Direction::AtLeast, 200, "≥ 200", &kHoelter},
    {"pvalue_scaled", "Scaled chi-square p", "p chi-square terskala", Direction::Above, 0.05, "> .05", &kSatorraBentler},
    {"cfi_robust", "", "", Direction::AtLeast, 0.95, "≥ .95", &kBrosseauLiardSavalei},
    {"tli_robust", "", "", Direction::AtLeast, 0.95, "≥ .95", &kBrosseauLiardSavalei},
    {"rmsea_robust", "", "", Direction::AtMost, 0.06, "≤ .06", &kBrosseauLiardSavaleiLi},
    {"rmsea_robust_ci_upper", "", "", Direction::AtMost, 0.10, "≤ .10",
     &kBrosseauLiardSavaleiLi},
    {"aic", "", "", Direction::None, 0, "", &kAkaike},
    {"bic", "", "", Direction::None, 0, "", &kSchwarz},
};

// A measure of the table without a rule: no cut-off.
CutoffRule rule_of(const FitMeasureEntry& entry) {
    for (const CutoffRule& rule : kRules)
        if (rule.measure == entry.name) return rule;
    return {entry.name, "", "", Direction::None, 0, "", nullptr};
}

std::string name_of(const CutoffRule& rule, const FitMeasureEntry& entry, Language language) {
    if (rule.name.empty()) return std::string(fit_measure_symbol(language, entry));
    return std::string(language == Language::Indonesian ? rule.name_indonesian : rule.name);
}

}  // namespace

std::vector<FitCutoff> fit_cutoffs(const FitMeasures& fit, Language language) {
    std::vector<FitCutoff> cutoffs;
    for (const FitMeasureEntry& entry : fit_measure_catalogue()) {
        if (!(entry.tables & kHtmlTable)) continue;
        if (!fit.scaled && is_scaled_measure(entry.name)) continue;  // a fit without a scaled test
        const CutoffRule rule = rule_of(entry);
        const double value = fit_measure(fit, entry.name);
        FitCutoff c{std::string(entry.name), name_of(rule, entry, language), value, std::string(rule.text),
                    rule.source ? std::string(rule.source->citation) : "",
                    rule.source ? std::string(rule.source->reference) : "", std::nullopt};
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
