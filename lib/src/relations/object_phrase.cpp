// Where the object phrase of a trigger ends: relation patterns take the entities named between a
// trigger and the next clause break, so "sanctions on Russia, which ... China" targets Russia only.
#include <algorithm>

#include "relations/relation_rules.hpp"

namespace parley::relations {

std::size_t object_end(const RelationContext& context, std::size_t s, std::size_t from, std::size_t limit) {
  const std::size_t stop = std::min(context.table.tokens[s].size(), from + limit);
  // The break is looked for among the sentence's starts (rules ask for object phrases by the
  // thousand, and a look at each token read its annotation, mostly a cache miss).
  const Trigger next_break = context.first_trigger(s, context.lists.relation_clause_breaks, from + 1, stop);
  return next_break.length > 0 ? next_break.first : stop;
}

}  // namespace parley::relations
