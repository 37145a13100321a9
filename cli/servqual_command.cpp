#include "cli/servqual_command.hpp"

#include <algorithm>
#include <map>

#include "cli/atomic_file.hpp"
#include "cli/command_line.hpp"
#include "cli/csv_dialect_options.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/instrument_options.hpp"
#include "cli/output_target.hpp"
#include "cli/report_output.hpp"
#include "cli/report_style_options.hpp"
#include "cli/servqual_dimension_hint.hpp"
#include "models/lexical.hpp"
#include "models/survey_data.hpp"
#include "report/diagram/servqual_plot.hpp"
#include "report/diagram/svg_png.hpp"
#include "report/survey/servqual_report.hpp"

namespace po = boost::program_options;

namespace jalur::cli {
namespace {

const char* const kHelp = "jalur help servqual";

po::options_description servqual_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("pair", po::value<std::vector<std::string>>()->value_name("P=COL,E=COL"),
         "an attribute's perception and expectation columns, optionally named: name=clean,P=p_clean,E=e_clean "
         "(repeatable; without --pair, columns P_<attr> and E_<attr> pair up)")  //
        ("dimension", po::value<std::vector<std::string>>()->value_name("NAME=ATTRS"),
         "a dimension and its attributes, e.g. tangibles=clean,rooms,staff (repeatable; without it each "
         "attribute is its own dimension, and the text report says so and which options the names suggest)")  //
        ("range", po::value<std::string>()->value_name("LOW-HIGH"), "the answers allowed, e.g. 1-5")  //
        ("plot", po::value<std::string>()->value_name("FILE"),
         "write the attributes' quadrant plot: SVG, or PNG for a FILE ending in .png (- for standard output, SVG)")  //
        ("plot-dimensions", po::value<std::string>()->value_name("FILE"),
         "write the dimensions' quadrant plot: SVG, or PNG for a FILE ending in .png (- for standard output, SVG)")  //
        ("scores", po::value<std::string>()->value_name("FILE.csv"),
         "write each respondent's perception, expectation and gap score per dimension (CSV; - for standard "
         "output)")  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "report format: text (the default), json, csv, markdown (APA-style tables) or html (one self-contained "
         "page with the quadrant plots)")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the report to FILE instead of standard output (replaced only when the report is complete); "
         "no two outputs may name the same file, and only one of them standard output")  //
        ("help,h", "show this help and exit");
    add_report_style_options(options);
    add_csv_dialect_options(options);
    return options;
}

struct Pair {
    std::string attribute, perception, expectation;
};

// "name=x,P=col,E=col" → its fields; every key once, P and E required.
Pair pair_option(const std::string& text) {
    std::map<std::string, std::string> fields;
    for (const std::string& field : models::split_list(text)) {
        const std::size_t equals = field.find('=');
        const std::string key = equals == std::string::npos ? field : field.substr(0, equals);
        if (equals == std::string::npos || (key != "name" && key != "P" && key != "E") || fields.count(key))
            throw UsageError("invalid --pair '" + text + "', expected P=COLUMN,E=COLUMN (optionally name=ATTRIBUTE,...)",
                             kHelp);
        fields[key] = std::string(models::trim(field.substr(equals + 1)));
    }
    if (!fields.count("P") || !fields.count("E"))
        throw UsageError("--pair '" + text + "' needs both P=COLUMN and E=COLUMN", kHelp);
    const std::string& p = fields["P"];
    const std::string name = fields.count("name") ? fields["name"] : p.rfind("P_", 0) == 0 ? p.substr(2) : p;
    if (name.empty()) throw UsageError("--pair '" + text + "' gives the attribute no name", kHelp);
    return {name, p, fields["E"]};
}

