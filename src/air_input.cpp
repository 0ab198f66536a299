// The AIR public and private input files of proof mode, as cairo-run writes them (JSON with an
// indent of 4, keys in the reference's order, a final newline).
#include <array>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "builtin_runner.hpp"
#include "cairovm/errors.hpp"
#include "cairovm/runner.hpp"
#include "ecdsa_builtin.hpp"
#include "ecdsa_verify.hpp"
#include "mod_builtin.hpp"
#include "vm.hpp"

namespace cairovm {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json) {
  return json.dump(4, ' ', /*ensure_ascii=*/true) + "\n";
}

// os.path.abspath: absolute and normalized, symbolic links kept.
std::string python_abspath(const std::string& path) {
  std::string normal = std::filesystem::absolute(path).lexically_normal().string();
  while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  return normal;
}

// The names of the input cells of an instance, as the reference's air_private_input names them.
std::vector<std::string> input_names(const BuiltinRunner& b) {
  if (b.name() == "pedersen" || b.name() == "bitwise") return {"x", "y"};
  if (b.name() == "ec_op") return {"p_x", "p_y", "q_x", "q_y", "m"};
  std::vector<std::string> names;
  for (std::uint64_t i = 0; i < b.n_input_cells(); ++i)
    names.push_back("input_s" + std::to_string(i));
  return names;
}

std::string missing_input_message(const BuiltinRunner& b, std::size_t input, std::uint64_t index) {
  const std::string instance = " instance " + std::to_string(index) + ".";
  if (b.name() == "pedersen" || b.name() == "bitwise") {
    return std::string("Missing ") + (input == 0 ? "first" : "second") + " input of " + b.name() +
           instance;
  }
  if (b.name() == "ec_op") {
    return "Missing input '" + input_names(b)[input] + "' of ec_op" + instance;
  }
  return "Missing input #" + std::to_string(input) + " of " + b.name() + instance;
}

// The offsets of the builtin's cells in the order the reference's memory dict holds them: the
// order of first writes where proof mode recorded it, then any other cell by address.
std::vector<std::uint64_t> cells_in_memory_order(const BuiltinRunner& b, const Memory& memory) {
  const auto recorded = b.write_order();
  std::vector<std::uint64_t> offsets(recorded.begin(), recorded.end());
  std::set<std::uint64_t> seen(offsets.begin(), offsets.end());
  memory.for_each_cell([&](const Relocatable& address, const MaybeRelocatable&) {
    if (address.segment == b.base().segment && !seen.contains(address.offset)) {
      offsets.push_back(address.offset);
    }
  });
  return offsets;
}

// A felt as a JSON integer (the reference writes these cells as Python ints).
Json json_int(const MaybeRelocatable& value) {
  if (!value.is_felt()) throw RunnerError("");
  if (const auto small = value.felt().to_u64()) return *small;
  return Json::parse(value.felt().to_dec_string());  // beyond 2^64: not exact
}

MaybeRelocatable cell(const Memory& memory, Relocatable address) {
  const auto value = memory.get(address);
  if (!value) {
    throw UncaughtPythonError("KeyError",
                              "RelocatableValue(segment_index=" + std::to_string(address.segment) +
                                  ", offset=" + std::to_string(address.offset) + ")");
  }
  return *value;
}

// The instances of a builtin with input cells: index, then the hex value of each input cell,
// keyed in the order the cells were written (as the reference's dict-based code keys them).
Json instance_inputs(const BuiltinRunner& b, const Memory& memory) {
  const std::vector<std::string> names = input_names(b);
  std::map<std::uint64_t, Json> instances;
  std::vector<std::uint64_t> first_seen;
  for (const std::uint64_t offset : cells_in_memory_order(b, memory)) {
    const std::uint64_t index = offset / b.cells_per_instance();
    const std::uint64_t input = offset % b.cells_per_instance();
    if (input >= b.n_input_cells()) continue;
    const MaybeRelocatable value = cell(memory, {b.base().segment, offset});
    if (!value.is_felt()) throw RunnerError("");
    auto [it, inserted] = instances.try_emplace(index);
    if (inserted) {
      it->second["index"] = index;
      first_seen.push_back(index);
    }
    it->second[names[input]] = value.felt().to_hex_string();
  }
  for (const std::uint64_t index : first_seen) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (!instances[index].contains(names[i])) {
        throw RunnerError(missing_input_message(b, i, index));
      }
    }
  }
  Json list = Json::array();
  for (auto& [index, item] : instances) list.push_back(std::move(item));
  return list;
}

