// Capitalised phrases ("Department of the Treasury", "Foreign, Commonwealth and Development
// Office", "EU-Japan Export Control Dialogue"): the shape of every proper name the knowledge
// base may not know. Shared by the body, agreement and meeting recognisers.
#pragma once

#include <cstddef>
#include <vector>

#include "mentions/tokens.hpp"

namespace parley::mentions {

class WordList;

// Walks left from token `end` (exclusive) over capitalised words, numbers, initialisms and the
// connectors a name may hold ("of", "and", "for", "the", ",", "-", "&" between capitalised words).
// Returns the first token of the phrase (== end when the token before is not capitalised).
std::size_t capitalised_start(const TokenList& tokens, std::size_t end, const WordList& connectors);

// Walks right from token `at` over the same shapes; returns the end (exclusive).
std::size_t capitalised_end(const TokenList& tokens, std::size_t at, const WordList& connectors);

}  // namespace parley::mentions
