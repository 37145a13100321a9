#include "models/data_section.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>

#include "models/covariance_input.hpp"
#include "models/csv_data.hpp"

namespace jalur::models {
namespace {

void check_variables(const std::vector<VariableUse>& uses, const std::vector<std::string>& names) {
    for (const VariableUse& use : uses)
        if (std::find(names.begin(), names.end(), use.name) == names.end()) {
            std::vector<std::string> listed;
            std::copy_if(names.begin(), names.end(), std::back_inserter(listed),
                         [](const std::string& name) { return !name.empty(); });
            throw InputError(use.where, "variable '" + use.name + "' is not in the data, expected one of " +
                                            join(listed) + ".");
        }
}

DataSection read_raw(const YamlInput& input, const Entry& file, const std::vector<VariableUse>& uses) {
    const std::filesystem::path spec_folder = std::filesystem::path(input.path()).parent_path();
    const std::string path = (spec_folder / input.text(file.value)).string();
    const CsvTable table = read_csv(path);
    check_variables(uses, table.names);
    std::vector<std::string> used;
    for (const VariableUse& use : uses) used.push_back(use.name);
    NumericColumns columns = numeric_columns(table, used);

    DataSection out;
    out.kind = DataKind::Raw;
    out.where = {path};
    out.moments.names = std::move(columns.names);
    out.moments.covariance = covariance_of(columns.values);
    out.moments.n = static_cast<int>(columns.values.rows());
    if (columns.dropped == 1) out.notes.push_back("1 row with missing values was dropped (listwise deletion)");
    if (columns.dropped > 1)
        out.notes.push_back(std::to_string(columns.dropped) +
                            " rows with missing values were dropped (listwise deletion)");
    return out;
}

}  // namespace

DataSection read_data_section(const YamlInput& input, const Item& data, const std::vector<VariableUse>& uses) {
    const Mapping section = input.mapping(data, {"covariance", "correlation", "sd", "file", "n"});
    const Entry* covariance = section.find("covariance");
    const Entry* correlation = section.find("correlation");
    const Entry* file = section.find("file");
    const Entry* sd = section.find("sd");
    const Entry* n = section.find("n");
    if ((covariance != nullptr) + (correlation != nullptr) + (file != nullptr) != 1)
        YamlInput::fail(data, "data must give one source", "exactly one of covariance, correlation or file");
    if (sd && !correlation) YamlInput::fail(sd->key_item, "sd without correlation", "sd only with correlation");
    if (correlation && !sd)
        YamlInput::fail(correlation->key_item, "correlation without sd",
                        "sd: [...] with the standard deviations of the variables");

    if (file) {
        if (n)
            YamlInput::fail(n->key_item, "n is given with raw data",
                            "no n with file: (N is the number of complete rows)");
        return read_raw(input, *file, uses);
    }
    if (!n) YamlInput::fail(data, "data has no n", "the sample size n: with a covariance or correlation matrix");
    DataSection out;
    const Entry& matrix = covariance ? *covariance : *correlation;
    NamedMatrix named = covariance ? read_covariance_input(input, covariance->value)
                                   : read_correlation_input(input, correlation->value, sd->value);
    out.kind = covariance ? DataKind::Covariance : DataKind::Correlation;
    out.where = matrix.key_item.where;
    out.moments.n = input.integer(n->value, 2);
    check_variables(uses, named.names);
    out.moments.names = std::move(named.names);
    out.moments.covariance = std::move(named.values);
    return out;
}

}  // namespace jalur::models
