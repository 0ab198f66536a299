// Native hints of the common library's Merkle trees: merkle_update.cairo,
// merkle_multi_update.cairo, small_merkle_tree.cairo, patricia.cairo and patricia_with_sponge.cairo
// (the same hint strings), and cairo_ec_op's two hints that are not about the curve's random point.
//
// Their state (the update tree, the preimage dictionary, the descent map, `case`, ...) is kept in
// the scope store in the native forms of merkle_hint_state.hpp, under the reference's names. The
// first hint of a traversal decides whether it runs natively: when `preimage` (or a skip-validation
// runner) is a Python object that a program's own hint put in the scope, that hint runs its Python
// code, the variables it leaves are Python objects, and every later hint of the traversal finds
// them so and runs its Python code too. small_merkle_tree computes its preimage natively, so
// small_merkle_tree_update followed by merkle_multi_update runs without Python.
//
// Each hint follows the reference's Python line by line; `h.at(n)` is the line of the hint that
// an error is reported at. Inputs that only fail inside the reference's library code (a relocatable
// key, an index outside the tree, a preimage entry that does not open) make the hint run its
// Python code before it has changed anything, so that the reference reports them.
#include <array>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "dict_manager.hpp"
#include "hint_support.hpp"
#include "merkle_hint_state.hpp"
#include "native_hints.hpp"
#include "pedersen_hash.hpp"
#include "python_hints.hpp"

namespace cairovm {

namespace {

using namespace hint_support;

// DictAccess (dict_access.cairo) and NodeEdge (patricia_utils.cairo) as the library defines them.
constexpr std::int64_t kDictAccessKey = 0, kDictAccessPrevValue = 1, kDictAccessNewValue = 2,
                       kDictAccessSize = 3;
constexpr std::int64_t kEdgeLength = 0, kEdgePath = 1, kEdgeBottom = 2;
// The height of a tree we build natively; the reference handles deeper ones (and fails on them).
constexpr std::uint64_t kMaxNativeHeight = 256;

const char* const kMultiRunner = "__merkle_multi_update_skip_validation_runner";
const char* const kPatriciaRunner = "__patricia_skip_validation_runner";

/// Raised when a hint's inputs need the reference's own code: the hint then runs in Python.
struct NeedsPython {};

void run_in_python(const HintContext& ctx) {
  ctx.vm.run_hint_in_python(ctx.hint);
}

/// The scope variables a hint reads, looked up once: `foreign` when one of them holds a value that
/// is not of its native type (a Python object), in which case the hint runs in Python.
class Vars {
 public:
  explicit Vars(const HintContext& ctx) : scope_(ctx.vm.exec_scopes.back()) {}

  template <class T>
  T* get(std::string_view name) {
    const auto it = scope_.find(name);
    if (it == scope_.end()) return nullptr;
    T* value = std::any_cast<T>(&it->second);
    if (value == nullptr) foreign_ = true;
    return value;
  }
  bool foreign() const noexcept { return foreign_; }

 private:
  ScopeDict& scope_;
  bool foreign_ = false;
};

template <class T>
T& require(PyHint& h, T* value, std::string_view name) {
  if (value == nullptr) h.raise("NameError", "name '" + std::string(name) + "' is not defined");
  return *value;
}

/// The offset of `member` in the struct `struct_name` as the hint's scopes see it (HashBuiltin is
/// SpongeHashBuiltin in patricia_with_sponge), or `fallback` when the program does not have it.
std::int64_t member_offset(const HintContext& ctx, const std::string& struct_name,
                           const std::string& member, std::int64_t fallback) {
  const auto& scopes = ctx.hint.definition->accessible_scopes;
  for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
    if (const StructDefinition* s =
            ctx.vm.program().struct_definition(*scope + "." + struct_name)) {
      const auto it = s->members.find(member);
      return it == s->members.end() ? fallback : it->second.offset;
    }
  }
  return fallback;
}

std::int64_t struct_size(const HintContext& ctx, const std::string& struct_name,
                         std::int64_t fallback) {
  const auto& scopes = ctx.hint.definition->accessible_scopes;
  for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
    if (const StructDefinition* s =
            ctx.vm.program().struct_definition(*scope + "." + struct_name)) {
      return s->size;
    }
  }
  return fallback;
}

void write_ap(PyHint& h, bool value) {
  h.write(h.vm().ap, value ? Felt::one() : Felt::zero());
}

/// `ids.<name> == 0` (a relocatable is never equal to an int).
bool id_is(PyHint& h, std::string_view name, std::uint64_t value) {
  const MaybeRelocatable v = h.id(name);
  return v.is_felt() && v.felt() == Felt{value};
}

/// An int that must be small enough to count with (a loop bound, a height); NeedsPython otherwise.
std::uint64_t small_count(const MaybeRelocatable& value, std::uint64_t limit) {
  if (!value.is_felt()) throw NeedsPython{};
  const auto n = value.felt().to_u64();
  if (!n || *n > limit) throw NeedsPython{};
  return *n;
}

std::string node_str(const UpdateTree& node) {
  if (!node) return "None";
  if (node->is_leaf) return py_str(node->leaf);
  throw NeedsPython{};  // a tuple's repr: the reference's
}

/// `preimage` for the first hint of a traversal: the native one, or a native copy of a Python
/// dict (the library's hints only read it; the scope keeps the Python object itself).
struct EntryPreimage {
  bool usable = true;  // false: a Python object without a native form (the hint runs in Python)
  bool present = false;
  SharedPreimage value;
};

EntryPreimage entry_preimage(const HintContext& ctx) {
  ScopeDict& scope = ctx.vm.exec_scopes.back();
  const auto it = scope.find("preimage");
  if (it == scope.end()) return {};
  if (const auto* native = std::any_cast<SharedPreimage>(&it->second)) return {true, true, *native};
  if (auto copy = python_preimage_copy(it->second)) {
    return {true, true, std::make_shared<const MerklePreimage>(std::move(*copy))};
  }
  return {false, true, nullptr};
}

// ------------------------------------------------------------------------------------------------
// merkle_tree.py: build_update_tree and decode_node.

UpdateTree branch(UpdateTree left, UpdateTree right) {
  auto node = std::make_shared<UpdateTreeNode>();
  node->left = std::move(left);
  node->right = std::move(right);
  return node;
}

UpdateTree leaf(const MaybeRelocatable& value) {
  auto node = std::make_shared<UpdateTreeNode>();
  node->is_leaf = true;
  node->leaf = value;
  return node;
}

using Modifications = std::vector<std::pair<MaybeRelocatable, MaybeRelocatable>>;

