#include "engine/model/parameter_table.hpp"

#include <algorithm>
#include <map>

namespace jalur {

const char* op_symbol(Op op) {
    switch (op) {
        case Op::Loading: return "=~";
        case Op::Regression: return "~";
        case Op::Covariance: return "~~";
        case Op::Defined: return ":=";
        case Op::Intercept: return "~1";
    }
    return "?";
}

const char* relation_symbol(Relation relation) {
    switch (relation) {
        case Relation::Equal: return "==";
        case Relation::Less: return "<";
        case Relation::Greater: return ">";
    }
    return "?";
}

ParameterRow free_row(const std::string& lhs, Op op, const std::string& rhs, bool user) {
    ParameterRow row;
    row.lhs = lhs;
    row.op = op;
    row.rhs = rhs;
    row.user = user;
    return row;
}

std::string ParameterRow::name() const {
    if (!label.empty()) return label;
    return lhs + op_symbol(op) + rhs;
}

std::vector<std::string> ParameterTable::variables() const {
    std::vector<std::string> names;
    auto add = [&](const std::string& v) {
        if (std::find(names.begin(), names.end(), v) == names.end()) names.push_back(v);
    };
    for (const auto& r : rows) {
        if (r.op == Op::Defined) continue;
        add(r.lhs);
        if (r.op != Op::Intercept) add(r.rhs);
    }
    return names;
}

std::vector<std::string> ParameterTable::latent() const {
    std::vector<std::string> names;
    for (const auto& r : rows)
        if (r.op == Op::Loading && std::find(names.begin(), names.end(), r.lhs) == names.end())
            names.push_back(r.lhs);
    return names;
}

bool ParameterTable::is_latent(const std::string& variable) const {
    return std::any_of(rows.begin(), rows.end(),
                       [&](const ParameterRow& r) { return r.op == Op::Loading && r.lhs == variable; });
}

std::vector<std::string> ParameterTable::endogenous() const {
    std::vector<std::string> names;
    for (const auto& r : rows)
        if (r.is_directed() && std::find(names.begin(), names.end(), r.outcome()) == names.end())
            names.push_back(r.outcome());
    return names;
}

bool ParameterTable::is_regression_predictor(const std::string& variable) const {
    return std::any_of(rows.begin(), rows.end(),
                       [&](const ParameterRow& r) { return r.op == Op::Regression && r.rhs == variable; });
}

bool ParameterTable::is_endogenous(const std::string& variable) const {
    return std::any_of(rows.begin(), rows.end(),
                       [&](const ParameterRow& r) { return r.is_directed() && r.outcome() == variable; });
}

int ParameterTable::free_count() const {
    int count = 0;
    for (const auto& r : rows) count = std::max(count, r.index + 1);
    return count;
}

void ParameterTable::number_free() {
    std::map<std::string, int> by_label;
    int next = 0;
    for (auto& r : rows) {
        r.index = -1;
        if (!r.free || r.op == Op::Defined) continue;
        if (!r.label.empty()) {
            auto [it, inserted] = by_label.emplace(r.label, next);
            r.index = it->second;
            if (inserted) ++next;
        } else {
            r.index = next++;
        }
    }
}

const ParameterRow* ParameterTable::find_label(const std::string& label) const {
    for (const auto& r : rows)
        if (r.op != Op::Defined && r.label == label) return &r;
    return nullptr;
}

const ParameterRow* ParameterTable::find(const std::string& lhs, Op op, const std::string& rhs) const {
    for (const auto& r : rows) {
        if (r.op != op) continue;
        if (r.lhs == lhs && r.rhs == rhs) return &r;
        if (op == Op::Covariance && r.lhs == rhs && r.rhs == lhs) return &r;
    }
    return nullptr;
}

}  // namespace jalur
