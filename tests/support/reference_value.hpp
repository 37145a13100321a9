#pragma once
// A value inside a reference JSON file that knows where it is (the file and the keys that lead to it), so that
// a missing key, a short array or a text where a number belongs fails the test and names both, instead of
// skipping a comparison or reading nothing (nlohmann's const operator[] on a missing key is undefined).
#include <cstddef>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/fixtures.hpp"

namespace jalur::testing {

// A reference file that lacks what a comparison needs: the test fails with this message (file and key).
struct ReferenceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class ReferenceValue {
public:
    ReferenceValue(const nlohmann::json& value, std::string file, std::string path)
        : value_(&value), file_(std::move(file)), path_(std::move(path)) {}

    // "<file>: <key path>", for messages.
    std::string where() const { return file_ + ": " + (path_.empty() ? "(top level)" : path_); }

    // "<file>: key '<key path>/<key>'", for messages about a key of this object.
    std::string where_key(const std::string& key) const { return file_ + ": key '" + child(key) + "'"; }

    bool has(const std::string& key) const { return value_->is_object() && value_->contains(key); }

    ReferenceValue operator[](const std::string& key) const {
        if (!has(key)) throw ReferenceError(where_key(key) + " is missing");
        return {(*value_)[key], file_, child(key)};
    }
    ReferenceValue operator[](std::size_t index) const {
        if (!value_->is_array() || index >= value_->size())
            throw ReferenceError(file_ + ": '" + child(std::to_string(index)) + "' is missing (" + path_ + " has " +
                                 std::to_string(value_->is_array() ? value_->size() : 0) + " entries)");
        return {(*value_)[index], file_, child(std::to_string(index))};
    }

    std::size_t size() const { return value_->size(); }
    std::vector<std::string> keys() const {
        std::vector<std::string> keys;
        for (const auto& item : value_->items()) keys.push_back(item.key());
        return keys;
    }

    // A number, or NaN for null (lavaan's NA); anything else fails.
    double number() const {
        if (value_->is_null()) return std::numeric_limits<double>::quiet_NaN();
        if (!value_->is_number()) throw ReferenceError(where() + " is " + value_->dump() + ", expected a number or null");
        return value_->get<double>();
    }
    int integer() const {
        if (!value_->is_number_integer()) throw ReferenceError(where() + " is " + value_->dump() + ", expected an integer");
        return value_->get<int>();
    }
    std::string text() const {
        if (!value_->is_string()) throw ReferenceError(where() + " is " + value_->dump() + ", expected a string");
        return value_->get<std::string>();
    }

private:
    std::string child(const std::string& key) const { return path_.empty() ? key : path_ + "/" + key; }

    const nlohmann::json* value_;
    std::string file_, path_;
};

// A whole reference file, kept alive with the values read from it.
class ReferenceFile {
public:
    explicit ReferenceFile(const std::string& path) : file_(path), json_(read_json(path)) {}
    ReferenceValue root() const { return {json_, file_, ""}; }
    ReferenceValue operator[](const std::string& key) const { return root()[key]; }
    bool has(const std::string& key) const { return root().has(key); }

private:
    std::string file_;
    nlohmann::json json_;
};

}  // namespace jalur::testing
