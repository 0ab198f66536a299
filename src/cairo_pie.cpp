// The Cairo PIE of a run (cairo-run --cairo_pie_output): a zip of metadata.json (the stripped
// program and the segments), memory.bin (unrelocated cells), additional_data.json (builtin
// data), execution_resources.json and version.json, with the reference's JSON formatting.
#include <array>
#include <map>
#include <set>

#include "builtin_runner.hpp"
#include "cairo_pie_input.hpp"
#include "cairovm/errors.hpp"
#include "cairovm/runner.hpp"
#include "ecdsa_builtin.hpp"
#include "mod_builtin.hpp"
#include "output_builtin.hpp"
#include "vm.hpp"
#include "write_order.hpp"
#include "zip_writer.hpp"

namespace cairovm {

namespace {

constexpr const char* kPrimeDecimal =
    "3618502788666131213697322783095070105623107215331596699973092056135872020481";
constexpr unsigned kOffsetBits = 47;

struct SegmentInfo {
  std::int64_t index;
  std::uint64_t size;
};

// json.dumps's default separators: ", " and ": ".
std::string segment_json(const SegmentInfo& s) {
  return "{\"index\": " + std::to_string(s.index) + ", \"size\": " + std::to_string(s.size) + "}";
}

std::string json_string(const std::string& text) {
  return "\"" + text + "\"";  // builtin and file names: plain ASCII
}

// RelocatableValue.to_bytes: an integer as is; a relocatable as
// 2^(8 * n_bytes - 1) + segment * 2^47 + offset.
void put_value(std::string& out, const MaybeRelocatable& value, std::size_t n_bytes) {
  std::array<std::uint8_t, 32> bytes{};
  if (value.is_felt()) {
    bytes = value.felt().to_le_bytes();
  } else {
    const Relocatable r = value.relocatable();
    const std::uint64_t low =
        (static_cast<std::uint64_t>(r.segment) << kOffsetBits) + r.offset;  // segment < 2^16
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<std::uint8_t>(low >> (8 * i));
    bytes[n_bytes - 1] |= 0x80;
  }
  out.append(reinterpret_cast<const char*>(bytes.data()), n_bytes);
}

}  // namespace

std::string CairoRunner::cairo_pie_zip(bool merge_extra_segments) const {
  return deflated_zip(cairo_pie_members(merge_extra_segments));
}

std::vector<std::pair<std::string, std::string>> CairoRunner::cairo_pie_members(
    bool merge_extra_segments) const {
  // Segments: program, execution, builtins, ret_fp, ret_pc, then every other one.
  std::set<std::int64_t> known{program_base_.segment, execution_base_.segment};
  std::vector<std::pair<std::string, SegmentInfo>> builtin_segments;
  for (const auto& b : builtins_) {
    if (!b->stop_ptr()) throw RunnerError(b->name() + " segment stop ptr is None.");
    builtin_segments.emplace_back(b->name(), SegmentInfo{b->base().segment, b->stop_ptr()->offset});
    known.insert(b->base().segment);
  }
  const std::uint64_t n_builtins = program_.builtins().size();
  std::array<std::int64_t, 2> ret_segments{};
  for (std::size_t i = 0; i < 2; ++i) {
    const auto value = memory_.get(add(execution_base_, Felt{n_builtins + i}));
    if (!value || !value->is_relocatable()) {
      throw RunnerError("Expecting a relocatable value got " +
                        (value ? value->to_string() : "None") + ".");
    }
    ret_segments[i] = value->relocatable().segment;
    known.insert(ret_segments[i]);
  }
  std::vector<SegmentInfo> extra;
  for (std::int64_t s = 0; s < memory_.num_segments(); ++s) {
    if (!known.contains(s)) extra.push_back({s, segment_size(static_cast<std::size_t>(s))});
  }
  // --merge_extra_segments: the extra segments become one, laid end to end.
  std::map<std::int64_t, Relocatable> merged;
  if (merge_extra_segments && !extra.empty()) {
    std::uint64_t total = 0;
    for (const SegmentInfo& s : extra) {
      merged[s.index] = Relocatable{extra.front().index, total};
      total += s.size;
    }
    extra = {SegmentInfo{extra.front().index, total}};
  }
  auto relocate = [&](const Relocatable& r) {
    const auto it = merged.find(r.segment);
    return it == merged.end() ? r : Relocatable{it->second.segment, it->second.offset + r.offset};
  };

  std::string metadata =
      "{\"program\": {\"prime\": " + std::string(kPrimeDecimal) + ", \"data\": [";
  for (std::size_t i = 0; i < program_.data().size(); ++i) {
    if (i != 0) metadata += ", ";
    metadata += program_.data()[i].to_dec_string();
  }
  metadata += "], \"builtins\": [";
  for (std::size_t i = 0; i < program_.builtins().size(); ++i) {
    if (i != 0) metadata += ", ";
    metadata += json_string(program_.builtins()[i]);
  }
  metadata += "], \"main\": " + std::to_string(program_.main_pc().value_or(0)) + "}";
  metadata +=
      ", \"program_segment\": " + segment_json({program_base_.segment, program_.data().size()});
  metadata += ", \"execution_segment\": " +
              segment_json({execution_base_.segment, vm_->ap.offset - execution_base_.offset});
  metadata += ", \"ret_fp_segment\": " + segment_json({ret_segments[0], 0});
  metadata += ", \"ret_pc_segment\": " + segment_json({ret_segments[1], 0});
  metadata += ", \"builtin_segments\": {";
  for (std::size_t i = 0; i < builtin_segments.size(); ++i) {
    if (i != 0) metadata += ", ";
    metadata +=
        json_string(builtin_segments[i].first) + ": " + segment_json(builtin_segments[i].second);
  }
  metadata += "}, \"extra_segments\": [";
  for (std::size_t i = 0; i < extra.size(); ++i) {
    if (i != 0) metadata += ", ";
    metadata += segment_json(extra[i]);
  }
  metadata += "]}";

  std::string memory;
  // The reference's order: the cells as they were first written.
  for_each_cell_in_write_order(memory_, [&](Relocatable address) {
    MaybeRelocatable value;
    if (!memory_.read(address, value)) return false;
    put_value(memory, MaybeRelocatable{relocate(address)}, 8);
    put_value(memory, value.is_felt() ? value : MaybeRelocatable{relocate(value.relocatable())},
              32);
    return true;
  });

  std::string additional = "{";
  for (std::size_t i = 0; i < builtins_.size(); ++i) {
    const BuiltinRunner& b = *builtins_[i];
    if (i != 0) additional += ", ";
    additional += json_string(b.name() + "_builtin") + ": ";
    if (const auto* output = dynamic_cast<const OutputBuiltinRunner*>(&b)) {
      additional += output->additional_data_json();
    } else if (b.name() == "pedersen") {
      // The result cells the deduction rule checked: those whose inputs are both known.
      std::string list;
      memory_.for_each_cell([&](const Relocatable& address, const MaybeRelocatable&) {
        if (address.segment != b.base().segment || address.offset % 3 != 2) return;
        if (!memory_.is_known({address.segment, address.offset - 1}) ||
            !memory_.is_known({address.segment, address.offset - 2})) {
          return;
        }
        list += (list.empty() ? "[" : ", [") + std::to_string(address.segment) + ", " +
                std::to_string(address.offset) + "]";
      });
      additional += "[" + list + "]";
    } else if (const auto* ecdsa = dynamic_cast<const EcdsaBuiltinRunner*>(&b)) {
      std::map<std::uint64_t, const EcdsaBuiltinRunner::Signature*> sorted;
      for (const auto& [offset, signature] : ecdsa->signatures()) sorted[offset] = &signature;
      std::string list;
      for (const auto& [offset, signature] : sorted) {
        list += (list.empty() ? "[[" : ", [[") + std::to_string(b.base().segment) + ", " +
                std::to_string(offset) + "], [" + signature->r.to_dec_string() + ", " +
                signature->s.to_dec_string() + "]]";
      }
      additional += "[" + list + "]";
    } else {
      additional += "null";
    }
  }
  additional += "}";

  const ExecutionResources resources = execution_resources();
  std::string counters;
  for (const auto& [name, count] : resources.builtin_instances) {
    counters += (counters.empty() ? "" : ", ") + json_string(name) + ": " + std::to_string(count);
  }
  const std::string execution =
      "{\"builtin_instance_counter\": {" + counters +
      "}, \"n_memory_holes\": " + std::to_string(resources.n_memory_holes) +
      ", \"n_steps\": " + std::to_string(resources.n_steps) + "}";

  return {{"metadata.json", metadata},
          {"memory.bin", memory},
          {"additional_data.json", additional},
          {"execution_resources.json", execution},
          {"version.json", "{\"cairo_pie\": \"1.1\"}"}};
}

}  // namespace cairovm

