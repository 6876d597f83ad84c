// Loading the CAMEO codebook table and the verb, noun and intent patterns,
// with file:line errors. Tested by events_test.cc.
#include <algorithm>
#include <set>

#include "base/tsv.h"
#include "events/coder_impl.h"
#include "events/view.h"

namespace annals::events {
namespace {

bool IsCode(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c) if (ch < '0' || ch > '9') return false;
  return true;
}

Status LoadCodes(const std::string& path, Coder::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context"));
  while (r.Next()) {
    const auto& row = r.row();
    if (row.size() != 7) return r.Error("expected 7 columns, found " + std::to_string(row.size()));
    if (!IsCode(row[0])) return r.Error("bad CAMEO code \"" + std::string(row[0]) + "\"");
    CodeInfo c;
    c.code = std::string(row[0]);
    c.name = std::string(row[1]);
    char* end = nullptr;
    std::string g(row[2]);
    c.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end != '\0' || c.goldstein < -10 || c.goldstein > 10) return r.Error("bad Goldstein score \"" + g + "\"");
    if (row[3].size() != 1 || row[3][0] < '1' || row[3][0] > '4') return r.Error("quad_class must be 1-4");
    c.quad_class = row[3][0] - '0';
    auto dash = [](std::string_view v) { return v == "-" ? std::string() : std::string(v); };
    c.plover = dash(row[4]);
    c.plover_mode = dash(row[5]);
    c.plover_context = dash(row[6]);
    if (!d->codes.emplace(c.code, c).second) return r.Error("duplicate code " + c.code);
  }
  return Status::Ok();
}

Status LoadPatterns(const std::string& path, const std::string& rel, bool nominal, Coder::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, nominal ? "code\tnoun\tpattern\tnote" : "code\tverb\tpattern\tnote"));
  auto& list = nominal ? d->nouns : d->verbs;
  auto& index = nominal ? d->nouns_by_lemma : d->verbs_by_lemma;
  while (r.Next()) {
    const auto& row = r.row();
    if (row.size() < 3 || row.size() > 4) return r.Error("expected 4 columns, found " + std::to_string(row.size()));
    if (!d->codes.count(std::string(row[0]))) return r.Error("unknown CAMEO code \"" + std::string(row[0]) + "\"");
    if (row[1].empty()) return r.Error("empty trigger");
    Pattern p;
    std::string error;
    if (!ParsePattern(row[2], nominal, &p, &error)) return r.Error(error + " in \"" + std::string(row[2]) + "\"");
    p.code = std::string(row[0]);
    p.trigger = std::string(row[1]);
    p.where = rel + ":" + std::to_string(r.line());
    d->Intern(&p);
    index[p.trigger].push_back(static_cast<int>(list.size()));
    list.push_back(std::move(p));
  }
  return Status::Ok();
}

Status LoadIntent(const std::string& path, Coder::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "code\tintent_code\tnote"));
  while (r.Next()) {
    const auto& row = r.row();
    for (int i = 0; i < 2; ++i) {
      if (!d->codes.count(std::string(row[i]))) return r.Error("unknown CAMEO code \"" + std::string(row[i]) + "\"");
    }
    d->intent[std::string(row[0])] = std::string(row[1]);
  }
  return Status::Ok();
}

Status LoadPrefixTable(const std::string& path, const char* header,
                       std::vector<std::pair<std::string, std::string>>* table, Coder::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, header));
  while (r.Next()) {
    const auto& row = r.row();
    if (!IsCode(row[0])) return r.Error("bad code prefix \"" + std::string(row[0]) + "\"");
    if (!d->codes.count(std::string(row[1]))) return r.Error("unknown CAMEO code \"" + std::string(row[1]) + "\"");
    table->emplace_back(std::string(row[0]), std::string(row[1]));
  }
  std::stable_sort(table->begin(), table->end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return Status::Ok();
}

