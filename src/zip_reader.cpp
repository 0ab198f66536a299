#include "zip_reader.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdint>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

std::uint32_t get(const std::string& data, std::size_t at, int bytes) {
  if (at + bytes > data.size()) throw RunnerError("Invalid zip file: truncated.");
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(data[at + i]);
  return v;
}

// Inflates a member that the directory says is `size` bytes. The output grows with what actually
// comes out, so a hostile directory entry cannot make us allocate gigabytes for a few bytes.
std::string raw_inflate(const std::string& data, std::size_t size) {
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) throw RunnerError("zlib: inflateInit2 failed.");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  int status = Z_OK;
  while (status == Z_OK && out.size() < size) {
    const std::size_t done = out.size();
    out.resize(std::min(size, std::max<std::size_t>(2 * done, 4 * data.size() + 65536)));
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + done);
    stream.avail_out = static_cast<uInt>(out.size() - done);
    status = inflate(&stream, Z_NO_FLUSH);
    out.resize(stream.total_out);
    if (status == Z_BUF_ERROR && stream.avail_in > 0) status = Z_OK;  // room was short: grow
  }
  if (status == Z_OK && out.size() == size) {
    // All the declared bytes are out: the stream must end here.
    unsigned char extra = 0;
    stream.next_out = &extra;
    stream.avail_out = 1;
    status = inflate(&stream, Z_FINISH);
  }
  const bool ok = status == Z_STREAM_END && stream.total_out == size;
  inflateEnd(&stream);
  if (!ok) throw RunnerError("Invalid zip file: a member does not inflate to its size.");
  return out;
}

}  // namespace

std::vector<ZipMember> read_zip(const std::string& archive) {
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KiB.
  std::size_t end = std::string::npos;
  for (std::size_t i = archive.size() >= 22 ? archive.size() - 22 : 0;; --i) {
    if (get(archive, i, 4) == 0x06054b50) {
      end = i;
      break;
    }
    if (i == 0 || archive.size() - i > 22 + 65535) break;
  }
  if (end == std::string::npos) throw RunnerError("Invalid zip file: no end of directory.");
  const std::uint32_t count = get(archive, end + 10, 2);
  std::size_t at = get(archive, end + 16, 4);
  std::vector<ZipMember> members;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (get(archive, at, 4) != 0x02014b50) throw RunnerError("Invalid zip file: bad directory.");
    ZipMember member;
    member.method = static_cast<std::uint16_t>(get(archive, at + 10, 2));
    const std::uint32_t compressed = get(archive, at + 20, 4);
    const std::uint32_t size = get(archive, at + 24, 4);
    const std::uint32_t name_length = get(archive, at + 28, 2);
    const std::uint32_t extra_length = get(archive, at + 30, 2);
    const std::uint32_t comment_length = get(archive, at + 32, 2);
    const std::uint32_t local = get(archive, at + 42, 4);
    member.name = archive.substr(at + 46, name_length);
    if (compressed == 0xffffffffu || size == 0xffffffffu || local == 0xffffffffu) {
      throw RunnerError("Zip64 members are not supported.");
    }
    if (get(archive, local, 4) != 0x04034b50) throw RunnerError("Invalid zip file: bad header.");
    const std::size_t data_at =
        local + 30 + get(archive, local + 26, 2) + get(archive, local + 28, 2);
    if (data_at + compressed > archive.size()) throw RunnerError("Invalid zip file: truncated.");
    const std::string data = archive.substr(data_at, compressed);
    if (member.method == 0) {
      member.contents = data;
    } else if (member.method == 8) {
      member.contents = raw_inflate(data, size);
    } else {
      throw RunnerError("Invalid compress type.");
    }
    members.push_back(std::move(member));
    at += 46 + name_length + extra_length + comment_length;
  }
  return members;
}

}  // namespace cairovm
