// Internal to the actors stage: the "why" of each mention for the debug
// view (`annals actors`, `annals code --debug actors`). Built only when
// resolution is asked to explain, so these sit out of the hot path (cold).
#pragma once

#include <string>
#include <string_view>

#include "actors/dict.h"

namespace annals::actors {

// "person Vladimir Putin: president from 2012-05-07 (actors/people/europe.tsv:6)";
// `former` / `not_yet`: the role had ended / had not begun on the article's date.
[[gnu::cold]] std::string WhyPerson(const Person& person, const Role& role, bool former, bool not_yet);
// "organization (actors/organizations.tsv:193)": `what` and the entry's row.
[[gnu::cold]] std::string WhyEntry(const char* what, const std::string& where);
// "country UKR (actors/countries.tsv:714) + role word GOV".
[[gnu::cold]] std::string WhyAgent(const Entry& place, const std::string& where, std::string_view sectors);
// "role of Russia: country (…)": a role coded by its possessor.
[[gnu::cold]] std::string WhyRoleOf(const Mention& owner);
// "place in IRQ (gazetteer) + role word COP".
[[gnu::cold]] std::string WhyPlacedRole(const std::string& country, std::string_view sectors);
// "weapon or attack for its unnamed doer (REB), where it struck: IRQ".
[[gnu::cold]] std::string WhyImplied(const std::string& country, std::string_view sectors);
// " (placed by "in")", appended to another explanation.
[[gnu::cold]] std::string WhyPlacedBy(std::string_view preposition);
// "pronoun "he" → Xi Jinping (sentence 0)": a mention copied from its antecedent.
[[gnu::cold]] std::string WhyCopy(const Mention& antecedent, std::string_view what, std::string_view quoted);
// "role word COP in an article about VEN" (or "in a sentence naming a place in").
[[gnu::cold]] std::string WhyContext(std::string_view sectors, std::string_view focus, bool from_place);

}  // namespace annals::actors
