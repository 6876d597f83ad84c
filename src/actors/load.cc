// Loading the actor dictionaries (data/actors/*.tsv, people/*.tsv and the
// build-time ISO 3166 table), with file:line errors. Tested by actors_test.cc.
#include <algorithm>
#include <filesystem>

#include "actors/dict.h"
#include "base/tsv.h"

namespace annals::actors {
namespace {

bool IsCode(std::string_view c) {
  if (c.empty() || c.size() % 3 != 0 || c.size() > ActorCode::kMaxLoaded) return false;
  for (char ch : c) if (ch < 'A' || ch > 'Z') return false;
  return true;
}

// Tokenizes a dictionary phrase exactly as article text is tokenized in
// the middle of a sentence: with a word after it, so that a final
// abbreviation keeps its period ("gen." in "Lt. Gen. X", not "gen" + ".").
std::vector<std::string> PhraseTokens(const text::FrontEnd& fe, std::string_view phrase) {
  (void)fe;
  constexpr std::string_view kNext = " next";
  text::Document doc;
  text::Normalize(std::string(phrase).append(kNext), &doc);
  text::Sentence s;
  s.span = Span{0, static_cast<uint32_t>(doc.text.size())};
  text::Tokenize(doc, &s);
  std::vector<std::string> out;
  std::string buf;
  for (const text::Token& t : s.tokens) out.emplace_back(TokenKey(t, &buf));
  if (!out.empty() && out.back() == kNext.substr(1)) out.pop_back();
  return out;
}

std::string Relative(const std::string& path, const std::string& data_dir) {
  if (path.rfind(data_dir + "/", 0) == 0) return path.substr(data_dir.size() + 1);
  return path;
}

Status LoadCountries(const std::string& path, const std::string& rel, const text::FrontEnd& fe,
                     ActorDict::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "phrase\tcode\tkind"));
  while (r.Next()) {
    const auto& row = r.row();
    if (row.size() != 3) return r.Error("expected 3 columns, found " + std::to_string(row.size()));
    if (row[0].empty()) return r.Error("empty phrase");
    if (!IsCode(row[1])) return r.Error("bad code \"" + std::string(row[1]) + "\"");
    Kind kind;
    if (row[2] == "name") kind = Kind::kName;
    else if (row[2] == "demonym") kind = Kind::kDemonym;
    else if (row[2] == "people") kind = Kind::kPeople;
    else if (row[2] == "capital") kind = Kind::kCapital;
    else if (row[2] == "seat") kind = Kind::kSeat;
    else if (row[2] == "region") kind = Kind::kRegion;
    else return r.Error("unknown kind \"" + std::string(row[2]) + "\"");
    d->country_codes.Insert(row[1]);
    d->Add(PhraseTokens(fe, row[0]), Entry{kind, ActorCode(row[1]), -1}, rel + ":" + std::to_string(r.line()));
  }
  return Status::Ok();
}

Status LoadIso(const std::string& path, const text::FrontEnd& fe, ActorDict::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "phrase\tcode"));
  while (r.Next()) {
    if (!IsCode(r.row()[1]) || r.row()[1].size() != 3) return r.Error("bad ISO code");
    d->country_codes.Insert(r.row()[1]);
    auto tokens = PhraseTokens(fe, r.row()[0]);
    std::string key;
    for (auto& t : tokens) key += (key.empty() ? "" : " ") + t;
    // Project data wins over ISO names ("congo").
    if (auto it = d->phrase_id.find(key); it != d->phrase_id.end()) {
      bool has_place = false;
      for (int e : d->phrases[it->second].entries) has_place |= d->entries[e].kind == Kind::kName;
      if (has_place) continue;
    }
    d->Add(tokens, Entry{Kind::kName, ActorCode(r.row()[1]), -1}, "iso-codes:" + std::to_string(r.line()));
  }
  return Status::Ok();
}

