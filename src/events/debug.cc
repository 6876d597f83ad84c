// One-line dumps of coded events, for tests and `annals code --debug events`.
#include "events/events.h"

namespace annals::events {

const char* ModeName(Mode m) {
  switch (m) {
    case Mode::kOccurred: return "occurred";
    case Mode::kPlanned: return "planned";
    case Mode::kHypothetical: return "hypothetical";
    case Mode::kReported: return "reported";
  }
  return "?";
}

std::string DebugString(const text::Document& doc, const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out += '[';
    out += std::to_string(e.sentence);
    out += "] ";
    out += e.source.code;
    out += " -";
    out += e.cameo;
    out += " (";
    out += e.cameo_name;
    out += ")-> ";
    out += e.target ? e.target->code : std::string("-");
    out += " [";
    out += ModeName(e.mode);
    out += "]";
    if (!e.plover.empty()) out += " " + e.plover;
    out += "  trigger=\"" + e.trigger + "\" rule=" + e.rule;
    if (!e.why.empty()) out += " (" + e.why + ")";
    if (e.reported_by) out += " reported by " + e.reported_by->code;
    out += "\n";
  }
  (void)doc;
  return out;
}


}  // namespace annals::events
