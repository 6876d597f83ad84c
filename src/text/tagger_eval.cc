// Tagger accuracy against a hand-tagged sample (word/TAG tokens, one
// sentence per line). The gold tokenization is used as is, so the figure
// measures the tagger alone; tokenizer agreement is reported beside it.
// Run by `annals eval-tags FILE`; tested by tagger_test.cc.
#include <sstream>

#include "base/tsv.h"
#include "text/tagger.h"
#include "text/text.h"

namespace annals::text {

Result<TagEval> EvaluateTagger(const FrontEnd& fe, const std::string& gold_path) {
  ANNALS_ASSIGN_OR_RETURN(std::string content, ReadFile(gold_path));
  TagEval ev;
  std::istringstream in(content);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> words;
    std::vector<Pos> gold;
    std::istringstream ls(line);
    std::string item;
    while (ls >> item) {
      size_t slash = item.rfind('/');
      auto tag = slash == std::string::npos ? std::nullopt : ParsePos(item.substr(slash + 1));
      if (!tag || slash == 0) {
        return Status::DataError(gold_path + ":" + std::to_string(line_no) + ": bad token \"" + item + "\"");
      }
      words.push_back(item.substr(0, slash));
      gold.push_back(*tag);
    }
    std::string joined;
    for (size_t i = 0; i < words.size(); ++i) joined += (i ? " " : "") + words[i];
    // Tokenizer agreement on the same text.
    Document doc = fe.Analyze(joined);
    size_t produced = 0;
    for (const Sentence& s : doc.sentences) produced += s.tokens.size();
    ev.sentences++;
    if (produced == words.size()) ev.tokenizer_agreeing_sentences++;
    // Tagger on the gold tokens.
    Document gdoc;
    Normalize(joined, &gdoc);
    Sentence s;
    s.span = Span{0, static_cast<uint32_t>(gdoc.text.size())};
    uint32_t off = 0;
    for (const std::string& w : words) {
      Token t;
      t.span = Span{off, static_cast<uint32_t>(off + w.size())};
      t.lower = t.span.In(gdoc.lower);
      t.capitalized = w[0] >= 'A' && w[0] <= 'Z';
      s.tokens.push_back(t);
      off += w.size() + 1;
    }
    fe.tagger().Tag(gdoc.text, &s);
    for (size_t i = 0; i < words.size(); ++i) {
      ev.tokens++;
      if (s.tokens[i].tag == gold[i]) {
        ev.correct++;
      } else {
        ev.errors.push_back(words[i] + "/" + PosName(gold[i]) + " tagged " + PosName(s.tokens[i].tag) +
                            " (line " + std::to_string(line_no) + ")");
      }
    }
  }
  if (ev.tokens == 0) return Status::DataError(gold_path + ": no tagged tokens");
  return ev;
}

}  // namespace annals::text
