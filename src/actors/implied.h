// Internal to the actors stage: weapons and attacks that stand for their
// unnamed users ("A car bomb killed twelve people": a REB doer), from
// data/actors/implied_doers.tsv.
#pragma once

#include <string_view>

#include "actors/dict.h"

namespace annals::actors {

// The sectors of the unnamed doer that noun group [b, e) of `s` stands for
// ("a car bomb" → REB), or "" when its last words are no weapon or attack
// (or an accident: "a gas explosion").
std::string_view ImpliedDoer(const ActorDict::Impl& d, const text::Sentence& s, uint16_t b, uint16_t e);

// Whether the noun group whose head is token `head` can name a doer: a
// clause's subject, or the "by"/"in" phrase of a passive ("killed in a bombing").
bool DoerPosition(const text::Sentence& s, uint16_t head);

}  // namespace annals::actors
