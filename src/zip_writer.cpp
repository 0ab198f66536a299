#include "zip_writer.hpp"

#include <zlib.h>

#include <cstdint>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

constexpr std::uint16_t kVersionNeeded = 20;
constexpr std::uint16_t kVersionMadeBy = (3 << 8) | 20;  // Unix, 2.0
constexpr std::uint16_t kDeflated = 8;
constexpr std::uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
constexpr std::uint32_t kExternalAttributes = 0600u << 16;       // rw------- as zipfile sets

void put16(std::string& out, std::uint16_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>(v >> 8));
}

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

std::string raw_deflate(const std::string& data) {
  z_stream stream{};
  // Negative window bits: raw deflate, as zip members hold it (zlib.compressobj(6, DEFLATED, -15)).
  if (deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw RunnerError("zlib: deflateInit2 failed.");
  }
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) throw RunnerError("zlib: deflate failed.");
  return out;
}

}  // namespace

std::string deflated_zip(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string archive, directory;
  for (const auto& file : files) {
    // Plain references, not structured bindings: clang 14 cannot capture those in a lambda.
    const std::string& name = file.first;
    const std::string& contents = file.second;
    if (contents.size() >= 0xffffffffu) throw RunnerError("Cairo PIE member too large: " + name);
    const std::string compressed = raw_deflate(contents);
    const auto crc = static_cast<std::uint32_t>(crc32(
        0, reinterpret_cast<const Bytef*>(contents.data()), static_cast<uInt>(contents.size())));
    const auto offset = static_cast<std::uint32_t>(archive.size());
    auto common = [&](std::string& out) {
      put16(out, kVersionNeeded);
      put16(out, 0);  // flags
      put16(out, kDeflated);
      put16(out, 0);  // time 00:00
      put16(out, kDosDate1980);
      put32(out, crc);
      put32(out, static_cast<std::uint32_t>(compressed.size()));
      put32(out, static_cast<std::uint32_t>(contents.size()));
      put16(out, static_cast<std::uint16_t>(name.size()));
      put16(out, 0);  // extra field length
    };
    put32(archive, 0x04034b50);
    common(archive);
    archive += name;
    archive += compressed;

    put32(directory, 0x02014b50);
    put16(directory, kVersionMadeBy);
    common(directory);
    put16(directory, 0);  // comment length
    put16(directory, 0);  // disk number
    put16(directory, 0);  // internal attributes
    put32(directory, kExternalAttributes);
    put32(directory, offset);
    directory += name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(archive.size());
  archive += directory;
  put32(archive, 0x06054b50);
  put16(archive, 0);
  put16(archive, 0);
  put16(archive, static_cast<std::uint16_t>(files.size()));
  put16(archive, static_cast<std::uint16_t>(files.size()));
  put32(archive, static_cast<std::uint32_t>(directory.size()));
  put32(archive, directory_offset);
  put16(archive, 0);  // comment length
  return archive;
}

}  // namespace cairovm
