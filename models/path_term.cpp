#include "models/path_term.hpp"

#include "models/lexical.hpp"

namespace jalur::models {
namespace {

const char* const kTermRule = "expected a variable name, label*name, number*name, NA*name or start(number)*name";
const char* const kModifierRule = "expected a label, a number, NA or start(number)";
const char* const kOneValueRule = "expected at most one label, number or NA per parameter";
const char* const kFreeStartRule = "expected start() only on a free parameter, not with a fixed value";

// lavaan's modifier functions that jalur does not have: what each does there (docs/model-spec.md lists them).
const char* lavaan_only_modifier(const std::string& function) {
    if (function == "c") return "gives one value per group (jalur fits one group)";
    if (function == "efa") return "makes an exploratory factor block (jalur fits confirmatory models)";
    if (function == "lower" || function == "upper") return "bounds a parameter (not supported yet)";
    if (function == "prior") return "gives a prior for Bayesian estimation (jalur estimates by maximum likelihood)";
    if (function == "rv") return "makes a random slope of a multilevel model (jalur fits one level)";
    return nullptr;
}

// One word of a term before or after '*': a number, a name, or a modifier function.
struct Factor {
    enum class Kind { None, Number, Name, Start, Label } kind = Kind::None;
    std::string word;  // the name, or the label of equal("a") / label("a")
    double number = 0; // of a number or start(number)
    std::size_t offset = 0;
    std::size_t length = 0;
};

// A cursor over the text of one term; its errors carry the offset.
class Scanner {
public:
    explicit Scanner(const std::string& text) : text_(text) {}

    void skip_blanks() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    }
    bool at_end() const { return pos_ >= text_.size(); }
    bool accept(char c) {
        if (at_end() || text_[pos_] != c) return false;
        ++pos_;
        return true;
    }
    std::size_t position() const { return pos_; }

    // The number, name or modifier function at the cursor (Kind::None when none starts there).
    Factor factor() {
        Factor f;
        f.offset = pos_;
        if (const std::size_t length = scan_number(text_, pos_); length > 0) {
            f.kind = Factor::Kind::Number;
            f.word = text_.substr(pos_, length);
            f.number = *parse_number(f.word);
            pos_ += length;
        } else if (const std::size_t name = scan_identifier(text_, pos_); name > 0) {
            f.kind = Factor::Kind::Name;
            f.word = text_.substr(pos_, name);
            pos_ += name;
            const std::size_t after_name = pos_;
            skip_blanks();
            if (accept('('))
                call(f);
            else
                pos_ = after_name;
        }
        f.length = pos_ - f.offset;
        return f;
    }

    [[noreturn]] void fail(const std::string& rule) const { fail_at(pos_, at_end() ? 0 : 1, rule); }
    // Fails naming text[offset, offset + length) as the unexpected part (at least one character).
    [[noreturn]] void fail_at(std::size_t offset, std::size_t length, const std::string& rule) const {
        std::string found = "end of text";
        if (offset < text_.size()) found = quoted(text_.substr(offset, length == 0 ? 1 : length));
        throw TermError(offset, "malformed term " + quoted(text_) + ": unexpected " + found + " at character " +
                                    std::to_string(offset + 1) + ", " + rule + ".");
    }

private:
    // The arguments of start(number), equal("label") or label("label"); the cursor is past '('.
    void call(Factor& f) {
        skip_blanks();
        if (f.word == "start") {
            const std::size_t length = scan_number(text_, pos_);
            if (length == 0) fail("expected a number in start(...)");
            f.kind = Factor::Kind::Start;
            f.number = *parse_number(text_.substr(pos_, length));
            pos_ += length;
        } else if (f.word == "equal" || f.word == "label") {
            const char* const rule = "expected a label in quotes, such as equal(\"a\")";
            if (at_end() || (text_[pos_] != '"' && text_[pos_] != '\'')) fail(rule);
            const char quote = text_[pos_++];
            const std::size_t length = scan_identifier(text_, pos_);
            if (length == 0) fail(rule);
            f.kind = Factor::Kind::Label;
            f.word = text_.substr(pos_, length);
            pos_ += length;
            if (!accept(quote)) fail(rule);
        } else if (const char* const what = lavaan_only_modifier(f.word)) {
            throw TermError(f.offset, "unsupported modifier in term " + quoted(text_) + ": lavaan's " + f.word +
                                          "(...) " + what + ", expected a label, a number, NA, start(number), "
                                          "equal(\"label\") or label(\"label\").");
        } else {
            fail_at(f.offset, f.word.size(), "expected start(number), equal(\"label\") or label(\"label\") before '('");
        }
        skip_blanks();
        if (!accept(')')) fail("expected ')'");
    }

