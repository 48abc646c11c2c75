// The recognisers, each in its own file; they append mentions to a SentenceAnalysis and run in
// the order below (later ones read what earlier ones found: the commitment recogniser looks for
// its makers among the actor mentions).
#pragma once

#include "mentions/sentence_analysis.hpp"

namespace parley::mentions {

void recognise_known_names(const RecogniserContext& context, SentenceAnalysis& sentence);   // known_name_recogniser.cpp
void recognise_persons(const RecogniserContext& context, SentenceAnalysis& sentence);       // person_recogniser.cpp
void recognise_bodies(const RecogniserContext& context, SentenceAnalysis& sentence);        // body_recogniser.cpp
void recognise_groups(const RecogniserContext& context, SentenceAnalysis& sentence);        // group_recogniser.cpp
void recognise_agreements(const RecogniserContext& context, SentenceAnalysis& sentence);    // agreement_recogniser.cpp
void recognise_meetings(const RecogniserContext& context, SentenceAnalysis& sentence);      // meeting_recogniser.cpp
void recognise_commitments(const RecogniserContext& context, SentenceAnalysis& sentence);   // commitment_recogniser.cpp

}  // namespace parley::mentions