Status LoadImpliedDoers(const std::string& path, ActorDict::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "phrase\tsectors"));
  std::unordered_map<std::string, std::vector<ActorDict::Impl::Doer>> by_last;
  while (r.Next()) {
    const auto& row = r.row();
    if (row.size() != 2) return r.Error("expected 2 columns, found " + std::to_string(row.size()));
    const size_t space = row[0].find(' ');
    if (row[0].empty() || (space != std::string_view::npos && row[0].find(' ', space + 1) != std::string_view::npos)) {
      return r.Error("expected one or two words");
    }
    if (row[1] != "-" && !IsCode(row[1])) return r.Error("bad sectors \"" + std::string(row[1]) + "\"");
    const std::string last(space == std::string_view::npos ? row[0] : row[0].substr(space + 1));
    const std::string previous(space == std::string_view::npos ? std::string_view() : row[0].substr(0, space));
    by_last[last].push_back(ActorDict::Impl::Doer{previous, std::string(row[1])});
  }
  std::vector<std::pair<std::string_view, uint32_t>> keys;
  for (auto& [last, rows] : by_last) {
    // Two-word rows are tried first.
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return !a.previous.empty() && b.previous.empty();
    });
    keys.emplace_back(last, static_cast<uint32_t>(d->implied_doers.size()));
    d->implied_doers.push_back(std::move(rows));
  }
  d->implied_by_last.Build(keys);
  return Status::Ok();
}

Status LoadAgents(const std::string& path, const std::string& rel, const text::FrontEnd& fe,
                  ActorDict::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "phrase\tsectors\tplural"));
  while (r.Next()) {
    const auto& row = r.row();
    if (row.size() != 3) return r.Error("expected 3 columns, found " + std::to_string(row.size()));
    if (row[0].empty()) return r.Error("empty phrase");
    std::string sectors = row[1] == "-" ? "" : std::string(row[1]);
    if (!sectors.empty() && !IsCode(sectors)) return r.Error("bad sectors \"" + std::string(row[1]) + "\"");
    const Entry e{Kind::kAgent, ActorCode(sectors), -1};
    const std::string where = rel + ":" + std::to_string(r.line());
    d->Add(PhraseTokens(fe, row[0]), e, where);
    if (!row[2].empty() && row[2] != "-") d->Add(PhraseTokens(fe, row[2]), e, where);
  }
  return Status::Ok();
}

Status LoadOrganizations(const std::string& path, const std::string& rel, const text::FrontEnd& fe,
                         ActorDict::Impl* d) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "phrase\tcode\tnote"));
  while (r.Next()) {
    const auto& row = r.row();
    if (row.size() != 3) return r.Error("expected 3 columns, found " + std::to_string(row.size()));
    if (row[0].empty()) return r.Error("empty phrase");
    if (!IsCode(row[1])) return r.Error("bad code \"" + std::string(row[1]) + "\"");
    d->Add(PhraseTokens(fe, row[0]), Entry{Kind::kOrg, ActorCode(row[1]), -1}, rel + ":" + std::to_string(r.line()));
  }
  return Status::Ok();
}

// A one-column list of words (header "word") into *out.
Status LoadWords(const std::string& path, StringTable* out) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "word"));
  std::vector<std::string> words;
  while (r.Next()) {
    if (r.row()[0].empty() || r.row().size() != 1) return r.Error("expected one word");
    if (std::find(words.begin(), words.end(), r.row()[0]) == words.end()) words.emplace_back(r.row()[0]);
  }
  std::vector<std::pair<std::string_view, uint32_t>> keys;
  for (const std::string& w : words) keys.emplace_back(w, 0);
  out->Build(keys);
  return Status::Ok();
}

Result<Date> ParseRoleDate(const TsvReader& r, std::string_view s, const char* column) {
  auto d = ParseIsoDate(s, /*allow_partial=*/true);
  if (!d) return r.Error(std::string("bad ") + column + " date \"" + std::string(s) + "\"");
  return *d;
}

