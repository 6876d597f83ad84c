// Template-based generator for the benchmark corpus (see corpus.h).
#include "corpus.h"

#include <random>

namespace annals::bench {
namespace {

const char* kSubjects[] = {
    "Russian President Vladimir Putin", "U.S. Secretary of State Antony Blinken", "The White House",
    "Chinese Foreign Minister Wang Yi", "North Korean leader Kim Jong Un", "Israeli troops",
    "Hamas militants", "The European Union", "Turkish President Recep Tayyip Erdogan",
    "Police in Nairobi", "Protesters in Tehran", "The Kremlin", "Ukraine's defense ministry",
    "Gen. Valery Gerasimov", "A senior Egyptian official", "The U.N. Security Council",
    "Indian Prime Minister Narendra Modi", "Houthi rebels", "Japan's government", "NATO allies"};
const char* kTargets[] = {
    "North Korea", "Vietnam", "Ukrainian targets", "the Iranian government", "China",
    "the rebels", "Israel", "the opposition", "Moscow", "Washington", "the Gaza Strip",
    "Brazilian President Luiz Inacio Lula da Silva", "Pakistan", "the Philippines", "Syria"};
const char* kVerbs[] = {
    "met with", "accused", "is set to visit", "will host", "criticized", "may impose sanctions on",
    "signed an agreement with", "was attacked by", "did not meet", "urged", "fired missiles at",
    "is expected to travel to", "condemned", "praised", "warned", "has released prisoners to",
    "expressed concern over", "could sign a deal with", "rejected a proposal from", "thanked"};
const char* kTails[] = {
    " on Tuesday", " in Geneva", " after talks on Jan. 5", " at 10 a.m. local time",
    ", officials said", " for the first time since 2019", " over the border dispute",
    " during a visit to the U.S. capital", "", " last week", " amid Western concerns",
    " on the 19th and 20th of this month", " despite $1.2 billion in aid"};
const char* kQuotes[] = {
    "\"We're not concerned about the visit,\" a spokesman said.",
    "\"This is an important moment for both countries,\" he told reporters.",
    "The minister's office said the talks didn't produce a deal.",
    "Officials in the U.S. National Security Council declined to comment.",
    "\"We will never accept this,\" the president said on Monday."};

}  // namespace

std::vector<CorpusArticle> MakeCorpus(size_t n_sentences, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](const auto& arr) { return arr[rng() % std::size(arr)]; };
  std::vector<CorpusArticle> out;
  size_t made = 0;
  while (made < n_sentences) {
    CorpusArticle a;
    a.date = "2024-06-" + std::to_string(10 + rng() % 18);
    for (int i = 0; i < 12 && made < n_sentences; ++i, ++made) {
      if (i > 0) a.text += (i % 4 == 0) ? "\n\n" : " ";
      if (rng() % 5 == 0) {
        a.text += pick(kQuotes);
      } else {
        a.text += std::string(pick(kSubjects)) + " " + pick(kVerbs) + " " + pick(kTargets) + pick(kTails) + ".";
      }
      ++a.sentences;
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace annals::bench
