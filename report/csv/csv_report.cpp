#include "report/csv/csv_report.hpp"

#include "report/common/csv_field.hpp"
#include "report/common/number_format.hpp"
#include "report/fit/fit_report.hpp"

namespace jalur::report {

std::string render_csv_report(const FitResult& result) {
    std::string out =
        "lhs,op,rhs,label,free,est,se,z,pvalue,std_all,std_lv,std_all_se,ci_lower,ci_upper,std_all_ci_lower,"
        "std_all_ci_upper,std_lv_ci_lower,std_lv_ci_upper\n";
    for (const ParameterRow& row : result.table.rows) {
        out += csv_field(row.lhs) + ',' + csv_field(op_symbol(row.op)) + ',' + csv_field(row.rhs) + ',' +
               csv_field(row.label) + ',' + (row.free ? "true" : "false");
        const bool fixed = is_fixed(row);
        for (double value : {row.est, fixed ? kNaN : row.se, fixed ? kNaN : row.z, fixed ? kNaN : row.pvalue,
                             row.std_all, row.std_lv, row.std_all_se, fixed ? kNaN : row.ci.lower,
                             fixed ? kNaN : row.ci.upper, row.std_all_ci.lower, row.std_all_ci.upper,
                             row.std_lv_ci.lower, row.std_lv_ci.upper})
            out += ',' + significant_number(value);
        out += '\n';
    }
    // Constraints as lavaan's parameter table lists them: est is lhs − rhs at the estimates.
    for (const Constraint& c : result.table.constraints)
        out += csv_field(c.lhs) + ',' + csv_field(relation_symbol(c.relation)) + ',' + csv_field(c.rhs) + ",,false," +
               significant_number(c.slack) + ",,,,,,,,,,,,\n";
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

}  // namespace jalur::report
