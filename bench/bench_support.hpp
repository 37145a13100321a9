#pragma once
// What the benchmarks share: a sink that keeps every timed fit's result alive, the command line, medians.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "engine/results/fit_result.hpp"

namespace jalur::bench {

// Every fit's checksum is added here, so the optimizer cannot drop the work being timed.
inline volatile double sink = 0;

inline double checksum(const FitResult& r) {
    double s = r.fit.chisq + r.fit.cfi + r.fit.rmsea_ci_upper + static_cast<double>(r.optimizer.evaluations);
    for (const auto& row : r.table.rows) s += row.est + row.se + row.std_all + row.std_all_se;
    for (const auto& e : r.effects)
        if (e.total) s += e.total->est + e.total->se;
    return s;
}

// A whole decimal integer in [minimum, maximum], or nothing.
inline std::optional<int> integer_argument(const char* text, long minimum, long maximum) {
    char* end = nullptr;
    const long v = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || v < minimum || v > maximum) return std::nullopt;
    return static_cast<int>(v);
}

// A benchmark's command line, read an argument at a time; every problem is a usage error ("PROGRAM: problem", then
// the usage line, exit 2).
class Arguments {
public:
    Arguments(int argc, char** argv, std::string program, std::string usage)
        : argc_(argc), argv_(argv), program_(std::move(program)), usage_(std::move(usage)) {}

    // Moves to the next argument; false after the last.
    bool next() {
        if (++i_ >= argc_) return false;
        current_ = argv_[i_];
        return true;
    }
    const std::string& current() const { return current_; }
    bool is(const char* option) const { return current_ == option; }
    bool is_help() const { return is("-h") || is("--help"); }

    // The current option's value: the next argument.
    const char* value() {
        if (i_ + 1 >= argc_) fail(current_ + " needs a value");
        return argv_[++i_];
    }
    // The value as an integer in [minimum, maximum].
    int integer(int minimum, long maximum = 100000000) { return integer_of(current_, value(), minimum, maximum); }
    int integer_of(const std::string& option, const std::string& text, int minimum, long maximum = 100000000) const {
        const auto v = integer_argument(text.c_str(), minimum, maximum);
        if (!v) fail(option + " expects an integer >= " + std::to_string(minimum) + ", got '" + text + "'");
        return *v;
    }
    // The value as a comma-separated list of such integers, at least one.
    std::vector<int> integers(int minimum) {
        const std::string option = current_;
        std::vector<int> list;
        std::stringstream items(value());
        for (std::string item; std::getline(items, item, ',');) list.push_back(integer_of(option, item, minimum));
        if (list.empty()) fail(option + " needs at least one value");
        return list;
    }
    // The current argument as the one spec path: an unknown option or a second path is a usage error.
    void spec(std::string& path, bool& given) const {
        if (!current_.empty() && current_[0] == '-') fail("unknown option '" + current_ + "'");
        if (given) fail("more than one spec given");
        path = current_;
        given = true;
    }

    [[noreturn]] void fail(const std::string& problem) const {
        std::cerr << program_ << ": " << problem << "\n" << usage_;
        std::exit(2);
    }
    [[noreturn]] void help(const std::string& what) const {
        std::cout << usage_ << what;
        std::exit(0);
    }

private:
    int argc_;
    char** argv_;
    int i_ = 0;
    std::string current_;
    std::string program_, usage_;
};

// A default spec path relative to the working directory, else the source tree's copy (`source_dir`/path) when
// only that exists: the benchmarks run from anywhere.
inline std::string default_spec(const std::string& path, const std::string& source_dir) {
    if (std::ifstream(path)) return path;
    const std::string fallback = source_dir + "/" + path;
    return std::ifstream(fallback) ? fallback : path;
}

// A JSON string literal of `s`.
inline std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\', out += c;
        else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else out += c;
    }
    return out + "\"";
}

// `v` with `digits` decimals, for JSON.
inline std::string fixed(double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// The median of sorted values.
inline double median(const std::vector<double>& sorted) {
    const auto n = sorted.size();
    return n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
}

}  // namespace jalur::bench