/// build_update_tree(height, modifications); NeedsPython where the reference's code fails.
UpdateTree build_update_tree(std::uint64_t height, const Modifications& modifications) {
  if (modifications.empty()) return nullptr;
  std::map<BigInt, UpdateTree> layer;  // dict(modifications): the last one of an index wins
  for (const auto& [index, value] : modifications) {
    if (!index.is_felt()) throw NeedsPython{};
    layer.insert_or_assign(to_big(index.felt()), leaf(value));
  }
  for (std::uint64_t level = 0; level < height; ++level) {
    std::map<BigInt, UpdateTree> parents;
    for (const auto& [index, node] : layer) {
      const BigInt parent = index / 2;
      if (parents.contains(parent)) continue;
      const auto left = layer.find(parent * 2), right = layer.find(parent * 2 + 1);
      parents.emplace(parent, branch(left == layer.end() ? nullptr : left->second,
                                     right == layer.end() ? nullptr : right->second));
    }
    layer = std::move(parents);
  }
  if (layer.size() != 1 || layer.begin()->first != 0) throw NeedsPython{};
  return layer.begin()->second;
}

struct Decoded {
  UpdateTree left, right;
  std::string case_name;
};

/// decode_node(node), called from the hint's current line.
Decoded decode_node(PyHint& h, const UpdateTree& node) {
  if (!node || node->is_leaf) {
    const std::string type = !node ? "NoneType" : std::string(py_type_name(node->leaf));
    h.raise("TypeError", "cannot unpack non-iterable " + type + " object",
            {{"starkware/python/merkle_tree.py", 36, "decode_node"}});
  }
  if (!node->left) {
    if (!node->right) {
      h.raise("AssertionError", "No updates in tree",
              {{"starkware/python/merkle_tree.py", 38, "decode_node"}});
    }
    return {node->left, node->right, "right"};
  }
  return {node->left, node->right, node->right ? "both" : "left"};
}

/// The DictAccess entries [update_ptr, update_ptr + n_updates) as (key, new_value), read from the
/// hint's lines `key_line` and `value_line`.
Modifications read_modifications(PyHint& h, Relocatable update_ptr, std::uint64_t n_updates,
                                 int key_line, int value_line, std::int64_t key_offset,
                                 std::int64_t value_offset, std::int64_t size) {
  Modifications modifications;
  for (std::uint64_t i = 0; i < n_updates; ++i) {
    const Relocatable entry = add(update_ptr, static_cast<std::int64_t>(i) * size);
    const MaybeRelocatable key = h.at(key_line).read(add(entry, key_offset));
    const MaybeRelocatable value = h.at(value_line).read(add(entry, value_offset));
    modifications.emplace_back(key, value);
  }
  return modifications;
}

/// `preimage[key]` with `expected` members unpacked, at the hint's current line.
const std::vector<Felt>& open_preimage(PyHint& h, const MerklePreimage& preimage,
                                       const MaybeRelocatable& key, std::size_t expected) {
  const auto it = key.is_felt() ? preimage.find(key.felt()) : preimage.end();
  if (it == preimage.end()) h.raise("KeyError", key.to_repr());
  const std::size_t got = it->second.size();
  if (got > expected) {
    h.raise("ValueError", "too many values to unpack (expected " + std::to_string(expected) + ")");
  }
  if (got < expected) {
    h.raise("ValueError", "not enough values to unpack (expected " + std::to_string(expected) +
                              ", got " + std::to_string(got) + ")");
  }
  return it->second;
}

template <class Body>
void run_native(const HintContext& ctx, Body&& body) {
  try {
    run_as_python(ctx, body);
  } catch (const NeedsPython&) {
    run_in_python(ctx);
  }
}

void set_scope(const HintContext& ctx, std::string_view name, std::any value) {
  assign_scope(ctx.vm.exec_scopes.back(), std::string(name), std::move(value));
}

/// A memory value as the scopes keep it: an int as a Felt, an address as a Relocatable.
std::any scope_value(const MaybeRelocatable& value) {
  if (value.is_felt()) return value.felt();
  return value.relocatable();
}

// ------------------------------------------------------------------------------------------------
// cairo_ec_op/ec_op.cairo

void ec_op_failed(PyHint& h) {
  h.raise("AssertionError", "ec_op failed.");
}

void ec_op_m_bit_unpacking(PyHint& h) {
  const MaybeRelocatable m = h.at(1).id("m");
  const BigInt bits = to_big(h.ctx().ids_constant("M_MAX_BITS"));
  if (bits <= 0) {
    assign_scope(h.scope(), "curr_m", scope_value(m));
    return;
  }
  if (!m.is_felt()) {
    h.at(3).raise("TypeError", "unsupported operand type(s) for %: 'RelocatableValue' and 'int'");
  }
  BigInt curr_m = to_big(m.felt());
  const Relocatable unpacking = h.at(3).ctx().ids_pointer("m_bit_unpacking");
  BigInt i = 0;
  for (; i < bits; ++i) {
    h.at(3).write(add(unpacking, i.get_si()), BigInt(curr_m % 2));
    curr_m >>= 1;
  }
  h.keep("curr_m", curr_m);
  h.keep("i", BigInt(bits - 1));
}

// ------------------------------------------------------------------------------------------------
// merkle_update.cairo: `auth_path` is a list of ints a program's hint made; a native list
// (std::vector<Felt>, e.g. from a host's hint) is popped natively, a Python list in Python.

void merkle_auth_path_empty(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* auth_path = vars.get<std::vector<Felt>>("auth_path");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    h.at(2).check(require(h, auth_path, "auth_path").empty(), "Got too many values in auth_path.");
  });
}

template <const char* Member>
void merkle_sibling(const HintContext& ctx) {
  Vars vars(ctx);
  auto* found = vars.get<std::vector<Felt>>("auth_path");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    std::vector<Felt>& auth_path = require(h.at(2), found, "auth_path");
    if (auth_path.empty()) h.raise("IndexError", "pop from empty list");
    const Felt sibling = auth_path.back();
    auth_path.pop_back();
    set_scope(ctx, "sibling", sibling);
    const std::int64_t offset = member_offset(ctx, "HashBuiltin", Member, Member[0] == 'x' ? 0 : 1);
    h.at(3).write(add(ctx.ids_pointer("prev_node_hash"), offset), sibling);
    h.at(4).write(add(ctx.ids_pointer("new_node_hash"), offset), sibling);
  });
}
constexpr char kMemberX[] = "x";
constexpr char kMemberY[] = "y";

void merkle_index_bit(PyHint& h) {
  const BigInt index = h.id_int("index", "%");
  h.write(h.vm().ap, BigInt(index % 2));
}

// ------------------------------------------------------------------------------------------------
// merkle_multi_update.cairo

/// The skip-validation runner, which must be None (absent: `globals().get(...)` gives None) for
/// the native path.
bool runner_is_python(Vars& vars, const char* name) {
  vars.get<NoSkipValidationRunner>(name);
  return vars.foreign();
}

