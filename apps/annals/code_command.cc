// `annals code`: runs the pipeline over the inputs and prints per article.
#include <iostream>

#include "commands.h"
#include "inputs.h"
#include "text/text.h"

namespace annals::cli {

int RunCode(const Options& opt) {
  if (opt.inputs.empty()) {
    std::cerr << "annals code: no input (give FILE... or - for stdin)\n";
    return 2;
  }
  auto fe = text::FrontEnd::Load(opt.model_dir, opt.data_dir);
  if (!fe) {
    std::cerr << "annals: " << fe.error().ToString() << "\n";
    return 2;
  }
  InputStats stats = ForEachArticle(opt.inputs, opt.date, [&](const ingest::Article& a) {
    text::Document doc = (*fe)->Analyze(a.text);
    std::cout << "# article " << a.id << " (" << a.date.ToString() << "): "
              << doc.sentences.size() << " sentences in " << doc.paragraphs.size() << " paragraphs\n";
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const text::Sentence& s = doc.sentences[i];
      std::cout << "[" << i << "] " << doc.Text(s.span) << "\n";
      std::cout << "  tags:   " << text::TaggedString(doc, s) << "\n";
      std::cout << "  chunks: " << text::ChunkString(doc, s) << "\n";
      for (const text::Clause& c : s.clauses) {
        std::cout << "  clause: " << text::ClauseString(doc, s, c) << "\n";
      }
    }
  });
  std::cerr << "annals: " << stats.articles << " articles";
  if (stats.errors) std::cerr << ", " << stats.errors << " skipped";
  std::cerr << "\n";
  return stats.errors ? 1 : 0;
}

}  // namespace annals::cli
