#pragma once
// What jalur servqual says when no --dimension is given: the attributes' names often number the items of each
// dimension (tan1, tan2, rel1, ...), and then the options that group them can be suggested. Only suggested, not
// applied: a guess about which items belong together is the user's to confirm.
#include <string>
#include <vector>

namespace jalur::cli {

// "--dimension tan=tan1..tan3 --dimension rel=rel1..rel3" when every attribute is a stem followed by a number, the
// attributes of each stem stand together in questionnaire order, there are two stems or more and one of them has
// two attributes or more; "" otherwise.
std::string suggested_dimension_options(const std::vector<std::string>& attributes);

}  // namespace jalur::cli