void multi_update_start(const HintContext& ctx) {
  Vars vars(ctx);
  EntryPreimage entry = entry_preimage(ctx);
  if (!entry.usable || runner_is_python(vars, kMultiRunner)) return run_in_python(ctx);
  SharedPreimage* preimage = entry.present ? &entry.value : nullptr;
  run_native(ctx, [&](PyHint& h) {
    const std::uint64_t n_updates = small_count(h.at(5).id("n_updates"), UINT32_MAX);
    const Relocatable update_ptr = ctx.ids_pointer("update_ptr");
    const Modifications modifications = read_modifications(
        h, update_ptr, n_updates, 8, 9, kDictAccessKey, kDictAccessNewValue, kDictAccessSize);
    const std::uint64_t height = small_count(h.at(11).id("height"), kMaxNativeHeight);
    UpdateTree node = build_update_tree(height, modifications);
    const SharedPreimage shared = require(h.at(16), preimage, "preimage");
    if (n_updates > 0) {
      h.keep("i", BigInt(static_cast<unsigned long>(n_updates - 1)));
      set_scope(ctx, "curr_update_ptr",
                add(update_ptr, static_cast<std::int64_t>(n_updates - 1) * kDictAccessSize));
    }
    set_scope(ctx, "node", node);
    set_scope(ctx, kMultiRunner, NoSkipValidationRunner{});
    ctx.vm.enter_scope(
        {{"node", node}, {"preimage", shared}, {kMultiRunner, NoSkipValidationRunner{}}});
  });
}

void multi_update_node(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* node = vars.get<UpdateTree>("node");
  const auto* preimage = vars.get<SharedPreimage>("preimage");
  if (vars.foreign() || runner_is_python(vars, kMultiRunner)) return run_in_python(ctx);
  run_native(ctx, [&](PyHint& h) {
    std::string case_name;
    if (id_is(h.at(1), "height", 0)) {
      const UpdateTree& tree = require(h.at(2), node, "node");
      const MaybeRelocatable new_root = h.id("new_root");
      const std::string got = node_str(tree);
      h.check(tree && tree->is_leaf && tree->leaf == new_root,
              [&] { return "Expected node " + py_str(new_root) + ". Got " + got + "."; });
      case_name = "leaf";
    } else {
      const MerklePreimage& map = *require(h.at(5), preimage, "preimage");
      const std::vector<Felt> prev = open_preimage(h, map, h.id("prev_root"), 2);
      const std::vector<Felt> next = open_preimage(h.at(6), map, h.id("new_root"), 2);
      set_scope(ctx, "prev_left", prev[0]);
      set_scope(ctx, "prev_right", prev[1]);
      set_scope(ctx, "new_left", next[0]);
      set_scope(ctx, "new_right", next[1]);
      const Decoded decoded = decode_node(h.at(9), require(h, node, "node"));
      set_scope(ctx, "left_child", decoded.left);
      set_scope(ctx, "right_child", decoded.right);
      set_scope(ctx, "case", MerkleCase{decoded.case_name});
      case_name = decoded.case_name;
      const Relocatable hash_ptr = h.at(12).ctx().ids_pointer("hash_ptr");
      set_scope(ctx, "hash_ptr", hash_ptr);
      const std::int64_t size = struct_size(ctx, "HashBuiltin", 3);
      const std::int64_t x = member_offset(ctx, "HashBuiltin", "x", 0);
      const std::int64_t y = member_offset(ctx, "HashBuiltin", "y", 1);
      h.at(13).write(add(hash_ptr, x), prev[0]);
      h.at(14).write(add(hash_ptr, y), prev[1]);
      h.at(15).write(add(hash_ptr, size + x), next[0]);
      h.at(16).write(add(hash_ptr, size + y), next[1]);
      if (!h.scope().contains(kMultiRunner)) {
        h.at(18).raise("NameError", std::string("name '") + kMultiRunner + "' is not defined");
      }
    }
    set_scope(ctx, "case", MerkleCase{case_name});
    write_ap(h.at(26), case_name != "right");
  });
}

/// `assert case == '<Expected>'`, `memory[ap] = int(case != '<Other>')`.
template <const char* Expected>
void assert_case(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* found = vars.get<MerkleCase>("case");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) { h.check(require(h, found, "case").name == Expected); });
}

template <const char* Other>
void case_is_not(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* found = vars.get<MerkleCase>("case");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) { write_ap(h, require(h, found, "case").name != Other); });
}
constexpr char kBoth[] = "both";
constexpr char kLeaf[] = "leaf";
constexpr char kLeft[] = "left";
constexpr char kRight[] = "right";

/// vm_enter_scope(dict(node=<child>, preimage=preimage, __merkle_..._runner=...)).
template <const char* Child>
void multi_enter_child(const HintContext& ctx) {
  Vars vars(ctx);
  const std::string child_name = std::string(Child) + "_child";
  const auto* child = vars.get<UpdateTree>(child_name);
  const auto* preimage = vars.get<SharedPreimage>("preimage");
  if (vars.foreign() || runner_is_python(vars, kMultiRunner)) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const UpdateTree& node = require(h.at(2), child, child_name);
    const SharedPreimage& shared = require(h, preimage, "preimage");
    if (!h.scope().contains(kMultiRunner)) {
      h.at(4).raise("NameError", std::string("name '") + kMultiRunner + "' is not defined");
    }
    ctx.vm.enter_scope(
        {{"node", node}, {"preimage", shared}, {kMultiRunner, NoSkipValidationRunner{}}});
  });
}

// ------------------------------------------------------------------------------------------------
// small_merkle_tree.cairo: small_merkle_tree.MerkleTree and get_preimage_dictionary with the
// Pedersen hash, giving a native preimage for merkle_multi_update.

class SmallMerkleTree {
 public:
  SmallMerkleTree(std::uint64_t height, std::shared_ptr<MerklePreimage> preimage)
      : height_(height), preimage_(std::move(preimage)) {
    Felt node = Felt::zero();
    for (std::uint64_t level = 0; level <= height; ++level) {
      empty_.push_back(node);
      node = pedersen_hash(node, node);
    }
    values_[BigInt(1)] = empty_[height];
  }

  /// compute_merkle_root(modifications): keys and values are felts (checked by the caller).
  Felt root_after(const std::vector<std::pair<Felt, Felt>>& modifications) {
    if (modifications.empty()) return values_.at(BigInt(1));
    BigInt leaves_offset = 1;
    leaves_offset <<= static_cast<unsigned long>(height_);
    std::set<BigInt> indices;
    for (const auto& [index, value] : modifications) {
      const BigInt node_index = leaves_offset + to_big(index);
      values_.insert_or_assign(node_index, value);
      indices.insert(node_index / 2);
    }
    for (std::uint64_t level = 0; level < height_; ++level) {
      std::set<BigInt> parents;
      for (const BigInt& index : indices) {
        const Felt left = value_or(BigInt(index * 2), empty_[level]);
        const Felt right = value_or(BigInt(index * 2 + 1), empty_[level]);
        const Felt hash = pedersen_hash(left, right);
        values_.insert_or_assign(index, hash);
        (*preimage_)[hash] = {left, right};
        parents.insert(index / 2);
      }
      indices = std::move(parents);
    }
    if (indices != std::set<BigInt>{BigInt(0)}) throw NeedsPython{};
    return values_.at(BigInt(1));
  }

 private:
  Felt value_or(const BigInt& index, const Felt& fallback) const {
    const auto it = values_.find(index);
    return it == values_.end() ? fallback : it->second;
  }

  std::uint64_t height_;
  std::shared_ptr<MerklePreimage> preimage_;
  std::vector<Felt> empty_;  // the root of an empty subtree of each height
  std::map<BigInt, Felt> values_;
};