// ModBuiltinRunner.air_private_input: per instance its index, the batch's operands (offsets and
// words of a, b and c) and the 7 input cells keyed in write order; and the zero value's address.
Json mod_inputs(const ModBuiltinRunner& b, const Memory& memory,
                const std::function<std::uint64_t(const Relocatable&)>& relocate) {
  static const std::array<const char*, 7> kInputNames = {"p0",         "p1",          "p2", "p3",
                                                         "values_ptr", "offsets_ptr", "n"};
  std::map<std::uint64_t, Json> instances;
  std::vector<std::uint64_t> first_seen;
  std::map<std::uint64_t, Relocatable> values_ptrs;
  std::vector<std::pair<std::uint64_t, Relocatable>> offsets_ptrs;
  for (const std::uint64_t offset : cells_in_memory_order(b, memory)) {
    const std::uint64_t index = offset / ModBuiltinRunner::kInputCells;
    const std::uint64_t input = offset % ModBuiltinRunner::kInputCells;
    const MaybeRelocatable value = cell(memory, {b.base().segment, offset});
    auto [it, inserted] = instances.try_emplace(index);
    if (inserted) {
      it->second["index"] = index;
      it->second["batch"] = Json::array();
      for (std::uint32_t k = 0; k < b.batch_size(); ++k)
        it->second["batch"].push_back(Json::object());
      first_seen.push_back(index);
    }
    Json& item = it->second;
    if (value.is_relocatable()) {
      if (input == 4) {
        values_ptrs[index] = value.relocatable();
      } else if (input == 5) {
        offsets_ptrs.emplace_back(index, value.relocatable());
      } else {
        throw RunnerError("");
      }
      item[kInputNames[input]] = relocate(value.relocatable());
    } else if (input < 4) {
      item[kInputNames[input]] = value.felt().to_hex_string();
    } else {
      item[kInputNames[input]] = json_int(value);
    }
  }
  for (const auto& [index, offsets_ptr] : offsets_ptrs) {
    for (std::uint32_t k = 0; k < b.batch_size(); ++k) {
      Json& operands = instances[index]["batch"][k];
      for (std::uint64_t i = 0; i < 3; ++i) {
        const std::string name(1, static_cast<char>('a' + i));
        const MaybeRelocatable operand_offset = cell(memory, add(offsets_ptr, Felt{i + 3 * k}));
        operands[name + "_offset"] = json_int(operand_offset);
        if (!operand_offset.is_felt()) throw RunnerError("");
        const auto values_ptr = values_ptrs.find(index);
        if (values_ptr == values_ptrs.end()) throw RunnerError("");
        for (std::uint32_t d = 0; d < b.n_words(); ++d) {
          const Relocatable address =
              add(add(values_ptr->second, operand_offset.felt()), Felt{std::uint64_t{d}});
          operands[name + std::to_string(d)] = cell(memory, address).felt().to_hex_string();
        }
      }
    }
  }
  for (const std::uint64_t index : first_seen) {
    const Json& item = instances[index];
    const std::string instance = " of " + b.name() + " instance " + std::to_string(index);
    for (const char* name : kInputNames) {
      if (!item.contains(name)) {
        throw UncaughtPythonError("AssertionError",
                                  std::string("Missing input '") + name + "'" + instance + ".");
      }
    }
    for (std::uint32_t k = 0; k < b.batch_size(); ++k) {
      for (const char* part : {"a", "b", "c"}) {
        for (int d = -1; d < static_cast<int>(b.n_words()); ++d) {
          const std::string name = std::string(part) + (d < 0 ? "_offset" : std::to_string(d));
          if (!item["batch"][k].contains(name)) {
            throw RunnerError("Missing memory variable '" + name + "'" + instance + ", batch " +
                              std::to_string(k) + ".");
          }
        }
      }
    }
  }
  Json list = Json::array();
  for (auto& [index, item] : instances) list.push_back(std::move(item));
  Json result;
  result["instances"] = std::move(list);
  if (!b.zero_value()) throw RunnerError("Uninitialized self.zero_value.");
  result["zero_value_address"] = relocate(*b.zero_value());
  return result;
}

Json range_check_inputs(const BuiltinRunner& b, const Memory& memory) {
  Json list = Json::array();
  memory.for_each_cell([&](const Relocatable& address, const MaybeRelocatable& value) {
    if (address.segment != b.base().segment) return;
    if (!value.is_felt()) throw RunnerError("");
    Json item;
    item["index"] = address.offset;
    item["value"] = value.felt().to_hex_string();
    list.push_back(std::move(item));
  });
  return list;
}

