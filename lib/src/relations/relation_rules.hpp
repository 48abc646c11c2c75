// The families of relation rules, one per file, run in this order by add_relations: later ones
// read what earlier ones recorded in the context (who takes part in which meeting).
#pragma once

#include "relations/relation_context.hpp"

namespace parley::relations {

void add_participation(RelationContext& context);      // participates_in (participation.cpp)
void add_commitment_links(RelationContext& context);   // makes, made_at, under (commitment_links.cpp)
void add_agreement_links(RelationContext& context);    // party_to, produced (agreement_links.cpp)
void add_meeting_sequence(RelationContext& context);   // follows (meeting_sequence.cpp)
void add_membership(RelationContext& context);         // member_of (membership.cpp)
void add_counterparts(RelationContext& context);       // counterpart_of (counterparts.cpp)
void add_targets(RelationContext& context);            // targets (targets.cpp)
void add_discussion(RelationContext& context);         // discussed (discussion.cpp)

// The tokens after a trigger up to where its object phrase ends: the next clause break
// (";", ":", a relative or contrastive word) or `limit` tokens, whichever comes first.
std::size_t object_end(const RelationContext& context, std::size_t s, std::size_t from, std::size_t limit = 14);

}  // namespace parley::relations
