#pragma once
// How numbers look in jalur's reports. LISREL prints estimates with two decimals but keeps two
// significant digits for small values (0.38, 0.022, 0.0080, 134.49); the lavaan-style table uses three
// fixed decimals; the CSV report keeps 10 significant digits.
#include <string>

namespace jalur::report {

// The decimal mark of the numbers the human-readable reports print: a point (0.38), or a comma (0,38) as Indonesian
// theses write numbers (--decimal-comma). Thousands are never grouped, so a comma is always the decimal mark.
enum class DecimalMark { Point, Comma };

// While it lives, every number this thread formats with the functions below uses `mark`; it restores the previous mark
// when it ends. Only the text, Markdown and HTML reports are rendered under a comma: JSON, CSV, DOT and SVG
// coordinates are written for machines and always keep the point.
class DecimalMarkScope {
public:
    explicit DecimalMarkScope(DecimalMark mark);
    ~DecimalMarkScope();
    DecimalMarkScope(const DecimalMarkScope&) = delete;
    DecimalMarkScope& operator=(const DecimalMarkScope&) = delete;

private:
    DecimalMark previous_;
};

// LISREL style: two decimals when |x| >= 0.1 (after rounding), otherwise as many decimals as two
// significant digits need, at most max_decimals. A value that rounds to zero prints as "0.00".
// 0.38307 → "0.38", 0.0079889 → "0.0080", 134.4913 → "134.49", -0.0224 → "-0.022". From 10^15 on, where fixed
// notation has no correct digits left after the point, as fixed_number: 2.321e+166.
std::string lisrel_number(double x, int max_decimals = 5);

// A chi-square as LISREL prints it: two decimals, and "0.0" for a chi-square that rounds to zero.
std::string lisrel_chi_square(double x);

// Fixed decimals, never "-0.000"; from 10^15 on scientific with four significant digits ("2.321e+166").
std::string fixed_number(double x, int decimals);

// printf's %.<digits>g ("%.10g" for CSV); empty for NaN.
std::string significant_number(double x, int digits = 10);

// APA style for a value whose magnitude cannot exceed 1 (p, R², CFI, RMSEA): fixed decimals without the
// leading zero. 0.0231 → ".023", -0.2196 → "-.220" (3 decimals), 1 → "1.000". Under a decimal comma the zero stays:
// "0,023".
std::string apa_decimal(double x, int decimals = 3);

// An APA p-value: "< .001" below .001, otherwise apa_decimal with three decimals (".023", "1.000"); under a decimal
// comma "< 0,001", "0,023".
std::string apa_p_value(double p);

// APA significance marks: "***" for p < .001, "**" for p < .01, "*" for p < .05, "" otherwise or NaN.
std::string significance_marks(double p);

// What separates two numbers in an interval or a list: ", " ([0.28, 0.49]), or "; " under a decimal comma
// ([0,28; 0,49]), where a comma would be read as a decimal mark.
std::string number_separator();

// The text for a value that is not finite, in the human-readable reports.
std::string non_finite_text(double x);

}  // namespace jalur::report
