#include "cli/csv_report.hpp"

#include "cli/number_format.hpp"
#include "cli/report_format.hpp"

namespace jalur::cli {

std::string csv_field(std::string_view field) {
    const bool needs_quotes = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                              (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!needs_quotes) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string render_csv_report(const FitResult& result) {
    std::string out = "lhs,op,rhs,label,free,est,se,z,pvalue,std_all,std_lv,std_all_se\n";
    for (const ParameterRow& row : result.table.rows) {
        out += csv_field(row.lhs) + ',' + csv_field(op_symbol(row.op)) + ',' + csv_field(row.rhs) + ',' +
               csv_field(row.label) + ',' + (row.free ? "true" : "false");
        const bool fixed = is_fixed(row);
        for (double value : {row.est, fixed ? kNaN : row.se, fixed ? kNaN : row.z, fixed ? kNaN : row.pvalue,
                             row.std_all, row.std_lv, row.std_all_se})
            out += ',' + significant_number(value);
        out += '\n';
    }
    return out;
}

std::string render_csv_modification_indices(const std::vector<ModificationIndex>& indices) {
    std::string out = "lhs,op,rhs,mi,epc,sepc_lv,sepc_all\n";
    for (const ModificationIndex& m : indices) {
        out += csv_field(m.lhs) + ',' + csv_field(op_symbol(m.op)) + ',' + csv_field(m.rhs);
        for (double value : {m.mi, m.epc, m.sepc_lv, m.sepc_all}) out += ',' + significant_number(value);
        out += '\n';
    }
    return out;
}

}  // namespace jalur::cli
