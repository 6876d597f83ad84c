// Gazetteer loading, place finding and disambiguation (see geo.h).
// Tested by geo_test.cc.
#include <utf8proc.h>

#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "base/tsv.h"
#include "geo/geo.h"

namespace annals::geo {
namespace {

// Lowercased, diacritic-stripped, single-spaced: "Rafaḩ" → "rafah".
std::string Fold(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                                   UTF8PROC_CASEFOLD));
  std::string r = n >= 0 && out ? std::string(reinterpret_cast<char*>(out), n) : std::string(s);
  std::free(out);
  std::string folded;
  for (char c : r) {
    if (c == '-' ) c = ' ';
    if (c == ' ' && (folded.empty() || folded.back() == ' ')) continue;
    folded += c;
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

// Weekdays and months may follow a place ("in Tehran Monday").
bool IsDateWord(std::string_view w) {
  static const char* kWords[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"};
  for (const char* k : kWords) if (w == k) return true;
  return false;
}

bool Locative(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "outside" || w == "inside" || w == "across" ||
         w == "around" || w == "throughout" || w == "from" || w == "into" || w == "of" || w == "toward" ||
         w == "towards" || w == "within";
}

}  // namespace

const char* KindName(Kind k) {
  switch (k) {
    case Kind::kCountry: return "country";
    case Kind::kRegion: return "region";
    case Kind::kAdmin1: return "admin1";
    case Kind::kCity: return "city";
  }
  return "?";
}

struct Gazetteer::Impl {
  std::vector<Place> places;
  std::unordered_map<std::string, std::vector<int>> by_name;  // folded name → places
  size_t max_words = 1;

  void Add(std::string_view name, int place) {
    std::string key = Fold(name);
    if (key.empty()) return;
    size_t words = 1;
    for (char c : key) words += c == ' ';
    max_words = std::max(max_words, words);
    auto& list = by_name[key];
    for (int p : list) if (p == place) return;
    list.push_back(place);
  }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
size_t Gazetteer::size() const { return impl_->places.size(); }

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& model_dir, const std::string& data_dir,
                                                   const text::FrontEnd& fe) {
  (void)fe;
  auto d = std::make_unique<Impl>();
  {
    ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(model_dir + "/places.tsv",
                                                         "name\tkind\tcountry\tsubdivision\tlat\tlon\tpopulation"));
    while (r.Next()) {
      const auto& row = r.row();
      Place p;
      p.name = std::string(row[0]);
      p.kind = row[1] == "city" ? Kind::kCity : Kind::kAdmin1;
      p.country = std::string(row[2]);
      p.subdivision = std::string(row[3]);
      if (!row[4].empty()) {
        p.lat = std::atof(std::string(row[4]).c_str());
        p.lon = std::atof(std::string(row[5]).c_str());
        p.has_coordinates = true;
      }
      p.population = static_cast<uint32_t>(std::atol(std::string(row[6]).c_str()));
      if (p.name.empty() || p.country.size() != 3) return r.Error("bad place row");
      d->places.push_back(std::move(p));
      d->Add(d->places.back().name, static_cast<int>(d->places.size()) - 1);
    }
  }
  // Countries and regions, as the actor data names them.
  std::unordered_map<std::string, int> country_place;
  auto country = [&](std::string_view name, const std::string& code, Kind kind) {
    if (code.size() < 3) return;
    const std::string iso = code.substr(0, 3);
    int idx;
    if (kind == Kind::kCountry && country_place.count(iso)) {
      idx = country_place[iso];
    } else {
      Place p;
      p.name = std::string(name);
      p.kind = kind;
      p.country = iso;
      d->places.push_back(std::move(p));
      idx = static_cast<int>(d->places.size()) - 1;
      if (kind == Kind::kCountry) country_place[iso] = idx;
    }
    d->Add(name, idx);
  };
  {
    ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(model_dir + "/iso_countries.tsv", "phrase\tcode"));
    while (r.Next()) {
      // "korea, republic of" is no way to write a place in prose.
      if (r.row()[0].find(',') != std::string_view::npos) continue;
      country(r.row()[0], std::string(r.row()[1]), Kind::kCountry);
    }
  }
  {
    ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(data_dir + "/actors/countries.tsv", "phrase\tcode\tkind"));
    while (r.Next()) {
      const std::string_view kind = r.row()[2];
      if (kind == "name") country(r.row()[0], std::string(r.row()[1]), Kind::kCountry);
      else if (kind == "region") country(r.row()[0], std::string(r.row()[1]), Kind::kRegion);
    }
  }
  // The canonical display name of a country: its ISO name is fine.
  {
    ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(data_dir + "/geo/aliases.tsv", "alias\tname\tcountry"));
    while (r.Next()) {
      auto it = d->by_name.find(Fold(r.row()[1]));
      if (it == d->by_name.end()) return r.Error("no place named \"" + std::string(r.row()[1]) + "\" in the gazetteer");
      // The alias names the city when there is one ("gaza city" is not the territory).
      bool added = false;
      for (int pass = 0; pass < 2 && !added; ++pass) {
        for (int p : std::vector<int>(it->second)) {
          if (d->places[p].country != r.row()[2]) continue;
          if (pass == 0 && d->places[p].kind != Kind::kCity) continue;
          d->Add(r.row()[0], p);
          added = true;
        }
      }
      if (!added) return r.Error("no place named \"" + std::string(r.row()[1]) + "\" in " + std::string(r.row()[2]));
    }
  }
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(d)));
}

