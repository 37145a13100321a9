#include "models/lavaan_syntax.hpp"

#include <cmath>
#include <cstring>
#include <optional>
#include <sstream>
#include <memory>
#include <utility>
#include <vector>

#include "models/lexical.hpp"
#include "models/path_term.hpp"

namespace jalur::models {
namespace {

const char* const kOperatorChars = "~=<>:|%";
const char* const kNameRule = "a name of letters, digits, '_' and '.' that does not start with a digit";

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_quote(char c) { return c == '"' || c == '\''; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// lavaan's repeated term ("NA*x1 + start(0.8)*x1"): one parameter with the modifiers of both, or the reason
// they cannot be one (lavaan would keep the first and drop the second in silence).
std::optional<std::string> merge_repeated(Modifier& first, const Modifier& again) {
    const auto text = [](double v) { std::ostringstream out; out << v; return out.str(); };
    const bool fixed = !first.free, fixed_again = !again.free;
    if (!first.label.empty() && !again.label.empty() && first.label != again.label)
        return "two labels ('" + first.label + "' and '" + again.label + "')";
    if (fixed && fixed_again && first.value != again.value)
        return "two values (" + text(first.value) + " and " + text(again.value) + ")";
    if ((fixed && (again.free_explicit || (!fixed_again && !std::isnan(again.value)))) ||
        (fixed_again && (first.free_explicit || (!fixed && !std::isnan(first.value)))))
        return "a fixed value and NA or start()";
    if (!fixed && !fixed_again && !std::isnan(first.value) && !std::isnan(again.value) && first.value != again.value)
        return "two start values (" + text(first.value) + " and " + text(again.value) + ")";
    if ((!first.label.empty() || !again.label.empty()) && (fixed || fixed_again))
        return "a label and a fixed value";
    if (first.label.empty()) first.label = again.label;
    if (fixed_again) first.free = false;
    if (std::isnan(first.value)) first.value = again.value;
    first.free_explicit = first.free_explicit || again.free_explicit;
    return std::nullopt;
}

// ---- lavaan's operators that jalur does not have (docs/model-spec.md, "lavaan's operators, modifiers and options")

// The message for an operator other than =~, ~, ~~ and := (and the constraints): what it means in lavaan, when it
// is lavaan's.
std::string unsupported_operator(const std::string& op) {
    const std::string expected = ", expected =~, ~, ~~, :=, ==, < or >";
    const std::string continuous = " is not supported, expected continuous variables (jalur fits covariances by "
                                   "maximum likelihood)";
    if (op == "<~")
        return "lavaan's operator '<~' (a composite formed by its variables) is not supported, expected =~ for a "
               "latent variable measured by its indicators";
    if (op == "|") return "lavaan's operator '|' (the thresholds of an ordered variable)" + continuous;
    if (op == "~*~") return "lavaan's operator '~*~' (the scale factor of an ordered variable)" + continuous;
    if (op == ":")
        return "lavaan's blocks (group: 1, level: 1) are not supported, expected one model for one group and one "
               "level";
    if (op == "%") return "lavaan's operator '%' is not supported" + expected;
    return "unknown operator '" + op + "'" + expected;
}

// lavaan's efa("block")* before the names left of =~ (exploratory factors rotated together).
bool is_efa_block(const std::string& name) {
    return name.compare(0, 4, "efa(") == 0 || name.compare(0, 5, "efa (") == 0;
}

// ----

struct Place {
    int line = 0;
    int column = 0;
};

// One statement: its text (continuation lines joined by a blank) and the place of every character, plus one
// place past the end.
struct Statement {
    std::string text;
    std::vector<Place> places;

    bool empty() const { return text.find_first_not_of(" \t\r") == std::string::npos; }
    // The last non-blank character, or 0.
    char last() const {
        const std::size_t at = text.find_last_not_of(" \t\r");
        return at == std::string::npos ? 0 : text[at];
    }
};

// Splits text into statements: comments removed, ';' and newlines ending statements unless a line continues.
class StatementSplitter {
public:
    explicit StatementSplitter(const TextOrigin& origin) : origin_(origin) {}

    std::vector<Statement> split(const std::string& text) {
        std::size_t begin = 0;
        for (int k = 0; begin <= text.size(); ++k) {
            std::size_t end = text.find('\n', begin);
            if (end == std::string::npos) end = text.size();
            line(text.substr(begin, end - begin), origin_.line + k, k == 0 ? origin_.column : origin_.margin);
            begin = end + 1;
        }
        flush();
        return std::move(statements_);
    }

private:
    void line(const std::string& text, int line_number, int first_column) {
        std::size_t segment = 0;
        char quote = 0;
        for (std::size_t j = 0;; ++j) {
            const bool end = j >= text.size();
            if (!end && quote) {
                if (text[j] == quote) quote = 0;
                continue;
            }
            if (!end && is_quote(text[j])) {
                quote = text[j];
                continue;
            }
            const bool comment = !end && (text[j] == '#' || text[j] == '!');
            const bool semicolon = !end && text[j] == ';';
            if (end || comment || semicolon) {
                add(text, segment, j, line_number, first_column);
                if (semicolon) flush();
                segment = j + 1;
            }
            if (end || comment) return;
        }
    }

    // Adds text[begin, end) of a line: to the current statement when that one continues, else as a new one.
    void add(const std::string& text, std::size_t begin, std::size_t end, int line_number, int first_column) {
        Statement part;
        part.text = text.substr(begin, end - begin);
        for (std::size_t j = begin; j <= end; ++j)
            part.places.push_back({line_number, first_column + static_cast<int>(j)});
        if (part.empty()) return;
        const char first = part.text[part.text.find_first_not_of(" \t\r")];
        const char last = current_.last();
        const bool continues = last != 0 && (std::strchr("+*,(", last) || std::strchr(kOperatorChars, last) ||
                                             first == '+');
        if (!continues) flush();
        if (!current_.text.empty()) {
            current_.places.back() = part.places.front();  // the joining blank, where the past-the-end place was
            current_.text += ' ';
        } else {
            current_.places.clear();
        }
        current_.text += part.text;
        current_.places.insert(current_.places.end(), part.places.begin(), part.places.end());
    }

    void flush() {
        if (!current_.empty()) statements_.push_back(std::move(current_));
        current_ = Statement();
    }

    const TextOrigin& origin_;
    Statement current_;
    std::vector<Statement> statements_;
};

// A part of a '+' list: text[begin, end), blanks trimmed; `plus` is the offset of a '+' next to it.
struct ListItem {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t plus = std::string::npos;
    bool empty() const { return begin == end; }
};

// Splits text[from, to) at the '+' signs outside parentheses, quotes and numbers (1e+2).
std::vector<ListItem> split_list(const std::string& text, std::size_t from, std::size_t to) {
    std::vector<ListItem> items;
    std::size_t start = from;
    std::size_t plus = std::string::npos;
    int depth = 0;
    auto push = [&](std::size_t end, std::size_t next_plus) {
        ListItem item{start, end, plus != std::string::npos ? plus : next_plus};
        while (item.begin < item.end && is_blank(text[item.begin])) ++item.begin;
        while (item.end > item.begin && is_blank(text[item.end - 1])) --item.end;
        items.push_back(item);
    };
    for (std::size_t i = from; i < to;) {
        const char c = text[i];
        std::size_t length = scan_identifier(text, i);
        if (length == 0 && (is_digit(c) || c == '.')) length = scan_number(text, i);
        if (length > 0) {
            i += length;
            continue;
        }
        if (is_quote(c)) {
            const std::size_t close = text.find(c, i + 1);
            i = close == std::string::npos || close >= to ? to : close + 1;
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')') --depth;
        if (c == '+' && depth <= 0) {
            push(i, i);
            start = i + 1;
            plus = i;
        }
        ++i;
    }
    push(to, std::string::npos);
    return items;
}

// Parses the statements of one text into a ModelBuilder.
class Parser {
public:
    explicit Parser(const TextOrigin& origin) : origin_(origin) {}

    ModelRows parse(const std::string& text) {
        const std::vector<Statement> statements = StatementSplitter(origin_).split(text);
        if (statements.empty())
            throw InputError({origin_.file, origin_.line, origin_.column},
                             "the model has no statements, expected lavaan model syntax such as f =~ x1 + x2 + x3 or "
                             "y ~ x.");
        for (const Statement& statement : statements) parse(std::make_shared<const Statement>(statement));
        if (builder_.empty()) {
            const Statement& first = statements.front();
            throw InputError(at(first, first.text.find_first_not_of(" \t\r")),
                             "the model has no latent variables, regressions, covariances or variances, expected at "
                             "least one of them.");
        }
        return builder_.finish();
    }

private:
    SourceLocation at(const Statement& s, std::size_t offset) const {
        const Place& place = s.places[std::min(offset, s.places.size() - 1)];
        return {origin_.file, place.line, place.column};
    }

    [[noreturn]] void fail(const Statement& s, std::size_t offset, const std::string& message) const {
        throw InputError(at(s, offset), message + ".");
    }

    void parse(const std::shared_ptr<const Statement>& statement) {
        const Statement& s = *statement;
        const std::string& text = s.text;
        const std::size_t op_at = find_operator(s);
        std::size_t op_end = op_at;
        while (op_end < text.size() && std::strchr(kOperatorChars, text[op_end])) ++op_end;
        std::string op = text.substr(op_at, op_end - op_at);
        if (op == "~" && text.compare(op_end, 2, "*~") == 0) {
            op = "~*~";
            op_end += 2;
        }
        if (op == "==" || op == "<" || op == ">" || op == "<=" || op == ">=") return constrain(statement);
        if (op != "=~" && op != "~" && op != "~~" && op != ":=")
            fail(s, op_at, unsupported_operator(op));

        const std::vector<ListItem> lhs = names(s, op_at, op);
        if (op == ":=") return define(statement, lhs, op_end);

        std::vector<ListItem> terms = split_list(text, op_end, text.size());
        if (terms.size() == 1 && terms[0].empty()) {
            const char* const rule = op == "=~"   ? "indicators such as f =~ x1 + x2 + x3"
                                     : op == "~" ? "predictors such as y ~ x1 + x2, or y ~ 1 for an intercept"
                                                 : "variables such as x1 ~~ x2";
            fail(s, op_at, "missing right-hand side after '" + op + "', expected " + rule);
        }
        for (const ListItem& item : lhs) {
            const std::string name = text.substr(item.begin, item.end - item.begin);
            if (op == "=~") builder_.declare_latent(name, at(s, item.begin));
            builder_.use(name, at(s, item.begin));
        }
        std::vector<std::pair<PathTerm, std::size_t>> parsed;  // each term and where it starts
        for (const ListItem& term : terms) {
            if (term.empty())
                fail(s, term.plus, "empty term next to '+', expected terms separated by '+' such as x1 + a*x2");
            try {
                parsed.emplace_back(parse_path_term(text.substr(term.begin, term.end - term.begin), op == "~"),
                                    term.begin);
            } catch (const TermError& error) {
                throw InputError(at(s, term.begin + error.offset()), error.what());
            }
            const PathTerm& last = parsed.back().first;
            if (!last.intercept) builder_.use(last.variable, at(s, term.begin + last.variable_offset));
            for (std::size_t k = 0; k + 1 < parsed.size(); ++k) {
                PathTerm& earlier = parsed[k].first;
                if (earlier.variable != last.variable || earlier.intercept != last.intercept) continue;
                if (const auto conflict = merge_repeated(earlier.modifier, last.modifier))
                    fail(s, term.begin,
                         "'" + (last.intercept ? std::string("1") : last.variable) + "' is written twice with " +
                             *conflict + ", expected the modifiers of one parameter (lavaan keeps the first)");
                parsed.pop_back();
                break;
            }
        }
        // As lavaan: every term for the first name on the left, then every term for the next.
        for (const ListItem& item : lhs)
            for (const auto& [term, begin] : parsed) {
                ParameterRow row;
                row.lhs = text.substr(item.begin, item.end - item.begin);
                row.op = op == "=~" ? Op::Loading : op == "~~" ? Op::Covariance : Op::Regression;
                if (term.intercept) row.op = Op::Intercept;
                row.rhs = term.variable;
                row.where = at(s, begin);
                apply(term.modifier, row);
                builder_.add(std::move(row));
            }
    }

    // The offset of the statement's operator: the first operator character outside quotes and parentheses.
    std::size_t find_operator(const Statement& s) const {
        const std::string& text = s.text;
        int depth = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (is_quote(c)) {
                const std::size_t close = text.find(c, i + 1);
                if (close == std::string::npos) break;
                i = close;
            } else if (c == '(') {
                ++depth;
            } else if (c == ')') {
                --depth;
            } else if (depth <= 0 && std::strchr(kOperatorChars, c)) {
                return i;
            }
        }
        const std::size_t first = text.find_first_not_of(" \t\r");
        const std::size_t last = text.find_last_not_of(" \t\r");
        fail(s, first,
             "'" + text.substr(first, last + 1 - first) +
                 "' has no operator, expected a statement such as f =~ x1 + x2, y ~ x, x1 ~~ x2 or d := a*b");
    }

    // The names left of the operator: a '+' list of variables, or one name before ':='.
    std::vector<ListItem> names(const Statement& s, std::size_t op_at, const std::string& op) const {
        const std::vector<ListItem> items = split_list(s.text, 0, op_at);
        if (items.size() == 1 && items[0].empty())
            fail(s, op_at, "missing left-hand side before '" + op + "', expected a variable name");
        for (const ListItem& item : items) {
            if (item.empty()) fail(s, item.plus, "empty name next to '+', expected names separated by '+'");
            const std::string name = s.text.substr(item.begin, item.end - item.begin);
            if (is_efa_block(name))
                fail(s, item.begin, "lavaan's efa(\"...\") blocks (exploratory factors) are not supported, expected "
                                    "a confirmatory latent variable such as f =~ x1 + x2 + x3");
            if (!is_identifier(name))
                fail(s, item.begin, "'" + name + "' is not a " + (op == ":=" ? "parameter" : "variable") +
                                        " name, expected " + kNameRule);
        }
        if (op == ":=" && items.size() > 1)
            fail(s, items[1].begin, "a defined parameter has one name, expected name := expression");
        return items;
    }

    void define(const std::shared_ptr<const Statement>& statement, const std::vector<ListItem>& lhs,
                std::size_t op_end) {
        const Statement& s = *statement;
        std::size_t begin = op_end;
        std::size_t end = s.text.size();
        while (begin < end && is_blank(s.text[begin])) ++begin;
        while (end > begin && is_blank(s.text[end - 1])) --end;
        if (begin == end) fail(s, op_end - 2, "missing expression after ':=', expected name := expression");
        DefinedText defined;
        defined.name = s.text.substr(lhs[0].begin, lhs[0].end - lhs[0].begin);
        defined.name_where = at(s, lhs[0].begin);
        defined.expression = s.text.substr(begin, end - begin);
        const std::string file = origin_.file;
        defined.locate = [statement, begin, file](std::size_t offset) {
            const Place& place = statement->places[std::min(begin + offset, statement->places.size() - 1)];
            return SourceLocation{file, place.line, place.column};
        };
        builder_.define(std::move(defined));
    }

    // A constraint: the whole statement, parsed against the labels by the builder.
    void constrain(const std::shared_ptr<const Statement>& statement) {
        ConstraintText constraint;
        constraint.text = statement->text;
        const std::string file = origin_.file;
        constraint.locate = [statement, file](std::size_t offset) {
            const Place& place = statement->places[std::min(offset, statement->places.size() - 1)];
            return SourceLocation{file, place.line, place.column};
        };
        builder_.constrain(std::move(constraint));
    }

    const TextOrigin& origin_;
    ModelBuilder builder_;
};

}  // namespace

ModelRows parse_lavaan_syntax(const std::string& text, const TextOrigin& origin) { return Parser(origin).parse(text); }

}  // namespace jalur::models
