#pragma once
// What jalur says on standard error: "jalur: error: <message>" lines, and the mapping of every kind of
// failure to its exit code (cli/exit_codes.hpp).
#include <exception>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace jalur::cli {

// A bad command line. what() is the message; the help command that explains the right usage follows it.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const std::string& message, std::string help_command = "jalur help")
        : std::runtime_error(message), help_command_(std::move(help_command)) {}
    const std::string& help_command() const { return help_command_; }
private:
    std::string help_command_;
};

// Writes "jalur: error: <message>" as one line.
void print_error(std::ostream& err, std::string_view message);

// Writes "jalur: warning: <message>" as one line.
void print_warning(std::ostream& err, std::string_view message);

// Prints the failure and returns its exit code: InputError 3, IdentificationError 4 (plus a line
// naming the parameters), NumericalError 5, OutputError 6, UsageError 2, anything else 70.
int report_failure(std::exception_ptr failure, std::ostream& err);

}  // namespace jalur::cli
