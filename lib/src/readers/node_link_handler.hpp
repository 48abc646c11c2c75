// The SAX handler that reads networkx node-link JSON into a GraphBuilder, and the input stream
// that counts lines for it. Shared by the JSON graph reader (a whole file) and the JSON Lines
// fragment reader (the "graph" member of each record), so both read a graph the same way and
// report a bad node or link at its line and column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <rapidjson/reader.h>

#include "parley/error.hpp"
#include "readers/graph_builder.hpp"

namespace parley::readers {

// A RapidJSON input stream over bytes in memory that knows its line and column.
class CountingStream {
 public:
  using Ch = char;
  // `first_line`: the line number of the first byte (a JSON Lines record is one line of a file).
  explicit CountingStream(const std::string& bytes, std::size_t first_line = 1)
      : begin_(bytes.data()), at_(begin_), end_(begin_ + bytes.size()), line_(first_line) {}

  Ch Peek() const { return at_ == end_ ? '\0' : *at_; }
  Ch Take() {
    if (at_ == end_) return '\0';
    const Ch c = *at_++;
    if (c == '\n') {
      ++line_;
      line_start_ = at_;
    }
    return c;
  }
  std::size_t Tell() const { return static_cast<std::size_t>(at_ - begin_); }
  // The position of the byte just taken.
  Position last_taken() const {
    return Position::at_line(line_, static_cast<std::size_t>(at_ - (line_start_ ? line_start_ : begin_)));
  }

  // Output is never used by the reader; RapidJSON's stream concept asks for these.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

 private:
  const Ch* begin_;
  const Ch* at_;
  const Ch* end_;
  std::size_t line_;
  const Ch* line_start_ = nullptr;
};

// Builds the graph from the SAX events of one node-link object. It takes the first object it
// sees as the graph's top level, so a caller may feed it the events of a member of a larger
// document (a JSON Lines fragment record).
class NodeLinkHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, NodeLinkHandler> {
 public:
  NodeLinkHandler(GraphBuilder& builder, const CountingStream& stream) : builder_(builder), stream_(stream) {}

  std::optional<Error> failure;
  bool seen_nodes = false;

  bool StartObject() {
    if (stack_.empty()) return push(Context::root);
    switch (stack_.back()) {
      case Context::root: return push(key_ == "graph" ? Context::graph : Context::skipped);
      case Context::nodes:
      case Context::links:
        element_.clear();
        element_position_ = stream_.last_taken();
        return push(Context::element);
      default: return push(Context::skipped);
    }
  }

  bool EndObject(rapidjson::SizeType) {
    const Context closing = stack_.back();
    stack_.pop_back();
    if (closing != Context::element) return true;
    return guarded([&] {
      if (stack_.back() == Context::nodes) {
        builder_.node(take("id", "node"), element_, element_position_);
      } else {
        const std::string source = take("source", "link");
        builder_.edge(source, take("target", "link"), element_, element_position_);
      }
    });
  }

  bool StartArray() {
    if (stack_.empty()) return fail("not a node-link graph: the top level is an array, not an object");
    switch (stack_.back()) {
      case Context::root:
        if (key_ == "nodes") {
          seen_nodes = true;
          return push(Context::nodes);
        }
        return push(key_ == "links" || key_ == "edges" ? Context::links : Context::skipped);
      case Context::element:
        list_.clear();
        return push(Context::element_list);
      default: return push(Context::skipped);
    }
  }

  bool EndArray(rapidjson::SizeType) {
    const Context closing = stack_.back();
    stack_.pop_back();
    if (closing == Context::element_list) element_[key_] = join(list_);
    return true;
  }

  bool Key(const char* text, rapidjson::SizeType length, bool) {
    if (stack_.back() != Context::element_list && stack_.back() != Context::skipped) key_.assign(text, length);
    return true;
  }

  bool String(const char* text, rapidjson::SizeType length, bool) { return scalar(std::string(text, length)); }
  bool RawNumber(const char* text, rapidjson::SizeType length, bool) { return scalar(std::string(text, length)); }
  bool Bool(bool value) { return scalar(value ? "true" : "false"); }
  bool Null() { return stack_.empty() ? fail("not a node-link graph: the top level is null") : true; }

 private:
  // Where the handler is in the node-link document.
  enum class Context { root, graph, nodes, links, element, element_list, skipped };

  bool push(Context context) {
    stack_.push_back(context);
    return true;
  }

  bool scalar(const std::string& value) {
    if (stack_.empty()) return fail("not a node-link graph: the top level is not an object");
    switch (stack_.back()) {
      case Context::graph: builder_.graph_attribute(key_, value); break;
      case Context::element: element_[key_] = value; break;
      case Context::element_list: list_.push_back(value); break;
      case Context::nodes:
      case Context::links: return fail(std::string(stack_.back() == Context::nodes ? "nodes" : "links") +
                                       " must be objects, found '" + value + "'");
      default: break;
    }
    return true;
  }

  std::string take(const std::string& name, const std::string& what) {
    auto found = element_.find(name);
    if (found == element_.end() || found->second.empty()) {
      throw Error(ErrorKind::input, builder_.file(), element_position_, what + " without \"" + name + "\"");
    }
    std::string value = found->second;
    element_.erase(found);
    return value;
  }

  static std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : " | ") + item;
    return out;
  }

  template <typename Body>
  bool guarded(Body body) {
    try {
      body();
      return true;
    } catch (const Error& error) {
      failure = error;
      return false;
    }
  }

  bool fail(const std::string& message) {
    failure = Error(ErrorKind::input, builder_.file(), stream_.last_taken(), message);
    return false;
  }

  GraphBuilder& builder_;
  const CountingStream& stream_;
  std::vector<Context> stack_;
  std::string key_;
  Attributes element_;
  Position element_position_;
  std::vector<std::string> list_;
};

}  // namespace parley::readers
