// Explanations of actor mentions for the debug view (see explain.h). Their
// text is checked by actors_test.cc (ExplanationsNameTheRowBehindTheMention).
#include "actors/explain.h"

namespace annals::actors {

std::string WhyPerson(const Person& person, const Role& role, bool former, bool not_yet) {
  if (former) return "person " + person.name + ": former " + role.role + " (until " + role.until.ToString() + ", " + role.where + ")";
  if (not_yet) return "person " + person.name + ": not yet " + role.role + " (from " + role.from.ToString() + ", " + role.where + ")";
  return "person " + person.name + ": " + role.role + " from " + role.from.ToString() +
         (role.until.year == 9999 ? "" : " to " + role.until.ToString()) + " (" + role.where + ")";
}

std::string WhyEntry(const char* what, const std::string& where) { return std::string(what) + " (" + where + ")"; }

std::string WhyAgent(const Entry& place, const std::string& where, std::string_view sectors) {
  return "country " + place.code.str() + " (" + where + ") + role word" + (sectors.empty() ? "" : " " + std::string(sectors));
}

std::string WhyRoleOf(const Mention& owner) { return "role of " + std::string(owner.name) + ": " + std::string(owner.why); }

std::string WhyPlacedRole(const std::string& country, std::string_view sectors) {
  return "place in " + country + " (gazetteer) + role word " + std::string(sectors);
}

std::string WhyImplied(const std::string& country, std::string_view sectors) {
  return "weapon or attack for its unnamed doer (" + std::string(sectors) + "), where it struck: " + country;
}

std::string WhyPlacedBy(std::string_view preposition) { return " (placed by \"" + std::string(preposition) + "\")"; }

std::string WhyCopy(const Mention& antecedent, std::string_view what, std::string_view quoted) {
  std::string why(what);
  if (!quoted.empty()) why.append(" \"").append(quoted).append("\"");
  return why + " → " + std::string(antecedent.name) + " (sentence " + std::to_string(antecedent.sentence) + ")";
}

std::string WhyContext(std::string_view sectors, std::string_view focus, bool from_place) {
  return "role word " + std::string(sectors) +
         (from_place ? " in a sentence naming a place in " : " in an article about ") + std::string(focus);
}

}  // namespace annals::actors