namespace {

// The lookup key of tokens [b, e): lowercase words, hyphens as spaces;
// utf8proc only for non-ASCII text.
std::string NameKey(const text::Document& doc, const std::vector<text::Token>& t, size_t b, size_t e) {
  const std::string_view raw =
      std::string_view(doc.lower).substr(t[b].span.begin, t[e - 1].span.end - t[b].span.begin);
  bool ascii = true;
  for (char c : raw) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return Fold(doc.text.substr(t[b].span.begin, t[e - 1].span.end - t[b].span.begin));
  std::string key;
  for (char c : raw) {
    if (c == '-' || c == '\n') c = ' ';
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key += c;
  }
  return key;
}

// Of the places sharing a name, the one meant: the most populous, with the
// article's countries, countries, regions and first-level divisions ahead.
const Place* Best(const Gazetteer::Impl& d, const std::vector<int>& candidates, const std::vector<std::string>& context) {
  const Place* best = nullptr;
  double best_score = -1e9;
  for (int pi : candidates) {
    const Place& p = d.places[pi];
    double score = std::log10(1.0 + p.population);
    for (size_t c = 0; c < context.size(); ++c) {
      if (context[c] == p.country) { score += 10.0 - static_cast<double>(c); break; }
    }
    if (p.kind == Kind::kCountry) score += 6;       // "Georgia" is the country unless the US is in view
    if (p.kind == Kind::kRegion) score += 2;
    if (p.kind == Kind::kAdmin1) score += 3;  // "Texas" is US-TX, with its code
    if (score > best_score) { best_score = score; best = &p; }
  }
  return best;
}

}  // namespace

