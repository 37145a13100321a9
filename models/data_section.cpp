#include "models/data_section.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

#include "models/covariance_input.hpp"
#include "models/data_file.hpp"
#include "models/instrument_section.hpp"
#include "models/spss_data.hpp"
#include "models/score_expression.hpp"

namespace jalur::models {
namespace {

void check_variables(const ModelRows& model, const std::vector<std::string>& names) {
    const auto in_data = [&](const std::string& name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    for (const VariableUse& latent : model.latent)
        if (in_data(latent.name))
            throw InputError(latent.where, "latent variable '" + latent.name +
                                               "' has the name of an observed variable, expected a new name.");
    for (const VariableUse& use : model.variables)
        if (!model.is_latent(use.name) && !in_data(use.name)) {
            std::vector<std::string> listed;
            std::copy_if(names.begin(), names.end(), std::back_inserter(listed),
                         [](const std::string& name) { return !name.empty(); });
            throw InputError(use.where, "variable " + quoted(use.name) + " is not in the data, expected one of " +
                                            join(listed) + ".");
        }
}

// The construct scores of `scores:` as new columns of the data; returns a note per score for the report.
std::vector<std::string> add_scores(const YamlInput& input, const Item& scores,
                                    const std::optional<Instrument>& instrument, SurveyData& data) {
    std::vector<std::string> notes;
    for (const Entry& entry : input.mapping(scores).entries) {
        const Scale scale = read_score_expression(input, entry, data, instrument ? &*instrument : nullptr);
        const Eigen::VectorXd values = scale_scores(data, scale, instrument ? instrument->range : std::nullopt);
        SurveyColumn column;
        column.name = scale.name;
        column.numeric = true;
        for (Eigen::Index r = 0; r < values.size(); ++r) {
            column.numbers.push_back(values(r));
            column.text.push_back(std::isnan(values(r)) ? "" : format_number(values(r)));
        }
        column.text_columns.assign(values.size(), 0);
        // A long list reads better as its ends: "mean of 15 items (P_tan1, P_tan2, ..., P_emp3)".
        const std::vector<std::string>& items = scale.items;
        const std::string listed = items.size() <= 6 ? join(items)
                                                     : items[0] + ", " + items[1] + ", ..., " + items.back();
        std::string note = "score " + scale.name + " = " + score_kind_name(scale.score) + " of " +
                           std::to_string(items.size()) + " items (" + listed;
        if (!scale.reverse.empty()) note += "; reversed: " + join(scale.reverse);
        note += ")";
        notes.push_back(std::move(note));
        data.columns.push_back(std::move(column));
    }
    return notes;
}

}  // namespace

DataSection raw_data_section(const SurveyData& data, const ModelRows& model) {
    std::vector<std::string> names;
    for (const SurveyColumn& column : data.columns) names.push_back(column.name);
    check_variables(model, names);
    // The model's observed variables in file order, so that S is in the data's order.
    const std::vector<std::string> observed = model.observed();
    std::vector<std::string> used;
    std::copy_if(names.begin(), names.end(), std::back_inserter(used), [&](const std::string& name) {
        return std::find(observed.begin(), observed.end(), name) != observed.end();
    });
    DataSection out;
    out.kind = DataKind::Raw;
    out.where = {data.path};
    out.data = Data::from_rows(used, item_values(data, used), out.where);
    // The fit drops the incomplete rows (listwise deletion in the engine's data stage); too few complete rows are
    // refused here already, so that the spec is refused as a whole.
    const auto complete = static_cast<std::size_t>((out.data.missing.rowwise().any() == false).count());
    require_complete_answers(data, used, complete, 2);
    return out;
}

DataSection read_raw_data(const std::string& path, const ModelRows& model, const std::string& hint,
                          const CsvDialect& dialect) {
    return raw_data_section(read_survey(path, hint, dialect), model);
}

DataSection read_data_section(const YamlInput& input, const Item& data, const ModelRows& model,
                              const Item* instrument) {
    const Mapping section =
        input.mapping(data, {"covariance", "correlation", "sd", "file", "separator", "decimal", "n", "scores"});
    const Entry* covariance = section.find("covariance");
    const Entry* correlation = section.find("correlation");
    const Entry* file = section.find("file");
    const Entry* sd = section.find("sd");
    const Entry* n = section.find("n");
    if ((covariance != nullptr) + (correlation != nullptr) + (file != nullptr) != 1)
        YamlInput::fail(data, "data must give one source", "exactly one of covariance, correlation or file");
    if (sd && !correlation) YamlInput::fail(sd->key_item, "sd without correlation", "sd only with correlation");
    const Entry* scores = section.find("scores");
    if (scores && !file)
        YamlInput::fail(scores->key_item, "scores without a data file", "scores: with file: (the items' answers)");
    for (const char* key : {"separator", "decimal"})
        if (const Entry* entry = section.find(key); entry && !file)
            YamlInput::fail(entry->key_item, std::string(key) + " without a data file",
                            std::string(key) + ": with file: (a CSV file)");
    if (correlation && !sd)
        YamlInput::fail(correlation->key_item, "correlation without sd",
                        "sd: [...] with the standard deviations of the variables");

    if (file) {
        if (n)
            YamlInput::fail(n->key_item, "n is given with raw data",
                            "no n with file: (N is the number of complete rows)");
        SurveyData survey = read_data_file(input, section);
        // The instrument is checked against the data even when no score uses it: a spec is right or wrong as a whole.
        std::optional<Instrument> scales;
        if (instrument) scales = read_instrument_section(input, *instrument, survey);
        std::vector<std::string> notes;
        if (scores) notes = add_scores(input, scores->value, scales, survey);
        DataSection out = raw_data_section(survey, model);
        out.notes.insert(out.notes.begin(), notes.begin(), notes.end());
        return out;
    }
    if (!n) YamlInput::fail(data, "data has no n", "the sample size n: with a covariance or correlation matrix");
    if (instrument)
        YamlInput::fail(*instrument, "instrument: with a covariance or correlation matrix",
                        "data: file: with the answers to the instrument's items");
    DataSection out;
    const Entry& matrix = covariance ? *covariance : *correlation;
    NamedMatrix named = covariance ? read_covariance_input(input, covariance->value)
                                   : read_correlation_input(input, correlation->value, sd->value);
    out.kind = covariance ? DataKind::Covariance : DataKind::Correlation;
    out.where = matrix.key_item.where;
    SampleMoments moments;
    moments.n = input.integer(n->value, 2, kLargestSampleSize);
    check_variables(model, named.names);
    moments.names = std::move(named.names);
    moments.covariance = std::move(named.values);
    out.data = Data(std::move(moments));
    return out;
}

ModelSpec model_spec(const std::string& path, ModelRows rows, DataSection data) {
    ModelSpec spec;
    spec.path = path;
    spec.table.rows = std::move(rows.rows);
    spec.table.constraints = std::move(rows.constraints);
    spec.data = std::move(data.data);
    spec.data_kind = data.kind;
    spec.data_where = std::move(data.where);
    spec.notes = std::move(data.notes);
    return spec;
}

}  // namespace jalur::models
