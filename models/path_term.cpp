#include "models/path_term.hpp"

#include "models/lexical.hpp"

namespace jalur::models {
namespace {

const char* const kTermRule = "expected a variable name, label*name, number*name or NA*name";
const char* const kModifierRule = "expected a label, a number or NA";

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
    // The identifier or number at the cursor, or empty when neither starts there.
    std::string token() {
        std::size_t length = scan_number(text_, pos_);
        if (length == 0) length = scan_identifier(text_, pos_);
        std::string word = text_.substr(pos_, length);
        pos_ += length;
        return word;
    }
    std::string identifier() {
        const std::size_t length = scan_identifier(text_, pos_);
        std::string word = text_.substr(pos_, length);
        pos_ += length;
        return word;
    }
    [[noreturn]] void fail(const char* rule) const {
        const std::string found = at_end() ? std::string("end of text") : "'" + std::string(1, text_[pos_]) + "'";
        throw TermError(pos_, "malformed term '" + text_ + "': unexpected " + found + " at character " +
                                  std::to_string(pos_ + 1) + ", " + rule + ".");
    }
    std::size_t position() const { return pos_; }

private:
    const std::string& text_;
    std::size_t pos_ = 0;
};

// A word before '*': a number fixes the parameter, NA frees it, an identifier labels it.
Modifier modifier_of(const std::string& word) {
    Modifier modifier;
    if (const auto number = parse_number(word)) {
        modifier.free = false;
        modifier.value = *number;
    } else if (word != "NA") {
        modifier.label = word;
    }
    return modifier;
}

}  // namespace

PathTerm parse_path_term(const std::string& text) {
    Scanner scan(text);
    scan.skip_blanks();
    const std::size_t first_at = scan.position();
    const std::string first = scan.token();
    if (first.empty()) scan.fail(kTermRule);
    scan.skip_blanks();
    PathTerm term;
    if (scan.accept('*')) {
        term.modifier = modifier_of(first);
        scan.skip_blanks();
        term.variable_offset = scan.position();
        term.variable = scan.identifier();
        if (term.variable.empty()) scan.fail("expected a variable name after '*'");
        scan.skip_blanks();
    }
    if (!scan.at_end()) scan.fail(kTermRule);
    if (term.variable.empty()) {
        if (!is_identifier(first))
            throw TermError(first_at, "malformed term '" + text + "': '" + first +
                                          "' is a number, expected a variable name or number*name.");
        term.variable = first;
        term.variable_offset = first_at;
    }
    return term;
}

Modifier parse_modifier(const std::string& text) {
    Scanner scan(text);
    scan.skip_blanks();
    const std::string word = scan.token();
    if (word.empty()) scan.fail(kModifierRule);
    scan.skip_blanks();
    scan.accept('*');
    scan.skip_blanks();
    if (!scan.at_end()) scan.fail(kModifierRule);
    return modifier_of(word);
}

void apply(const Modifier& modifier, ParameterRow& row) {
    row.label = modifier.label;
    row.free = modifier.free;
    row.value = modifier.value;
}

}  // namespace jalur::models