void small_merkle_preimage(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* dicts = vars.get<std::shared_ptr<DictManager>>("__dict_manager");
  if (vars.foreign()) return run_in_python(ctx);
  run_native(ctx, [&](PyHint& h) {
    DictManager& manager = *require(h.at(5), dicts, "__dict_manager");
    const Relocatable end = ctx.ids_pointer("squashed_dict_end");
    DictTracker& new_dict = manager.get_tracker(end);
    const Relocatable start = h.at(8).ctx().ids_pointer("squashed_dict_start");
    if (start.segment != end.segment) throw NeedsPython{};
    const BigInt size = BigInt(static_cast<unsigned long>(end.offset)) -
                        BigInt(static_cast<unsigned long>(start.offset));
    h.at(10).check(size >= 0 && size % kDictAccessSize == 0, [&] {
      return "squashed_dict size must be non-negative and divisible by DictAccess.SIZE. "
             "Found: " +
             dec(size) + ".";
    });
    const std::uint64_t length = size.get_ui() / kDictAccessSize;
    std::vector<std::pair<Felt, Felt>> modifications;
    MaybeRelocatable key, prev_value, new_value;
    for (std::uint64_t i = 0; i < length; ++i) {
      const Relocatable entry = add(start, static_cast<std::int64_t>(i) * kDictAccessSize);
      key = h.at(18).read(add(entry, kDictAccessKey));
      prev_value = h.at(19).read(add(entry, kDictAccessPrevValue));
      new_value = h.at(21).read(add(entry, kDictAccessNewValue));
      h.at(23);
      const MaybeRelocatable expected = new_dict.get(key);
      h.check(expected == new_value, [&] {
        return "Inconsistent dictionary values. Expected new value: " + py_str(expected) +
               ", found: " + py_str(new_value);
      });
      if (!key.is_felt() || !prev_value.is_felt()) throw NeedsPython{};
      modifications.emplace_back(key.felt(), prev_value.felt());
    }
    std::vector<std::pair<Felt, Felt>> leaves;
    for (const auto& [leaf_key, value] : new_dict.data.entries()) {
      if (!leaf_key.is_felt() || !value.is_felt()) throw NeedsPython{};
      leaves.emplace_back(leaf_key.felt(), value.felt());
    }
    const std::uint64_t height = small_count(h.at(28).id("height"), kMaxNativeHeight);
    auto preimage = std::make_shared<MerklePreimage>();
    SmallMerkleTree tree(height, preimage);
    const Felt root_before = tree.root_after(leaves);
    const Felt root_after = tree.root_after(modifications);
    h.set_id("new_root", MaybeRelocatable(root_before));
    h.set_id("prev_root", MaybeRelocatable(root_after));
    set_scope(ctx, "preimage", SharedPreimage(std::move(preimage)));
    set_scope(ctx, "DICT_ACCESS_SIZE", Felt{kDictAccessSize});
    set_scope(ctx, "squashed_dict_start", start);
    h.keep("squashed_dict_size", size);
    h.keep("squashed_dict_length", BigInt(static_cast<unsigned long>(length)));
    if (length > 0) {
      h.keep("i", BigInt(static_cast<unsigned long>(length - 1)));
      set_scope(ctx, "key", scope_value(key));
      set_scope(ctx, "prev_value", scope_value(prev_value));
      set_scope(ctx, "new_value", scope_value(new_value));
    }
  });
}

void small_merkle_enter_scope(const HintContext& ctx) {
  run_as_python(ctx, [&](PyHint& h) {
    const auto it = h.scope().find("__dict_manager");
    if (it == h.scope().end()) h.raise("NameError", "name '__dict_manager' is not defined");
    std::any manager = it->second;  // the native manager or the Python object, shared
    ctx.vm.enter_scope({{"__dict_manager", std::move(manager)}});
  });
}

// ------------------------------------------------------------------------------------------------
// patricia.cairo and patricia_with_sponge.cairo: patricia_utils.patricia_guess_descents.

using Triplet = std::array<BigInt, 3>;  // (length, path, bottom)

bool is_empty(const Triplet& t) {
  return t[0] == 0 && t[1] == 0 && t[2] == 0;
}

Triplet canonic(const MerklePreimage& preimage, const BigInt& node_hash) {
  if (node_hash >= 0 && node_hash < prime()) {
    const auto it = preimage.find(to_felt(node_hash));
    if (it != preimage.end() && it->second.size() == 3) {
      return {to_big(it->second[0]), to_big(it->second[1]), to_big(it->second[2])};
    }
  }
  return {0, 0, node_hash};
}

/// get_children(preimage, node); NeedsPython where the reference's code fails.
std::pair<Triplet, Triplet> get_children(const MerklePreimage& preimage, const Triplet& node) {
  const auto& [length, word, node_hash] = node;
  if (length == 0) {
    BigInt left = 0, right = 0;
    if (node_hash != 0) {
      const auto it = node_hash < prime() ? preimage.find(to_felt(node_hash)) : preimage.end();
      if (it == preimage.end() || it->second.size() != 2) throw NeedsPython{};
      left = to_big(it->second[0]);
      right = to_big(it->second[1]);
    }
    return {canonic(preimage, left), canonic(preimage, right)};
  }
  if (length < 0 || length > BigInt(static_cast<unsigned long>(kMaxNativeHeight))) {
    throw NeedsPython{};
  }
  const unsigned long shift = length.get_ui() - 1;
  const BigInt top = word >> shift;
  const Triplet empty{0, 0, 0};
  if (top == 0) return {Triplet{length - 1, word, node_hash}, empty};
  BigInt bit = 1;
  bit <<= shift;
  return {empty, Triplet{length - 1, word - bit, node_hash}};
}

/// A tree given to get_descents: None, a node of the update tree, or preimage_tree(height,
/// preimage, triplet), opened lazily as the reference's generator is.
struct DescentNode {
  enum class Kind { kNone, kUpdate, kPreimage } kind = Kind::kNone;
  UpdateTree update;
  Triplet triplet;
  std::uint64_t height = 0;

  bool none() const noexcept { return kind == Kind::kNone; }
};

DescentNode from_update(const UpdateTree& tree) {
  if (!tree) return {};
  return {DescentNode::Kind::kUpdate, tree, {}, 0};
}

std::pair<DescentNode, DescentNode> children(const MerklePreimage& preimage,
                                             const DescentNode& node) {
  switch (node.kind) {
    case DescentNode::Kind::kNone:
      return {};
    case DescentNode::Kind::kUpdate:
      if (node.update->is_leaf) throw NeedsPython{};
      return {from_update(node.update->left), from_update(node.update->right)};
    case DescentNode::Kind::kPreimage:
      break;
  }
  if (node.height == 0) throw NeedsPython{};
  const auto [left, right] = get_children(preimage, node.triplet);
  const auto open = [&](const Triplet& child) {
    if (is_empty(child)) return DescentNode{};
    return DescentNode{DescentNode::Kind::kPreimage, nullptr, child, node.height - 1};
  };
  return {open(left), open(right)};
}

