// Sorted runs of graph elements on disk: see run_file.hpp.
#include "graph/run_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#include <fcntl.h>
#include <unistd.h>

#include "parley/error.hpp"

namespace parley::graph_runs {
namespace {

constexpr std::size_t kBufferBytes = 1 << 20;

void put_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

void put_text(std::string& out, std::string_view text) {
  put_varint(out, text.size());
  out += text;
}

template <typename T>
void put_fixed(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

void put_evidence(std::string& out, const Evidence& evidence) {
  put_text(out, evidence.text);
  put_text(out, evidence.source);
  put_varint(out, evidence.start);
  put_varint(out, evidence.end);
}

template <typename Count>
void put_support(std::string& out, const SupportMap<Count>& support) {
  put_varint(out, support.size());
  for (const auto& [source, count] : support) {
    put_text(out, source);
    put_fixed(out, count);
  }
}

void put_attributes(std::string& out, const std::map<std::string, std::string>& attributes) {
  put_varint(out, attributes.size());
  for (const auto& [key, value] : attributes) {
    put_text(out, key);
    put_text(out, value);
  }
}

}  // namespace

RunFile::RunFile(const std::filesystem::path& directory, const std::string& what)
    : name_(what + " in " + directory.string()) {
  std::string pattern = (directory / "parley-run-XXXXXX").string();
  fd_ = ::mkstemp(pattern.data());
  if (fd_ < 0) throw Error(ErrorKind::input, directory.string(), std::string("cannot make a temporary file: ") + std::strerror(errno));
  ::unlink(pattern.c_str());  // nameless from now on: nothing to clean up whatever happens
}

RunFile::~RunFile() {
  if (fd_ >= 0) ::close(fd_);
}

void RunFile::append(const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::pwrite(fd_, data, size, static_cast<off_t>(size_));
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      throw Error(ErrorKind::input, name_, std::string("cannot write a temporary file (is the disk full?): ") + std::strerror(errno));
    }
    data += written;
    size -= static_cast<std::size_t>(written);
    size_ += static_cast<std::uint64_t>(written);
  }
}

std::size_t RunFile::read_at(std::uint64_t offset, char* data, std::size_t size) const {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = ::pread(fd_, data + done, size - done, static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw Error(ErrorKind::input, name_, std::string("cannot read a temporary file: ") + std::strerror(errno));
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  return done;
}

RunWriter::RunWriter(RunFile& file) : file_(file), begin_(file.size()) { buffer_.reserve(kBufferBytes + 4096); }

void RunWriter::flush_if_full() {
  if (buffer_.size() < kBufferBytes) return;
  file_.append(buffer_.data(), buffer_.size());
  buffer_.clear();
}

void RunWriter::write(const NodeData& node) {
  for (const std::string* text : {&node.id, &node.type, &node.kind, &node.label}) put_text(buffer_, *text);
  put_varint(buffer_, node.aliases.size());
  for (const auto& alias : node.aliases) put_text(buffer_, alias);
  for (const std::string* text : {&node.date, &node.location, &node.country}) put_text(buffer_, *text);
  put_evidence(buffer_, node.evidence);
  put_text(buffer_, node.rule);
  put_support(buffer_, node.support);
  put_attributes(buffer_, node.attributes);
  flush_if_full();
}

void RunWriter::write(const std::string& source, const std::string& target, const EdgeData& edge) {
  for (const std::string* text : {&source, &target, &edge.type, &edge.role}) put_text(buffer_, *text);
  put_evidence(buffer_, edge.evidence);
  put_text(buffer_, edge.rule);
  put_support(buffer_, edge.support);
  put_attributes(buffer_, edge.attributes);
  flush_if_full();
}

ByteRange RunWriter::finish() {
  file_.append(buffer_.data(), buffer_.size());
  buffer_.clear();
  return {begin_, file_.size()};
}

RunReader::RunReader(const RunFile& file, ByteRange range)
    : file_(&file), offset_(range.begin), end_of_range_(range.end), buffer_(kBufferBytes) {}

bool RunReader::at_end() { return !fill(1); }

// Makes `bytes` bytes available at begin_ (a record may straddle two reads); false when the
// range ends first.
bool RunReader::fill(std::size_t bytes) {
  if (end_ - begin_ >= bytes) return true;
  const std::size_t kept = end_ - begin_;
  if (buffer_.size() < bytes) buffer_.resize(bytes);
  std::memmove(buffer_.data(), buffer_.data() + begin_, kept);
  begin_ = 0;
  end_ = kept;
  const std::uint64_t left = end_of_range_ - offset_;
  const std::size_t wanted = static_cast<std::size_t>(std::min<std::uint64_t>(buffer_.size() - end_, left));
  const std::size_t got = file_->read_at(offset_, buffer_.data() + end_, wanted);
  offset_ += got;
  end_ += got;
  if (got < wanted) end_of_range_ = offset_;  // the file is shorter than the range said
  return end_ - begin_ >= bytes;
}

void RunReader::need(std::size_t bytes) {
  if (!fill(bytes)) throw Error(ErrorKind::internal, "graph runs", "a temporary run ends inside a record");
}

std::uint64_t RunReader::varint() {
  std::uint64_t value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    need(1);
    const auto byte = static_cast<unsigned char>(buffer_[begin_++]);
    value |= std::uint64_t{byte & 0x7Fu} << shift;
    if (!(byte & 0x80)) return value;
  }
  throw Error(ErrorKind::internal, "graph runs", "a temporary run file holds a malformed number");
}

