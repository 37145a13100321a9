#include "models/model_section.hpp"

#include <sstream>
#include <utility>

#include "models/file_text.hpp"
#include "models/lavaan_syntax.hpp"
#include "models/path_term.hpp"

namespace jalur::models {
namespace {

// Reads the sections of a model mapping into a ModelBuilder.
class ModelReader {
public:
    explicit ModelReader(const YamlInput& input) : input_(input) {}

    void latent(const Item& section) {
        for (const Entry& entry : input_.mapping(section).entries) {
            const Item key = named(entry.key_item, "latent variable");
            const std::string factor = input_.identifier(key);
            builder_.declare_latent(factor, key.where);
            builder_.use(factor, key.where);
            const Item terms_item = named(entry.value, "indicators of " + factor);
            const std::vector<Item> terms = input_.sequence(terms_item, "term");
            if (terms.empty())
                YamlInput::fail(terms_item, "the latent variable " + factor + " has no indicators",
                                "a sequence of indicator terms such as [x1, x2, x3]");
            for (const Item& term_item : terms) path(factor, Op::Loading, term_item);
        }
    }

    void regressions(const Item& section) {
        for (const Entry& entry : input_.mapping(section).entries) {
            const std::string outcome = input_.identifier(named(entry.key_item, "outcome"));
            builder_.use(outcome, entry.key_item.where);
            const Item terms_item = named(entry.value, "regression of " + outcome);
            const std::vector<Item> terms = input_.sequence(terms_item, "term");
            if (terms.empty())
                YamlInput::fail(terms_item, "the regression of " + outcome + " has no terms",
                                "a sequence of terms such as [a*X, Z]");
            for (const Item& term_item : terms) path(outcome, Op::Regression, term_item);
        }
    }

    void covariances(const Item& section) {
        for (const Item& pair : input_.sequence(section, "pair")) {
            const std::vector<Item> parts = input_.sequence(pair, "element");
            if (parts.size() != 2 && parts.size() != 3)
                YamlInput::fail(pair, pair.what + " has " + std::to_string(parts.size()) + " elements",
                                "[x, y] or [x, y, label or number]");
            const std::string lhs = input_.identifier(parts[0]);
            const std::string rhs = input_.identifier(parts[1]);
            if (lhs == rhs)
                YamlInput::fail(pair, pair.what + " names " + lhs + " twice",
                                "two different variables (write a variance under variances:)");
            builder_.use(lhs, parts[0].where);
            builder_.use(rhs, parts[1].where);
            ParameterRow row = make_row(lhs, Op::Covariance, rhs, pair.where);
            if (parts.size() == 3) apply(modifier(parts[2]), row);
            builder_.add(std::move(row));
        }
    }

    void variances(const Item& section) {
        for (const Entry& entry : input_.mapping(section).entries) {
            const std::string variable = input_.identifier(named(entry.key_item, "variable"));
            builder_.use(variable, entry.key_item.where);
            ParameterRow row = make_row(variable, Op::Covariance, variable, entry.key_item.where);
            apply(modifier(entry.value), row);
            builder_.add(std::move(row));  // a repeated variable is a duplicate key
        }
    }

    void constraints(const Item& section) {
        for (ConstraintText& constraint : read_constraints_section(input_, section)) builder_.constrain(std::move(constraint));
    }

    void defined(const Item& section) {
        for (DefinedText& defined : read_defined_section(input_, section)) builder_.define(std::move(defined));
    }

    bool empty() const { return builder_.empty(); }
    ModelRows finish() { return builder_.finish(); }

private:
    static Item named(Item item, std::string what) {
        item.what = std::move(what);
        return item;
    }

    static ParameterRow make_row(const std::string& lhs, Op op, const std::string& rhs, const SourceLocation& where) {
        ParameterRow row = free_row(lhs, op, rhs);
        row.where = where;
        return row;
    }

    // A regression term of an outcome, or an indicator term of a latent variable.
    void path(const std::string& lhs, Op op, const Item& term_item) {
        const std::string text = input_.text(term_item);
        PathTerm term;
        try {
            term = parse_path_term(text);
        } catch (const TermError& error) {
            throw InputError(input_.at(term_item.node, error.offset()), error.what());
        }
        builder_.use(term.variable, input_.at(term_item.node, term.variable_offset));
        ParameterRow row = make_row(lhs, op, term.variable, term_item.where);
        apply(term.modifier, row);
        builder_.add(std::move(row));
    }

    Modifier modifier(const Item& item) const {
        const std::string text = input_.text(item);
        try {
            return parse_modifier(text);
        } catch (const TermError& error) {
            throw InputError(input_.at(item.node, error.offset()), error.what());
        }
    }

    const YamlInput& input_;
    ModelBuilder builder_;
};

std::vector<std::string> lines_of(const std::string& path) {
    std::ifstream file = open_input_file(path, {path}, "the model file", "a readable YAML file");
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
    }
    return lines;
}

// Where the text of a scalar starts in the spec file. yaml-cpp marks a block scalar at its '|' indicator; the
// content starts on the next line, with the block's indentation stripped from every line.
TextOrigin origin_of(const YamlInput& input, const Item& item, const std::string& text) {
    const SourceLocation at = input.at(item.node);
    TextOrigin origin{input.path(), at.line, at.column, at.column};
    const YAML::Mark mark = item.node.Mark();
    const std::vector<std::string> lines = lines_of(input.path());
    if (mark.line < 0 || mark.line >= static_cast<int>(lines.size()) ||
        mark.column >= static_cast<int>(lines[mark.line].size()))
        return origin;
    const char indicator = lines[mark.line][mark.column];
    if (indicator == '>')
        YamlInput::fail(item, "model is a folded block scalar (>), which joins its lines",
                        "a literal block (model: |) for lavaan syntax, or a mapping");
    if (indicator != '|') return origin;
    origin.line = mark.line + 2;
    origin.column = origin.margin = 1;
    // The indentation: how much longer than its text the first non-empty line of the content is in the file.
    std::istringstream content(text);
    int k = 0;
    for (std::string line; std::getline(content, line); ++k) {
        if (line.empty()) continue;
        const std::size_t source = static_cast<std::size_t>(mark.line) + 1 + static_cast<std::size_t>(k);
        if (source < lines.size() && lines[source].size() >= line.size() &&
            lines[source].compare(lines[source].size() - line.size(), line.size(), line) == 0)
            origin.column = origin.margin = static_cast<int>(lines[source].size() - line.size()) + 1;
        break;
    }
    return origin;
}

}  // namespace

ModelRows read_model_section(const YamlInput& input, const Item& model) {
    if (model.node.IsScalar()) {
        const std::string text = input.text(model);
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            YamlInput::fail(model, "the model is empty", "a mapping or lavaan model syntax after model: |");
        return parse_lavaan_syntax(text, origin_of(input, model, text));
    }
    const Mapping section = input.mapping(model, {"latent", "regressions", "covariances", "variances", "defined", "constraints"});
    ModelReader reader(input);
    if (const Entry* e = section.find("latent")) reader.latent(e->value);
    if (const Entry* e = section.find("regressions")) reader.regressions(e->value);
    if (const Entry* e = section.find("covariances")) reader.covariances(e->value);
    if (const Entry* e = section.find("variances")) reader.variances(e->value);
    if (reader.empty())
        YamlInput::fail(model, "the model has no latent variables, regressions, covariances or variances",
                        "at least one of them");
    if (const Entry* e = section.find("defined")) reader.defined(e->value);
    if (const Entry* e = section.find("constraints")) reader.constraints(e->value);
    return reader.finish();
}

}  // namespace jalur::models
