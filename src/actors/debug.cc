// The actors debug view: one line per mention.
#include "actors/actors.h"

namespace annals::actors {

std::string_view ArticleActors::Keep(std::string s) { return strings.emplace_front(std::move(s)); }

const char* ViaName(Via v) {
  switch (v) {
    case Via::kPerson: return "person";
    case Via::kOrganization: return "organization";
    case Via::kCountry: return "country";
    case Via::kSeat: return "seat";
    case Via::kAgent: return "agent";
    case Via::kPossessor: return "possessor";
    case Via::kApposition: return "apposition";
    case Via::kSurname: return "surname";
    case Via::kPronoun: return "coreference";
    case Via::kPlural: return "plural";
    case Via::kContext: return "context";
    case Via::kImplied: return "implied doer";
  }
  return "?";
}

std::string DebugString(const text::Document& doc, const ArticleActors& actors) {
  std::string out;
  for (const Mention& m : actors.mentions) {
    out += '[';
    out += std::to_string(m.sentence);
    out += "] ";
    out += doc.Text(m.span);
    out += " → ";
    out += m.code;
    if (!m.name.empty() && m.name != doc.Text(m.span)) {
      out += " (";
      out += m.name;
      out += ")";
    }
    out += "  via " + std::string(ViaName(m.via)) + ": " + std::string(m.why) + "\n";
  }
  return out;
}

}  // namespace annals::actors