Status LoadDiscards(const std::string& path, Coder::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "trigger\tcontext\tnote"));
  while (r.Next()) {
    const auto& row = r.row();
    if (row[0].empty() || row[1].empty()) return r.Error("empty trigger or context");
    auto& words = d->discards[std::string(row[0])];
    for (std::string_view w : Split(row[1], '|')) {
      if (w.empty()) return r.Error("empty context word");
      words.emplace_back(w);
    }
  }
  return Status::Ok();
}

}  // namespace

bool ParsePattern(std::string_view text, bool nominal, Pattern* out, std::string* error) {
  out->text = std::string(text);
  out->elements.clear();
  int triggers = 0;
  for (std::string_view tok : Split(text, ' ')) {
    if (tok.empty()) continue;
    Element e;
    if (tok == "*") { e.type = Element::kTrigger; ++triggers; }
    else if (tok == "+") e.type = Element::kTarget;
    else if (tok == "$") e.type = Element::kSource;
    else if (tok == "=") e.type = Element::kPair;
    else {
      e.type = Element::kLiteral;
      for (std::string_view alt : Split(tok, '|')) {
        if (alt.empty()) { *error = "empty alternative"; return false; }
        e.alternatives.emplace_back(alt);
      }
      ++out->literals;
    }
    out->elements.push_back(std::move(e));
  }
  if (triggers != 1) { *error = "pattern needs exactly one \"*\""; return false; }
  if (!nominal && out->elements[0].type != Element::kTrigger) { *error = "a verb pattern starts with \"*\""; return false; }
  if (!nominal) {
    for (const Element& e : out->elements) {
      if (e.type == Element::kSource) { *error = "\"$\" is for noun patterns; the verb's subject is the source"; return false; }
    }
  }
  return true;
}

void Coder::Impl::IndexWords() {
  std::unordered_map<std::string_view, WordInfo> info;
  for (const auto& [w, id] : vocabulary) info[w].id = id;
  for (const auto& [w, patterns] : verbs_by_lemma) info[w].verbs = &patterns;
  for (const auto& [w, patterns] : nouns_by_lemma) info[w].nouns = &patterns;
  for (const auto& [w, context] : discards) info[w].discards = &context;
  for (std::string_view w : detail::SpeechVerbs()) info[w].speech_verb = true;
  std::vector<std::pair<std::string_view, uint32_t>> items;
  word_info.clear();
  for (const auto& [w, x] : info) {
    items.emplace_back(w, static_cast<uint32_t>(word_info.size()));
    word_info.push_back(x);
  }
  words.Build(items);
}

Result<std::unique_ptr<Coder>> Coder::Load(const std::string& data_dir) {
  auto d = std::make_unique<Impl>();
  ANNALS_RETURN_IF_ERROR(LoadCodes(data_dir + "/cameo/event_codes.tsv", d.get()));
  ANNALS_RETURN_IF_ERROR(LoadPatterns(data_dir + "/events/verbs.tsv", "events/verbs.tsv", false, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadPatterns(data_dir + "/events/nouns.tsv", "events/nouns.tsv", true, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadIntent(data_dir + "/events/intent.tsv", d.get()));
  ANNALS_RETURN_IF_ERROR(LoadPrefixTable(data_dir + "/events/negation.tsv", "prefix\trejection_code\tnote",
                                         &d->rejection, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadPrefixTable(data_dir + "/events/threat.tsv", "prefix\tthreat_code\tnote",
                                         &d->threat, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadDiscards(data_dir + "/events/discards.tsv", d.get()));
  d->IndexWords();
  return std::unique_ptr<Coder>(new Coder(std::move(d)));
}

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;
size_t Coder::verb_patterns() const { return impl_->verbs.size(); }
size_t Coder::noun_patterns() const { return impl_->nouns.size(); }
size_t Coder::codes_reachable() const {
  std::set<std::string> codes;
  for (const auto& p : impl_->verbs) codes.insert(p.code);
  for (const auto& p : impl_->nouns) codes.insert(p.code);
  return codes.size();
}

}  // namespace annals::events
