// `annals actors FILE...`: every actor mention, its code and why.
#include <chrono>
#include <iostream>

#include "actors/actors.h"
#include "commands.h"
#include "geo/geo.h"
#include "inputs.h"
#include "pipeline/pipeline.h"
#include "text/text.h"

namespace annals::cli {

int RunActors(const Options& opt) {
  if (opt.inputs.empty()) {
    std::cerr << "annals actors: no input (give FILE... or - for stdin)\n";
    return 2;
  }
  auto fe = text::FrontEnd::Load(opt.model_dir, opt.data_dir);
  if (!fe) {
    std::cerr << "annals: " << fe.error().ToString() << "\n";
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  auto dict = actors::ActorDict::Load(opt.data_dir, opt.model_dir, **fe);
  if (!dict) {
    std::cerr << "annals: " << dict.error().ToString() << "\n";
    return 2;
  }
  std::cerr << "annals: " << (*dict)->entries() << " actor entries loaded in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count()
            << " ms\n";
  // Places code role words too ("Kirkuk police"), as in `annals code`.
  auto gazetteer = geo::Gazetteer::Load(opt.model_dir, opt.data_dir, **fe);
  if (!gazetteer) {
    std::cerr << "annals: " << gazetteer.error().ToString() << "\n";
    return 2;
  }
  InputStats stats = ForEachArticle(opt.inputs, opt.date, [&](const ingest::Article& a) {
    text::Document doc = (*fe)->Analyze(a.text);
    actors::ArticleActors found = (*dict)->Resolve(doc, a.date, /*explain=*/true, PlacesFor(**gazetteer, doc));
    std::cout << "# article " << a.id << " (" << a.date.ToString() << "): " << found.mentions.size()
              << " actor mentions\n";
    std::cout << actors::DebugString(doc, found);
  });
  return stats.errors ? 1 : 0;
}

}  // namespace annals::cli
