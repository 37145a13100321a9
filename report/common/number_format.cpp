#include "report/common/number_format.hpp"

#include <cmath>
#include <fmt/format.h>

namespace jalur::report {

namespace {

// Number of significant digits in a formatted fixed-point number ("0.0080" → 2, "0.009" → 1, "0.00" → 0).
int significant_digits(const std::string& text) {
    int count = 0;
    bool started = false;
    for (char c : text) {
        if (c < '0' || c > '9') continue;
        if (c != '0') started = true;
        if (started) ++count;
    }
    return count;
}

// "-0.00" → "0.00": a value that rounds to zero has no sign.
std::string drop_negative_zero(std::string text) {
    if (!text.empty() && text[0] == '-' && significant_digits(text) == 0) text.erase(0, 1);
    return text;
}

// Beyond 10^15 a double has no digits after the point and fixed notation only prints noise (exp(1000*a) as a
// 167-digit integer): such values print in scientific notation with four significant digits.
constexpr double kLargestFixed = 1e15;

std::string scientific(double x) { return fmt::format("{:.3e}", x); }

thread_local DecimalMark current_mark = DecimalMark::Point;

// The one place the decimal mark is applied: a formatted number with its point turned into the current mark.
std::string marked(std::string text) {
    if (current_mark == DecimalMark::Comma)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

}  // namespace

DecimalMarkScope::DecimalMarkScope(DecimalMark mark) : previous_(current_mark) { current_mark = mark; }

DecimalMarkScope::~DecimalMarkScope() { current_mark = previous_; }

std::string non_finite_text(double x) {
    if (std::isnan(x)) return "NaN";
    return x > 0 ? "Inf" : "-Inf";
}

std::string fixed_number(double x, int decimals) {
    if (!std::isfinite(x)) return non_finite_text(x);
    if (std::abs(x) >= kLargestFixed) return marked(scientific(x));
    return marked(drop_negative_zero(fmt::format("{:.{}f}", x, decimals)));
}

std::string lisrel_number(double x, int max_decimals) {
    if (!std::isfinite(x)) return non_finite_text(x);
    if (std::abs(x) >= kLargestFixed) return marked(scientific(x));
    if (max_decimals < 2) max_decimals = 2;
    for (int decimals = 2; decimals <= max_decimals; ++decimals) {
        std::string text = fmt::format("{:.{}f}", x, decimals);
        if (significant_digits(text) >= 2) return marked(text);
    }
    std::string text = fmt::format("{:.{}f}", x, max_decimals);
    if (significant_digits(text) == 0) return fixed_number(0.0, 2);
    return marked(text);
}

std::string lisrel_chi_square(double x) {
    if (!std::isfinite(x)) return non_finite_text(x);
    std::string text = fixed_number(x, 2);
    return text == marked("0.00") ? marked("0.0") : text;
}

std::string apa_decimal(double x, int decimals) {
    std::string text = fixed_number(x, decimals);
    // A comma keeps its zero: "0,574" is how comma-decimal text writes it, ",574" a form no reader knows.
    if (current_mark == DecimalMark::Comma) return text;
    const std::size_t zero = text[0] == '-' ? 1 : 0;
    if (text.compare(zero, 2, "0.") == 0) text.erase(zero, 1);
    return text;
}

std::string apa_p_value(double p) {
    if (!std::isfinite(p)) return non_finite_text(p);
    // The same threshold as the marks: a p of 0.0007 with "***" prints "< .001", not ".001".
    return p < 0.001 ? "< " + apa_decimal(0.001, 3) : apa_decimal(p, 3);
}

std::string number_separator() { return current_mark == DecimalMark::Comma ? "; " : ", "; }

std::string significance_marks(double p) {
    if (!(p < 0.05)) return "";
    return p < 0.001 ? "***" : p < 0.01 ? "**" : "*";
}

std::string significant_number(double x, int digits) {
    if (std::isnan(x)) return {};
    return marked(fmt::format("{:.{}g}", x, digits));
}

}  // namespace jalur::report