// Every --pair names its own attribute (the engine would refuse a repeated name as numerical trouble).
std::vector<Pair> pair_options(const std::vector<std::string>& texts) {
    std::vector<Pair> pairs;
    for (const std::string& text : texts) {
        Pair pair = pair_option(text);
        for (const Pair& earlier : pairs)
            if (earlier.attribute == pair.attribute)
                throw UsageError("attribute " + pair.attribute + " is given by two --pair options, expected each "
                                 "attribute once (name them with name=ATTRIBUTE)",
                                 kHelp);
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

// P_<attr> with E_<attr>, in file order.
std::vector<Pair> default_pairs(const models::SurveyData& data) {
    std::vector<Pair> pairs;
    for (const auto& column : data.columns) {
        if (column.name.rfind("P_", 0) != 0) continue;
        const std::string attribute = column.name.substr(2);
        if (attribute.empty())
            throw InputError({data.path}, "column P_ names no attribute, expected P_<attribute> and E_<attribute> "
                                          "(or --pair).");
        if (!data.has("E_" + attribute))
            throw InputError({data.path}, "column " + column.name + " has no expectation column E_" + attribute +
                                              ", expected P_<attribute> and E_<attribute> in pairs (or --pair).");
        pairs.push_back({attribute, column.name, "E_" + attribute});
    }
    for (const auto& column : data.columns)
        if (column.name.rfind("E_", 0) == 0 && !data.has("P_" + column.name.substr(2)))
            throw InputError({data.path}, "column " + column.name + " has no perception column P_" +
                                              column.name.substr(2) + ", expected P_<attribute> and E_<attribute> in "
                                              "pairs (or --pair).");
    if (pairs.empty())
        throw InputError({data.path}, "no columns P_<attribute> and E_<attribute>, expected perception and "
                                      "expectation columns in pairs (or name them with --pair P=COL,E=COL).");
    return pairs;
}

// An attribute, or a span first..last of attributes in the order of the pairs.
std::vector<std::string> attribute_span(const std::vector<Pair>& pairs, const std::string& token,
                                        const std::string& dimension) {
    const auto position = [&](const std::string& attribute) {
        const auto at = std::find_if(pairs.begin(), pairs.end(), [&](const Pair& p) { return p.attribute == attribute; });
        if (at == pairs.end()) throw UsageError("--dimension " + dimension + ": no attribute '" + attribute + "'", kHelp);
        return static_cast<std::size_t>(at - pairs.begin());
    };
    const std::size_t dots = token.find("..");
    if (dots == std::string::npos) return {pairs[position(token)].attribute};
    const std::size_t first = position(std::string(models::trim(token.substr(0, dots))));
    const std::size_t last = position(std::string(models::trim(token.substr(dots + 2))));
    if (last < first) throw UsageError("--dimension " + dimension + ": the span " + token + " runs backwards", kHelp);
    std::vector<std::string> out;
    for (std::size_t k = first; k <= last; ++k) out.push_back(pairs[k].attribute);
    return out;
}

std::vector<stats::ServqualAttribute> attributes_of(const std::vector<Pair>& pairs,
                                                     const std::vector<std::string>& dimension_options) {
    std::map<std::string, std::string> dimension_of;
    for (const std::string& text : dimension_options) {
        const std::size_t equals = text.find('=');
        const std::string name(equals == std::string::npos ? "" : models::trim(text.substr(0, equals)));
        if (name.empty()) throw UsageError("invalid --dimension '" + text + "', expected NAME=attr,attr,...", kHelp);
        for (const std::string& token : models::split_list(std::string_view(text).substr(equals + 1)))
            for (const std::string& attribute : attribute_span(pairs, token, name)) {
                if (dimension_of.count(attribute))
                    throw UsageError("attribute " + attribute + " is in two dimensions (" + dimension_of[attribute] +
                                         " and " + name + ")",
                                     kHelp);
                dimension_of[attribute] = name;
            }
    }
    std::vector<stats::ServqualAttribute> attributes;
    for (const Pair& pair : pairs) {
        if (!dimension_options.empty() && !dimension_of.count(pair.attribute))
            throw UsageError("attribute " + pair.attribute + " is in no --dimension", kHelp);
        attributes.push_back({pair.attribute, dimension_options.empty() ? pair.attribute : dimension_of[pair.attribute]});
    }
    return attributes;
}

// --plot FILE / --plot-dimensions FILE: SVG, or PNG for a file name ending in .png; a file whose extension names
// another format is refused rather than given SVG under that name.
std::optional<std::string> plot_option(const ParsedCommand& command, const std::string& name) {
    const auto file = text_option(command, name, kHelp);
    const std::string extension = file ? models::file_extension(*file) : "";
    if (!extension.empty() && extension != ".svg" && extension != ".png")
        throw UsageError("--" + name + " " + *file + ": the plot is drawn as SVG or PNG, expected a file name ending "
                         "in .svg or .png (or - for standard output, SVG)",
                         kHelp);
    return file;
}

// The plot as its file's format: PNG for a .png file, else SVG.
std::string plot_file(const std::string& svg, const std::optional<std::string>& path) {
    return path && models::file_extension(*path) == ".png" ? report::svg_to_png(svg) : svg;
}

}  // namespace

std::string servqual_help() {
    return std::string(
               "Usage: jalur servqual DATA [--pair P=COL,E=COL ...] [--dimension NAME=ATTRS ...] [--range 1-5]\n"
               "                       [--plot FILE.svg|png] [--plot-dimensions FILE.svg|png] [--scores FILE.csv]\n"
               "                       [--format text|json|csv|markdown|html] [--lang en|id] [--decimal-comma]\n"
               "                       [--output FILE]\n"
               "\n"
               "SERVQUAL from perception and expectation answers (CSV or SPSS .sav): the gap (perception -\n"
               "expectation) of every attribute and dimension, ranked from the most negative, and the\n"
               "importance-performance (Cartesian) analysis: expectation on x, perception on y, quadrants split at\n"
               "the means (I top priority, II keep up the good work, III low priority, IV possible overkill).\n"
               "Respondents with a missing answer are left out. Text, Markdown and HTML (with the plots inline)\n"
               "in English or Indonesian (--lang id: I Prioritas Utama, II Pertahankan Prestasi, III Prioritas\n"
               "Rendah, IV Berlebihan); the plots in the report's language.\n"
               "\n") +
           describe(servqual_options()) + "\nExit status as for jalur fit (jalur help fit).\n";
}

int run_servqual_command(const std::vector<std::string>& args, std::ostream& out) {
    const ParsedCommand command = parse_command(args, servqual_options(), kHelp);
    if (command.options.count("help")) return print_text(out, servqual_help());
    const std::string path = single_positional(command, "data file", "jalur servqual DATA", kHelp);
    const report::ReportFormat format =
        format_option(command, {"text", "json", "csv", "markdown", "html"}, report::ReportFormat::Text, kHelp);
    const ReportStyle style = report_style_option(command, format, kHelp);
    const auto output = output_option(command, kHelp);
    const auto plot_path = plot_option(command, "plot");
    const auto plot_dimensions_path = plot_option(command, "plot-dimensions");
    const auto scores_path = text_option(command, "scores", kHelp);
    const std::optional<models::ResponseRange> range = range_option(command, kHelp);
    // Every file the command writes, the report first; "-" is standard output.
    const auto named = [](const char* role, const std::optional<std::string>& file) {
        return NamedFile{role, file.value_or("")};
    };
    const std::vector<NamedFile> outputs{{command.options.count("output") ? "--output" : "the report", output.value_or("-")},
                                         named("--plot", plot_path), named("--plot-dimensions", plot_dimensions_path),
                                         named("--scores", scores_path)};
    check_distinct_files({{"the data file", path}}, outputs, kHelp);

    const models::SurveyData data = models::read_survey(path, "", csv_dialect_option(command, path, kHelp));
    std::vector<Pair> pairs = pair_options(repeated_option(command, "pair"));
    if (pairs.empty()) pairs = default_pairs(data);
    const std::vector<std::string> dimension_options = repeated_option(command, "dimension");
    const auto attributes = attributes_of(pairs, dimension_options);

    report::ServqualReport report;
    report.data_path = data.path;
    report.respondents = data.rows();
    report.dimensions_given = !dimension_options.empty();
    if (!report.dimensions_given) {
        std::vector<std::string> names;
        for (const Pair& pair : pairs) names.push_back(pair.attribute);
        report.suggested_dimensions = suggested_dimension_options(names);
    }
    for (const Pair& pair : pairs) {
        report.perception_columns.push_back(pair.perception);
        report.expectation_columns.push_back(pair.expectation);
    }
    std::vector<std::string> columns = report.perception_columns;
    columns.insert(columns.end(), report.expectation_columns.begin(), report.expectation_columns.end());
    const models::ItemResponses answers = models::item_responses(data, columns, range);
    const auto k = static_cast<Eigen::Index>(pairs.size());
    report.dropped = answers.dropped;
    report.result = stats::servqual(attributes, answers.values.leftCols(k), answers.values.rightCols(k));

    // Everything is rendered before anything is written: a failure leaves no partial output.
    const auto& s = report.result;
    std::vector<std::string> contents(outputs.size());  // of each output, in the order of `outputs`
    contents[0] = rendered_in_style(style, [&] { return report::render_servqual_report(format, report, style.language); });
    // The plots are for people too: in the report's language and decimal mark.
    const auto draw = [&](const std::vector<stats::ServqualPoint>& points, double x, double y, bool attributes,
                          const std::optional<std::string>& path) {
        const std::string svg = rendered_in_style(style, [&] {
            return report::servqual_svg(points, x, y, report::servqual_plot_labels(attributes, style.language));
        });
        return plot_file(svg, path);
    };
    if (plot_path) contents[1] = draw(s.items, s.item_expectation_split, s.item_perception_split, true, plot_path);
    if (plot_dimensions_path)
        contents[2] = draw(s.dimensions, s.dimension_expectation_split, s.dimension_perception_split, false,
                           plot_dimensions_path);
    if (scores_path) {
        std::vector<int> lines;
        for (std::size_t row : answers.rows) lines.push_back(data.lines[row]);
        contents[3] = report::render_servqual_scores(report, lines);
    }
    // Every file is written to a temporary beside it before any is put in place, so that a file that cannot be
    // written (exit 6) leaves none of the others behind.
    StagedFiles staged;
    const std::string* to_standard_output = nullptr;  // check_distinct_files let at most one output go there
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        if (outputs[k].path == "-") to_standard_output = &contents[k];
        else if (!outputs[k].path.empty()) staged.stage(outputs[k].path, contents[k]);
    }
    if (to_standard_output) write_report(*to_standard_output, std::nullopt, out);
    staged.commit();
    return kExitSuccess;
}

}  // namespace jalur::cli