namespace cairovm {

namespace {

// One [[segment, offset], [r, s]] entry of the PIE's ecdsa additional data (numbers as strings).
void add_pie_signature(EcdsaBuiltinRunner& ecdsa, const nlohmann::json& entry) {
  try {
    const auto& address = entry.at(0);
    const auto& signature = entry.at(1);
    const auto segment = Felt::parse(address.at(0).get<std::string>());
    const auto offset = Felt::parse(address.at(1).get<std::string>());
    const auto r = Felt::parse(signature.at(0).get<std::string>());
    const auto s = Felt::parse(signature.at(1).get<std::string>());
    const auto segment_index = segment ? segment->to_u64() : std::nullopt;
    const auto offset_value = offset ? offset->to_u64() : std::nullopt;
    if (!segment_index || *segment_index > kMaxOffset || !offset_value ||
        *offset_value > kMaxOffset || !r || !s) {
      throw RunnerError("Invalid ecdsa additional data.");
    }
    ecdsa.add_signature(Relocatable{static_cast<std::int64_t>(*segment_index), *offset_value}, *r,
                        *s);
  } catch (const nlohmann::json::exception&) {
    throw RunnerError("Invalid ecdsa additional data.");
  }
}

}  // namespace

void CairoRunner::load_cairo_pie(const CairoPieInput& pie) {
  // The PIE's extra segments, with every segment's size fixed to the PIE's. The zero segment of
  // add_mod and mul_mod is one of them, and the runner has already added it.
  std::optional<std::int64_t> zero_segment;
  for (const auto& b : builtins_) {
    if (const auto* mod = dynamic_cast<const ModBuiltinRunner*>(b.get())) {
      if (mod->zero_value()) zero_segment = mod->zero_value()->segment;
    }
  }
  for (const auto& [index, size] : pie.extra_segments) {
    if (index != zero_segment) memory_.add_segment();
  }
  for (const auto& [segment, size] : pie.segment_sizes) finalized_sizes_[segment] = size;
  if (auto* output = dynamic_cast<OutputBuiltinRunner*>(builtin("output"))) {
    const auto it = pie.additional_data.find("output_builtin");
    if (it != pie.additional_data.end()) {
      const auto ordered = nlohmann::ordered_json::parse(
          quote_json_numbers(pie.additional_data_text, kQuotedNumberMarker));
      output->extend_additional_data(*it, ordered.at("output_builtin"));
    }
  }
  // Signatures first: the ecdsa builtin checks them as its cells are written.
  if (auto* ecdsa = dynamic_cast<EcdsaBuiltinRunner*>(builtin("ecdsa"))) {
    const auto it = pie.additional_data.find("ecdsa_builtin");
    if (it != pie.additional_data.end() && it->is_array()) {
      for (const auto& entry : *it) add_pie_signature(*ecdsa, entry);
    }
  }
  for (const auto& [address, value] : pie.memory) {
    if (address.segment >= memory_.num_segments()) {
      throw RunnerError("Invalid memory cell address.");
    }
    memory_.insert(address, value);
  }
}

}  // namespace cairovm
