// The DOT writer.
#include "writers/dot_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <set>

#include "writers/attribute_table.hpp"

namespace parley::writers {
namespace {

struct NodeStyle {
  const char* shape;
  const char* style;
};

NodeStyle node_style(const std::string& type) {
  if (type == "actor") return {"ellipse", "filled"};
  if (type == "agreement") return {"note", "filled"};
  if (type == "meeting") return {"box", "filled,rounded"};
  if (type == "commitment") return {"hexagon", "filled"};
  return {"oval", "filled,dashed"};
}

std::string hex_color(const Rgb& c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r & 0xff, c.g & 0xff, c.b & 0xff);
  return buffer;
}

// Attribute names Graphviz itself interprets on nodes and edges: an extra attribute of the graph
// under one of these names would change the drawing, so it is written as `attr_<name>`.
const std::set<std::string>& graphviz_names() {
  static const std::set<std::string> names = {
      "URL", "area", "arrowhead", "arrowsize", "arrowtail", "class", "color", "colorscheme", "comment",
      "constraint", "decorate", "dir", "distortion", "edgeURL", "edgehref", "edgetarget", "edgetooltip",
      "fillcolor", "fixedsize", "fontcolor", "fontname", "fontsize", "gradientangle", "group", "headURL",
      "head_lp", "headclip", "headhref", "headlabel", "headport", "headtarget", "headtooltip", "height",
      "href", "id", "image", "imagepos", "imagescale", "label", "labelURL", "labelangle", "labeldistance",
      "labelfloat", "labelfontcolor", "labelfontname", "labelfontsize", "labelhref", "labeltarget",
      "labeltooltip", "layer", "len", "lhead", "lp", "ltail", "margin", "minlen", "nojustify", "ordering",
      "orientation", "penwidth", "peripheries", "pin", "pos", "rects", "regular", "root", "samehead",
      "sametail", "samplepoints", "shape", "shapefile", "showboxes", "sides", "skew", "sortv", "style",
      "tailURL", "tail_lp", "tailclip", "tailhref", "taillabel", "tailport", "tailtarget", "tailtooltip",
      "target", "tooltip", "vertices", "weight", "width", "xlabel", "xlp", "z"};
  return names;
}

// The DOT name of a SCHEMA or extra attribute.
std::string dot_attribute_name(const std::string& column, bool is_edge) {
  if (is_edge && column == "weight") return "support_weight";
  if (!is_edge && column == "label") return "label";
  if (graphviz_names().count(column)) return "attr_" + column;
  return written_name(is_edge ? Domain::edge : Domain::node, column, {});
}

// Long labels wrap at spaces so that pictures stay readable: Graphviz does not wrap by itself.
std::string wrap_label(const std::string& label, std::size_t width = 28) {
  std::string out;
  std::size_t line = 0;
  std::size_t start = 0;
  while (start <= label.size()) {
    auto space = label.find(' ', start);
    std::string word = label.substr(start, space == std::string::npos ? std::string::npos : space - start);
    if (line > 0 && line + 1 + word.size() > width) {
      out += '\n';
      line = 0;
    } else if (start > 0) {
      out += ' ';
      ++line;
    }
    out += word;
    line += word.size();
    if (space == std::string::npos) break;
    start = space + 1;
  }
  return out;
}

void write_attribute(std::ostream& out, const std::string& name, std::string_view value, bool& first) {
  out << (first ? "" : ", ") << name << '=' << dot_quote(value);
  first = false;
}

std::string edge_display_label(const EdgeData& edge) {
  return edge.role.empty() ? edge.type : edge.type + " (" + edge.role + ")";
}

// Penwidth grows with support but stays within what reads as a line.
std::string penwidth(double weight) {
  const double width = std::min(6.0, 1.0 + std::log2(std::max(1.0, weight)));
  return format_real(std::round(width * 100.0) / 100.0);
}

}  // namespace

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
        break;
      case '\t': out += ' '; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c < 0) out += c;
    }
  }
  out += '"';
  return out;
}

void DotWriter::write(const Graph& graph, std::ostream& out) const {
  const auto [nodes, edges] = graph.sorted();
  const auto node_cols = node_columns(graph);
  const auto edge_cols = edge_columns(graph);

  out << "digraph parley {\n";
  out << "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, fontsize=16";
  std::string title = graph.info.title.empty() ? graph.info.source : graph.info.title;
  if (!title.empty()) out << ", label=" << dot_quote(graph.info.date.empty() ? title : title + " (" + graph.info.date + ")");
  if (!graph.info.source.empty()) out << ", source=" << dot_quote(graph.info.source);
  if (!graph.info.title.empty()) out << ", title=" << dot_quote(graph.info.title);
  if (!graph.info.date.empty()) out << ", date=" << dot_quote(graph.info.date);
  out << "];\n";
  out << "  node [fontname=\"Helvetica\", fontsize=11, penwidth=1];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#5f6368\", fontcolor=\"#3c4043\"];\n";

  // The legend: one sample node per node type present, in a cluster of its own.
  std::set<std::string> types;
  for (const NodeData* node : nodes) types.insert(node->type);
  if (!types.empty()) {
    out << "  subgraph cluster_legend {\n";
    out << "    graph [label=\"Legend\", style=\"rounded,dashed\", color=\"#9aa0a6\", fontsize=12];\n";
    std::string previous;
    for (const auto& type : types) {
      const NodeStyle style = node_style(type);
      const std::string id = "parley-legend:" + type;
      out << "    " << dot_quote(id) << " [label=" << dot_quote(type) << ", shape=" << style.shape
          << ", style=" << dot_quote(style.style) << ", fillcolor=" << dot_quote(hex_color(node_color(type))) << "];\n";
      if (!previous.empty()) out << "    " << dot_quote(previous) << " -> " << dot_quote(id) << " [style=invis];\n";
      previous = id;
    }
    out << "  }\n";
  }

  std::string scratch;  // node_text / edge_text
  for (const NodeData* node : nodes) {
    const NodeStyle style = node_style(node->type);
    out << "  " << dot_quote(node->id) << " [";
    bool first = true;
    write_attribute(out, "id", node->id, first);
    write_attribute(out, "label", wrap_label(node->label.empty() ? node->id : node->label), first);
    write_attribute(out, "shape", style.shape, first);
    write_attribute(out, "style", style.style, first);
    write_attribute(out, "fillcolor", hex_color(node_color(*node)), first);
    if (!node->evidence.text.empty()) write_attribute(out, "tooltip", node->evidence.text, first);
    for (const auto& column : node_cols) {
      if (column.name == "label") continue;
      if (auto value = node_text(*node, column, scratch)) write_attribute(out, dot_attribute_name(column.name, false), *value, first);
    }
    out << "];\n";
  }

  for (const auto& edge : edges) {
    out << "  " << dot_quote(edge.source().id) << " -> " << dot_quote(edge.target().id) << " [";
    bool first = true;
    write_attribute(out, "id", edge_id(edge), first);
    write_attribute(out, "label", edge_display_label(edge.data()), first);
    write_attribute(out, "penwidth", penwidth(edge.data().weight()), first);
    if (is_symmetric_edge_type(edge.data().type)) write_attribute(out, "dir", "both", first);
    if (auto color = color_attribute(edge.data().attributes)) write_attribute(out, "color", hex_color(*color), first);
    if (!edge.data().evidence.text.empty()) write_attribute(out, "tooltip", edge.data().evidence.text, first);
    for (const auto& column : edge_cols) {
      if (auto value = edge_text(edge, column, scratch)) write_attribute(out, dot_attribute_name(column.name, true), *value, first);
    }
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace parley::writers
