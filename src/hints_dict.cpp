// Native hints of the common library's dicts: dict.cairo, default_dict.cairo, squash_dict.cairo
// (the reference's DictManager semantics, starkware/cairo/common/dict.py, in dict_manager.hpp).
//
// The state lives in the scope store under the reference's names, so that Python hints see it:
// `__dict_manager` (a shared DictManager, bound to Python with the reference's interface),
// `dict_tracker`, `initial_dict`, and squash_dict's `access_indices`, `keys`, `key`,
// `current_access_indices`, `current_access_index`, ...
//
// When a variable a hint needs holds a Python object instead (a hint of the program made its
// own DictManager, or a Python hint replaced a squash variable), the hint runs its Python code
// instead: the state then belongs to Python, and the reference's code is the one that reads it.
#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

#include "dict_manager.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

// DictAccess's layout (starkware/cairo/common/dict_access.cairo).
constexpr std::uint64_t kDictAccessSize = 3;
constexpr std::uint64_t kPrevValueOffset = 1;
// LoopTemps's members written by hints (squash_dict.cairo).
constexpr std::uint64_t kIndexDeltaMinus1Offset = 0;
constexpr std::uint64_t kShouldContinueOffset = 3;

using AccessIndices = SquashAccessIndices;

ScopeDict& scope(const HintContext& ctx) {
  return ctx.vm.exec_scopes.back();
}

/// What a scope variable holds: absent, the native type T, or something else (a Python object).
template <class T>
struct Lookup {
  bool present = false;
  T* value = nullptr;
  bool foreign() const noexcept { return present && value == nullptr; }
};

template <class T>
Lookup<T> lookup(const HintContext& ctx, std::string_view name) {
  ScopeDict& s = scope(ctx);
  const auto it = s.find(name);
  if (it == s.end()) return {};
  return {true, std::any_cast<T>(&it->second)};
}

[[noreturn]] void name_error(std::string_view name) {
  throw VmError("name '" + std::string(name) + "' is not defined", "NameError");
}

/// A native variable the hint needs: nullptr when it holds a Python object (run the hint's
/// Python code then); NameError when it is absent.
template <class T>
T* required(const HintContext& ctx, std::string_view name) {
  Lookup<T> found = lookup<T>(ctx, name);
  if (!found.present) name_error(name);
  return found.value;
}

/// The scope's native dict manager, or nullptr if `__dict_manager` is a Python object.
DictManager* manager(const HintContext& ctx) {
  auto* handle = required<std::shared_ptr<DictManager>>(ctx, "__dict_manager");
  return handle == nullptr ? nullptr : handle->get();
}

/// `if '__dict_manager' not in globals(): __dict_manager = DictManager()`.
DictManager* manager_or_new(const HintContext& ctx) {
  auto found = lookup<std::shared_ptr<DictManager>>(ctx, "__dict_manager");
  if (found.foreign()) return nullptr;
  if (found.present) return found.value->get();
  auto created = std::make_shared<DictManager>();
  DictManager* result = created.get();
  assign_scope(scope(ctx), "__dict_manager", std::move(created));
  return result;
}

void run_as_python(const HintContext& ctx) {
  ctx.vm.run_hint_in_python(ctx.hint);
}

DictTracker& tracker_at(const HintContext& ctx, DictManager& dicts, const char* pointer) {
  DictTracker& tracker = dicts.get_tracker(ctx.ids_pointer(pointer));
  assign_scope(scope(ctx), "dict_tracker", dicts.tracker_handle(tracker.current_ptr.segment));
  return tracker;
}

void advance(DictTracker& tracker) {
  tracker.current_ptr.offset += kDictAccessSize;
}

// ------------------------------------------------------------------------------------------------
// dict.cairo, default_dict.cairo

