// The geo stage: where. Finds place names in a sentence (countries, regions,
// first-level subdivisions, cities of 15,000+ people) after locative words
// ("in Pyongyang", "near Bakhmut", "in Far Eastern Russia") and picks the
// place meant, using the countries the article is about, the feature type and
// the population (Vladimir the city against Vladimir Putin; Georgia the
// country against the US state; Paris, Texas).
//
// Usage:
//   auto gaz = annals::geo::Gazetteer::Load(model_dir, data_dir, frontend);
//   auto places = (*gaz)->Find(doc, sentence_index, {"RUS", "PRK"});
//
// A country-level place has no coordinates: no event is put at a centroid.
// A loaded Gazetteer is immutable and safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "text/text.h"

namespace annals::geo {

enum class Kind : uint8_t { kCountry, kRegion, kAdmin1, kCity };
const char* KindName(Kind k);  // "country", "region", "admin1", "city"

struct Place {
  std::string name;
  Kind kind = Kind::kCity;
  std::string country;      // ISO alpha-3
  std::string subdivision;  // ISO 3166-2 code or the state's name; "" if none
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  uint32_t population = 0;
};

struct PlaceMention {
  uint16_t begin = 0, end = 0;  // token range in the sentence
  Span span;                    // into Document::text
  const Place* place = nullptr; // owned by the Gazetteer
};

class Gazetteer {
 public:
  // Loads model_dir/places.tsv (built from libgeonames0 and iso-codes),
  // model_dir/iso_countries.tsv, data_dir/actors/countries.tsv (names and
  // regions) and data_dir/geo/aliases.tsv.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& model_dir, const std::string& data_dir,
                                                 const text::FrontEnd& fe);
  ~Gazetteer();

  // Places named in sentence `si` after a locative word. `context` lists the
  // ISO-3 countries the article is about, most important first.
  std::vector<PlaceMention> Find(const text::Document& doc, uint32_t si,
                                 const std::vector<std::string>& context) const;

  // The place that tokens [begin, end) of sentence `si` name, wherever they
  // stand ("the Jenin refugee camp", "Kirkuk police"): the first capitalized
  // run that is a place's whole name — a country, region, first-level
  // division, or a city of at least 20,000 people — or null.
  const Place* Named(const text::Document& doc, uint32_t si, uint16_t begin, uint16_t end) const;

  size_t size() const;

  struct Impl;

 private:
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The place that locates an event whose trigger is token `trigger`: the
// nearest place in the trigger's clause, or null.
const PlaceMention* PlaceForTrigger(const text::Sentence& s, const std::vector<PlaceMention>& places,
                                    size_t trigger);

}  // namespace annals::geo
