#include "report/text/lisrel_equation.hpp"

#include <algorithm>
#include <cmath>

#include "report/common/number_format.hpp"
#include "report/common/text_layout.hpp"

namespace jalur::report {

namespace {

// One equation being laid out: the line with the coefficients and the two lines beneath it.
class EquationLines {
public:
    EquationLines(std::string& out, std::size_t indent, std::size_t max_width)
        : out_(out), indent_(indent), max_width_(max_width) {}

    void start(const std::string& head) { line_ = head; }

    // Writes `separator` and then `number` followed by `suffix`, with the standard error and t-value of
    // `value` beneath the number. `continuation` is the separator to use when the piece goes to a new line.
    void add(const std::string& separator, const std::string& continuation, const std::string& number,
             const std::string& suffix, const EquationValue& value) {
        const bool has_se = std::isfinite(value.se);
        std::string se_text = has_se ? "(" + lisrel_number(value.se) + ")" : std::string();
        std::string t_text = has_se ? lisrel_number(value.z) : std::string();

        std::string sep = separator;
        std::size_t piece = display_width(number) + display_width(suffix);
        std::size_t start = display_width(line_) + display_width(sep);
        if (pieces_ > 0 && std::max(start + piece, beneath_end() + 2 + piece) > max_width_) {
            flush();
            line_.assign(indent_, ' ');
            sep = continuation;
            start = display_width(line_) + display_width(sep);
        }
        // The numbers beneath start one column left of `start`; keep one space after the previous ones.
        std::size_t needed = beneath_end() == 0 ? 0 : beneath_end() + 2;
        if (start < needed) {
            line_.append(needed - start, ' ');
            start = needed;
        }
        line_ += sep;
        line_ += number;
        line_ += suffix;
        ++pieces_;
        if (!has_se) return;
        std::size_t se_start = start - 1;
        place(se_line_, se_start, se_text);
        std::size_t se_width = display_width(se_text), t_width = display_width(t_text);
        std::size_t t_start = se_start + (se_width > t_width ? (se_width - t_width) / 2 : 0);
        std::size_t t_now = display_width(t_line_);
        if (t_now > 0 && t_start < t_now + 1) t_start = t_now + 1;
        place(t_line_, t_start, t_text);
    }

    // Appends text that has nothing beneath it, after the numbers beneath the previous piece.
    void append_plain(const std::string& text) {
        std::size_t end = beneath_end();
        if (display_width(line_) < end) line_.append(end - display_width(line_), ' ');
        line_ += text;
    }

    void flush() {
        out_ += trim_right(line_) + "\n";
        if (!se_line_.empty()) out_ += trim_right(se_line_) + "\n";
        if (!t_line_.empty()) out_ += trim_right(t_line_) + "\n";
        line_.clear();
        se_line_.clear();
        t_line_.clear();
        pieces_ = 0;
    }

private:
    std::size_t beneath_end() const { return std::max(display_width(se_line_), display_width(t_line_)); }

    std::string& out_;
    std::size_t indent_;
    std::size_t max_width_;
    std::string line_, se_line_, t_line_;
    int pieces_ = 0;
};

}  // namespace

std::string render_equations(const std::vector<LisrelEquation>& equations, std::size_t max_width) {
    std::size_t name_width = 0;
    for (const auto& eq : equations) name_width = std::max(name_width, display_width(eq.outcome));

    std::string out;
    for (const auto& eq : equations) {
        EquationLines lines(out, 1 + name_width + 3, max_width);
        lines.start(" " + pad_left(eq.outcome, name_width) + " = ");
        bool first = true;
        for (const auto& term : eq.terms) {
            const bool negative = std::signbit(term.value.est) && std::isfinite(term.value.est) &&
                                  lisrel_number(-term.value.est) != lisrel_number(0.0);
            std::string separator = first ? (negative ? "- " : "") : (negative ? " - " : " + ");
            std::string continuation = negative ? "- " : "+ ";
            std::string number = lisrel_number(negative ? -term.value.est : term.value.est);
            lines.add(separator, continuation, number, "*" + term.variable, term.value);
            first = false;
        }
        if (eq.error_variance) {
            const std::string separator = first ? "Errorvar.= " : ", Errorvar.= ";
            lines.add(separator, "Errorvar.= ", lisrel_number(eq.error_variance->est), "",
                      *eq.error_variance);
            first = false;
        }
        if (std::isfinite(eq.r2)) lines.append_plain(std::string(first ? "" : ", ") + "R² = " + lisrel_number(eq.r2));
        lines.flush();
        out += "\n";
    }
    return out;
}

}  // namespace jalur::report