void get_descents(const MerklePreimage& preimage, std::uint64_t height, BigInt path,
                  std::array<DescentNode, 3> nodes, DescentMap& result) {
  if (nodes[0].none()) return;
  const std::uint64_t orig_height = height;
  const BigInt orig_path = path;
  std::array<DescentNode, 3> lefts, rights;
  while (height > 0) {
    bool all_left_none = true, all_right_none = true;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      std::tie(lefts[i], rights[i]) = children(preimage, nodes[i]);
      all_left_none = all_left_none && lefts[i].none();
      all_right_none = all_right_none && rights[i].none();
    }
    if (all_left_none) {
      nodes = rights;
      path = path * 2 + 1;
    } else if (all_right_none) {
      nodes = lefts;
      path = path * 2;
    } else {
      break;
    }
    --height;
  }
  const std::uint64_t length = orig_height - height;
  if (length > 1) {
    BigInt modulus = 1;
    modulus <<= static_cast<unsigned long>(length);
    result.insert_or_assign(std::pair{Felt{orig_height}, to_felt(orig_path)},
                            std::pair{Felt{length}, to_felt(BigInt(path % modulus))});
  }
  if (height > 0) {
    get_descents(preimage, height - 1, BigInt(path * 2), lefts, result);
    get_descents(preimage, height - 1, BigInt(path * 2 + 1), rights, result);
  }
}

DescentMap patricia_guess_descents(std::uint64_t height, const UpdateTree& node,
                                   const MerklePreimage& preimage, const Felt& prev_root,
                                   const Felt& new_root) {
  const auto tree = [&](const Felt& root) {
    return DescentNode{DescentNode::Kind::kPreimage, nullptr, canonic(preimage, to_big(root)),
                       height};
  };
  DescentMap result;
  get_descents(preimage, height, 0, {from_update(node), tree(prev_root), tree(new_root)}, result);
  return result;
}

void patricia_start(const HintContext& ctx) {
  Vars vars(ctx);
  EntryPreimage entry = entry_preimage(ctx);
  if (!entry.usable || runner_is_python(vars, kPatriciaRunner)) return run_in_python(ctx);
  SharedPreimage* preimage = entry.present ? &entry.value : nullptr;
  run_native(ctx, [&](PyHint& h) {
    const std::int64_t key_offset = member_offset(ctx, "DictAccess", "key", kDictAccessKey);
    const std::int64_t value_offset =
        member_offset(ctx, "DictAccess", "new_value", kDictAccessNewValue);
    const std::int64_t size = struct_size(ctx, "DictAccess", kDictAccessSize);
    const std::uint64_t n_updates = small_count(h.at(9).id("n_updates"), UINT32_MAX);
    const Relocatable update_ptr = ctx.ids_pointer("update_ptr");
    const Modifications modifications =
        read_modifications(h, update_ptr, n_updates, 12, 13, key_offset, value_offset, size);
    const std::uint64_t height = small_count(h.at(15).id("height"), kMaxNativeHeight);
    const UpdateTree node = build_update_tree(height, modifications);
    const SharedPreimage shared = require(h.at(17), preimage, "preimage");
    const MaybeRelocatable prev_root = h.id("prev_root"), new_root = h.id("new_root");
    if (!prev_root.is_felt() || !new_root.is_felt()) throw NeedsPython{};
    auto descent_map = std::make_shared<const DescentMap>(
        patricia_guess_descents(height, node, *shared, prev_root.felt(), new_root.felt()));
    set_scope(ctx, "DictAccess_key", Felt{static_cast<std::uint64_t>(key_offset)});
    set_scope(ctx, "DictAccess_new_value", Felt{static_cast<std::uint64_t>(value_offset)});
    set_scope(ctx, "DictAccess_SIZE", Felt{static_cast<std::uint64_t>(size)});
    if (n_updates > 0) {
      h.keep("i", BigInt(static_cast<unsigned long>(n_updates - 1)));
      set_scope(ctx, "curr_update_ptr",
                add(update_ptr, static_cast<std::int64_t>(n_updates - 1) * size));
    }
    set_scope(ctx, "node", node);
    set_scope(ctx, "descent_map", SharedDescentMap(descent_map));
    set_scope(ctx, kPatriciaRunner, NoSkipValidationRunner{});
    set_scope(ctx, "common_args", PatriciaCommonArgs{shared, descent_map});
  });
}

/// vm_enter_scope(dict(node=<node>, **common_args)), from the hint's current line.
void enter_patricia_scope(PyHint& h, const UpdateTree& node, const PatriciaCommonArgs* args) {
  const PatriciaCommonArgs& common = require(h, args, "common_args");
  h.vm().enter_scope({{"node", node},
                      {"preimage", common.preimage},
                      {"descent_map", common.descent_map},
                      {kPatriciaRunner, NoSkipValidationRunner{}},
                      {"common_args", common}});
}

/// A hint that enters a child's scope: vm_enter_scope(dict(node=<Name>, **common_args)).
template <const char* Name>
void patricia_enter(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* node = vars.get<UpdateTree>(Name);
  const auto* args = vars.get<PatriciaCommonArgs>("common_args");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) { enter_patricia_scope(h, require(h, node, Name), args); });
}
constexpr char kLeftChild[] = "left_child";
constexpr char kRightChild[] = "right_child";
constexpr char kNode[] = "node";

/// `if __patricia_skip_validation_runner:` (None: nothing to do).
void check_runner_defined(PyHint& h) {
  if (!h.scope().contains(kPatriciaRunner)) {
    h.raise("NameError", std::string("name '") + kPatriciaRunner + "' is not defined");
  }
}

void store_decoded(const HintContext& ctx, const Decoded& decoded) {
  set_scope(ctx, "left_child", decoded.left);
  set_scope(ctx, "right_child", decoded.right);
  set_scope(ctx, "case", MerkleCase{decoded.case_name});
}

void patricia_decode_and_hash(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* node = vars.get<UpdateTree>("node");
  const auto* preimage = vars.get<SharedPreimage>("preimage");
  if (vars.foreign() || runner_is_python(vars, kPatriciaRunner)) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const Decoded decoded = decode_node(h.at(2), require(h, node, "node"));
    store_decoded(ctx, decoded);
    const MerklePreimage& map = *require(h.at(3), preimage, "preimage");
    const std::vector<Felt> hashes = open_preimage(h, map, h.id("node"), 2);
    set_scope(ctx, "left_hash", hashes[0]);
    set_scope(ctx, "right_hash", hashes[1]);
    const Relocatable hash_ptr = h.at(6).ctx().ids_pointer("current_hash");
    set_scope(ctx, "hash_ptr", hash_ptr);
    h.at(7).write(add(hash_ptr, member_offset(ctx, "HashBuiltin", "x", 0)), hashes[0]);
    h.at(8).write(add(hash_ptr, member_offset(ctx, "HashBuiltin", "y", 1)), hashes[1]);
    check_runner_defined(h.at(10));
    write_ap(h.at(16), decoded.case_name != "both");
  });
}

void patricia_decode(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* node = vars.get<UpdateTree>("node");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const Decoded decoded = decode_node(h.at(2), require(h, node, "node"));
    store_decoded(ctx, decoded);
    write_ap(h.at(3), decoded.case_name != "both");
  });
}

