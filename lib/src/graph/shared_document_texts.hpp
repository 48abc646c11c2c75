// SharedDocumentTexts: a document's name and its sentence texts as SharedStrings, for the evidence
// and support of the document's graph. Every node and edge names the document, and a sentence is
// the evidence of every element it states (often several nodes and edges): one object per
// document, used by both the nodes (extractor.cpp) and the edges (EdgeSink::write), so that they
// all share one copy of each text. A sentence's text is made at its first use.
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

  const SharedString& source() const { return source_; }

  // `sentence` indexes Document::sentences.
  const SharedString& sentence(std::size_t sentence) {
    SharedString& text = sentences_[sentence];
    if (text.empty()) text = document_.sentences[sentence].text;  // an empty text stays empty: no block
    return text;
  }

 private:
  const Document& document_;
  SharedString source_;
  std::vector<SharedString> sentences_;  // by sentence; empty until asked
};

}  // namespace parley
