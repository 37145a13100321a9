#include "models/spss_data.hpp"

#include <readstat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <limits>
#include <map>
#include <memory>
#include <new>

#include "engine/errors.hpp"
#include "models/file_text.hpp"
#include "models/lexical.hpp"

namespace jalur::models {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr const char* kExpected = "expected a .sav or .zsav file saved by SPSS, PSPP or R";

// What the callbacks build. readstat is C: an exception must not unwind through it, so a callback stores what
// it caught and aborts the parse, and read_spss throws it afterwards.
struct Reading {
    SurveyData data;
    std::vector<std::string> label_sets;                         // each column's value label set ("" for none)
    std::map<std::string, std::map<double, std::string>> sets;  // numeric value labels by set name
    std::string error;                                          // readstat's own account of a parse error
    std::exception_ptr failure;
};

template <class Body>
int guarded(void* ctx, Body body) {
    auto& reading = *static_cast<Reading*>(ctx);
    try {
        body(reading);
        return READSTAT_HANDLER_OK;
    } catch (...) {
        reading.failure = std::current_exception();
        return READSTAT_HANDLER_ABORT;
    }
}

int on_metadata(readstat_metadata_t* metadata, void* ctx) {
    return guarded(ctx, [&](Reading& reading) {
        // -1 when the file does not say; capped, because a broken header may claim any count.
        const int rows = std::min(readstat_get_row_count(metadata), 100000);
        if (rows > 0) reading.data.lines.reserve(static_cast<std::size_t>(rows));
    });
}

int on_variable(int index, readstat_variable_t* variable, const char* label_set, void* ctx) {
    return guarded(ctx, [&](Reading& reading) {
        SurveyColumn column;
        // readstat gives no name (NULL) when the name's bytes are not valid text in the file's encoding.
        const char* name = readstat_variable_get_name(variable);
        if (!name || !*name)
            throw InputError({reading.data.path},
                             "variable " + std::to_string(index + 1) +
                                 " has no readable name (its bytes are not valid text in the file's encoding), " +
                                 kExpected + ".");
        column.name = name;
        if (const char* label = readstat_variable_get_label(variable)) column.label = label;
        column.numeric = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_NUMERIC;
        reading.data.columns.push_back(std::move(column));
        reading.label_sets.emplace_back(label_set ? label_set : "");
    });
}

// Appends one cell; readstat gives the cells of a case in variable order, case after case.
int on_value(int case_index, readstat_variable_t* variable, readstat_value_t value, void* ctx) {
    return guarded(ctx, [&](Reading& reading) {
        const auto index = static_cast<std::size_t>(readstat_variable_get_index_after_skipping(variable));
        if (index >= reading.data.columns.size())
            throw InputError({reading.data.path, case_index + 1},
                             "case " + std::to_string(case_index + 1) + " has a value of variable " +
                                 std::to_string(index + 1) + " but the file declares " +
                                 std::to_string(reading.data.columns.size()) + " variables, " + kExpected + ".");
        SurveyColumn& column = reading.data.columns[index];
        const auto row = static_cast<std::size_t>(case_index);
        if (column.text.size() != row)
            throw InputError({reading.data.path, case_index + 1},
                             "case " + std::to_string(case_index + 1) + " of variable " + column.name +
                                 " came out of order, expected the cases of an SPSS file one after another.");
        if (index == 0) reading.data.lines.push_back(case_index + 1);
        if (readstat_value_is_missing(value, variable)) {
            column.text.emplace_back();
            column.numbers.push_back(kNaN);
        } else if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_NUMERIC) {
            const double number = readstat_double_value(value);
            column.text.push_back(format_number(number));
            column.numbers.push_back(number);
        } else {
            const char* text = readstat_string_value(value);
            // SPSS pads strings with blanks; a blank string is an unanswered one, like an empty CSV cell.
            column.text.emplace_back(trim(text ? text : ""));
            column.numbers.push_back(parse_number(column.text.back()).value_or(kNaN));
        }
    });
}

