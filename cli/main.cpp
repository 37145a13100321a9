// The jalur executable; everything it does lives in jalur::cli (cli/commands.hpp).
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return jalur::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
