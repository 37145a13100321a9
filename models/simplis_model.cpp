#include "models/simplis_model.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <utility>

#include "engine/errors.hpp"
#include "models/lexical.hpp"

namespace jalur::models::simplis {
namespace {

[[noreturn]] void fail(const SourceLocation& where, const std::string& what, const std::string& rule) {
    throw InputError(where, what + ", expected " + rule + ".");
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.'; }

// ---- relationships ---------------------------------------------------------------------------------------

// The terms of one side of a relationship, text[begin, end): names separated by blanks (or '+'), each optionally
// with a coefficient ("0.5*X" fixed, "(0.5)*X" start value) and optionally a range ("x1 - x3").
std::vector<Term> parse_terms(const CommandLine& line, std::size_t begin, std::size_t end, const char* side,
                              bool coefficients) {
    const std::string& text = line.text;
    const std::string_view view(text.data(), end);  // the side ends at `end`
    std::vector<Term> terms;
    std::size_t pos = skip_blanks(view, begin);
    while (pos < end) {
        if (text[pos] == '+' && !terms.empty()) {
            pos = skip_blanks(view, pos + 1);
            if (pos >= end) fail(line.at(pos), "the relationship ends after '+'", "a variable after '+'");
        }
        Term term;
        const std::size_t coefficient_at = pos;
        if (text[pos] == '(') {
            const std::size_t number_at = skip_blanks(view, pos + 1);
            const std::size_t length = scan_number(view, number_at);
            if (length == 0) fail(line.at(number_at), "a '(' without a number", "a start value such as (0.5)*X");
            std::size_t close = skip_blanks(view, number_at + length);
            if (close >= end || text[close] != ')')
                fail(line.at(close), "the start value is not closed", "')' after the number, as in (0.5)*X");
            const std::size_t star = skip_blanks(view, close + 1);
            if (star >= end || text[star] != '*')
                fail(line.at(star), "a start value without '*'", "'*' and a variable after it, as in (0.5)*X");
            const std::optional<double> value = parse_number(view.substr(number_at, length));
            if (!value)
                fail(line.at(number_at), "the number " + text.substr(number_at, length) + " is out of range",
                     "a finite number");
            term.coefficient = {Coefficient::Start, *value};
            pos = skip_blanks(view, star + 1);
        } else if (const std::size_t length = scan_number(view, pos); length > 0) {
            const std::size_t star = skip_blanks(view, pos + length);
            if (star >= end || text[star] != '*')
                fail(line.at(pos), "the number " + text.substr(pos, length) + " is not followed by '*'",
                     "a fixed coefficient such as 0.5*X, or a variable name");
            const std::optional<double> value = parse_number(view.substr(pos, length));
            if (!value)
                fail(line.at(pos), "the number " + text.substr(pos, length) + " is out of range", "a finite number");
            term.coefficient = {Coefficient::Fixed, *value};
            pos = skip_blanks(view, star + 1);
        }
        if (term.coefficient.kind != Coefficient::None && !coefficients)
            fail(line.at(coefficient_at), std::string("a coefficient ") + side,
                 "coefficients only on the right of '=', as in 'Y = 0.5*X'");
        const std::size_t length = pos < end ? scan_identifier(view, pos) : 0;
        if (length == 0) {
            if (pos >= end) fail(line.at(pos), "the relationship ends after the coefficient", "a variable name");
            fail(line.at(pos), std::string("unexpected '") + text[pos] + "' " + side, "a variable name");
        }
        term.name.text = text.substr(pos, length);
        term.name.where = line.at(pos);
        if (lowercase(term.name.text) == "const")
            fail(term.name.where, "CONST (an intercept) is not supported",
                 "relationships without CONST (jalur fits covariance structures, without means)");
        pos += length;
        // A range "x1 - x3" (a '-' before a number starts the next term's coefficient instead).
        const std::size_t dash = skip_blanks(view, pos);
        if (dash < end && text[dash] == '-') {
            const std::size_t last = skip_blanks(view, dash + 1);
            if (const std::size_t range = scan_identifier(view, last); range > 0) {
                term.name.range_end = text.substr(last, range);
                term.name.range_where = line.at(last);
                pos = last + range;
            }
        }
        terms.push_back(std::move(term));
        pos = skip_blanks(view, pos);
        if (pos < end && text[pos] != '+' && text[pos] != '(' && text[pos] != '-' && !is_name_char(text[pos]))
            fail(line.at(pos), std::string("unexpected '") + text[pos] + "' " + side,
                 "variable names separated by blanks");
    }
    return terms;
}

// ---- Let and Set -----------------------------------------------------------------------------------------

struct Token {
    std::string text;
    std::size_t offset = 0;
    enum Kind { Name, Number, Symbol } kind = Symbol;
};

std::vector<Token> tokenize(const std::string& text, std::size_t from) {
    std::vector<Token> tokens;
    std::size_t pos = from;
    while (true) {
        while (pos < text.size() && (is_blank(text[pos]) || text[pos] == ',')) ++pos;
        if (pos >= text.size()) return tokens;
        if (text.compare(pos, 2, "->") == 0) {
            tokens.push_back({"->", pos, Token::Symbol});
            pos += 2;
        } else if (const std::size_t number = scan_number(text, pos); number > 0) {
            tokens.push_back({text.substr(pos, number), pos, Token::Number});
            pos += number;
        } else if (const std::size_t name = scan_identifier(text, pos); name > 0) {
            tokens.push_back({text.substr(pos, name), pos, Token::Name});
            pos += name;
        } else {
            tokens.push_back({text.substr(pos, 1), pos, Token::Symbol});
            ++pos;
        }
    }
}

// Reads a Let or Set sentence word by word; a mismatch fails with the sentence form that was expected.
class Sentence {
public:
    Sentence(const CommandLine& line, std::size_t from, std::string command, std::string form)
        : line_(line), tokens_(tokenize(line.text, from)), command_(std::move(command)), form_(std::move(form)) {}

    // Consumes the next token when it is one of the '|'-separated keywords (case-insensitive).
    bool keyword(const std::string& alternatives) {
        if (!at_keyword(alternatives)) return false;
        ++i_;
        return true;
    }
    bool symbol(const std::string& text) {
        if (done() || tokens_[i_].kind != Token::Symbol || tokens_[i_].text != text) return false;
        ++i_;
        return true;
    }
    void expect_keyword(const std::string& alternatives) {
        if (!keyword(alternatives)) fail_here();
    }
    NameRef name() {
        if (done() || tokens_[i_].kind != Token::Name) fail_here();
        NameRef ref{tokens_[i_].text, line_.at(tokens_[i_].offset), "", {}};
        ++i_;
        return ref;
    }
    bool at_number() const { return !done() && tokens_[i_].kind == Token::Number; }
    double number() {
        if (!at_number()) fail_here();
        const std::optional<double> value = parse_number(tokens_[i_].text);
        if (!value) fail_here();
        ++i_;
        return *value;
    }
    // "to", "=", "at" or "equal [to]" before a value.
    void value_intro() {
        if (keyword("equal")) {
            keyword("to");
            return;
        }
        if (!keyword("to|at") && !symbol("=")) fail_here();
    }
    bool done() const { return i_ >= tokens_.size(); }
    void expect_end() {
        if (!done()) fail_here();
    }
    // Is the next token a name that is not one of these keywords?
    bool at_name_other_than(const std::string& alternatives) const {
        return !done() && tokens_[i_].kind == Token::Name && !at_keyword(alternatives);
    }

    [[noreturn]] void fail_here() const {
        if (done()) fail(line_.at(line_.text.size()), "the " + command_ + " command ends too early", form_);
        fail(line_.at(tokens_[i_].offset), "unexpected '" + tokens_[i_].text + "' in a " + command_ + " command",
             form_);
    }

private:
    bool at_keyword(const std::string& alternatives) const {
        if (done() || tokens_[i_].kind != Token::Name) return false;
        const std::string word = lowercase(tokens_[i_].text);
        for (std::size_t a = 0; a <= alternatives.size();) {
            std::size_t b = alternatives.find('|', a);
            if (b == std::string::npos) b = alternatives.size();
            if (alternatives.compare(a, b - a, word) == 0) return true;
            a = b + 1;
        }
        return false;
    }

    const CommandLine& line_;
    std::vector<Token> tokens_;
    std::size_t i_ = 0;
    std::string command_;
    std::string form_;
};

// "from X to Y" or "X -> Y".
std::pair<NameRef, NameRef> path_reference(Sentence& s) {
    if (s.keyword("from")) {
        NameRef from = s.name();
        s.expect_keyword("to");
        return {from, s.name()};
    }
    NameRef from = s.name();
    if (!s.symbol("->")) s.fail_here();
    return {from, s.name()};
}

// ---- finishing -------------------------------------------------------------------------------------------

enum class VariableKind { Unknown, Observed, Latent };

struct Path {
    std::string from, to;
    Coefficient coefficient;
    SourceLocation where;
};

class Finisher {
public:
    Finisher(const std::vector<Word>& observed, const std::vector<Word>& latent)
        : observed_(observed), latent_(latent) {}

    VariableKind kind(const std::string& name) const {
        if (index_in(observed_, name) >= 0) return VariableKind::Observed;
        if (index_in(latent_, name) >= 0) return VariableKind::Latent;
        return VariableKind::Unknown;
    }

    void check_known(const std::string& name, const SourceLocation& where) const {
        if (kind(name) != VariableKind::Unknown) return;
        std::vector<std::string> names;
        for (const Word& w : observed_) names.push_back(w.text);
        std::string rule = "one of the Observed Variables (" + join(names) + ")";
        names.clear();
        for (const Word& w : latent_) names.push_back(w.text);
        rule += latent_.empty() ? " or a name declared under Latent Variables"
                                : " or the Latent Variables (" + join(names) + ")";
        fail(where, "'" + name + "' is neither an observed nor a latent variable", rule);
    }

    // The variables a name or a range stands for.
    std::vector<std::string> expand(const NameRef& ref) const {
        check_known(ref.text, ref.where);
        if (ref.range_end.empty()) return {ref.text};
        check_known(ref.range_end, ref.range_where);
        const std::vector<Word>& list = kind(ref.text) == VariableKind::Observed ? observed_ : latent_;
        const int first = index_in(list, ref.text), last = index_in(list, ref.range_end);
        const std::string range = ref.text + " - " + ref.range_end;
        if (last < 0)
            fail(ref.range_where, "the range " + range + " mixes observed and latent variables",
                 "a range within Observed Variables or within Latent Variables");
        if (last < first)
            fail(ref.range_where, "the range " + range + " runs backwards",
                 "a range from an earlier to a later variable in the order they were declared");
        std::vector<std::string> out;
        for (int k = first; k <= last; ++k) out.push_back(list[static_cast<std::size_t>(k)].text);
        return out;
    }

private:
    static int index_in(const std::vector<Word>& list, const std::string& name) {
        for (std::size_t k = 0; k < list.size(); ++k)
            if (list[k].text == name) return static_cast<int>(k);
        return -1;
    }

    const std::vector<Word>& observed_;
    const std::vector<Word>& latent_;
};

std::string row_key(const std::string& a, const std::string& b) { return a < b ? a + "\n" + b : b + "\n" + a; }

}  // namespace

void ModelBuilder::relationship(const CommandLine& line, std::size_t from) {
    const std::string& text = line.text;
    const std::size_t arrow = text.find("->", from);
    const std::size_t equals = text.find('=', from);
    Relationship r;
    if (arrow != std::string::npos) {
        if (equals != std::string::npos)
            fail(line.at(equals), "'=' in a path", "either 'Y = X' or 'X -> Y' on one line");
        if (const std::size_t second = text.find("->", arrow + 2); second != std::string::npos)
            fail(line.at(second), "a second '->' on one line", "one path per line, as in 'X1 X2 -> Y'");
        r.arrow = true;
        r.from = parse_terms(line, from, arrow, "in a path", false);
        r.to = parse_terms(line, arrow + 2, text.size(), "in a path", false);
        if (r.from.empty())
            fail(line.at(from), "nothing before '->'", "the variables the paths start from, as in 'X -> Y'");
        if (r.to.empty())
            fail(line.at(arrow + 2), "nothing after '->'", "the variables the paths lead to, as in 'X -> Y'");
    } else if (equals != std::string::npos) {
        if (const std::size_t second = text.find('=', equals + 1); second != std::string::npos)
            fail(line.at(second), "a second '=' on one line", "one relationship per line, as in 'Y = X1 X2'");
        r.to = parse_terms(line, from, equals, "on the left of '='", false);
        r.from = parse_terms(line, equals + 1, text.size(), "on the right of '='", true);
        if (r.to.empty()) fail(line.at(from), "nothing on the left of '='", "the dependent variables, as in 'Y = X'");
        if (r.from.empty())
            fail(line.at(equals + 1), "nothing on the right of '='", "the independent variables, as in 'Y = X'");
    } else {
        fail(line.at(from), "'" + text.substr(from) + "' is not a relationship",
             "'Y = X1 X2', 'X1 X2 -> Y' or a SIMPLIS command");
    }
    relationships_.push_back(std::move(r));
}

void ModelBuilder::let(const CommandLine& line, std::size_t from) {
    Sentence s(line, from, "Let", "'Let the Errors of A and B Correlate'");
    s.keyword("the");
    s.expect_keyword("errors|error");
    s.keyword("covariances|covariance");
    s.expect_keyword("of|between");
    Pending p;
    p.kind = Pending::ErrorCovariance;
    p.where = line.where;
    p.names.push_back(s.name());
    s.keyword("and");
    if (!s.at_name_other_than("correlate|be|free")) s.fail_here();
    p.names.push_back(s.name());
    if (!s.keyword("correlate|free")) {
        s.expect_keyword("be");
        s.expect_keyword("free|correlated");
    }
    s.expect_end();
    pending_.push_back(std::move(p));
}

void ModelBuilder::set(const CommandLine& line, std::size_t from) {
    Sentence s(line, from, "Set",
               "'Set the Variance of A to 1', 'Set the Error Variance of A to 0.5', 'Set the Covariance of A and B "
               "to 0', 'Set the Path from A to B to 1' or 'Set the Path from A to B Equal to the Path from C to D'");
    Pending p;
    p.where = line.where;
    p.fixed = true;
    s.keyword("the");
    const bool error = s.keyword("error");
    if (s.keyword("variance|variances")) {
        p.kind = error ? Pending::ErrorVariance : Pending::Variance;
        s.keyword("of");
        do {
            p.names.push_back(s.name());
            s.keyword("and");
        } while (s.at_name_other_than("to|at|equal"));
        s.value_intro();
        p.value = s.number();
    } else if (s.keyword("covariance|covariances")) {
        p.kind = error ? Pending::ErrorCovariance : Pending::Covariance;
        s.keyword("of|between");
        p.names.push_back(s.name());
        s.keyword("and");
        p.names.push_back(s.name());
        s.value_intro();
        p.value = s.number();
    } else if (!error && s.keyword("path|paths")) {
        const auto [a, b] = path_reference(s);
        p.names = {a, b};
        s.value_intro();
        if (s.at_number()) {
            p.kind = Pending::FixPath;
            p.value = s.number();
        } else {
            p.kind = Pending::EqualPaths;
            s.keyword("the");
            s.keyword("path");
            const auto [c, d] = path_reference(s);
            p.names.push_back(c);
            p.names.push_back(d);
        }
    } else {
        s.fail_here();
    }
    s.expect_end();
    pending_.push_back(std::move(p));
}

std::vector<ParameterRow> ModelBuilder::finish(const std::vector<Word>& observed,
                                               const std::vector<Word>& latent) const {
    const Finisher names(observed, latent);

    // Every written path, predictor → outcome.
    std::vector<Path> paths;
    std::map<std::pair<std::string, std::string>, std::size_t> path_index;
    for (const Relationship& r : relationships_)
        for (const Term& to_term : r.to)
            for (const std::string& to : names.expand(to_term.name))
                for (const Term& from_term : r.from)
                    for (const std::string& from : names.expand(from_term.name)) {
                        const SourceLocation& where = r.arrow ? to_term.name.where : from_term.name.where;
                        if (from == to)
                            fail(where, "'" + from + "' is on both sides of a relationship",
                                 "a path between two different variables");
                        const auto [it, inserted] = path_index.emplace(std::make_pair(from, to), paths.size());
                        if (!inserted)
                            fail(where,
                                 "duplicate path from " + from + " to " + to + " (first at line " +
                                     std::to_string(paths[it->second].where.line) + ")",
                                 "each path once");
                        paths.push_back({from, to, from_term.coefficient, where});
                    }

    // Loadings: latent → observed; a latent variable measured by no observed variable but leading to latent ones
    // is a second-order factor, measured by those.
    std::set<std::string> measured;
    for (const Path& p : paths)
        if (names.kind(p.from) == VariableKind::Latent && names.kind(p.to) == VariableKind::Observed)
            measured.insert(p.from);
    std::set<std::string> second_order;
    for (const Word& factor : latent) {
        if (measured.count(factor.text)) continue;
        const bool leads_to_latent = std::any_of(paths.begin(), paths.end(), [&](const Path& p) {
            return p.from == factor.text && names.kind(p.to) == VariableKind::Latent;
        });
        if (!leads_to_latent)
            fail(factor.where, "latent variable '" + factor.text + "' has no indicators",
                 "a relationship such as 'x1 x2 x3 = " + factor.text +
                     "' that names the observed variables measuring it (or latent ones, for a second-order factor)");
        second_order.insert(factor.text);
    }

    std::vector<ParameterRow> rows;
    std::set<std::string> in_model, dependent;
    for (const Path& p : paths) {
        ParameterRow row;
        const bool loading =
            (names.kind(p.from) == VariableKind::Latent && names.kind(p.to) == VariableKind::Observed) ||
            second_order.count(p.from) > 0;
        row.op = loading ? Op::Loading : Op::Regression;
        row.lhs = loading ? p.from : p.to;
        row.rhs = loading ? p.to : p.from;
        if (p.coefficient.kind != Coefficient::None) row.value = p.coefficient.value;
        row.free = p.coefficient.kind != Coefficient::Fixed;
        row.free_explicit = p.coefficient.kind == Coefficient::Start;
        row.where = p.where;
        rows.push_back(std::move(row));
        in_model.insert(p.from);
        in_model.insert(p.to);
        dependent.insert(p.to);
    }

    // Let and Set.
    auto check_variable = [&](const NameRef& ref) {
        names.check_known(ref.text, ref.where);
        if (!in_model.count(ref.text))
            fail(ref.where, "'" + ref.text + "' is not in any relationship",
                 "a variable of the model (one named under Relationships or Paths)");
    };
    auto check_error = [&](const NameRef& ref, bool error, const std::string& instead) {
        const bool has_error = dependent.count(ref.text) > 0;
        if (error && !has_error)
            fail(ref.where, "'" + ref.text + "' is an independent variable without an error term", instead);
        if (!error && has_error)
            fail(ref.where, "'" + ref.text + "' is a dependent variable (its variance is not a parameter)", instead);
    };
    auto find_path = [&](const NameRef& from, const NameRef& to) {
        names.check_known(from.text, from.where);
        names.check_known(to.text, to.where);
        const auto it = path_index.find({from.text, to.text});
        if (it == path_index.end())
            fail(from.where, "there is no path from " + from.text + " to " + to.text,
                 "a path written under Relationships or Paths");
        return it->second;
    };
    std::map<std::string, int> variance_line, covariance_line;
    std::vector<std::size_t> group(rows.size());
    std::iota(group.begin(), group.end(), std::size_t{0});
    auto root = [&](std::size_t k) {
        while (group[k] != k) k = group[k] = group[group[k]];
        return k;
    };
    std::vector<std::pair<std::size_t, const Pending*>> equalities;
    for (const Pending& p : pending_) {
        switch (p.kind) {
            case Pending::Variance:
            case Pending::ErrorVariance: {
                const bool error = p.kind == Pending::ErrorVariance;
                for (const NameRef& ref : p.names) {
                    check_variable(ref);
                    check_error(ref, error,
                                error ? "'Set the Variance of " + ref.text + " to ...'"
                                      : "'Set the Error Variance of " + ref.text + " to ...'");
                    const auto [it, inserted] = variance_line.emplace(ref.text, p.where.line);
                    if (!inserted)
                        fail(ref.where,
                             "the variance of " + ref.text + " is set twice (first at line " +
                                 std::to_string(it->second) + ")",
                             "one Set per variance");
                    ParameterRow row;
                    row.lhs = row.rhs = ref.text;
                    row.op = Op::Covariance;
                    row.free = false;
                    row.value = p.value;
                    row.where = ref.where;
                    rows.push_back(std::move(row));
                }
                break;
            }
            case Pending::Covariance:
            case Pending::ErrorCovariance: {
                const bool error = p.kind == Pending::ErrorCovariance;
                const NameRef& a = p.names[0];
                const NameRef& b = p.names[1];
                check_variable(a);
                check_variable(b);
                if (a.text == b.text)
                    fail(b.where, "'" + a.text + "' twice",
                         "two different variables (a variance is set with Set the Variance)");
                const std::string instead =
                    error ? "two dependent variables (outcomes or indicators); the covariance of independent variables "
                            "is free unless set with 'Set the Covariance of A and B to ...'"
                          : "two independent variables; for dependent variables use 'Let the Errors of A and B "
                            "Correlate' or 'Set the Error Covariance of A and B to ...'";
                for (const NameRef* ref : {&a, &b}) {
                    const bool has_error = dependent.count(ref->text) > 0;
                    if (error && !has_error)
                        fail(ref->where, "'" + ref->text + "' is an independent variable without an error term",
                             instead);
                    if (!error && has_error) fail(ref->where, "'" + ref->text + "' is a dependent variable", instead);
                }
                const auto [it, inserted] = covariance_line.emplace(row_key(a.text, b.text), p.where.line);
                if (!inserted)
                    fail(a.where,
                         "the covariance of " + a.text + " and " + b.text + " is given twice (first at line " +
                             std::to_string(it->second) + ")",
                         "each pair once");
                ParameterRow row;
                row.lhs = a.text;
                row.rhs = b.text;
                row.op = Op::Covariance;
                row.free = !p.fixed;
                if (p.fixed) row.value = p.value;
                row.where = a.where;
                rows.push_back(std::move(row));
                break;
            }
            case Pending::FixPath: {
                ParameterRow& row = rows[find_path(p.names[0], p.names[1])];
                row.free = false;
                row.free_explicit = false;
                row.value = p.value;
                break;
            }
            case Pending::EqualPaths: {
                const std::size_t a = find_path(p.names[0], p.names[1]);
                const std::size_t b = find_path(p.names[2], p.names[3]);
                if (a == b) fail(p.names[2].where, "a path set equal to itself", "two different paths");
                group[root(a)] = root(b);
                equalities.emplace_back(a, &p);
                equalities.emplace_back(b, &p);
                break;
            }
        }
    }

    // Equal paths share a label (SIMPLIS has none, so they are made up: eq1, eq2, ...).
    for (const auto& [k, p] : equalities)
        if (!rows[k].free)
            fail(p->names[0].where, "the path from " + rows[k].predictor() + " to " + rows[k].outcome() + " is fixed",
                 "two free paths to set equal");
    std::map<std::size_t, std::string> labels;
    int next = 1;
    for (const auto& [k, p] : equalities) {
        const std::size_t r = root(k);
        if (labels.count(r)) continue;
        std::string label;
        do label = "eq" + std::to_string(next++);
        while (names.kind(label) != VariableKind::Unknown);
        labels[r] = label;
    }
    for (const auto& [k, p] : equalities) rows[k].label = labels[root(k)];

    // SIMPLIS semantics of a scale: a factor with a fixed loading or a fixed variance keeps all its other loadings
    // free; only a factor without either gets the engine's marker (its first loading fixed at 1).
    for (const Word& factor : latent) {
        const bool scaled = std::any_of(rows.begin(), rows.end(), [&](const ParameterRow& r) {
            return r.lhs == factor.text && !r.free && (r.op == Op::Loading || r.is_variance());
        });
        if (!scaled) continue;
        for (ParameterRow& r : rows)
            if (r.op == Op::Loading && r.lhs == factor.text && r.free) r.free_explicit = true;
    }
    return rows;
}

}  // namespace jalur::models::simplis