void dict_new(const HintContext& ctx) {
  DictManager* dicts = manager_or_new(ctx);
  const auto initial = lookup<DictData>(ctx, "initial_dict");
  if (dicts == nullptr || initial.foreign()) return run_as_python(ctx);
  if (!initial.present) name_error("initial_dict");
  // The values are those of another dict (dict_squash's copy): segments.gen_arg leaves them.
  const Relocatable base = dicts->new_dict(ctx.vm.memory().add_segment(), *initial.value);
  ctx.vm.memory().insert(ctx.vm.ap, base);
  scope(ctx).erase("initial_dict");
}

void default_dict_new(const HintContext& ctx) {
  DictManager* dicts = manager_or_new(ctx);
  if (dicts == nullptr) return run_as_python(ctx);
  const MaybeRelocatable default_value = ctx.ids_get("default_value");
  const Relocatable base = dicts->new_default_dict(ctx.vm.memory().add_segment(), default_value);
  ctx.vm.memory().insert(ctx.vm.ap, base);
}

void dict_read(const HintContext& ctx) {
  DictManager* dicts = manager(ctx);
  if (dicts == nullptr) return run_as_python(ctx);
  DictTracker& tracker = tracker_at(ctx, *dicts, "dict_ptr");
  advance(tracker);
  ctx.ids_set("value", tracker.get(ctx.ids_get("key")));
}

void dict_write(const HintContext& ctx) {
  DictManager* dicts = manager(ctx);
  if (dicts == nullptr) return run_as_python(ctx);
  DictTracker& tracker = tracker_at(ctx, *dicts, "dict_ptr");
  advance(tracker);
  const MaybeRelocatable key = ctx.ids_get("key");
  const Relocatable dict_ptr = ctx.ids_pointer("dict_ptr");
  ctx.vm.memory().insert(Relocatable{dict_ptr.segment, dict_ptr.offset + kPrevValueOffset},
                         tracker.get(key));
  tracker.data.set(key, ctx.ids_get("new_value"));
}

void dict_update(const HintContext& ctx) {
  DictManager* dicts = manager(ctx);
  if (dicts == nullptr) return run_as_python(ctx);
  DictTracker& tracker = tracker_at(ctx, *dicts, "dict_ptr");
  const MaybeRelocatable current = tracker.get(ctx.ids_get("key"));
  assign_scope(scope(ctx), "current_value", current);
  const MaybeRelocatable prev_value = ctx.ids_get("prev_value");
  if (current != prev_value) {
    throw VmError("Wrong previous value in dict. Got " + prev_value.to_string() + ", expected " +
                  current.to_string() + ".");
  }
  tracker.data.set(ctx.ids_get("key"), ctx.ids_get("new_value"));
  advance(tracker);
}

void dict_squash_copy_dict(const HintContext& ctx) {
  auto* handle = required<std::shared_ptr<DictManager>>(ctx, "__dict_manager");
  if (handle == nullptr) return run_as_python(ctx);
  DictData copy = (*handle)->get_tracker(ctx.ids_pointer("dict_accesses_end")).data;
  ctx.vm.enter_scope({{"__dict_manager", *handle}, {"initial_dict", std::move(copy)}});
}

void dict_squash_update_ptr(const HintContext& ctx) {
  DictManager* dicts = manager(ctx);
  if (dicts == nullptr) return run_as_python(ctx);
  dicts->get_tracker(ctx.ids_pointer("squashed_dict_start")).current_ptr =
      ctx.ids_pointer("squashed_dict_end");
}

// ------------------------------------------------------------------------------------------------
// squash_dict.cairo. Indices and keys are Python ints in the reference: Felts here.

Felt felt_id(const HintContext& ctx, const char* name) {
  return ctx.ids_felt(name);
}

void set_flag(const HintContext& ctx, const char* name, bool value) {
  ctx.ids_set(name, value ? Felt::one() : Felt::zero());
}

Felt range_check_bound() {
  Felt bound = Felt::one();
  for (int i = 0; i < 128; ++i) bound += bound;
  return bound;
}

