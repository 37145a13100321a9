#include "models/simplis.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include "engine/data/sample_moments.hpp"
#include "engine/errors.hpp"
#include "models/file_text.hpp"
#include "models/lexical.hpp"
#include "models/simplis_data.hpp"
#include "models/simplis_lines.hpp"
#include "models/simplis_model.hpp"

namespace jalur::models {
namespace {

using simplis::CommandLine;
using simplis::NumberList;
using simplis::Word;

[[noreturn]] void fail(const SourceLocation& where, const std::string& what, const std::string& rule) {
    throw InputError(where, what + ", expected " + rule + ".");
}

enum class Kind {
    Title,
    Observed,
    Latent,
    Covariance,
    Correlation,
    Deviations,
    Means,
    RawData,
    SampleSize,
    Relationships,
    Let,
    Set,
    Method,
    Robust,
    Options,
    LisrelOutput,
    PathDiagram,
    End,
    Ignored,
    Unsupported,
    Group,  // "Group 1: Boys" starts a group: a title line at the top, an unsupported second group later
};

struct Keyword {
    const char* phrase;  // see simplis::match_phrase
    Kind kind;
    const char* name;  // for messages
};

// Longer phrases before their prefixes ("path diagram" before "path").
const Keyword kKeywords[] = {
    {"title|ti", Kind::Title, "Title"},
    {"observed variables|variable", Kind::Observed, "Observed Variables"},
    {"labels", Kind::Observed, "Labels"},
    {"latent variables|variable", Kind::Latent, "Latent Variables"},
    {"unobserved variables|variable", Kind::Latent, "Unobserved Variables"},
    {"covariance matrix", Kind::Covariance, "the covariance matrix"},
    {"correlation matrix", Kind::Correlation, "the correlation matrix"},
    {"standard deviations|deviation", Kind::Deviations, "Standard Deviations"},
    {"means", Kind::Means, "Means"},
    {"raw data", Kind::RawData, "the raw data"},
    {"sample size", Kind::SampleSize, "Sample Size"},
    {"path diagram", Kind::PathDiagram, "Path Diagram"},
    {"relationships|relationship|relations|relation|equations|equation|paths|path", Kind::Relationships,
     "Relationships"},
    {"let", Kind::Let, "Let"},
    {"set", Kind::Set, "Set"},
    {"robust estimation", Kind::Robust, "Robust Estimation"},
    {"method of estimation", Kind::Method, "Method of Estimation"},
    {"method", Kind::Method, "Method"},
    {"options|option", Kind::Options, "Options"},
    {"lisrel output", Kind::LisrelOutput, "LISREL Output"},
    {"end of problem", Kind::End, "End of Problem"},
    {"number of decimals", Kind::Ignored, "Number of Decimals"},
    {"iterations", Kind::Ignored, "Iterations"},
    {"admissibility check", Kind::Ignored, "Admissibility Check"},
    {"wide print", Kind::Ignored, "Wide Print"},
    {"print residuals", Kind::Ignored, "Print Residuals"},
    {"system file", Kind::Unsupported, "a LISREL system file (.dsf)"},
    {"asymptotic covariance matrix", Kind::Unsupported, "an asymptotic covariance matrix (for WLS)"},
    {"asymptotic variances", Kind::Unsupported, "asymptotic variances (for DWLS)"},
    {"missing value code", Kind::Unsupported, "a missing value code"},
    {"group|groups", Kind::Group, "a multiple-group model"},
};

struct Command {
    Kind kind;
    const char* name;
    std::size_t rest;  // where the command's content starts: after the keyword and an optional ':' or '='
};

// The commands that may end the title lines at the top of a file.
bool starts_problem(Kind kind) {
    switch (kind) {
        case Kind::Title:
        case Kind::Observed:
        case Kind::Latent:
        case Kind::Covariance:
        case Kind::Correlation:
        case Kind::Deviations:
        case Kind::RawData:
        case Kind::SampleSize: return true;
        case Kind::Unsupported: return true;
        default: return false;
    }
}

bool is_symbol_start(char c) { return c == '=' || c == '-' || c == '+' || c == '*' || c == '('; }

std::optional<Command> classify(const CommandLine& line) {
    const std::string& text = line.text;
    for (const Keyword& keyword : kKeywords) {
        const std::optional<std::size_t> end = simplis::match_phrase(text, keyword.phrase);
        if (!end) continue;
        std::size_t rest = simplis::skip_blanks(text, *end);
        const bool at_end = rest >= text.size();
        // "Let = X", "Set -> Y", "Path = X": a relationship about a variable with a keyword's name.
        if ((keyword.kind == Kind::Let || keyword.kind == Kind::Set || keyword.kind == Kind::Relationships) &&
            !at_end && is_symbol_start(text[rest]))
            return std::nullopt;
        const bool separator = !at_end && (text[rest] == ':' || text[rest] == '=');
        if (separator) rest = simplis::skip_blanks(text, rest + 1);
        // "Relationships" stands alone or is followed by ':' and a relationship; "Paths of ..." is no command.
        if (keyword.kind == Kind::Relationships && !at_end && !separator) return std::nullopt;
        return Command{keyword.kind, keyword.name, rest};
    }
    return std::nullopt;
}

// A line of LISREL's matrix command language ("DA NI=3 NO=250", "MO NY=2 NX=1").
bool is_lisrel_language(const CommandLine& line) {
    const std::string text = simplis::lowercase(line.text);
    const bool da =
        text.rfind("da ", 0) == 0 && (text.find("ni=") != std::string::npos || text.find("no=") != std::string::npos);
    const bool mo =
        text.rfind("mo ", 0) == 0 && (text.find("ny=") != std::string::npos || text.find("nx=") != std::string::npos ||
                                      text.find("ne=") != std::string::npos || text.find("nk=") != std::string::npos);
    return da || mo;
}

std::string normalized_words(std::string_view text) {
    std::string out;
    for (char c : simplis::lowercase(text)) {
        if (c == '-' || c == '_' || c == '\t') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

class Reader {
public:
    explicit Reader(std::string path) : path_(std::move(path)) {}

    SimplisSpec read() {
        const std::vector<CommandLine> lines = simplis::split_command_lines(path_, read_spec_file());
        if (lines.empty())
            fail({path_}, "the model file has no commands",
                 "a SIMPLIS model: Observed Variables, the data, Sample Size and Relationships");
        last_ = lines.back().where;
        for (const CommandLine& line : lines) {
            if (ended_) {
                if (!after_end_noted_)
                    out_.spec.notes.push_back("the lines after End of Problem are ignored (jalur reads one problem)");
                after_end_noted_ = true;
                continue;
            }
            handle(line);
        }
        return finish();
    }

private:
    enum class Mode { None, Title, Names, Numbers, Relations };

    std::string read_spec_file() const {
        return read_file_text(path_, {path_}, "the model file", "a readable SIMPLIS file");
    }

    void handle(const CommandLine& line) {
        if (is_lisrel_language(line))
            fail(line.where, "a line of the LISREL command language ('" + line.text + "')",
                 "SIMPLIS commands (Observed Variables, Covariance Matrix, Sample Size, Relationships, ...)");
        std::optional<Command> command = classify(line);
        // Title lines run until the first command that starts a problem: "Set of models" is a title.
        if (command && !any_command_ && !starts_problem(command->kind)) command.reset();
        if (!command) {
            continuation(line);
            return;
        }
        any_command_ = true;
        const Mode previous = mode_;
        mode_ = Mode::None;
        const Command& c = *command;
        const std::string rest = line.text.substr(c.rest);
        switch (c.kind) {
            case Kind::Title:
                title_.clear();
                if (!rest.empty()) title_.push_back(rest);
                mode_ = Mode::Title;
                break;
            case Kind::Observed:
            case Kind::Latent: {
                Declared& declared = c.kind == Kind::Observed ? observed_ : latent_;
                once(declared.where, line, c);
                declared.words = words_or_file(line, c, "the names file");
                names_ = &declared.words;
                mode_ = Mode::Names;
                break;
            }
            case Kind::Covariance:
            case Kind::Correlation:
            case Kind::RawData:
            case Kind::Deviations:
            case Kind::Means:
            case Kind::SampleSize: {
                std::optional<NumberList>& list = list_of(c.kind);
                if (list) once(list->where, line, c);
                list = NumberList{c.name, line.where, words_or_file(line, c, "the data file")};
                if (c.kind == Kind::Covariance || c.kind == Kind::Correlation || c.kind == Kind::RawData)
                    sources_.push_back({c.name, line.where});
                if (c.kind == Kind::RawData && from_file_) data_file_ = *from_file_;
                numbers_ = &list->words;
                // Numbers may continue on the next lines, except after a Sample Size that has its number.
                mode_ = c.kind == Kind::SampleSize && !list->words.empty() ? Mode::None : Mode::Numbers;
                break;
            }
            case Kind::Relationships:
                if (!relationships_where_) relationships_where_ = line.where;
                mode_ = Mode::Relations;
                if (c.rest < line.text.size()) builder_.relationship(line, c.rest);
                break;
            case Kind::Let:
            case Kind::Set:
                if (c.kind == Kind::Let)
                    builder_.let(line, c.rest);
                else
                    builder_.set(line, c.rest);
                if (previous == Mode::Relations) mode_ = Mode::Relations;
                break;
            case Kind::Method: check_method(rest, line.at(c.rest)); break;
            case Kind::Robust: robust_ = line.where; break;
            case Kind::Options: options(line, c.rest); break;
            case Kind::LisrelOutput:
                out_.spec.notes.push_back("LISREL Output is ignored (jalur prints its own LISREL-style report)");
                options(line, c.rest);
                break;
            case Kind::PathDiagram: break;
            case Kind::End:
                ended_ = true;
                end_ = line.where;
                break;
            case Kind::Ignored:
                out_.spec.notes.push_back("'" + line.text + "' is ignored (jalur does not use this SIMPLIS command)");
                break;
            case Kind::Unsupported:
            case Kind::Group:
                fail(line.where, std::string(c.name) + " is not supported",
                     "the data as a covariance matrix, a correlation matrix with standard deviations, or complete raw "
                     "data, and a single-group model fitted by maximum likelihood");
        }
    }

    // A line that is no command: a title line at the top, or more of the previous command's names, numbers or
    // relationships.
    void continuation(const CommandLine& line) {
        if (!any_command_ || mode_ == Mode::Title) {
            title_.push_back(line.text);
            return;
        }
        const bool relationship = line.text.find('=') != std::string::npos || line.text.find("->") != std::string::npos;
        switch (mode_) {
            case Mode::Names:
                if (relationship) break;
                for (Word& word : simplis::split_words(line, 0, true)) names_->push_back(std::move(word));
                return;
            case Mode::Numbers:
                if (relationship) break;
                for (Word& word : simplis::split_words(line, 0, true)) numbers_->push_back(std::move(word));
                return;
            case Mode::Relations: builder_.relationship(line, 0); return;
            default: break;
        }
        const std::string shown = line.text.size() > 40 ? line.text.substr(0, 40) + "..." : line.text;
        fail(line.where, "unknown command '" + shown + "'",
             "a SIMPLIS command (Observed Variables, Latent Variables, Covariance Matrix, Correlation Matrix, "
             "Standard Deviations, Raw Data, Sample Size, Relationships, Paths, Let, Set, Method of Estimation, "
             "Options, Path Diagram, End of Problem); relationships such as 'Y = X' go after Relationships");
    }

    struct Declared {
        std::optional<SourceLocation> where;
        std::vector<Word> words;
    };

    void once(std::optional<SourceLocation>& first, const CommandLine& line, const Command& c) const {
        if (first)
            fail(line.where,
                 std::string(c.name) + " is given twice (first at line " + std::to_string(first->line) + ")",
                 "each data command once");
        first = line.where;
    }
    void once(const SourceLocation& first, const CommandLine& line, const Command& c) const {
        fail(line.where, std::string(c.name) + " is given twice (first at line " + std::to_string(first.line) + ")",
             "each data command once");
    }

    std::optional<NumberList>& list_of(Kind kind) {
        switch (kind) {
            case Kind::Covariance: return covariance_;
            case Kind::Correlation: return correlation_;
            case Kind::RawData: return raw_;
            case Kind::Deviations: return deviations_;
            case Kind::Means: return means_;
            default: return sample_size_;
        }
    }

    // The words after a command, or those of the file it names ("from File name").
    std::vector<Word> words_or_file(const CommandLine& line, const Command& c, const char* what) {
        from_file_.reset();
        const std::optional<std::size_t> from = simplis::match_phrase(line.text, "from file", c.rest);
        if (!from) return simplis::split_words(line, c.rest, true);
        std::size_t start = simplis::skip_blanks(line.text, *from);
        if (c.kind == Kind::SampleSize) fail(line.at(c.rest), "Sample Size from a file", "Sample Size = N");
        if (start >= line.text.size()) fail(line.at(start), "no file name after 'from File'", "a file name");
        std::string name = line.text.substr(start);
        if ((name.front() == '\'' || name.front() == '"') && name.size() >= 2 && name.back() == name.front())
            name = name.substr(1, name.size() - 2);
        const std::filesystem::path spec_folder = std::filesystem::path(path_).parent_path();
        const std::string file = (spec_folder / name).string();
        from_file_ = file;
        return simplis::read_words(file, simplis::read_named_file(file, line.at(start), what));
    }

    // "Method of Estimation: Generalized Least Squares" or "Options: ME=GLS": LISREL's names of its estimators.
    void check_method(const std::string& value, const SourceLocation& where) {
        static const std::pair<const char*, Estimator> kMethods[] = {
            {"maximum likelihood", Estimator::ML},         {"ml", Estimator::ML},
            {"generalized least squares", Estimator::GLS}, {"gls", Estimator::GLS},
            {"weighted least squares", Estimator::WLS},    {"wls", Estimator::WLS},
            {"unweighted least squares", Estimator::ULS},  {"uls", Estimator::ULS},
            {"diagonally weighted least squares", Estimator::DWLS}, {"dwls", Estimator::DWLS}};
        const std::string method = normalized_words(value);
        for (const auto& [name, estimator] : kMethods)
            if (method == name) {
                out_.spec.estimation.estimator = estimator;
                return;
            }
        fail(where, "estimation method '" + value + "'",
             "Maximum Likelihood, Generalized Least Squares, Weighted Least Squares, Unweighted Least Squares or "
             "Diagonally Weighted Least Squares (ME=ML, GLS, WLS, ULS, DWLS)");
    }

    void options(const CommandLine& line, std::size_t from) {
        std::vector<std::string> ignored;
        for (const Word& word : simplis::split_words(line, from, true)) {
            out_.options.push_back(word.text);
            std::string option = simplis::lowercase(word.text);
            if (option == "ss" || option == "sc" || option == "ef") continue;  // jalur always reports these
            if (option.rfind("me=", 0) == 0) {
                SourceLocation at = word.where;
                at.column += 3;
                check_method(word.text.substr(3), at);
                continue;
            }
            ignored.push_back(word.text);
        }
        if (!ignored.empty())
            out_.spec.notes.push_back("option" + std::string(ignored.size() == 1 ? " " : "s ") + join(ignored, " ") +
                                      " ignored (jalur always reports the estimates, standardized solution, effects "
                                      "and fit measures)");
    }

    // ---- after the last line ----

    SourceLocation end_place() const { return end_ ? *end_ : last_; }

    static void check_names(const std::vector<Word>& words, const std::vector<Word>& others) {
        for (std::size_t k = 0; k < words.size(); ++k) {
            const Word& word = words[k];
            if (!is_identifier(word.text))
                fail(word.where, "'" + word.text + "' is not a variable name",
                     "a name of letters, digits, '_' and '.' that does not start with a digit");
            for (std::size_t j = 0; j < k; ++j)
                if (words[j].text == word.text)
                    fail(word.where,
                         "variable '" + word.text + "' is named twice (first at line " +
                             std::to_string(words[j].where.line) + ")",
                         "unique names");
            for (const Word& other : others)
                if (other.text == word.text)
                    fail(word.where,
                         "'" + word.text + "' is also an observed variable (at line " +
                             std::to_string(other.where.line) + ")",
                         "latent names that differ from the observed ones");
        }
    }

    SimplisSpec finish() {
        ModelSpec& spec = out_.spec;
        spec.path = path_;
        spec.title = join(title_, " ");

        // Variables.
        if (!observed_.where) {
            const SourceLocation where = !sources_.empty() ? sources_.front().second : end_place();
            fail(where, "no Observed Variables",
                 "Observed Variables: followed by the names of the variables in the data");
        }
        if (observed_.words.empty())
            fail(*observed_.where, "Observed Variables has no names", "the names of the variables in the data");
        check_names(observed_.words, {});
        check_names(latent_.words, observed_.words);
        std::vector<std::string> names;
        for (const Word& word : observed_.words) names.push_back(word.text);

        // Data.
        if (sources_.empty())
            fail(end_place(), "no data",
                 "Covariance Matrix, Correlation Matrix with Standard Deviations, or Raw Data from File");
        if (sources_.size() > 1)
            fail(sources_[1].second,
                 std::string(sources_[1].first) + " after " + sources_[0].first + " (at line " +
                     std::to_string(sources_[0].second.line) + ")",
                 "one source of data: a covariance matrix, a correlation matrix or raw data");
        if (deviations_ && !correlation_)
            fail(deviations_->where, "Standard Deviations without a correlation matrix",
                 "Standard Deviations only with Correlation Matrix");
        if (correlation_ && !deviations_)
            fail(correlation_->where, "Correlation Matrix without Standard Deviations",
                 "Standard Deviations: with one value per observed variable (jalur fits the covariance matrix)");
        if (means_) {
            simplis::check_means(*means_, names.size());
            spec.notes.push_back("Means are not used (jalur fits the covariance structure without means)");
        }
        spec.data_where = sources_.front().second;
        if (raw_) {
            spec.data_kind = DataKind::Raw;
            if (data_file_) spec.data_where = {*data_file_};
            spec.data = Data::from_rows(names, simplis::raw_data(*raw_, names.size()), spec.data_where);
            const auto rows = static_cast<int>(spec.data.rows.rows());
            if (sample_size_) {
                const int n = simplis::sample_size(*sample_size_);
                if (n != rows)
                    fail(sample_size_->words.front().where,
                         "Sample Size is " + std::to_string(n) + " but the raw data has " + std::to_string(rows) +
                             " observations",
                         "the number of observations in the raw data (or no Sample Size)");
            }
        } else {
            spec.data_kind = covariance_ ? DataKind::Covariance : DataKind::Correlation;
            SampleMoments moments;
            moments.names = names;
            moments.covariance = covariance_
                                     ? simplis::covariance_matrix(*covariance_, names)
                                     : simplis::covariance_from_correlations(*correlation_, *deviations_, names);
            if (!sample_size_)
                fail(sources_.front().second, "no Sample Size",
                     "Sample Size = N (the number of observations) with a covariance or correlation matrix");
            moments.n = simplis::sample_size(*sample_size_);
            spec.data = Data(std::move(moments));
        }

        // Model.
        if (builder_.empty())
            fail(relationships_where_ ? *relationships_where_ : end_place(), "the model has no relationships",
                 "Relationships (or Paths) followed by lines such as 'Y = X1 X2', 'x1 x2 x3 = F' or 'X -> Y'");
        spec.table.rows = builder_.finish(observed_.words, latent_.words);

        // As LISREL: n = N - 1 whatever the data; Robust Estimation (Satorra-Bentler, lavaan's MLM) with the
        // normal likelihood robust ML takes (n = N).
        spec.estimation.likelihood = Likelihood::Wishart;
        if (robust_) {
            if (spec.estimation.estimator != Estimator::ML)
                fail(*robust_, std::string("Robust Estimation with ") + estimator_name(spec.estimation.estimator),
                     "Robust Estimation with Maximum Likelihood (Satorra-Bentler's scaled chi-square and robust "
                     "standard errors)");
            spec.estimation.choose(*parse_estimator_choice("MLM"));
            spec.estimation.likelihood = Likelihood::Normal;
        }
        return std::move(out_);
    }

    std::string path_;
    SimplisSpec out_;
    Mode mode_ = Mode::None;
    bool any_command_ = false;
    bool ended_ = false;
    std::optional<SourceLocation> robust_;  // where Robust Estimation was asked
    bool after_end_noted_ = false;
    std::optional<SourceLocation> end_;
    SourceLocation last_;
    std::vector<std::string> title_;
    Declared observed_, latent_;
    std::vector<Word>* names_ = nullptr;
    std::vector<Word>* numbers_ = nullptr;
    std::optional<NumberList> covariance_, correlation_, raw_, deviations_, means_, sample_size_;
    std::vector<std::pair<const char*, SourceLocation>> sources_;
    std::optional<std::string> from_file_, data_file_;
    std::optional<SourceLocation> relationships_where_;
    simplis::ModelBuilder builder_;
};

}  // namespace

SimplisSpec read_simplis(const std::string& path) { return Reader(path).read(); }

ModelSpec read_simplis_spec(const std::string& path) { return read_simplis(path).spec; }

}  // namespace jalur::models