int on_value_label(const char* label_set, readstat_value_t value, const char* label, void* ctx) {
    return guarded(ctx, [&](Reading& reading) {
        // Labels of string values ("L" → "Laki-laki") have no place in a map keyed by numbers.
        if (!label_set || readstat_value_type_class(value) != READSTAT_TYPE_CLASS_NUMERIC ||
            readstat_value_is_system_missing(value))
            return;
        reading.sets[label_set][readstat_double_value(value)] = label ? label : "";
    });
}

// readstat's detailed account, which may quote bytes of a broken file: only printable ASCII is kept.
void on_error(const char* message, void* ctx) {
    auto& reading = *static_cast<Reading*>(ctx);
    if (!message) return;
    reading.error = trim(message);
    for (char& c : reading.error)
        if (c < ' ' || c > '~') c = '?';
}

std::string readable_spss_file(const std::string& hint) {
    return "a readable SPSS file" + (hint.empty() ? "" : " (" + hint + ")");
}

// Checked before readstat, whose reasons mislead here: "Unable to open file" without the system's reason, and
// "Unable to read from file" for a text file shorter than an SPSS header.
void check_spss_file(const std::string& path, const std::string& hint) {
    std::ifstream file = open_input_file(path, {path}, "the data file", readable_spss_file(hint));
    char magic[4] = {};
    file.read(magic, sizeof magic);
    const std::string start(magic, static_cast<std::size_t>(file.gcount()));
    if (start != "$FL2" && start != "$FL3")  // the record type of .sav and of .zsav files
        throw InputError({path}, std::string("the file does not start like an SPSS data file, ") + kExpected +
                                     " (files with other names are read as CSV).");
}

std::string failure_message(readstat_error_t status, const Reading& reading, const std::string& hint) {
    const std::string reason = reading.error.empty() ? readstat_error_message(status) : reading.error;
    if (status == READSTAT_ERROR_OPEN)
        return "cannot open the data file (" + reason + "), expected " + readable_spss_file(hint) + ".";
    return "cannot read the SPSS file (" + reason + "), " + kExpected + ".";
}

}  // namespace

std::string format_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    if (std::strtod(buffer, nullptr) != value) std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

SurveyData read_spss(const std::string& path, const std::string& hint) {
    check_spss_file(path, hint);
    Reading reading;
    reading.data.path = path;
    reading.data.spss = true;
    const std::unique_ptr<readstat_parser_t, void (*)(readstat_parser_t*)> parser(readstat_parser_init(),
                                                                                  readstat_parser_free);
    if (!parser) throw std::bad_alloc();
    readstat_set_metadata_handler(parser.get(), on_metadata);
    readstat_set_variable_handler(parser.get(), on_variable);
    readstat_set_value_handler(parser.get(), on_value);
    readstat_set_value_label_handler(parser.get(), on_value_label);
    readstat_set_error_handler(parser.get(), on_error);
    const readstat_error_t status = readstat_parse_sav(parser.get(), path.c_str(), &reading);
    if (reading.failure) std::rethrow_exception(reading.failure);
    if (status != READSTAT_OK) throw InputError({path}, failure_message(status, reading, hint));

    SurveyData& data = reading.data;
    for (std::size_t c = 0; c < data.columns.size(); ++c) {
        SurveyColumn& column = data.columns[c];
        if (column.text.size() != data.rows())
            throw InputError({path}, "variable " + column.name + " has " + std::to_string(column.text.size()) +
                                         " cases but the file has " + std::to_string(data.rows()) +
                                         ", expected a value of every variable in every case.");
        const auto set = reading.sets.find(reading.label_sets[c]);
        if (column.numeric && set != reading.sets.end()) column.value_labels = set->second;
    }
    return std::move(reading.data);
}

}  // namespace jalur::models