void squash_dict(const HintContext& ctx) {
  if (lookup<Felt>(ctx, "__squash_dict_max_size").foreign()) return run_as_python(ctx);
  const Relocatable address = ctx.ids_pointer("dict_accesses");
  const Felt ptr_diff = felt_id(ctx, "ptr_diff");
  ScopeDict& s = scope(ctx);
  assign_scope(s, "dict_access_size", Felt{kDictAccessSize});
  assign_scope(s, "address", address);
  if (ptr_diff.divmod_word(kDictAccessSize).second != 0)
    throw VmError("Accesses array size must be divisible by DictAccess.SIZE");
  const Felt n_accesses_felt = felt_id(ctx, "n_accesses");
  assign_scope(s, "n_accesses", n_accesses_felt);
  if (auto max = lookup<Felt>(ctx, "__squash_dict_max_size"); max.present) {
    if (*max.value < n_accesses_felt) {
      throw VmError(
          "squash_dict() can only be used with n_accesses<=" + max.value->to_dec_string() +
          ". Got: n_accesses=" + n_accesses_felt.to_dec_string() + ".");
    }
  }
  const auto n_accesses = n_accesses_felt.to_u64();
  if (!n_accesses) throw VmError("n_accesses is too large for cairovm", "OverflowError");
  AccessIndices access_indices;
  for (std::uint64_t i = 0; i < *n_accesses; ++i) {
    const Relocatable key_address{address.segment, address.offset + kDictAccessSize * i};
    const auto key = ctx.vm.memory().get(key_address);
    if (!key || !key->is_felt()) {
      // An unknown cell or a relocatable key: the reference's own code gives the error or the
      // ordering of such keys.
      return run_as_python(ctx);
    }
    access_indices[key->felt()].push_back(Felt{i});
  }
  if (*n_accesses > 0) assign_scope(s, "i", Felt{*n_accesses - 1});
  if (access_indices.empty()) throw VmError("list index out of range", "IndexError");
  std::vector<Felt> keys;  // descending, popped from the back
  for (auto it = access_indices.rbegin(); it != access_indices.rend(); ++it) {
    keys.push_back(it->first);
  }
  set_flag(ctx, "big_keys", !(keys.front() < range_check_bound()));
  const Felt key = keys.back();
  keys.pop_back();
  ctx.ids_set("first_key", key);
  assign_scope(s, "key", key);
  assign_scope(s, "keys", std::move(keys));
  assign_scope(s, "access_indices", std::move(access_indices));
}

void squash_dict_inner_first_iteration(const HintContext& ctx) {
  auto* access_indices = required<AccessIndices>(ctx, "access_indices");
  const Felt* key = required<Felt>(ctx, "key");
  if (access_indices == nullptr || key == nullptr) return run_as_python(ctx);
  const auto it = access_indices->find(*key);
  if (it == access_indices->end()) throw VmError(key->to_dec_string(), "KeyError");
  std::vector<Felt> current = it->second;  // ascending: popped from the back is the smallest
  std::sort(current.begin(), current.end());
  std::reverse(current.begin(), current.end());
  const Felt index = current.back();
  current.pop_back();
  ScopeDict& s = scope(ctx);
  assign_scope(s, "current_access_indices", std::move(current));
  assign_scope(s, "current_access_index", index);
  ctx.vm.memory().insert(ctx.ids_pointer("range_check_ptr"), index);
}

void squash_dict_inner_skip_loop(const HintContext& ctx) {
  auto* current = required<std::vector<Felt>>(ctx, "current_access_indices");
  if (current == nullptr) return run_as_python(ctx);
  set_flag(ctx, "should_skip_loop", current->empty());
}