std::vector<PlaceMention> Gazetteer::Find(const text::Document& doc, uint32_t si,
                                          const std::vector<std::string>& context) const {
  const Impl& d = *impl_;
  const text::Sentence& s = doc.sentences[si];
  const auto& t = s.tokens;
  std::vector<PlaceMention> out;
  for (size_t i = 1; i < t.size(); ++i) {
    if (!Locative(t[i - 1].lower)) continue;
    // Skip determiners and adjectives of scale: "in the eastern city of".
    size_t b = i;
    if (t[b].lower == "the") ++b;
    // "in northern Mali", "in the eastern city of": words of direction.
    auto direction = [&](size_t k) {
      const std::string_view w = t[k].lower;
      return w == "northern" || w == "southern" || w == "eastern" || w == "western" || w == "central" ||
             w == "north" || w == "south" || w == "east" || w == "west" || w == "northeastern" ||
             w == "northwestern" || w == "southeastern" || w == "southwestern";
    };
    while (b < t.size() && direction(b) && !t[b].capitalized) ++b;
    if (b >= t.size() || !t[b].capitalized) continue;
    // "in Western Cambodia": a capitalized direction before a place that
    // is not part of its name ("West Bank", "South Sudan" are names).
    if (direction(b) && b + 1 < t.size() && t[b + 1].capitalized) {
      bool name = false;
      std::string key(t[b].lower);
      for (size_t k = b + 1; k < std::min(b + d.max_words, t.size()) && !name; ++k) {
        key += ' ';
        key += t[k].lower;
        name = d.by_name.count(key) > 0;
      }
      if (!name) ++b;
    }
    // Longest run of words that names a place.
    for (size_t len = std::min(d.max_words, t.size() - b); len >= 1; --len) {
      const size_t e = b + len;
      if (!t[e - 1].capitalized && t[e - 1].tag != text::Pos::POS) continue;
      auto it = d.by_name.find(NameKey(doc, t, b, e));
      if (it == d.by_name.end()) continue;
      // A name followed by another capitalized word is part of something
      // longer ("Vladimir Putin", "Georgia State University").
      if (e < t.size() && t[e].capitalized && t[e].tag == text::Pos::NNP && !IsDateWord(t[e].lower)) break;
      const Place* best = Best(d, it->second, context);
      PlaceMention m;
      m.begin = static_cast<uint16_t>(b);
      m.end = static_cast<uint16_t>(e);
      m.span = Span{t[b].span.begin, t[e - 1].span.end};
      m.place = best;
      out.push_back(m);
      i = e;
      break;
    }
  }
  return out;
}

const Place* Gazetteer::Named(const text::Document& doc, uint32_t si, uint16_t begin, uint16_t end) const {
  const Impl& d = *impl_;
  const auto& t = doc.sentences[si].tokens;
  end = std::min<uint16_t>(end, static_cast<uint16_t>(t.size()));
  for (uint16_t b = begin; b < end; ++b) {
    if (!t[b].capitalized || (t[b].tag != text::Pos::NNP && t[b].tag != text::Pos::NNPS)) continue;
    for (size_t len = std::min<size_t>(d.max_words, end - b); len >= 1; --len) {
      const size_t e = b + len;
      if (!t[e - 1].capitalized) continue;
      auto it = d.by_name.find(NameKey(doc, t, b, e));
      if (it == d.by_name.end()) continue;
      const Place* p = Best(d, it->second, {});
      // Small places share their names with words and people ("Interior", "Smith").
      if (p && (p->kind != Kind::kCity || p->population >= 20000)) return p;
    }
  }
  return nullptr;
}

const PlaceMention* PlaceForTrigger(const text::Sentence& s, const std::vector<PlaceMention>& places, size_t trigger) {
  // A trigger noun whose group is followed by its verb ("Clashes erupted in
  // Khartoum", "the attack killed 20 in Kabul") happened where that verb did.
  size_t own_verb = s.tokens.size();
  for (size_t i = 0; i + 1 < s.chunks.size(); ++i) {
    const text::Chunk& c = s.chunks[i];
    if (c.kind == text::ChunkKind::kNoun && c.begin <= trigger && trigger < c.end &&
        s.chunks[i + 1].kind == text::ChunkKind::kVerb && s.chunks[i + 1].begin == c.end) {
      own_verb = c.end;
    }
  }
  auto verb_between = [&](size_t a, size_t b) {
    for (const text::Chunk& c : s.chunks) {
      if (c.kind != text::ChunkKind::kVerb || c.infinitive || c.begin == own_verb) continue;
      if (c.begin > a && c.begin < b && !(c.begin <= trigger && trigger < c.end)) return true;
    }
    return false;
  };
  const PlaceMention* best = nullptr;
  size_t best_dist = ~size_t{0};
  for (const PlaceMention& p : places) {
    const size_t a = std::min<size_t>(trigger, p.begin), b = std::max<size_t>(trigger, p.end);
    if (verb_between(a, b)) continue;
    const size_t dist = p.begin > trigger ? p.begin - trigger : (trigger - p.end) * 2;  // prefer after
    if (dist < best_dist) { best = &p; best_dist = dist; }
  }
  return best;
}

}  // namespace annals::geo