void patricia_edge_bit(PyHint& h) {
  const Relocatable edge = h.ctx().ids_address("edge");
  const MaybeRelocatable path =
      h.read(add(edge, member_offset(h.ctx(), "NodeEdge", "path", kEdgePath)));
  const MaybeRelocatable new_length = h.id("new_length");
  if (!path.is_felt() || !new_length.is_felt()) {
    h.raise("TypeError", "unsupported operand type(s) for >>: '" + std::string(py_type_name(path)) +
                             "' and '" + std::string(py_type_name(new_length)) + "'");
  }
  const BigInt shift = to_big(new_length.felt());
  BigInt bit = 0;
  if (shift < 256) bit = (to_big(path.felt()) >> static_cast<unsigned long>(shift.get_ui())) & 1;
  h.set_id("bit", bit);
}

void patricia_child_bit(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* found = vars.get<MerkleCase>("case");
  const auto* left = vars.get<UpdateTree>("left_child");
  const auto* right = vars.get<UpdateTree>("right_child");
  const auto* args = vars.get<PatriciaCommonArgs>("common_args");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const bool is_left = require(h.at(1), found, "case").name == "left";
    h.set_id("child_bit", BigInt(is_left ? 0 : 1));
    const UpdateTree new_node =
        is_left ? require(h.at(2), left, "left_child") : require(h.at(2), right, "right_child");
    set_scope(ctx, "new_node", new_node);
    enter_patricia_scope(h.at(3), new_node, args);
  });
}

void patricia_open_edge(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* preimage = vars.get<SharedPreimage>("preimage");
  if (vars.foreign() || runner_is_python(vars, kPatriciaRunner)) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    h.at(1).set_id("edge", MaybeRelocatable(ctx.vm.memory().add_segment()));
    const MerklePreimage& map = *require(h.at(2), preimage, "preimage");
    const MaybeRelocatable node = h.id("node");
    const std::vector<Felt> edge_values = open_preimage(h, map, node, 3);
    const Relocatable edge = ctx.ids_pointer("edge");
    h.write(add(edge, member_offset(ctx, "NodeEdge", "length", kEdgeLength)), edge_values[0]);
    h.write(add(edge, member_offset(ctx, "NodeEdge", "path", kEdgePath)), edge_values[1]);
    h.write(add(edge, member_offset(ctx, "NodeEdge", "bottom", kEdgeBottom)), edge_values[2]);
    const Relocatable hash_ptr = h.at(3).ctx().ids_pointer("hash_ptr");
    h.write(add(hash_ptr, member_offset(ctx, "HashBuiltin", "result", 2)),
            node.felt() - edge_values[0]);
    check_runner_defined(h.at(4));
  });
}

void patricia_edge_bottom_hash(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* preimage = vars.get<SharedPreimage>("preimage");
  if (vars.foreign() || runner_is_python(vars, kPatriciaRunner)) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const Relocatable edge = ctx.ids_address("edge");
    const MaybeRelocatable bottom =
        h.at(1).read(add(edge, member_offset(ctx, "NodeEdge", "bottom", kEdgeBottom)));
    const MerklePreimage& map = *require(h, preimage, "preimage");
    const std::vector<Felt> hashes = open_preimage(h, map, bottom, 2);
    const Relocatable hash_ptr = ctx.ids_pointer("hash_ptr");
    h.write(add(hash_ptr, member_offset(ctx, "HashBuiltin", "x", 0)), hashes[0]);
    h.write(add(hash_ptr, member_offset(ctx, "HashBuiltin", "y", 1)), hashes[1]);
    check_runner_defined(h.at(2));
  });
}

void patricia_descend(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* descent_map = vars.get<SharedDescentMap>("descent_map");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const DescentMap& map = *require(h.at(1), descent_map, "descent_map");
    const MaybeRelocatable height = h.id("height"), path = h.id("path");
    PatriciaDescend descend;
    if (height.is_felt() && path.is_felt()) {
      if (const auto it = map.find({height.felt(), path.felt()}); it != map.end()) {
        descend.value = it->second;
      }
    }
    const bool found = descend.value.has_value();
    set_scope(ctx, "descend", descend);
    write_ap(h.at(2), found);
  });
}

/// `<first>, ids.word = descend`.
template <bool ToSiblings>
void patricia_unpack_descend(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* descend = vars.get<PatriciaDescend>("descend");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const PatriciaDescend& value = require(h, descend, "descend");
    if (!value.value) h.raise("TypeError", "cannot unpack non-iterable NoneType object");
    if (ToSiblings) {
      h.write(ctx.ids_pointer("siblings"), value.value->first);
    } else {
      h.set_id("length", MaybeRelocatable(value.value->first));
    }
    h.set_id("word", MaybeRelocatable(value.value->second));
  });
}

void patricia_is_leaf_or_binary(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* preimage = vars.get<SharedPreimage>("preimage");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    if (id_is(h, "height", 0)) return write_ap(h, true);
    const MerklePreimage& map = *require(h, preimage, "preimage");
    const MaybeRelocatable node = h.id("node");
    const auto it = node.is_felt() ? map.find(node.felt()) : map.end();
    if (it == map.end()) h.raise("KeyError", node.to_repr());
    write_ap(h, it->second.size() == 2);
  });
}

void patricia_case_right_xor_bit(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* found = vars.get<MerkleCase>("case");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const BigInt is_right = require(h, found, "case").name == "right" ? 1 : 0;
    const MaybeRelocatable bit = h.id("bit");
    if (!bit.is_felt()) {
      h.raise("TypeError", "unsupported operand type(s) for ^: 'int' and 'RelocatableValue'");
    }
    h.write(h.vm().ap, BigInt(is_right ^ to_big(bit.felt())));
  });
}

/// new_node = left_child if ids.bit == <Bit> else right_child; vm_enter_scope(...).
template <int Bit>
void patricia_enter_by_bit(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* left = vars.get<UpdateTree>("left_child");
  const auto* right = vars.get<UpdateTree>("right_child");
  const auto* args = vars.get<PatriciaCommonArgs>("common_args");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    const bool take_left = id_is(h.at(1), "bit", Bit);
    const UpdateTree new_node =
        take_left ? require(h, left, "left_child") : require(h, right, "right_child");
    set_scope(ctx, "new_node", new_node);
    enter_patricia_scope(h.at(2), new_node, args);
  });
}