void squash_dict_inner_check_access_index(const HintContext& ctx) {
  auto* current = required<std::vector<Felt>>(ctx, "current_access_indices");
  Felt* index = required<Felt>(ctx, "current_access_index");
  if (current == nullptr || index == nullptr) return run_as_python(ctx);
  if (current->empty()) throw VmError("pop from empty list", "IndexError");
  const Felt next = current->back();
  current->pop_back();
  assign_scope(scope(ctx), "new_access_index", next);
  const Relocatable temps = ctx.ids_pointer("loop_temps");
  ctx.vm.memory().insert(Relocatable{temps.segment, temps.offset + kIndexDeltaMinus1Offset},
                         next - *index - Felt::one());
  *index = next;
}

void squash_dict_inner_continue_loop(const HintContext& ctx) {
  auto* current = required<std::vector<Felt>>(ctx, "current_access_indices");
  if (current == nullptr) return run_as_python(ctx);
  const Relocatable temps = ctx.ids_pointer("loop_temps");
  ctx.vm.memory().insert(Relocatable{temps.segment, temps.offset + kShouldContinueOffset},
                         current->empty() ? Felt::zero() : Felt::one());
}

void squash_dict_inner_len_assert(const HintContext& ctx) {
  auto* current = required<std::vector<Felt>>(ctx, "current_access_indices");
  if (current == nullptr) return run_as_python(ctx);
  if (!current->empty()) throw VmError("");
}

void squash_dict_inner_used_accesses_assert(const HintContext& ctx) {
  auto* access_indices = required<AccessIndices>(ctx, "access_indices");
  const Felt* key = required<Felt>(ctx, "key");
  if (access_indices == nullptr || key == nullptr) return run_as_python(ctx);
  const MaybeRelocatable used = ctx.ids_get("n_used_accesses");
  const auto it = access_indices->find(*key);
  if (it == access_indices->end()) throw VmError(key->to_dec_string(), "KeyError");
  if (!(used.is_felt() && used.felt() == Felt{it->second.size()})) throw VmError("");
}

void squash_dict_inner_assert_len_keys(const HintContext& ctx) {
  auto* keys = required<std::vector<Felt>>(ctx, "keys");
  if (keys == nullptr) return run_as_python(ctx);
  if (!keys->empty()) throw VmError("");
}

void squash_dict_inner_next_key(const HintContext& ctx) {
  auto* keys = required<std::vector<Felt>>(ctx, "keys");
  if (keys == nullptr) return run_as_python(ctx);
  if (keys->empty()) throw VmError("No keys left but remaining_accesses > 0.");
  const Felt key = keys->back();
  keys->pop_back();
  ctx.ids_set("next_key", key);
  assign_scope(scope(ctx), "key", key);
}

