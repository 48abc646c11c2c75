// Extraction: a read Document in, the graph of what it says out
// (segments -> mentions -> entities -> relations -> graph).
#pragma once

#include <memory>

#include "parley/document.hpp"
#include "parley/graph.hpp"
#include "parley/knowledge_base.hpp"
#include "parley/stage_times.hpp"

namespace parley {

class Extractor {
 public:
  // The knowledge base must outlive the extractor. Builds the matchers once.
  explicit Extractor(const KnowledgeBase& knowledge_base);
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  // Thread-safe: one extractor may serve several threads.
  // When `times` is set, the time spent recognising, resolving and relating is added to it.
  Graph extract(const Document& document, StageTimes* times = nullptr) const;

  struct State;  // matchers and indexes built from the knowledge base; private to the library

 private:
  std::unique_ptr<const State> state_;
};

}  // namespace parley
