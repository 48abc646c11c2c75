// Stable node ids (SCHEMA.md, "Identity"): a contract between versions, since users diff graphs
// made months apart.
//
//  - An id is the node type, a colon, and a slug: `actor:antony-j-blinken`.
//  - A slug is the name transliterated to ASCII with ICU (Any-Latin; Latin-ASCII), lowercased,
//    with apostrophes and dots inside words dropped (`U.S.` -> `us`, `O'Brien` -> `obrien`), every
//    other run of non-alphanumerics turned into one `-`, and no leading or trailing `-`.
//  - A body whose name other states share carries its state's alpha-3 code as a last word
//    (`actor:ministry-of-foreign-affairs-rus`).
//  - Meetings: the series and its round where known (`meeting:eu-japan-economic-dialogue-3`), else
//    the name and the date; commitments: the makers and the key words, sorted (see the extractor).
//  - A knowledge-base entry's id, written in the same form, wins over a derived one.
#pragma once

#include <string>
#include <string_view>

namespace parley {

std::string slugify(std::string_view name);
std::string make_node_id(std::string_view type, std::string_view name);

}  // namespace parley