void patricia_enter_descend(const HintContext& ctx) {
  Vars vars(ctx);
  const auto* node = vars.get<UpdateTree>("node");
  const auto* args = vars.get<PatriciaCommonArgs>("common_args");
  if (vars.foreign()) return run_in_python(ctx);
  run_as_python(ctx, [&](PyHint& h) {
    UpdateTree new_node = require(h.at(1), node, "node");
    const BigInt length = h.at(2).id_int("length", "-");
    const MaybeRelocatable word = h.id("word");
    for (BigInt i = length - 1; i >= 0; --i) {
      h.at(3);
      if (!word.is_felt()) {
        h.raise("TypeError", "unsupported operand type(s) for >>: 'RelocatableValue' and 'int'");
      }
      if (!new_node || new_node->is_leaf) {
        const std::string type = !new_node ? "NoneType" : std::string(py_type_name(new_node->leaf));
        h.raise("TypeError", "'" + type + "' object is not subscriptable");
      }
      const bool bit =
          i < 256 && ((to_big(word.felt()) >> static_cast<unsigned long>(i.get_ui())) & 1) != 0;
      new_node = bit ? new_node->right : new_node->left;
      h.keep("i", i);
    }
    set_scope(ctx, "new_node", new_node);
    enter_patricia_scope(h.at(4), new_node, args);
  });
}

