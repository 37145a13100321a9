#include "engine/model/expression.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace jalur {

// A node of the syntax tree. Sums and products are n-ary, so a long flat sum is one node with many operands
// rather than a chain as deep as it is long: parsing, evaluation and destruction recurse only as deep as the
// expression nests, and the parser bounds that (kMaxNesting). Evaluation is forward-mode: each node yields
// its value and its gradient with respect to the symbols.
struct Expression::Node {
    enum class Kind { Number, Symbol, Negate, Sum, Product, Power, Function } kind;
    double number = 0;
    int symbol = -1;
    std::string function;
    std::vector<std::shared_ptr<const Node>> operands;
    std::vector<bool> inverse;  // Sum: the operand is subtracted; Product: it divides
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Kind = Expression::Node::Kind;

NodePtr make(Kind kind, std::vector<NodePtr> operands, std::vector<bool> inverse = {}) {
    auto n = std::make_shared<Expression::Node>();
    n->kind = kind;
    n->operands = std::move(operands);
    n->inverse = std::move(inverse);
    return n;
}

bool is_identifier_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }
bool is_identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

// Recursive descent: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*;
// unary := '-' unary | power; power := atom ('^' unary)?; atom := number | name | name '(' sum ')' | '(' sum ')'.
// Every recursion passes a parenthesis, a function, a sign or an exponent, and each of those counts one level.
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
    // One level of nesting for as long as it lives, made just after the character that opens it; refuses
    // the level past the bound at that character.
    class Level {
    public:
        explicit Level(Parser& parser) : parser_(parser) {
            if (++parser_.depth_ > Expression::kMaxNesting)
                throw ExpressionError(parser_.pos_ - 1, "expression nested deeper than " +
                                                        std::to_string(Expression::kMaxNesting) +
                                                        " levels, expected at most " +
                                                        std::to_string(Expression::kMaxNesting) +
                                                        " nested parentheses, functions, signs and powers");
        }
        ~Level() { --parser_.depth_; }
        Level(const Level&) = delete;
        Level& operator=(const Level&) = delete;
    private:
        Parser& parser_;
    };

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

    // Operands joined by `plus` or `minus` (`*` or `/`) into one n-ary node; a single operand is itself.
    template <typename Operand>
    NodePtr chain(Kind kind, char plus, char minus, Operand operand) {
        std::vector<NodePtr> operands{(this->*operand)()};
        std::vector<bool> inverse{false};
        for (;;) {
            const bool inverted = accept(minus);
            if (!inverted && !accept(plus)) break;
            operands.push_back((this->*operand)());
            inverse.push_back(inverted);
        }
        if (operands.size() == 1) return operands.front();
        return make(kind, std::move(operands), std::move(inverse));
    }
    NodePtr sum() { return chain(Kind::Sum, '+', '-', &Parser::product); }
    NodePtr product() { return chain(Kind::Product, '*', '/', &Parser::unary); }
    NodePtr unary() {
        if (accept('-')) {
            const Level level(*this);
            return make(Kind::Negate, {unary()});
        }
        if (accept('+')) {
            const Level level(*this);
            return unary();
        }
        return power();
    }
    NodePtr power() {
        NodePtr base = atom();
        if (!accept('^')) return base;
        const Level level(*this);
        return make(Kind::Power, {base, unary()});
    }
    NodePtr atom() {
        skip_space();
        if (pos_ == text_.size()) throw ExpressionError(pos_, "the expression ends too early, expected a number, a label or '('");
        const char c = text_[pos_];
        if (accept('(')) {
            const Level level(*this);
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
        const Level level(*this);
        auto n = std::make_shared<Expression::Node>();
        n->kind = Kind::Function;
        n->function = name;
        n->operands = {sum()};
        if (!accept(')')) throw ExpressionError(pos_, "missing ')'");
        return n;
    }

    const std::string& text_;
    std::vector<std::string>& symbols_;
    std::size_t pos_ = 0;
    int depth_ = 0;
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
            Dual a = eval(*n.operands[0], x);
            return {-a.value, -a.gradient};
        }
        case Kind::Function: {
            Dual a = eval(*n.operands[0], x);
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
        case Kind::Sum: {
            Dual total = eval(*n.operands[0], x);
            for (std::size_t i = 1; i < n.operands.size(); ++i) {
                const Dual b = eval(*n.operands[i], x);
                const double sign = n.inverse[i] ? -1.0 : 1.0;
                total.value += sign * b.value;
                total.gradient += sign * b.gradient;
            }
            return total;
        }
        case Kind::Product: {
            Dual a = eval(*n.operands[0], x);
            for (std::size_t i = 1; i < n.operands.size(); ++i) {
                const Dual b = eval(*n.operands[i], x);
                if (n.inverse[i])
                    a = {a.value / b.value, (a.gradient * b.value - b.gradient * a.value) / (b.value * b.value)};
                else
                    a = {a.value * b.value, a.gradient * b.value + b.gradient * a.value};
            }
            return a;
        }
        case Kind::Power: {
            const Dual a = eval(*n.operands[0], x);
            const Dual b = eval(*n.operands[1], x);
            const double v = std::pow(a.value, b.value);
            // d(a^b) = b a^(b-1) da + a^b log(a) db; the second term only where b varies.
            Eigen::VectorXd g = a.gradient * (b.value * std::pow(a.value, b.value - 1));
            if (!b.gradient.isZero()) g += b.gradient * (v * std::log(a.value));
            return {v, g};
        }
    }
    return {0, Eigen::VectorXd::Zero(k)};
}

}  // namespace

Expression Expression::parse(const std::string& text) {
    Expression e;
    e.text_ = text;
    e.root_ = Parser(text, e.symbols_).parse();
    return e;
}

Expression Expression::substitute(const std::function<const Expression*(const std::string&)>& definition) const {
    // Most expressions use labels only: then they are themselves (their tree is immutable, so shared).
    if (std::none_of(symbols_.begin(), symbols_.end(), [&](const std::string& s) { return definition(s) != nullptr; }))
        return *this;
    Expression out;
    out.text_ = text_;
    // Copies the tree of `e`, renumbering its symbols into out's and splicing in the definitions (not recursively:
    // a definition's own symbols are kept as they are).
    std::function<NodePtr(const NodePtr&, const Expression&, bool)> copy = [&](const NodePtr& n, const Expression& e,
                                                                               bool expand) -> NodePtr {
        if (n->kind == Kind::Number) return n;
        if (n->kind == Kind::Symbol) {
            const std::string& name = e.symbols_[static_cast<std::size_t>(n->symbol)];
            if (const Expression* d = expand ? definition(name) : nullptr) return copy(d->root_, *d, false);
            auto s = std::make_shared<Node>(*n);
            const auto it = std::find(out.symbols_.begin(), out.symbols_.end(), name);
            s->symbol = static_cast<int>(it - out.symbols_.begin());
            if (it == out.symbols_.end()) out.symbols_.push_back(name);
            return s;
        }
        auto c = std::make_shared<Node>(*n);
        for (NodePtr& operand : c->operands) operand = copy(operand, e, expand);
        return c;
    };
    out.root_ = copy(root_, *this, true);
    return out;
}

double Expression::evaluate(const Eigen::VectorXd& symbol_values, Eigen::VectorXd* gradient) const {
    Dual d = eval(*root_, symbol_values);
    if (gradient) *gradient = d.gradient;
    return d.value;
}

}  // namespace jalur
