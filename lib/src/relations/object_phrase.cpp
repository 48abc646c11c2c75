// Where the object phrase of a trigger ends: relation patterns take the entities named between a
// trigger and the next clause break, so "sanctions on Russia, which ... China" targets Russia only.
#include <algorithm>

#include "relations/relation_rules.hpp"

namespace parley::relations {

std::size_t object_end(const RelationContext& context, std::size_t s, std::size_t from, std::size_t limit) {
  const auto& tokens = context.table.tokens[s];
  const auto& breaks = context.lists.relation_clause_breaks;
  const std::size_t stop = std::min(tokens.size(), from + limit);
  for (std::size_t at = from; at < stop; ++at) {
    if (at > from && breaks.match(tokens, at) > 0) return at;
  }
  return stop;
}

}  // namespace parley::relations
