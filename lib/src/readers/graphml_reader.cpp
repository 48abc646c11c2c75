// Reading GraphML with expat: a streaming parser, so memory stays bounded by the graph itself on
// big corpus graphs, and every problem is reported with its line and column.
//
// Accepted: the GraphML namespace, <key> declarations (attr.name, or the id when absent, and an
// optional <default>), one <graph> with <data>, <node> and <edge>; elements of other namespaces
// (yEd's, for instance) are skipped. Refused: anything else in the GraphML namespace that Parley
// cannot represent (nested graphs, hyperedges, ports), undeclared keys, keys used on the wrong
// kind of element, and everything GraphBuilder refuses.
#include <expat.h>

#include <array>
#include <istream>
#include <map>
#include <optional>
#include <string>

#include "parley/error.hpp"
#include "parley/graph_reader.hpp"
#include "readers/graph_builder.hpp"

namespace parley {
namespace {

constexpr char kNamespaceSeparator = '\x01';
const std::string kGraphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

struct Key {
  std::string name;
  std::string domain;  // graph, node, edge, all, ...
  std::optional<std::string> default_value;
};

// What an open element is, as far as the reader cares.
enum class Element { graphml, key, key_default, graph, node, edge, data, ignored };

class GraphmlParser {
 public:
  explicit GraphmlParser(std::string file) : builder_(file), file_(std::move(file)) {
    parser_ = XML_ParserCreateNS("UTF-8", kNamespaceSeparator);
    if (!parser_) throw Error(ErrorKind::internal, file_, "cannot create an XML parser");
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &GraphmlParser::on_start, &GraphmlParser::on_end);
    XML_SetCharacterDataHandler(parser_, &GraphmlParser::on_text);
  }
  ~GraphmlParser() { XML_ParserFree(parser_); }
  GraphmlParser(const GraphmlParser&) = delete;
  GraphmlParser& operator=(const GraphmlParser&) = delete;

  Graph parse(std::istream& in) {
    std::array<char, 1 << 16> buffer;
    for (;;) {
      in.read(buffer.data(), buffer.size());
      const std::streamsize got = in.gcount();
      if (in.bad()) throw Error(ErrorKind::input, file_, "read error");
      const bool last = !in;
      if (XML_Parse(parser_, buffer.data(), static_cast<int>(got), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
        if (failure_) throw *failure_;
        throw Error(ErrorKind::input, file_, here(),
                    std::string("not well-formed XML: ") + XML_ErrorString(XML_GetErrorCode(parser_)));
      }
      if (last) break;
    }
    if (!seen_graph_) throw Error(ErrorKind::input, file_, root_end_, "no <graph> element");
    return builder_.finish();
  }

 private:
  Position here() const {
    return Position::at_line(XML_GetCurrentLineNumber(parser_), XML_GetCurrentColumnNumber(parser_) + 1);
  }

  [[noreturn]] void fail(const std::string& message) const { throw Error(ErrorKind::input, file_, here(), message); }

  // Expat is C: exceptions must not cross it, so handlers stop the parser and keep the error.
  template <typename Body>
  void guarded(Body body) {
    if (failure_) return;
    try {
      body();
    } catch (const Error& error) {
      failure_ = error;
      XML_StopParser(parser_, XML_FALSE);
    }
  }

  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    auto* parser = static_cast<GraphmlParser*>(self);
    parser->guarded([&] { parser->start(name, attributes); });
  }
  static void on_end(void* self, const XML_Char* /*name*/) {
    auto* parser = static_cast<GraphmlParser*>(self);
    parser->guarded([&] { parser->end(); });
  }
  static void on_text(void* self, const XML_Char* text, int length) {
    auto* parser = static_cast<GraphmlParser*>(self);
    if (parser->collecting_text()) parser->text_.append(text, static_cast<std::size_t>(length));
  }

  bool collecting_text() const {
    return !open_.empty() && (open_.back() == Element::data || open_.back() == Element::key_default);
  }

  static std::map<std::string, std::string> attribute_map(const XML_Char** attributes) {
    std::map<std::string, std::string> out;
    for (std::size_t i = 0; attributes[i]; i += 2) out[attributes[i]] = attributes[i + 1];
    return out;
  }

  std::string required(const std::map<std::string, std::string>& attributes, const std::string& name,
                       const std::string& element) const {
    auto found = attributes.find(name);
    if (found == attributes.end()) fail("<" + element + "> without a '" + name + "' attribute");
    return found->second;
  }