    const std::string& text_;
    std::size_t pos_ = 0;
};

// Collects the modifiers of one term: at most one label, number or NA, and at most one start value.
class ModifierBuilder {
public:
    explicit ModifierBuilder(const Scanner& scan) : scan_(scan) {}

    void add(const Factor& f) {
        if (f.kind == Factor::Kind::Start) {
            if (has_start_) scan_.fail_at(f.offset, f.length, "expected at most one start() per parameter");
            if (!modifier_.free) scan_.fail_at(f.offset, f.length, kFreeStartRule);
            has_start_ = true;
            modifier_.value = f.number;
            return;
        }
        if (has_value_) scan_.fail_at(f.offset, f.length, kOneValueRule);
        has_value_ = true;
        if (f.kind == Factor::Kind::Number) {
            if (has_start_) scan_.fail_at(f.offset, f.length, kFreeStartRule);
            modifier_.free = false;
            modifier_.value = f.number;
        } else if (f.kind == Factor::Kind::Name && f.word == "NA") {
            modifier_.free_explicit = true;
        } else {
            modifier_.label = f.word;
        }
    }
    const Modifier& modifier() const { return modifier_; }

private:
    const Scanner& scan_;
    Modifier modifier_;
    bool has_value_ = false;
    bool has_start_ = false;
};

}  // namespace

PathTerm parse_path_term(const std::string& text, bool allow_intercept) {
    Scanner scan(text);
    ModifierBuilder modifiers(scan);
    PathTerm term;
    for (bool first = true;; first = false) {
        scan.skip_blanks();
        const Factor f = scan.factor();
        if (f.kind == Factor::Kind::None) scan.fail(first ? kTermRule : "expected a variable name after '*'");
        scan.skip_blanks();
        if (scan.accept('*')) {
            modifiers.add(f);
            continue;
        }
        if (!scan.at_end()) scan.fail(kTermRule);
        term.variable_offset = f.offset;
        if (f.kind == Factor::Kind::Name) {
            term.variable = f.word;
        } else if (f.kind == Factor::Kind::Number && allow_intercept && f.number == 1) {
            term.intercept = true;
        } else if (f.kind == Factor::Kind::Number && first) {
            throw TermError(f.offset, "malformed term " + quoted(text) + ": '" + f.word +
                                          "' is a number, expected a variable name or number*name.");
        } else if (f.kind == Factor::Kind::Number) {
            scan.fail_at(f.offset, 0, "expected a variable name after '*'");
        } else {
            scan.fail("expected '*' and a variable name after " + text.substr(f.offset, f.length));
        }
        break;
    }
    term.modifier = modifiers.modifier();
    return term;
}

Modifier parse_modifier(const std::string& text) {
    Scanner scan(text);
    ModifierBuilder modifiers(scan);
    while (true) {
        scan.skip_blanks();
        const Factor f = scan.factor();
        if (f.kind == Factor::Kind::None) scan.fail(kModifierRule);
        modifiers.add(f);
        scan.skip_blanks();
        if (!scan.accept('*')) break;
        scan.skip_blanks();
        if (scan.at_end()) break;
    }
    if (!scan.at_end()) scan.fail(kModifierRule);
    return modifiers.modifier();
}

void apply(const Modifier& modifier, ParameterRow& row) {
    row.label = modifier.label;
    row.free = modifier.free;
    row.value = modifier.value;
    row.free_explicit = modifier.free_explicit;
}

}  // namespace jalur::models
