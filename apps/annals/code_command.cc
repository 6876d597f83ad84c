// `annals code`: runs the pipeline over the inputs and prints events (or a
// stage's analysis with --debug).
#include <iostream>
#include <vector>

#include "commands.h"
#include "inputs.h"
#include "pipeline/pipeline.h"

namespace annals::cli {

int RunCode(const Options& opt) {
  if (opt.inputs.empty()) {
    std::cerr << "annals code: no input (give FILE... or - for stdin)\n";
    return 2;
  }
  if (opt.format != "jsonl" && opt.format != "csv" && opt.format != "plover") {
    std::cerr << "annals code: --format must be jsonl, csv or plover\n";
    return 2;
  }
  if (!opt.debug.empty() && opt.debug != "text" && opt.debug != "actors" && opt.debug != "events") {
    std::cerr << "annals code: --debug must be text, actors or events\n";
    return 2;
  }
  auto pipeline = Pipeline::Load(opt.data_dir, opt.model_dir);
  if (!pipeline) {
    std::cerr << "annals: " << pipeline.error().ToString() << "\n";
    return 2;
  }
  if (opt.debug.empty() && opt.format == "csv") std::cout << EventCsvHeader() << "\n";
  size_t events = 0, seen = 0;
  // Prints what was coded of `a`.
  auto print = [&](const ingest::Article& a, const Coded& c) {
    events += c.events.size();
    if (opt.debug.empty()) {
      for (size_t i = 0; i < c.events.size(); ++i) {
        const events::Event& e = c.events[i];
        if (opt.format == "plover") {
          const std::string line = EventPlover(a, c, e, i);
          if (!line.empty()) std::cout << line << "\n";
        } else {
          std::cout << (opt.format == "csv" ? EventCsv(a, c, e) : EventJson(a, c, e)) << "\n";
        }
      }
    } else {
      std::cout << "# article " << a.id << " (" << a.date.ToString() << ")\n";
      for (size_t i = 0; i < c.doc.sentences.size(); ++i) {
        const text::Sentence& s = c.doc.sentences[i];
        if (opt.debug == "text") {
          std::cout << "[" << i << "] " << c.doc.Text(s.span) << "\n  tags:   " << text::TaggedString(c.doc, s)
                    << "\n  chunks: " << text::ChunkString(c.doc, s) << "\n";
          for (const text::Clause& cl : s.clauses) std::cout << "  clause: " << text::ClauseString(c.doc, s, cl) << "\n";
        }
      }
      if (opt.debug == "actors") std::cout << actors::DebugString(c.doc, c.actors);
      if (opt.debug == "events") {
        for (size_t i = 0; i < c.doc.sentences.size(); ++i) {
          std::cout << "[" << i << "] " << c.doc.Text(c.doc.sentences[i].span) << "\n";
        }
        std::cout << events::DebugString(c.doc, c.events);
      }
    }
    // Progress on stderr for long inputs.
    if (++seen % 5000 == 0) std::cerr << "annals: " << seen << " articles, " << events << " events so far\n";
  };
  // Articles are coded in batches, one stage at a time (Pipeline::CodeBatch).
  std::vector<ingest::Article> batch;
  auto code_batch = [&] {
    const std::vector<Coded> coded = (*pipeline)->CodeBatch(batch, /*explain=*/opt.debug == "actors");
    for (size_t i = 0; i < batch.size(); ++i) print(batch[i], coded[i]);
    batch.clear();
  };
  InputStats stats = ForEachArticle(opt.inputs, opt.date, [&](const ingest::Article& a) {
    batch.push_back(a);
    if (batch.size() == Pipeline::kBatch) code_batch();
  });
  code_batch();
  std::cerr << "annals: " << stats.articles << " articles, " << events << " events";
  if (stats.errors) std::cerr << ", " << stats.errors << " records skipped";
  std::cerr << "\n";
  return stats.errors ? 1 : 0;
}

}  // namespace annals::cli
