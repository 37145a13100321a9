#pragma once
// Expressions of defined parameters ("indirect := a*b"): numbers, labels, + - * / ^, unary minus,
// parentheses and the functions sqrt, exp, log, abs, nested at most kMaxNesting deep. Parsed once;
// evaluated with the gradient with respect to the labels, for delta-method standard errors.
#include <Eigen/Dense>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace jalur {

// A syntax error at a 0-based character offset of the expression text.
class ExpressionError : public std::runtime_error {
public:
    ExpressionError(std::size_t offset, const std::string& what) : std::runtime_error(what), offset_(offset) {}
    std::size_t offset() const { return offset_; }
private:
    std::size_t offset_;
};

class Expression {
public:
    // The deepest nesting of parentheses, functions, signs and powers parse accepts. Parsing and evaluation
    // recurse once per level, so the bound keeps any text far from the stack's limit (sanitizer builds too).
    static constexpr int kMaxNesting = 256;

    // Throws ExpressionError on a syntax error.
    static Expression parse(const std::string& text);

    const std::string& text() const { return text_; }
    // The distinct labels the expression uses, in order of first use.
    const std::vector<std::string>& symbols() const { return symbols_; }
    // Value at the given symbol values (ordered as symbols()); the gradient with respect to them if asked.
    [[nodiscard]] double evaluate(const Eigen::VectorXd& symbol_values, Eigen::VectorXd* gradient = nullptr) const;
    // This expression with each symbol that `definition` gives an expression for replaced by that expression,
    // whose symbols become the result's (ind1 - ind2 with ind1 := a1*b1, ind2 := a2*b2 is a1*b1 - a2*b2); the
    // other symbols stay. text() stays this one's.
    [[nodiscard]] Expression substitute(const std::function<const Expression*(const std::string&)>& definition) const;

    struct Node;
private:
    std::string text_;
    std::vector<std::string> symbols_;
    std::shared_ptr<const Node> root_;
};

}  // namespace jalur
