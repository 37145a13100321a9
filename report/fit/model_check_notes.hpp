#pragma once
// The English notes under the validity, modification index and residual tables, shared by the Markdown and
// HTML reports so that both look up the same catalogue entries (report/common/report_labels_model_checks.cpp).
#include <string_view>

namespace jalur::report {

constexpr std::string_view kValidityNote =
    "Omega (ω): reliability of the sum score (Raykov; semTools compRelSEM). CR: composite reliability from the "
    "standardized loadings. AVE: mean squared standardized loading. Usual cut-offs: CR ≥ .70 and AVE ≥ .50 "
    "(Fornell & Larcker, 1981; Hair et al., 2019). Fornell–Larcker holds when √AVE exceeds the factor's "
    "correlations with every other factor.";

constexpr std::string_view kFornellLarckerNote = "√AVE on the diagonal, correlations between the factors below it.";

constexpr std::string_view kHtmtNote =
    "Discriminant validity when HTMT is below .85, or below .90 for conceptually close constructs (Henseler, "
    "Ringle & Sarstedt, 2015); from the sample correlations of the indicators.";

// Fields: the --mi-min threshold.
constexpr std::string_view kModificationIndicesNote =
    "Only MI ≥ {}, largest first. MI: modification index, the expected drop in χ² when the parameter is freed "
    "(χ²(1) critical value 3.84 at .05). EPC: expected parameter change. Std. EPC: the expected change "
    "completely standardized (sepc.all).";

constexpr std::string_view kWaldTestsNote =
    "Each equality constraint tested in the model fitted without the equality constraints (lavaan's lavTestWald): "
    "W = h² / Var(h) for h = lhs − rhs at those estimates, χ² with df degrees of freedom when the constraints "
    "hold; the joint test takes them all at once.";

// Fields: the largest value, its row and column, how many are large, how many there are.
constexpr std::string_view kLargestResidualLine =
    "Largest absolute standardized residual: {} ({} with {}); {} of {} beyond ±1.96.";

constexpr std::string_view kResidualsNote =
    "Residual covariances (s − σ̂) over their standard errors (lavaan's resid(type = \"standardized\")), "
    "about standard normal when the model holds; lower triangle. Bold: |value| > 1.96 (p < .05); beyond 2.58, "
    "p < .01. — where it cannot be computed.";

}  // namespace jalur::report
