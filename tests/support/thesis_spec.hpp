#pragma once
// The data section of the thesis's path model (RSD Balung, N = 250) as a YAML spec writes it: lines 1–8, so
// that a test's model and options start on line 9 and their error locations are known.
namespace jalur::testing {

inline const char* const kThesisData = R"(data:
  covariance:
    names: [KEPUASAN, BOR, KUALITAS]
    lower:
      - [161.90]
      - [7.66, 3.02]
      - [71.55, 12.37, 186.78]
  n: 250
)";

}  // namespace jalur::testing
