// SharedDocumentTexts: a document's name and its sentence texts as SharedStrings, for the evidence
// and support of the document's graph. Every node and edge names the document, and a sentence is
// the evidence of every element it states (often several nodes and edges): one object per
// document, used by both the nodes (extractor.cpp) and the edges (EdgeSink::write), so that they
// all share one copy of each text. A sentence's text is made at its first use.
//
// Each text is a SharedString::Stock: the three copies each element takes are counted in advance,
// not with an atomic operation each.
#pragma once

#include <cstddef>
#include <vector>

#include "parley/document.hpp"
#include "parley/shared_string.hpp"

namespace parley {

class SharedDocumentTexts {
 public:
  explicit SharedDocumentTexts(const Document& document)
      : document_(document), source_(document.source), sentences_(document.sentences.size()) {}

  // A copy of the document's name.
  SharedString source() { return source_.copy(); }

  // A copy of a sentence's text; `sentence` indexes Document::sentences.
  SharedString sentence(std::size_t sentence) {
    SharedString::Stock& text = sentences_[sentence];
    if (text.empty()) text = SharedString::Stock(document_.sentences[sentence].text);  // an empty text stays empty: no block
    return text.copy();
  }

 private:
  const Document& document_;
  SharedString::Stock source_;
  std::vector<SharedString::Stock> sentences_;  // by sentence; empty until asked
};

}  // namespace parley
