// Resolution within one document: mentions found by the recognisers become entities, one per
// thing referred to (see entity_table.hpp for what comes out).
//  - persons: a KB entry or a titled name; surnames and first names alone, and the speaker labels
//    of a transcript, refer to the person of that name; a title alone ("the Secretary") to the
//    person last named with that title, else to the KB person who held the role on the
//    document's date;
//  - states by name, demonym or metonym are one entity (the KB entry);
//  - bodies named with and without their state are one entity;
//  - meetings: rounds of a series by (series, round), whatever the case or state prefix the text
//    uses; "the inaugural meeting" is round 1 of the latest series; "the dialogue" and "this
//    call" are the latest meeting of that kind (or the briefing itself);
//  - commitments: by makers and key words; "we" is the speaker's state (or the document's state
//    outside turns), "they" the latest makers.
#pragma once

#include "entities/entity_table.hpp"
#include "mentions/sentence_analysis.hpp"
#include "parley/document.hpp"
#include "parley/stage_times.hpp"

namespace parley::entities {

// When `times` is set, recognition (the recognisers over each sentence) and resolution are timed.
EntityTable resolve_entities(const Document& document, const mentions::RecogniserContext& context,
                             StageTimes* times = nullptr);

}  // namespace parley::entities
