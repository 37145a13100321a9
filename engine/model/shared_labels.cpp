#include "engine/model/shared_labels.hpp"

#include <map>
#include <sstream>

#include "engine/errors.hpp"

namespace jalur {

namespace {

std::string row_text(const ParameterRow& row) {
    return row.lhs + " " + op_symbol(row.op) + (row.rhs.empty() ? "" : " " + row.rhs);
}

}  // namespace

std::vector<std::string> fix_shared_labels(ParameterTable& table) {
    std::map<std::string, const ParameterRow*> fixed;  // label → its first fixed row
    for (const auto& row : table.rows) {
        if (row.label.empty() || row.free || row.op == Op::Defined) continue;
        const auto [it, inserted] = fixed.emplace(row.label, &row);
        if (!inserted && it->second->value != row.value) {
            std::ostringstream msg;
            msg << "the label " << quoted(row.label) << " is on " << row_text(*it->second) << " fixed at "
                << it->second->value << " and on this row fixed at " << row.value
                << ", expected the rows that share a label to have one value";
            throw InputError(row.where, msg.str());
        }
    }
    std::vector<std::string> notes;
    for (const auto& [label, fixed_row] : fixed) {
        std::vector<std::string> made_fixed;
        const ParameterRow source = *fixed_row;
        for (auto& row : table.rows)
            if (row.label == label && row.free && row.op != Op::Defined) {
                row.free = false;
                row.value = source.value;
                made_fixed.push_back(row_text(row));
            }
        if (made_fixed.empty()) continue;
        std::ostringstream note;
        note << "the label " << quoted(label) << " is on " << row_text(source) << ", fixed at " << source.value << ", so "
             << join(made_fixed) << (made_fixed.size() == 1 ? " is" : " are")
             << " fixed at that value too: rows that share a label are one parameter (as in lavaan)";
        notes.push_back(note.str());
    }
    return notes;
}

}  // namespace jalur
