#pragma once
// The typed errors of jalur. The engine and the model readers throw; only the CLI prints
// and maps each kind to its exit code. One message format: "<where>: <what>, expected <rule>."
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace jalur {

// The items with `separator` between them: "a, b, c" for the names in a message (the one join of every
// library).
std::string join(const std::vector<std::string>& items, const char* separator = ", ");
// Whether `name` is one of `names` (the lists of variables and labels that models are checked against).
bool contains(const std::vector<std::string>& names, const std::string& name);

// A place in an input file, 1-based; line 0 means "the file as a whole".
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;

    std::string str() const;  // "file:line:column", "file:line" or "file"
};

// User text as a message quotes it: 'text', or for a text longer than 60 characters its start and its length
// ('KKKK...' (100000 characters)), so that a 100 KB term or name does not drown the message.
std::string quoted(const std::string& text);
// How much of a user's text a message shows, and that much of `text` (cut before, never inside, a UTF-8 character).
constexpr std::size_t kQuotedLength = 60;
std::string text_start(const std::string& text);

// Bad input (spec or data): the user must change a file.
class InputError : public std::runtime_error {
public:
    InputError(SourceLocation where, const std::string& what);
    const SourceLocation& where() const { return where_; }
    const std::string& detail() const { return detail_; }  // the message without the location
private:
    SourceLocation where_;
    std::string detail_;
};

// The model cannot be estimated as specified (more parameters than moments, singular information).
class IdentificationError : public std::runtime_error {
public:
    IdentificationError(const std::string& what, std::vector<std::string> parameters);
    const std::vector<std::string>& parameters() const { return parameters_; }
private:
    std::vector<std::string> parameters_;
};

// Numerical trouble the data or the search ran into: a sample matrix that is not positive definite,
// a search that did not converge.
class NumericalError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace jalur