// clang-format off
constexpr std::array kMerkleHints = {
    NativeHint{
        "assert False, \"ec_op failed.\"",
        py<ec_op_failed>},
    NativeHint{
        "curr_m = ids.m\n"
        "for i in range(ids.M_MAX_BITS):\n"
        "    memory[ids.m_bit_unpacking + i] = curr_m % 2\n"
        "    curr_m = curr_m >> 1",
        py<ec_op_m_bit_unpacking>},
    NativeHint{
        "assert case == 'both'",
        assert_case<kBoth>},
    NativeHint{
        "assert case == 'leaf'",
        assert_case<kLeaf>},
    NativeHint{
        "from starkware.python.merkle_tree import build_update_tree\n"
        "\n"
        "# Build modifications list.\n"
        "modifications = []\n"
        "for i in range(ids.n_updates):\n"
        "    curr_update_ptr = ids.update_ptr.address_ + i * ids.DictAccess.SIZE\n"
        "    modifications.append((\n"
        "        memory[curr_update_ptr + ids.DictAccess.key],\n"
        "        memory[curr_update_ptr + ids.DictAccess.new_value]))\n"
        "\n"
        "node = build_update_tree(ids.height, modifications)\n"
        "del modifications\n"
        "__merkle_multi_update_skip_validation_runner = globals().get(\n"
        "    '__merkle_multi_update_skip_validation_runner', None)\n"
        "vm_enter_scope(dict(\n"
        "    node=node, preimage=preimage,\n"
        "    __merkle_multi_update_skip_validation_runner=\n"
        "        __merkle_multi_update_skip_validation_runner)\n"
        ")",
        multi_update_start},
    NativeHint{
        "if ids.height == 0:\n"
        "    assert node == ids.new_root, f'Expected node {ids.new_root}. Got {node}.'\n"
        "    case = 'leaf'\n"
        "else:\n"
        "    prev_left, prev_right = preimage[ids.prev_root]\n"
        "    new_left, new_right = preimage[ids.new_root]\n"
        "\n"
        "    from starkware.python.merkle_tree import decode_node\n"
        "    left_child, right_child, case = decode_node(node)\n"
        "\n"
        "    # Fill non deterministic hashes.\n"
        "    hash_ptr = ids.hash_ptr.address_\n"
        "    memory[hash_ptr + 0 * ids.HashBuiltin.SIZE + ids.HashBuiltin.x] = prev_left\n"
        "    memory[hash_ptr + 0 * ids.HashBuiltin.SIZE + ids.HashBuiltin.y] = prev_right\n"
        "    memory[hash_ptr + 1 * ids.HashBuiltin.SIZE + ids.HashBuiltin.x] = new_left\n"
        "    memory[hash_ptr + 1 * ids.HashBuiltin.SIZE + ids.HashBuiltin.y] = new_right\n"
        "\n"
        "    if __merkle_multi_update_skip_validation_runner is not None:\n"
        "        # Skip validation of the preimage dict to speed up the VM. Note that mistakes in the\n"
        "        # preimage dict will be discovered only in the prover.\n"
        "        __merkle_multi_update_skip_validation_runner.verified_addresses.add(\n"
        "            hash_ptr + 0 * ids.HashBuiltin.SIZE + ids.HashBuiltin.result)\n"
        "        __merkle_multi_update_skip_validation_runner.verified_addresses.add(\n"
        "            hash_ptr + 1 * ids.HashBuiltin.SIZE + ids.HashBuiltin.result)\n"
        "\n"
        "memory[ap] = int(case != 'right')",
        multi_update_node},
    NativeHint{
        "memory[ap] = int(case != 'left')",
        case_is_not<kLeft>},
    NativeHint{
        "vm_enter_scope(dict(\n"
        "    node=left_child, preimage=preimage,\n"
        "    __merkle_multi_update_skip_validation_runner=\n"
        "        __merkle_multi_update_skip_validation_runner)\n"
        ")",
        multi_enter_child<kLeft>},
    NativeHint{
        "vm_enter_scope(dict(\n"
        "    node=right_child, preimage=preimage,\n"
        "    __merkle_multi_update_skip_validation_runner=\n"
        "        __merkle_multi_update_skip_validation_runner)\n"
        ")",
        multi_enter_child<kRight>},
    NativeHint{
        "# Check that auth_path had the right number of elements.\n"
        "assert len(auth_path) == 0, 'Got too many values in auth_path.'",
        merkle_auth_path_empty},
    NativeHint{
        "# Hash hints.\n"
        "sibling = auth_path.pop()\n"
        "ids.prev_node_hash.x = sibling\n"
        "ids.new_node_hash.x = sibling",
        merkle_sibling<kMemberX>},
    NativeHint{
        "# Hash hints.\n"
        "sibling = auth_path.pop()\n"
        "ids.prev_node_hash.y = sibling\n"
        "ids.new_node_hash.y = sibling",
        merkle_sibling<kMemberY>},
    NativeHint{
        "memory[ap] = ids.index % 2",
        py<merkle_index_bit>},
    NativeHint{
        "assert case == 'right'",
        assert_case<kRight>},
    NativeHint{
        "descend = descent_map.get((ids.height, ids.path))\n"
        "memory[ap] = 0 if descend is None else 1",
        patricia_descend},
    NativeHint{
        "from starkware.cairo.common.patricia_utils import canonic, patricia_guess_descents\n"
        "from starkware.python.merkle_tree import build_update_tree\n"
        "\n"
        "# Build modifications list.\n"
        "modifications = []\n"
        "DictAccess_key = ids.DictAccess.key\n"
        "DictAccess_new_value = ids.DictAccess.new_value\n"
        "DictAccess_SIZE = ids.DictAccess.SIZE\n"
        "for i in range(ids.n_updates):\n"
        "    curr_update_ptr = ids.update_ptr.address_ + i * DictAccess_SIZE\n"
        "    modifications.append((\n"
        "        memory[curr_update_ptr + DictAccess_key],\n"
        "        memory[curr_update_ptr + DictAccess_new_value]))\n"
        "\n"
        "node = build_update_tree(ids.height, modifications)\n"
        "descent_map = patricia_guess_descents(\n"
        "    ids.height, node, preimage, ids.prev_root, ids.new_root)\n"
        "del modifications\n"
        "__patricia_skip_validation_runner = globals().get(\n"
        "    '__patricia_skip_validation_runner')\n"
        "\n"
        "common_args = dict(\n"
        "    preimage=preimage, descent_map=descent_map,\n"
        "    __patricia_skip_validation_runner=__patricia_skip_validation_runner)\n"
        "common_args['common_args'] = common_args",
        patricia_start},
    NativeHint{
        "from starkware.python.merkle_tree import decode_node\n"
        "left_child, right_child, case = decode_node(node)\n"
        "left_hash, right_hash = preimage[ids.node]\n"
        "\n"
        "# Fill non deterministic hashes.\n"
        "hash_ptr = ids.current_hash.address_\n"
        "memory[hash_ptr + ids.HashBuiltin.x] = left_hash\n"
        "memory[hash_ptr + ids.HashBuiltin.y] = right_hash\n"
        "\n"
        "if __patricia_skip_validation_runner:\n"
        "    # Skip validation of the preimage dict to speed up the VM. When this flag is set,\n"
        "    # mistakes in the preimage dict will be discovered only in the prover.\n"
        "    __patricia_skip_validation_runner.verified_addresses.add(\n"
        "        hash_ptr + ids.HashBuiltin.result)\n"
        "\n"
        "memory[ap] = int(case != 'both')",
        patricia_decode_and_hash},
    NativeHint{
        "from starkware.python.merkle_tree import decode_node\n"
        "left_child, right_child, case = decode_node(node)\n"
        "memory[ap] = 1 if case != 'both' else 0",
        patricia_decode},
    NativeHint{
        "from starkware.python.merkle_tree import decode_node\n"
        "left_child, right_child, case = decode_node(node)\n"
        "memory[ap] = int(case != 'both')",
        patricia_decode},
    NativeHint{
        "ids.bit = (ids.edge.path >> ids.new_length) & 1",
        py<patricia_edge_bit>},
    NativeHint{
        "ids.child_bit = 0 if case == 'left' else 1\n"
        "new_node = left_child if case == 'left' else right_child\n"
        "vm_enter_scope(dict(node=new_node, **common_args))",
        patricia_child_bit},
    NativeHint{
        "ids.edge = segments.add()\n"
        "ids.edge.length, ids.edge.path, ids.edge.bottom = preimage[ids.node]\n"
        "ids.hash_ptr.result = ids.node - ids.edge.length\n"
        "if __patricia_skip_validation_runner is not None:\n"
        "    # Skip validation of the preimage dict to speed up the VM. When this flag is set,\n"
        "    # mistakes in the preimage dict will be discovered only in the prover.\n"
        "    __patricia_skip_validation_runner.verified_addresses.add(\n"
        "        ids.hash_ptr + ids.HashBuiltin.result)",
        patricia_open_edge},
    NativeHint{
        "ids.hash_ptr.x, ids.hash_ptr.y = preimage[ids.edge.bottom]\n"
        "if __patricia_skip_validation_runner:\n"
        "    # Skip validation of the preimage dict to speed up the VM. When this flag is\n"
        "    # set, mistakes in the preimage dict will be discovered only in the prover.\n"
        "    __patricia_skip_validation_runner.verified_addresses.add(\n"
        "        ids.hash_ptr + ids.HashBuiltin.result)",
        patricia_edge_bottom_hash},
    NativeHint{
        "ids.length, ids.word = descend",
        patricia_unpack_descend<false>},
    NativeHint{
        "memory[ap] = 1 if ids.height == 0 or len(preimage[ids.node]) == 2 else 0",
        patricia_is_leaf_or_binary},
    NativeHint{
        "memory[ap] = int(case == 'right') ^ ids.bit",
        patricia_case_right_xor_bit},
    NativeHint{
        "memory[ids.siblings], ids.word = descend",
        patricia_unpack_descend<true>},
    NativeHint{
        "new_node = left_child if ids.bit == 0 else right_child\n"
        "vm_enter_scope(dict(node=new_node, **common_args))",
        patricia_enter_by_bit<0>},
    NativeHint{
        "new_node = left_child if ids.bit == 1 else right_child\n"
        "vm_enter_scope(dict(node=new_node, **common_args))",
        patricia_enter_by_bit<1>},
    NativeHint{
        "new_node = node\n"
        "for i in range(ids.length - 1, -1, -1):\n"
        "    new_node = new_node[(ids.word >> i) & 1]\n"
        "vm_enter_scope(dict(node=new_node, **common_args))",
        patricia_enter_descend},
    NativeHint{
        "vm_enter_scope(dict(node=left_child, **common_args))",
        patricia_enter<kLeftChild>},
    NativeHint{
        "vm_enter_scope(dict(node=node, **common_args))",
        patricia_enter<kNode>},
    NativeHint{
        "vm_enter_scope(dict(node=right_child, **common_args))",
        patricia_enter<kRightChild>},
    NativeHint{
        "# Compute the roots and the preimage dictionary.\n"
        "from starkware.cairo.common.small_merkle_tree import get_preimage_dictionary\n"
        "from starkware.python.math_utils import safe_div\n"
        "\n"
        "new_dict = __dict_manager.get_dict(ids.squashed_dict_end.address_)\n"
        "\n"
        "DICT_ACCESS_SIZE = ids.DictAccess.SIZE\n"
        "squashed_dict_start = ids.squashed_dict_start.address_\n"
        "squashed_dict_size = ids.squashed_dict_end.address_ - squashed_dict_start\n"
        "assert squashed_dict_size >= 0 and squashed_dict_size % DICT_ACCESS_SIZE == 0, \\\n"
        "    f'squashed_dict size must be non-negative and divisible by DictAccess.SIZE. ' \\\n"
        "    f'Found: {squashed_dict_size}.'\n"
        "squashed_dict_length = safe_div(squashed_dict_size, DICT_ACCESS_SIZE)\n"
        "\n"
        "# Compute the modifications backwards: from the new values to the previous values.\n"
        "modifications = []\n"
        "for i in range(squashed_dict_length):\n"
        "    key = memory[squashed_dict_start + i * DICT_ACCESS_SIZE + ids.DictAccess.key]\n"
        "    prev_value = memory[\n"
        "        squashed_dict_start + i * DICT_ACCESS_SIZE + ids.DictAccess.prev_value]\n"
        "    new_value = memory[\n"
        "        squashed_dict_start + i * DICT_ACCESS_SIZE + ids.DictAccess.new_value]\n"
        "    assert new_dict[key] == new_value, \\\n"
        "        f'Inconsistent dictionary values. Expected new value: {new_dict[key]}, ' \\\n"
        "        f'found: {new_value}'\n"
        "    modifications.append((key, prev_value))\n"
        "\n"
        "ids.new_root, ids.prev_root, preimage = get_preimage_dictionary(\n"
        "    initial_leaves=new_dict.items(),\n"
        "    modifications=modifications,\n"
        "    tree_height=ids.height,\n"
        "    default_leaf=0)",
        small_merkle_preimage},
    NativeHint{
        "vm_enter_scope({'__dict_manager': __dict_manager})",
        small_merkle_enter_scope},
};
// clang-format on

}  // namespace

std::span<const NativeHint> merkle_hints() {
  return kMerkleHints;
}

}  // namespace cairovm
