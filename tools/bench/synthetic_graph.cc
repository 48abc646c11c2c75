// The synthetic merged graph and the timing of its writers: see synthetic_graph.hh.
#include "synthetic_graph.hh"

#include <array>
#include <chrono>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>

#include "cli_runs.hh"
#include "random.hh"
#include "parley/graph.hpp"
#include "parley/graph_writer.hpp"

namespace parley::bench {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::uint64_t kSeed = 0x5061726C65794732ULL;  // "ParleyG2"
constexpr std::size_t kDocuments = 20000;               // sources the support is spread over

struct NodeTypeSpec {
  std::string_view type;
  std::size_t share;  // of every 20 nodes
  std::vector<std::string_view> kinds;
  std::vector<std::string_view> heads;  // label patterns: "<head> <topic> <number>"
};

const std::array<NodeTypeSpec, 4>& node_types() {
  static const std::array<NodeTypeSpec, 4> types = {{
      {"actor", 8, {"person", "state", "organization", "group"}, {"Minister for", "Republic of", "Agency for", "Front for"}},
      {"agreement", 2, {"treaty", "declaration", "resolution", "law", "communique", "statement", "deal", "framework", "other"},
       {"Treaty on", "Declaration on", "Resolution on", "Act on", "Communique on", "Joint Statement on", "Deal on",
        "Framework for", "Arrangement on"}},
      {"meeting", 5, {"dialogue", "summit", "conference", "meeting", "visit", "call", "briefing"},
       {"Dialogue on", "Summit on", "Conference on", "Meeting on", "Visit on", "Call on", "Briefing on"}},
      {"commitment", 5, {"pledge", "reaffirmation", "intention", "agreement"},
       {"Pledge to strengthen", "Reaffirmed commitment to", "Intention to coordinate", "Agreement to share"}},
  }};
  return types;
}

constexpr std::array<std::string_view, 8> kTopics = {"Export Controls", "Sanctions",         "Maritime Security",
                                                     "Critical Minerals", "Trade",           "Energy Security",
                                                     "Cyber Security",   "Nonproliferation"};

struct EdgeTypeSpec {
  std::string_view type;
  std::size_t source_type;  // index into node_types()
  std::size_t target_type;
  std::size_t share;  // percent
};

constexpr std::array<EdgeTypeSpec, 11> kEdgeTypes = {{
    {"participates_in", 0, 2, 25},
    {"makes", 0, 3, 12},
    {"party_to", 0, 1, 10},
    {"member_of", 0, 0, 10},
    {"discussed", 2, 0, 12},
    {"made_at", 3, 2, 8},
    {"under", 3, 1, 6},
    {"targets", 0, 0, 8},
    {"follows", 2, 2, 3},
    {"produced", 2, 1, 3},
    {"counterpart_of", 0, 0, 3},
}};
constexpr std::array<std::string_view, 4> kRoles = {"lead", "host", "participant", "counterpart"};

std::string slug(std::string_view label) {
  std::string result;
  for (const char c : label) {
    if (c >= 'A' && c <= 'Z') {
      result += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      result += c;
    } else if (!result.empty() && result.back() != '-') {
      result += '-';
    }
  }
  return result;
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Nodes lower in a type's list are picked more often (u^2), so that some become hubs as in a
// real corpus graph, where a few states and organisations appear everywhere.
std::size_t skewed_pick(SplitMix64& random, std::size_t count) {
  const double u = static_cast<double>(random.next() >> 11) * 0x1.0p-53;
  return std::min(count - 1, static_cast<std::size_t>(u * u * static_cast<double>(count)));
}

}  // namespace

SyntheticGraphRun run_synthetic_graph(std::size_t node_target, std::size_t edge_target, unsigned threads,
                                      const std::filesystem::path& out_dir, std::ostream& log) {
  SyntheticGraphRun run;
  run.threads = threads;
  SplitMix64 random(kSeed);
  Graph graph;
  graph.info.source = "synthetic";
  graph.info.title = "Synthetic merged graph";

  std::array<std::vector<std::string>, 4> ids_by_type;
  auto start = Clock::now();
  for (std::size_t i = 0; i < node_target; ++i) {
    std::size_t type_index = 0;
    std::size_t slot = i % 20;
    while (slot >= node_types()[type_index].share) slot -= node_types()[type_index++].share;
    const NodeTypeSpec& spec = node_types()[type_index];
    const std::size_t variant = random.below(spec.kinds.size());
    NodeData node;
    node.type = spec.type;
    node.kind = spec.kinds[variant];
    node.label = std::string(spec.heads[variant % spec.heads.size()]) + ' ' +
                 std::string(kTopics[random.below(kTopics.size())]) + ' ' + std::to_string(i);
    node.id = std::string(spec.type) + ':' + slug(node.label);
    ids_by_type[type_index].push_back(node.id);
    graph.add_node(node);
  }
  run.node_seconds = seconds_since(start);
  run.nodes = graph.node_count();
  log << "bench: synthetic graph: " << run.nodes << " nodes added in " << run.node_seconds << " s\n" << std::flush;

  start = Clock::now();
  std::size_t next_report = edge_target / 10;
  char source_name[32];
  while (graph.edge_count() < edge_target) {
    std::size_t roll = random.below(100);
    std::size_t type_index = 0;
    while (roll >= kEdgeTypes[type_index].share) roll -= kEdgeTypes[type_index++].share;
    const EdgeTypeSpec& spec = kEdgeTypes[type_index];
    const auto& sources = ids_by_type[spec.source_type];
    const auto& targets = ids_by_type[spec.target_type];
    if (sources.empty() || targets.empty()) continue;
    const std::string& source = sources[random.below(sources.size())];
    const std::string& target = targets[skewed_pick(random, targets.size())];
    if (source == target) continue;
    EdgeData edge;
    edge.type = spec.type;
    if (spec.type == "participates_in") edge.role = kRoles[random.below(kRoles.size())];
    for (std::size_t documents = 1 + random.below(2); documents > 0; --documents) {
      std::snprintf(source_name, sizeof source_name, "doc-%05zu", random.below(kDocuments));
      edge.support[source_name] = static_cast<double>(1 + random.below(3));
    }
    graph.add_edge(source, target, edge);
    if (graph.edge_count() >= next_report) {
      log << "bench: synthetic graph: " << graph.edge_count() << " edges, " << seconds_since(start) << " s\n"
          << std::flush;
      next_report += edge_target / 10;
    }
  }
  run.edge_seconds = seconds_since(start);
  run.edges = graph.edge_count();
  run.peak_rss_after_build = own_peak_rss_bytes();

  for (const Format format : {Format::graphml, Format::dot, Format::gexf, Format::json, Format::csv}) {
    const std::filesystem::path path = out_dir / ("synthetic" + std::string(format_extension(format)));
    log << "bench: synthetic graph: writing " << path.string() << '\n' << std::flush;
    start = Clock::now();
    WriteOptions options;
    options.threads = threads;
    write_graph_file(graph, path, format, options);
    GraphWriteRun write{format, seconds_since(start), 0};
    for (const auto& file : output_paths(path, format)) {
      write.bytes += std::filesystem::file_size(file);
      std::filesystem::remove(file);
    }
    log << "bench: synthetic graph: " << format_name(format) << " " << write.seconds << " s\n" << std::flush;
    run.writes.push_back(write);
  }
  run.peak_rss_after_writes = own_peak_rss_bytes();
  return run;
}

}  // namespace parley::bench