std::string_view RunReader::text() {
  const std::size_t size = varint();
  need(size);
  const std::string_view read(buffer_.data() + begin_, size);
  begin_ += size;
  return read;
}

void RunReader::text(std::string& out) { out = text(); }

const SharedString& RunReader::source_name() {
  const std::string_view name = text();
  if (last_source_ != name) last_source_ = name;
  return last_source_;
}

template <typename T>
T RunReader::fixed() {
  need(sizeof(T));
  T value;
  std::memcpy(&value, buffer_.data() + begin_, sizeof(T));
  begin_ += sizeof(T);
  return value;
}

bool RunReader::next(NodeData& node) {
  if (at_end()) return false;
  for (std::string* text_field : {&node.id, &node.type, &node.kind, &node.label}) text(*text_field);
  node.aliases.resize(varint());
  for (auto& alias : node.aliases) text(alias);
  for (std::string* text_field : {&node.date, &node.location, &node.country}) text(*text_field);
  node.evidence.text = text();
  node.evidence.source = source_name();
  node.evidence.start = varint();
  node.evidence.end = varint();
  text(node.rule);
  node.support.clear();
  for (std::size_t n = varint(); n > 0; --n) {
    const SharedString& source = source_name();
    node.support.emplace(source, fixed<long>());
  }
  node.attributes.clear();
  for (std::size_t n = varint(); n > 0; --n) {
    std::string key, value;
    text(key);
    text(value);
    node.attributes.emplace(std::move(key), std::move(value));
  }
  return true;
}

bool RunReader::next(EdgeRecord& edge) {
  if (at_end()) return false;
  for (std::string* text_field : {&edge.source, &edge.target, &edge.data.type, &edge.data.role}) text(*text_field);
  edge.data.evidence.text = text();
  edge.data.evidence.source = source_name();
  edge.data.evidence.start = varint();
  edge.data.evidence.end = varint();
  text(edge.data.rule);
  edge.data.support.clear();
  for (std::size_t n = varint(); n > 0; --n) {
    const SharedString& source = source_name();
    edge.data.support.emplace(source, fixed<double>());
  }
  edge.data.attributes.clear();
  for (std::size_t n = varint(); n > 0; --n) {
    std::string key, value;
    text(key);
    text(value);
    edge.data.attributes.emplace(std::move(key), std::move(value));
  }
  return true;
}

Run write_run(const Graph& graph, RunFile& nodes, RunFile& edges) {
  const Graph::Sorted sorted = graph.sorted();
  Run run;
  RunWriter node_writer(nodes);
  for (const NodeData* node : sorted.nodes) node_writer.write(*node);
  run.nodes = node_writer.finish();
  RunWriter edge_writer(edges);
  for (const auto& edge : sorted.edges) edge_writer.write(edge.source().id, edge.target().id, edge.data());
  run.edges = edge_writer.finish();
  return run;
}

}  // namespace parley::graph_runs
