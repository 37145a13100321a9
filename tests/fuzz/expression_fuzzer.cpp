// libFuzzer target: the expression of a defined parameter (`ab := a*b`), parsed and evaluated with its gradient.
#include <Eigen/Dense>
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/model/expression.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const jalur::Expression expression = jalur::Expression::parse(text);
        // Values that reach every branch of the functions: negative, zero, fractional and large.
        const double kinds[] = {-1.5, 0.0, 0.25, 1e6};
        const Eigen::Index n = static_cast<Eigen::Index>(expression.symbols().size());
        Eigen::VectorXd values(n), gradient;
        for (Eigen::Index i = 0; i < n; ++i) values[i] = kinds[i % 4];
        static_cast<void>(expression.evaluate(values, &gradient));  // any value will do: it must not crash
    } catch (const jalur::ExpressionError&) {  // a syntax error at an offset: the correct answer to bad text
    }
    return 0;
}