Json ecdsa_inputs(const EcdsaBuiltinRunner& b, const Memory& memory) {
  std::map<std::uint64_t, const EcdsaBuiltinRunner::Signature*> by_offset;
  for (const auto& [offset, signature] : b.signatures()) by_offset[offset] = &signature;
  Json list = Json::array();
  for (const auto& [offset, signature] : by_offset) {
    const auto pubkey = memory.get({b.base().segment, offset});
    const auto msg = memory.get({b.base().segment, offset + 1});
    if (!pubkey || !msg || !pubkey->is_felt() || !msg->is_felt()) {
      throw UncaughtPythonError(
          "KeyError", "RelocatableValue(segment_index=" + std::to_string(b.base().segment) +
                          ", offset=" + std::to_string(pubkey ? offset + 1 : offset) + ")");
    }
    Json item;
    item["index"] = offset / b.cells_per_instance();
    item["pubkey"] = pubkey->felt().to_hex_string();
    item["msg"] = msg->felt().to_hex_string();
    Json signature_input;
    signature_input["r"] = signature->r.to_hex_string();
    signature_input["w"] = ecdsa_inverse_mod_order(signature->s).to_hex_string();
    item["signature_input"] = std::move(signature_input);
    list.push_back(std::move(item));
  }
  return list;
}

}  // namespace

std::string CairoRunner::air_public_input_json(const std::string& layout_name) const {
  if (vm_->trace.size() == 0) throw UncaughtPythonError("IndexError", "list index out of range");
  const auto [rc_min, rc_max] = perm_range_check_limits();
  auto reloc = [&](const Relocatable& r) { return relocate_address(r.segment, r.offset); };
  const auto& rows = vm_->trace_segments;
  const TraceEntry& first = vm_->trace[0];
  const TraceEntry& last = vm_->trace[vm_->trace.size() - 1];
  auto segment = [](std::uint64_t begin, std::uint64_t stop) {
    Json j;
    j["begin_addr"] = begin;
    j["stop_ptr"] = stop;
    return j;
  };

  Json json;
  json["layout"] = layout_name;
  json["rc_min"] = rc_min;
  json["rc_max"] = rc_max;
  json["n_steps"] = vm_->trace.size();
  Json segments;
  segments["program"] = segment(relocate_address(rows.front().pc_segment, first.pc_offset),
                                relocate_address(rows.back().pc_segment, last.pc_offset));
  segments["execution"] = segment(relocate_address(rows.front().ap_segment, first.ap_offset),
                                  relocate_address(rows.back().ap_segment, last.ap_offset));
  for (const auto& b : builtins_) {
    std::optional<Relocatable> stop = b->included() ? b->stop_ptr() : b->base();
    if (!stop) {
      throw RunnerError("The " + b->name() + " builtin stop pointer was not set.");
    }
    segments[b->name()] = segment(reloc(b->base()), reloc(*stop));
  }
  json["memory_segments"] = std::move(segments);
  Json public_memory = Json::array();
  for (const auto& [segment_index, cells] : public_memory_) {
    for (const auto& [offset, page] : cells) {
      const auto value = memory_.get({segment_index, offset});
      const std::uint64_t address = relocate_address(segment_index, offset);
      if (!value) throw UncaughtPythonError("KeyError", std::to_string(address));
      Json entry;
      entry["address"] = address;
      entry["value"] = value->is_felt() ? value->felt().to_hex_string()
                                        : Felt{reloc(value->relocatable())}.to_hex_string();
      entry["page"] = page;
      public_memory.push_back(std::move(entry));
    }
  }
  json["public_memory"] = std::move(public_memory);
  json["dynamic_params"] = nullptr;
  return dump(json);
}

std::string CairoRunner::air_private_input_json(const std::string& trace_path,
                                                const std::string& memory_path) const {
  Json json;
  json["trace_path"] = python_abspath(trace_path);
  json["memory_path"] = python_abspath(memory_path);
  for (const auto& b : builtins_) {
    if (b->name() == "output") continue;
    if (b->name() == "range_check" || b->name() == "range_check96") {
      json[b->name()] = range_check_inputs(*b, memory_);
    } else if (const auto* ecdsa = dynamic_cast<const EcdsaBuiltinRunner*>(b.get())) {
      json[b->name()] = ecdsa_inputs(*ecdsa, memory_);
    } else if (const auto* mod = dynamic_cast<const ModBuiltinRunner*>(b.get())) {
      json[b->name()] = mod_inputs(*mod, memory_, [&](const Relocatable& r) {
        return relocate_address(r.segment, r.offset);
      });
    } else {
      json[b->name()] = instance_inputs(*b, memory_);
    }
  }
  return dump(json);
}

}  // namespace cairovm
