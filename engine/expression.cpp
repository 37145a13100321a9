#include "engine/expression.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace jalur {

// A node of the syntax tree. Evaluation is forward-mode: each node yields its value and its gradient
// with respect to the symbols.
struct Expression::Node {
    enum class Kind { Number, Symbol, Negate, Add, Subtract, Multiply, Divide, Power, Function } kind;
    double number = 0;
    int symbol = -1;
    std::string function;
    std::shared_ptr<const Node> left, right;
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Kind = Expression::Node::Kind;

NodePtr make(Kind kind, NodePtr left = nullptr, NodePtr right = nullptr) {
    auto n = std::make_shared<Expression::Node>();
    n->kind = kind;
    n->left = std::move(left);
    n->right = std::move(right);
    return n;
}

bool is_identifier_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }
bool is_identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

// Recursive descent: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*;
// unary := '-' unary | power; power := atom ('^' unary)?; atom := number | name | name '(' sum ')' | '(' sum ')'.
class Parser {
public:
    Parser(const std::string& text, std::vector<std::string>& symbols) : text_(text), symbols_(symbols) {}

    NodePtr parse() {
        skip_space();
        if (pos_ == text_.size()) throw ExpressionError(0, "empty expression");
        NodePtr root = sum();
        skip_space();
        if (pos_ != text_.size()) throw ExpressionError(pos_, "unexpected '" + std::string(1, text_[pos_]) + "'");
        return root;
    }

private:
    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    bool accept(char c) {
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }

    NodePtr sum() {
        NodePtr node = product();
        for (;;) {
            if (accept('+')) node = make(Kind::Add, node, product());
            else if (accept('-')) node = make(Kind::Subtract, node, product());
            else return node;
        }
    }
    NodePtr product() {
        NodePtr node = unary();
        for (;;) {
            if (accept('*')) node = make(Kind::Multiply, node, unary());
            else if (accept('/')) node = make(Kind::Divide, node, unary());
            else return node;
        }
    }
    NodePtr unary() {
        if (accept('-')) return make(Kind::Negate, unary());
        if (accept('+')) return unary();
        return power();
    }
    NodePtr power() {
        NodePtr base = atom();
        if (accept('^')) return make(Kind::Power, base, unary());
        return base;
    }
    NodePtr atom() {
        skip_space();
        if (pos_ == text_.size()) throw ExpressionError(pos_, "the expression ends too early, expected a number, a label or '('");
        const char c = text_[pos_];
        if (accept('(')) {
            NodePtr inner = sum();
            if (!accept(')')) throw ExpressionError(pos_, "missing ')'");
            return inner;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && pos_ + 1 < text_.size() &&
                                                           std::isdigit(static_cast<unsigned char>(text_[pos_ + 1])))) {
            const char* begin = text_.c_str() + pos_;
            char* end = nullptr;
            const double value = std::strtod(begin, &end);
            pos_ += static_cast<std::size_t>(end - begin);
            auto n = std::make_shared<Expression::Node>();
            n->kind = Kind::Number;
            n->number = value;
            return n;
        }
        if (is_identifier_start(c)) {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && is_identifier_char(text_[pos_])) ++pos_;
            const std::string name = text_.substr(start, pos_ - start);
            if (accept('(')) return function(name, start);
            auto n = std::make_shared<Expression::Node>();
            n->kind = Kind::Symbol;
            auto it = std::find(symbols_.begin(), symbols_.end(), name);
            n->symbol = static_cast<int>(it - symbols_.begin());
            if (it == symbols_.end()) symbols_.push_back(name);
            return n;
        }
        throw ExpressionError(pos_, "unexpected '" + std::string(1, c) + "', expected a number, a label or '('");
    }
    NodePtr function(const std::string& name, std::size_t start) {
        static const char* known[] = {"sqrt", "exp", "log", "abs"};
        if (std::find(std::begin(known), std::end(known), name) == std::end(known))
            throw ExpressionError(start, "unknown function '" + name + "', expected sqrt, exp, log or abs");
        auto n = std::make_shared<Expression::Node>();
        n->kind = Kind::Function;
        n->function = name;
        n->left = sum();
        if (!accept(')')) throw ExpressionError(pos_, "missing ')'");
        return n;
    }

    const std::string& text_;
    std::vector<std::string>& symbols_;
    std::size_t pos_ = 0;
};

struct Dual {
    double value;
    Eigen::VectorXd gradient;
};

Dual eval(const Expression::Node& n, const Eigen::VectorXd& x) {
    const auto k = x.size();
    switch (n.kind) {
        case Kind::Number: return {n.number, Eigen::VectorXd::Zero(k)};
        case Kind::Symbol: return {x[n.symbol], Eigen::VectorXd::Unit(k, n.symbol)};
        case Kind::Negate: {
            Dual a = eval(*n.left, x);
            return {-a.value, -a.gradient};
        }
        case Kind::Function: {
            Dual a = eval(*n.left, x);
            if (n.function == "sqrt") {
                const double v = std::sqrt(a.value);
                return {v, a.gradient / (2 * v)};
            }
            if (n.function == "exp") {
                const double v = std::exp(a.value);
                return {v, a.gradient * v};
            }
            if (n.function == "log") return {std::log(a.value), a.gradient / a.value};
            return {std::abs(a.value), a.gradient * (a.value < 0 ? -1.0 : 1.0)};
        }
        default: break;
    }
    Dual a = eval(*n.left, x);
    Dual b = eval(*n.right, x);
    switch (n.kind) {
        case Kind::Add: return {a.value + b.value, a.gradient + b.gradient};
        case Kind::Subtract: return {a.value - b.value, a.gradient - b.gradient};
        case Kind::Multiply: return {a.value * b.value, a.gradient * b.value + b.gradient * a.value};
        case Kind::Divide:
            return {a.value / b.value, (a.gradient * b.value - b.gradient * a.value) / (b.value * b.value)};
        case Kind::Power: {
            const double v = std::pow(a.value, b.value);
            // d(a^b) = b a^(b-1) da + a^b log(a) db; the second term only where b varies.
            Eigen::VectorXd g = a.gradient * (b.value * std::pow(a.value, b.value - 1));
            if (!b.gradient.isZero()) g += b.gradient * (v * std::log(a.value));
            return {v, g};
        }
        default: return {0, Eigen::VectorXd::Zero(k)};
    }
}

}  // namespace

Expression Expression::parse(const std::string& text) {
    Expression e;
    e.text_ = text;
    e.root_ = Parser(text, e.symbols_).parse();
    return e;
}

double Expression::evaluate(const Eigen::VectorXd& symbol_values, Eigen::VectorXd* gradient) const {
    Dual d = eval(*root_, symbol_values);
    if (gradient) *gradient = d.gradient;
    return d.value;
}

}  // namespace jalur
