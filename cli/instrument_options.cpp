#include "cli/instrument_options.hpp"

#include <algorithm>

#include "cli/csv_dialect_options.hpp"
#include "cli/diagnostics.hpp"
#include "models/item_list.hpp"
#include "models/lexical.hpp"
#include "models/survey_spec.hpp"

namespace po = boost::program_options;

namespace jalur::cli {
namespace {

models::Scale scale_option(const std::string& text, const models::SurveyData& data, const std::string& help) {
    const std::size_t equals = text.find('=');
    const std::string name(equals == std::string::npos ? "" : models::trim(text.substr(0, equals)));
    if (!models::is_identifier(name))
        throw UsageError("invalid --scale '" + text + "', expected NAME=item,item,... (e.g. tangibles=tan1..tan5)",
                         help);
    models::Scale scale;
    scale.name = name;
    scale.where = {"--scale " + name};
    scale.items = models::expand_item_list(models::split_item_list(text.substr(equals + 1), scale.where), data);
    if (scale.items.size() < 2)
        throw UsageError("--scale " + name + " has one item, expected at least 2", help);
    return scale;
}

void apply_reverse(const std::vector<std::string>& options, const models::SurveyData& data,
                   std::vector<models::Scale>& scales, const std::string& help) {
    for (const std::string& option : options)
        for (const std::string& item : models::expand_item_list(models::split_item_list(option, {"--reverse"}), data)) {
            bool found = false;
            for (models::Scale& scale : scales)
                if (std::find(scale.items.begin(), scale.items.end(), item) != scale.items.end()) {
                    // Reversed twice would be not reversed at all.
                    if (std::find(scale.reverse.begin(), scale.reverse.end(), item) != scale.reverse.end())
                        throw UsageError("--reverse " + item + " is given twice, expected each item once", help);
                    scale.reverse.push_back(item);
                    found = true;
                }
            if (!found) throw UsageError("--reverse " + item + ": the item is in no --scale", help);
        }
}

}  // namespace

po::options_description instrument_options() {
    po::options_description options("Scales (with a data file; a YAML spec has them under instrument:)");
    options.add_options()  //
        ("scale", po::value<std::vector<std::string>>()->value_name("NAME=ITEMS"),
         "a scale and its items, e.g. tangibles=tan1,tan2,tan3 or tangibles=tan1..tan5 (columns tan1 to tan5 in "
         "file order); repeat for more scales")  //
        ("range", po::value<std::string>()->value_name("LOW-HIGH"),
         "the answers allowed, e.g. 1-5: other values are reported with row and column; reverse keys need it")  //
        ("reverse", po::value<std::vector<std::string>>()->value_name("ITEMS"),
         "reverse-keyed items (answer becomes LOW + HIGH - answer), e.g. rel3,emp2")  //
        ("score", po::value<std::string>()->value_name("KIND"), "how a respondent's scale score is formed: mean "
                                                                "(the default) or sum");
    return options;
}

std::optional<models::ResponseRange> range_option(const ParsedCommand& command, const std::string& help) {
    const auto text = text_option(command, "range", help);
    if (!text) return std::nullopt;
    const auto range = models::parse_response_range(*text);
    if (!range) throw UsageError("invalid --range '" + *text + "', expected the lowest and highest answer, e.g. 1-5", help);
    return range;
}

bool is_yaml_path(const std::string& path) {
    const std::string extension = models::file_extension(path);
    return extension == ".yaml" || extension == ".yml";
}

std::vector<NamedFile> survey_input_files(const SurveyInput& input) {
    if (!is_yaml_path(input.source)) return {{"the data file", input.source}};
    return {{"the spec file", input.source}, {"the data file", input.data.path}};
}

SurveyInput survey_input(const ParsedCommand& command, const std::string& path, const std::string& help,
                         bool scales_required) {
    const auto scales = repeated_option(command, "scale");
    const auto reverse = repeated_option(command, "reverse");
    const bool spec = is_yaml_path(path);
    if (spec && (!scales.empty() || !reverse.empty() || command.options.count("range") ||
                 command.options.count("score")))
        throw UsageError("--scale, --range, --reverse and --score go with a data file; the spec " + path +
                             " gives its scales under instrument:",
                         help);
    const models::CsvDialect dialect = csv_dialect_option(command, path, help);
    SurveyInput input;
    input.source = path;
    if (spec) {
        models::SurveySpec read = models::read_survey_spec(path);
        input.data = std::move(read.data);
        input.instrument = std::move(read.instrument);
        return input;
    }
    if (scales.empty() && scales_required)
        throw UsageError("no scales: give --scale NAME=item,item,... (or a YAML spec with instrument:)", help);
    input.data = models::read_survey(path, "", dialect);
    input.instrument.range = range_option(command, help);
    models::ScoreKind kind = models::ScoreKind::Mean;
    if (command.options.count("score")) {
        const std::string text = command.options["score"].as<std::string>();
        if (text != "sum" && text != "mean") throw UsageError("invalid --score '" + text + "', expected sum or mean", help);
        kind = text == "sum" ? models::ScoreKind::Sum : models::ScoreKind::Mean;
    }
    for (const std::string& text : scales) {
        models::Scale scale = scale_option(text, input.data, help);
        for (const models::Scale& earlier : input.instrument.scales)
            if (earlier.name == scale.name)
                throw UsageError("--scale " + scale.name + " is given twice, expected each scale name once", help);
        scale.score = kind;
        input.instrument.scales.push_back(std::move(scale));
    }
    apply_reverse(reverse, input.data, input.instrument.scales, help);
    return input;
}

}  // namespace jalur::cli