Status LoadPeople(const std::string& path, const std::string& rel, const text::FrontEnd& fe,
                  ActorDict::Impl* d, std::unordered_map<std::string, int>* by_name) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, "name\tcode\tfrom\tuntil\trole\taliases"));
  while (r.Next()) {
    const auto& row = r.row();
    if (row.size() != 6) return r.Error("expected 6 columns, found " + std::to_string(row.size()));
    if (row[0].empty()) return r.Error("empty name");
    if (!IsCode(row[1])) return r.Error("bad code \"" + std::string(row[1]) + "\"");
    Role role;
    role.code = row[1];
    ANNALS_ASSIGN_OR_RETURN(role.from, ParseRoleDate(r, row[2], "from"));
    if (row[3].empty()) {
      role.until = Date{9999, 12, 31};
    } else {
      ANNALS_ASSIGN_OR_RETURN(role.until, ParseRoleDate(r, row[3], "until"));
      // A month- or year-only end date means the end of that month or year.
      if (row[3].size() == 7) role.until.day = DaysInMonth(role.until.year, role.until.month);
      if (row[3].size() == 4) role.until = Date{role.until.year, 12, 31};
    }
    if (role.until < role.from) return r.Error("until is before from");
    role.role = std::string(row[4]);
    role.where = rel + ":" + std::to_string(r.line());
    // Rows of one person share the exact name; keep one Person per name and
    // country so that namesakes in different countries stay apart.
    const std::string key = std::string(row[0]).append("|").append(role.code.substr(0, 3));
    auto [it, inserted] = by_name->emplace(key, static_cast<int>(d->people.size()));
    if (inserted) {
      d->people.push_back(Person{std::string(row[0]), {}});
      const Entry e{Kind::kPerson, ActorCode(), it->second};
      d->Add(PhraseTokens(fe, row[0]), e, role.where);
      if (!row[5].empty()) {
        for (std::string_view alias : Split(row[5], '|')) {
          if (!alias.empty()) d->Add(PhraseTokens(fe, alias), e, role.where);
        }
      }
    }
    d->people[it->second].roles.push_back(std::move(role));
  }
  return Status::Ok();
}

}  // namespace

void ActorDict::Impl::Add(const std::vector<std::string>& tokens, Entry entry, std::string where) {
  if (tokens.empty()) return;
  std::string key;
  for (const auto& t : tokens) key += (key.empty() ? "" : " ") + t;
  auto [it, inserted] = phrase_id.emplace(key, static_cast<int>(phrases.size()));
  if (inserted) {
    phrases.emplace_back().tokens = tokens;
    const uint64_t h = FilterKey(tokens[0]);
    first_filter[FilterWord(h)] |= FilterBits(h);
  }
  entries.push_back(entry);
  entry_where.push_back(std::move(where));
  phrases[it->second].entries.push_back(static_cast<int>(entries.size()) - 1);
}

void ActorDict::Impl::Index() {
  // Each phrase's entries side by side, in phrase order: resolution reads a
  // match's entries as one run.
  {
    std::vector<Entry> ordered;
    std::vector<std::string> ordered_where;
    ordered.reserve(entries.size());
    ordered_where.reserve(entries.size());
    for (Phrase& p : phrases) {
      for (int& e : p.entries) {
        ordered.push_back(entries[e]);
        ordered_where.push_back(std::move(entry_where[e]));
        e = static_cast<int>(ordered.size()) - 1;
      }
    }
    entries = std::move(ordered);
    entry_where = std::move(ordered_where);
  }
  // Phrase ids in order per first token; a stable sort by length keeps
  // the dictionary's order among phrases of one length.
  std::unordered_map<std::string_view, uint32_t> key_of;
  std::vector<std::pair<std::string_view, FirstWord>> keys;
  std::vector<std::vector<int>> lists;
  for (size_t pid = 0; pid < phrases.size(); ++pid) {
    const std::string_view first = phrases[pid].tokens[0];
    auto [it, inserted] = key_of.emplace(first, static_cast<uint32_t>(keys.size()));
    if (inserted) {
      keys.emplace_back(first, FirstWord{});
      lists.emplace_back();
    }
    lists[it->second].push_back(static_cast<int>(pid));
  }
  first_lists.clear();
  rest_words.clear();
  rest_text.clear();
  for (size_t k = 0; k < lists.size(); ++k) {
    auto& list = lists[k];
    std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
      return phrases[a].tokens.size() > phrases[b].tokens.size();
    });
    FirstWord& fw = keys[k].second;
    fw.list = fw.singles = static_cast<uint32_t>(first_lists.size());
    for (int pid : list) {
      const Phrase& p = phrases[pid];
      Candidate c;
      c.phrase = pid;
      c.size = static_cast<uint16_t>(p.tokens.size());
      c.first_entry = static_cast<uint32_t>(p.entries.front());
      c.entry_count = static_cast<uint16_t>(p.entries.size());
      for (size_t j = 0; j < p.entries.size(); ++j) {
        const Entry& en = entries[p.entries[j]];
        (en.kind == Kind::kAgent ? c.any_agent : c.any_name) = true;
        if (c.country < 0 && (en.kind == Kind::kName || en.kind == Kind::kDemonym || en.kind == Kind::kCapital) &&
            en.code.size() == 3 && country_codes.Has(en.code)) {
          c.country = static_cast<int16_t>(j);
        }
      }
      c.rest = static_cast<uint32_t>(rest_words.size());
      if (p.tokens.size() > 1 && !p.tokens[1].empty()) c.second = Sketch(p.tokens[1]);
      for (size_t j = 1; j < p.tokens.size(); ++j) {
        rest_words.push_back(Word{static_cast<uint32_t>(rest_text.size()), static_cast<uint32_t>(p.tokens[j].size())});
        rest_text += p.tokens[j];
      }
      first_lists.push_back(c);
      if (c.size > 1) {
        fw.seconds |= SecondBit(c.second);
        fw.singles = static_cast<uint32_t>(first_lists.size());  // past the longer phrases
      }
    }
    first_lists.push_back(Candidate{});  // the list's end
  }
  by_first.Build(keys);
}

