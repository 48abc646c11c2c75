// SharedSentences: a document's sentence texts as SharedStrings, each made at its first use, for
// the evidence of the document's graph. A sentence is the evidence of every element it states
// (often several nodes and edges): they share one copy of its text instead of one each.
#pragma once

#include <cstddef>
#include <vector>

#include "parley/document.hpp"
#include "parley/shared_string.hpp"

namespace parley {

class SharedSentences {
 public:
  explicit SharedSentences(const Document& document) : document_(document), texts_(document.sentences.size()) {}

  // `sentence` indexes Document::sentences.
  const SharedString& text(std::size_t sentence) {
    SharedString& text = texts_[sentence];
    if (text.empty()) text = document_.sentences[sentence].text;  // an empty text stays empty: no block
    return text;
  }

 private:
  const Document& document_;
  std::vector<SharedString> texts_;  // by sentence; empty until asked
};

}  // namespace parley