constexpr std::array kDictHints = {
    NativeHint{"if '__dict_manager' not in globals():\n"
               "    from starkware.cairo.common.dict import DictManager\n"
               "    __dict_manager = DictManager()\n"
               "\n"
               "memory[ap] = __dict_manager.new_dict(segments, initial_dict)\n"
               "del initial_dict",
               dict_new},
    NativeHint{"if '__dict_manager' not in globals():\n"
               "    from starkware.cairo.common.dict import DictManager\n"
               "    __dict_manager = DictManager()\n"
               "\n"
               "memory[ap] = __dict_manager.new_default_dict(segments, ids.default_value)",
               default_dict_new},
    NativeHint{"dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)\n"
               "dict_tracker.current_ptr += ids.DictAccess.SIZE\n"
               "ids.value = dict_tracker.data[ids.key]",
               dict_read},
    NativeHint{"dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)\n"
               "dict_tracker.current_ptr += ids.DictAccess.SIZE\n"
               "ids.dict_ptr.prev_value = dict_tracker.data[ids.key]\n"
               "dict_tracker.data[ids.key] = ids.new_value",
               dict_write},
    NativeHint{"# Verify dict pointer and prev value.\n"
               "dict_tracker = __dict_manager.get_tracker(ids.dict_ptr)\n"
               "current_value = dict_tracker.data[ids.key]\n"
               "assert current_value == ids.prev_value, \\\n"
               "    f'Wrong previous value in dict. Got {ids.prev_value}, expected "
               "{current_value}.'\n"
               "\n"
               "# Update value.\n"
               "dict_tracker.data[ids.key] = ids.new_value\n"
               "dict_tracker.current_ptr += ids.DictAccess.SIZE",
               dict_update},
    NativeHint{"# Prepare arguments for dict_new. In particular, the same dictionary values should "
               "be copied\n"
               "# to the new (squashed) dictionary.\n"
               "vm_enter_scope({\n"
               "    # Make __dict_manager accessible.\n"
               "    '__dict_manager': __dict_manager,\n"
               "    # Create a copy of the dict, in case it changes in the future.\n"
               "    'initial_dict': dict(__dict_manager.get_dict(ids.dict_accesses_end)),\n"
               "})",
               dict_squash_copy_dict},
    NativeHint{"# Update the DictTracker's current_ptr to point to the end of the squashed dict.\n"
               "__dict_manager.get_tracker(ids.squashed_dict_start).current_ptr = \\\n"
               "    ids.squashed_dict_end.address_",
               dict_squash_update_ptr},
    NativeHint{"dict_access_size = ids.DictAccess.SIZE\n"
               "address = ids.dict_accesses.address_\n"
               "assert ids.ptr_diff % dict_access_size == 0, \\\n"
               "    'Accesses array size must be divisible by DictAccess.SIZE'\n"
               "n_accesses = ids.n_accesses\n"
               "if '__squash_dict_max_size' in globals():\n"
               "    assert n_accesses <= __squash_dict_max_size, \\\n"
               "        f'squash_dict() can only be used with "
               "n_accesses<={__squash_dict_max_size}. ' \\\n"
               "        f'Got: n_accesses={n_accesses}.'\n"
               "# A map from key to the list of indices accessing it.\n"
               "access_indices = {}\n"
               "for i in range(n_accesses):\n"
               "    key = memory[address + dict_access_size * i]\n"
               "    access_indices.setdefault(key, []).append(i)\n"
               "# Descending list of keys.\n"
               "keys = sorted(access_indices.keys(), reverse=True)\n"
               "# Are the keys used bigger than range_check bound.\n"
               "ids.big_keys = 1 if keys[0] >= range_check_builtin.bound else 0\n"
               "ids.first_key = key = keys.pop()",
               squash_dict},
    NativeHint{"current_access_indices = sorted(access_indices[key])[::-1]\n"
               "current_access_index = current_access_indices.pop()\n"
               "memory[ids.range_check_ptr] = current_access_index",
               squash_dict_inner_first_iteration},
    NativeHint{"ids.should_skip_loop = 0 if current_access_indices else 1",
               squash_dict_inner_skip_loop},
    NativeHint{"new_access_index = current_access_indices.pop()\n"
               "ids.loop_temps.index_delta_minus1 = new_access_index - current_access_index - 1\n"
               "current_access_index = new_access_index",
               squash_dict_inner_check_access_index},
    NativeHint{"ids.loop_temps.should_continue = 1 if current_access_indices else 0",
               squash_dict_inner_continue_loop},
    NativeHint{"assert len(current_access_indices) == 0", squash_dict_inner_len_assert},
    NativeHint{"assert ids.n_used_accesses == len(access_indices[key])",
               squash_dict_inner_used_accesses_assert},
    NativeHint{"assert len(keys) == 0", squash_dict_inner_assert_len_keys},
    NativeHint{"assert len(keys) > 0, 'No keys left but remaining_accesses > 0.'\n"
               "ids.next_key = key = keys.pop()",
               squash_dict_inner_next_key},
};

}  // namespace

std::span<const NativeHint> dict_hints() {
  return kDictHints;
}

}  // namespace cairovm