Result<std::unique_ptr<ActorDict>> ActorDict::Load(const std::string& data_dir, const std::string& model_dir,
                                                   const text::FrontEnd& fe) {
  auto d = std::make_unique<Impl>();
  const std::string dir = data_dir + "/actors";
  ANNALS_RETURN_IF_ERROR(LoadOrganizations(dir + "/organizations.tsv", "actors/organizations.tsv", fe, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadCountries(dir + "/countries.tsv", "actors/countries.tsv", fe, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadIso(model_dir + "/iso_countries.tsv", fe, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadAgents(dir + "/agents.tsv", "actors/agents.tsv", fe, d.get()));
  ANNALS_RETURN_IF_ERROR(LoadWords(dir + "/person_roles.tsv", &d->person_roles));
  ANNALS_RETURN_IF_ERROR(LoadWords(dir + "/role_things.tsv", &d->role_things));
  ANNALS_RETURN_IF_ERROR(LoadImpliedDoers(dir + "/implied_doers.tsv", d.get()));
  std::error_code ec;
  std::vector<std::string> people_files;
  for (const auto& f : std::filesystem::directory_iterator(dir + "/people", ec)) {
    if (f.path().extension() == ".tsv") people_files.push_back(f.path().string());
  }
  if (ec) return Status::NotFound("cannot list " + dir + "/people: " + ec.message());
  std::sort(people_files.begin(), people_files.end());
  std::unordered_map<std::string, int> by_name;
  for (const auto& f : people_files) {
    ANNALS_RETURN_IF_ERROR(LoadPeople(f, Relative(f, data_dir), fe, d.get(), &by_name));
  }
  d->Index();
  return std::unique_ptr<ActorDict>(new ActorDict(std::move(d)));
}

ActorDict::ActorDict(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ActorDict::~ActorDict() = default;
size_t ActorDict::entries() const { return impl_->entries.size(); }

const Role* RoleOn(const Person& person, Date date, bool* former) {
  *former = false;
  const Role* latest_before = nullptr;
  const Role* best = nullptr;
  for (const Role& r : person.roles) {
    if (r.from <= date && date <= r.until) {
      // Of overlapping roles, the later-starting one is the current one.
      if (!best || r.from > best->from) best = &r;
    } else if (r.until < date && (!latest_before || r.until > latest_before->until)) {
      latest_before = &r;
    }
  }
  if (best) return best;
  if (latest_before) {
    *former = true;
    return latest_before;
  }
  return person.roles.empty() ? nullptr : &person.roles.front();
}

}  // namespace annals::actors