  void start(const std::string& qualified, const XML_Char** raw_attributes) {
    const auto separator = qualified.find(kNamespaceSeparator);
    const std::string ns = separator == std::string::npos ? "" : qualified.substr(0, separator);
    const std::string local = separator == std::string::npos ? qualified : qualified.substr(separator + 1);
    const Element parent = open_.empty() ? Element::ignored : open_.back();

    if (open_.empty()) {
      if (local != "graphml") fail("not GraphML: the root element is <" + local + ">");
      if (ns != kGraphmlNamespace) {
        fail("<graphml> is not in the GraphML namespace (xmlns=\"" + kGraphmlNamespace + "\"), found " +
             (ns.empty() ? std::string("none") : "\"" + ns + "\""));
      }
      open_.push_back(Element::graphml);
      return;
    }
    if (ns != kGraphmlNamespace || parent == Element::ignored || parent == Element::data) {
      open_.push_back(Element::ignored);  // another vocabulary (yEd, ...) or markup inside a value
      return;
    }
    const auto attributes = attribute_map(raw_attributes);
    if (local == "desc" || (local == "data" && parent == Element::graphml)) {
      open_.push_back(Element::ignored);  // comments, and data about the whole file
    } else if (local == "key" && parent == Element::graphml) {
      const std::string id = required(attributes, "id", "key");
      Key key;
      auto name = attributes.find("attr.name");
      key.name = name == attributes.end() ? id : name->second;
      auto domain = attributes.find("for");
      key.domain = domain == attributes.end() ? "all" : domain->second;
      current_key_ = id;
      keys_[id] = key;
      open_.push_back(Element::key);
    } else if (local == "default" && parent == Element::key) {
      text_.clear();
      open_.push_back(Element::key_default);
    } else if (local == "graph" && parent == Element::graphml) {
      if (seen_graph_) fail("more than one <graph>: Parley reads one graph per file");
      seen_graph_ = true;
      open_.push_back(Element::graph);
    } else if (local == "graph") {
      fail("nested <graph> elements are not supported");
    } else if (local == "node" && parent == Element::graph) {
      element_id_ = required(attributes, "id", "node");
      begin_element(Element::node);
    } else if (local == "edge" && parent == Element::graph) {
      element_id_ = required(attributes, "source", "edge");
      element_target_ = required(attributes, "target", "edge");
      begin_element(Element::edge);
    } else if (local == "data" && (parent == Element::graph || parent == Element::node || parent == Element::edge)) {
      const std::string key_id = required(attributes, "key", "data");
      auto key = keys_.find(key_id);
      if (key == keys_.end()) fail("<data> uses key '" + key_id + "', which no <key> declares");
      const std::string domain = parent == Element::graph ? "graph" : parent == Element::node ? "node" : "edge";
      if (key->second.domain != domain && key->second.domain != "all") {
        fail("key '" + key_id + "' is declared for " + key->second.domain + " and used on a " + domain);
      }
      data_key_ = key->second.name;
      text_.clear();
      open_.push_back(Element::data);
    } else if (local == "port" || local == "hyperedge" || local == "endpoint") {
      fail("<" + local + "> is not supported");
    } else {
      fail("unexpected <" + local + ">");
    }
  }

  void begin_element(Element element) {
    element_attributes_.clear();
    element_position_ = here();
    open_.push_back(element);
  }

  void end() {
    const Element closing = open_.back();
    open_.pop_back();
    switch (closing) {
      case Element::graphml:
        root_end_ = here();
        break;
      case Element::key_default:
        keys_[current_key_].default_value = text_;
        break;
      case Element::data:
        if (open_.back() == Element::graph) {
          builder_.graph_attribute(data_key_, text_);
        } else {
          element_attributes_[data_key_] = text_;
        }
        break;
      case Element::node:
        apply_defaults("node");
        builder_.node(element_id_, element_attributes_, element_position_);
        break;
      case Element::edge:
        apply_defaults("edge");
        builder_.edge(element_id_, element_target_, element_attributes_, element_position_);
        break;
      default:
        break;
    }
  }

  void apply_defaults(const std::string& domain) {
    for (const auto& [id, key] : keys_) {
      if (key.default_value && (key.domain == domain || key.domain == "all")) {
        element_attributes_.try_emplace(key.name, *key.default_value);
      }
    }
  }

  readers::GraphBuilder builder_;
  std::string file_;
  XML_Parser parser_ = nullptr;
  std::optional<Error> failure_;
  std::vector<Element> open_;
  std::map<std::string, Key> keys_;
  std::string current_key_;
  std::string data_key_;
  std::string text_;
  bool seen_graph_ = false;
  Position root_end_;
  std::string element_id_;
  std::string element_target_;
  readers::Attributes element_attributes_;
  Position element_position_;
};

}  // namespace

Graph read_graphml(std::istream& in, const std::string& file) { return GraphmlParser(file).parse(in); }

}  // namespace parley
