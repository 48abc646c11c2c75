// Capitalised-phrase boundaries (see capitalised_phrase.hpp).
#include "mentions/capitalised_phrase.hpp"

#include <cctype>

#include "mentions/lexicon.hpp"

namespace parley::mentions {

// Words compared as views ("actor"sv): a std::string compared with a C string is a call.
using namespace std::string_view_literals;
namespace {

bool name_word(const Token& token) {
  return token.word && (token.capitalised() || std::isdigit(static_cast<unsigned char>(token.text[0])));
}

bool joins(const Token& token, const WordList& connectors) {
  if (token.word) return connectors.contains(token);
  return token.text == "-" || token.text == "&" || token.text == ",";
}

}  // namespace

std::size_t capitalised_start(const TokenList& tokens, std::size_t end, const WordList& connectors) {
  std::size_t start = end;
  std::size_t k = end;
  while (k > 0) {
    const Token& token = tokens[k - 1];
    if (name_word(token)) {
      --k;
      start = k;
      continue;
    }
    // A connector counts only between two name words.
    if (joins(token, connectors) && k >= 2 && name_word(tokens[k - 2]) && k < tokens.size() && name_word(tokens[k])) {
      // a comma joins only inside a list closed by "and" ("Foreign, Commonwealth and Development")
      if (token.text == ",") {
        bool closed = false;
        for (std::size_t m = k; m < end && !closed; ++m) closed = tokens[m].key == "and"sv;
        if (!closed) break;
      }
      --k;
      continue;
    }
    break;
  }
  return start;
}

std::size_t capitalised_end(const TokenList& tokens, std::size_t at, const WordList& connectors) {
  std::size_t end = at;
  std::size_t k = at;
  while (k < tokens.size()) {
    const Token& token = tokens[k];
    if (name_word(token)) {
      ++k;
      end = k;
      continue;
    }
    if (token.text != "," && joins(token, connectors) && k > at && k + 1 < tokens.size()) {
      // "for a Twenty-First Century ...": one article may follow the connector
      std::size_t next = k + 1;
      if (next < tokens.size() && (tokens[next].key == "the"sv || tokens[next].key == "a"sv) && next + 1 < tokens.size()) ++next;
      if (name_word(tokens[next])) {
        k = next;
        continue;
      }
    }
    break;
  }
  return end;
}

}  // namespace parley::mentions
