#include "engine/model_defaults.hpp"

namespace jalur {

namespace {
ParameterRow default_row(const std::string& lhs, const std::string& rhs) {
    ParameterRow row;
    row.lhs = lhs;
    row.op = Op::Covariance;
    row.rhs = rhs;
    row.free = true;
    row.user = false;
    return row;
}
}  // namespace

ParameterTable with_default_parameters(const ParameterTable& table) {
    ParameterTable out = table;
    const auto variables = table.variables();
    for (const auto& v : variables)
        if (!table.find(v, Op::Covariance, v)) out.rows.push_back(default_row(v, v));

    std::vector<std::string> exogenous;
    for (const auto& v : variables)
        if (!table.is_endogenous(v)) exogenous.push_back(v);
    for (std::size_t i = 0; i < exogenous.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (!table.find(exogenous[i], Op::Covariance, exogenous[j]))
                out.rows.push_back(default_row(exogenous[i], exogenous[j]));
    return out;
}

}  // namespace jalur
