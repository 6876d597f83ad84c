// One-line dumps of the text stage's output, for tests and `annals code --debug text`.
#include <string>

#include "text/text.h"

namespace annals::text {
namespace {

std::string Words(const Document& doc, const Sentence& s, size_t b, size_t e) {
  if (b >= e) return "";
  return std::string(doc.text.substr(s.tokens[b].span.begin, s.tokens[e - 1].span.end - s.tokens[b].span.begin));
}

const char* TenseName(Tense t) {
  switch (t) {
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kFuture: return "future";
    default: return "none";
  }
}

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kPlanned: return "planned";
    case Modality::kPossible: return "possible";
    case Modality::kObligation: return "obligation";
    default: return "";
  }
}

std::string VerbInfo(const Chunk& c) {
  std::string out = TenseName(c.tense);
  if (c.voice == Voice::kPassive) out += ",passive";
  if (c.negated) out += ",negated";
  if (c.perfect) out += ",perfect";
  if (c.infinitive) out += ",infinitive";
  if (c.modality != Modality::kNone) out += std::string(",") + ModalityName(c.modality);
  return out;
}

}  // namespace

std::string TaggedString(const Document& doc, const Sentence& s) {
  std::string out;
  for (const Token& t : s.tokens) {
    if (!out.empty()) out += ' ';
    out += doc.Text(t.span);
    out += '/';
    out += PosName(t.tag);
  }
  return out;
}

std::string ChunkString(const Document& doc, const Sentence& s) {
  std::string out;
  size_t tok = 0;
  for (const Chunk& c : s.chunks) {
    for (; tok < c.begin; ++tok) {
      if (!out.empty()) out += ' ';
      out += doc.Text(s.tokens[tok].span);
    }
    if (!out.empty()) out += ' ';
    const char* kind = c.kind == ChunkKind::kNoun ? "NP" : c.kind == ChunkKind::kVerb ? "VG" : "PP";
    out += std::string("[") + kind + " " + Words(doc, s, c.begin, c.end) + "]";
    tok = c.end;
  }
  for (; tok < s.tokens.size(); ++tok) {
    if (!out.empty()) out += ' ';
    out += doc.Text(s.tokens[tok].span);
  }
  return out;
}

std::string ClauseString(const Document& doc, const Sentence& s, const Clause& c) {
  auto chunk = [&](int i) { return Words(doc, s, s.chunks[i].begin, s.chunks[i].end); };
  std::string out;
  out += "subj=[" + (c.subject >= 0 ? chunk(c.subject) : std::string()) + "]";
  if (c.subject_inherited) out += "^";
  const Chunk& v = s.chunks[c.verb];
  out += " verb=[" + chunk(c.verb) + "](" + VerbInfo(v) + ";lemma=" +
         std::string(s.tokens[v.head].lemma) + ")";
  for (uint16_t o : c.objects) out += " obj=[" + chunk(o) + "]";
  for (const PrepPhrase& p : c.preps) {
    out += " pp=[" + std::string(doc.Text(s.tokens[p.prep].span)) + " " + chunk(p.np) + "]";
  }
  if (c.relative) out += " relative";
  return out;
}

}  // namespace annals::text
