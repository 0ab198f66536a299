// Scope variables of the Merkle and Patricia hints (merkle_update.cairo, merkle_multi_update.cairo,
// small_merkle_tree.cairo, patricia.cairo, patricia_with_sponge.cairo) in native form: the update
// tree of starkware/python/merkle_tree.py's build_update_tree, the preimage dictionary, the
// Patricia descent map, and the values derived from them (`case`, `descend`, `common_args`).
//
// They live in the one scope store under the reference's names. A variable that holds a Python
// object instead (a program's own hint set `preimage`, or the hint that started the traversal
// ran in Python) makes the hints that read it run their Python code: a traversal runs natively
// or in Python as a whole, decided by its first hint.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cairovm/felt.hpp"
#include "cairovm/relocatable.hpp"

namespace cairovm {

struct UpdateTreeNode;
/// build_update_tree's tree: nullptr is None; a node is a leaf (the modification's value) or a
/// pair of subtrees.
using UpdateTree = std::shared_ptr<const UpdateTreeNode>;

struct UpdateTreeNode {
  bool is_leaf = false;
  MaybeRelocatable leaf;  // when is_leaf
  UpdateTree left, right;
};

/// `preimage`: node hash -> its children (left, right) for a binary node, or (length, path,
/// bottom) for a Patricia edge node. Read-only once made, so scopes share it.
using MerklePreimage = std::map<Felt, std::vector<Felt>>;
using SharedPreimage = std::shared_ptr<const MerklePreimage>;

/// patricia_utils.get_descents: (height, path) -> (length, word).
using DescentMap = std::map<std::pair<Felt, Felt>, std::pair<Felt, Felt>>;
using SharedDescentMap = std::shared_ptr<const DescentMap>;

/// decode_node's `case`: "left", "right", "both", or merkle_multi_update's "leaf".
struct MerkleCase {
  std::string name;
};

/// `descend = descent_map.get((height, path))`: nullopt is None.
struct PatriciaDescend {
  std::optional<std::pair<Felt, Felt>> value;
};

/// The reference's `None` for a skip-validation runner that the program did not set
/// (`__patricia_skip_validation_runner`, `__merkle_multi_update_skip_validation_runner`).
struct NoSkipValidationRunner {};

/// patricia's `common_args`: what every scope of the traversal gets (the runner is None).
struct PatriciaCommonArgs {
  SharedPreimage preimage;
  SharedDescentMap descent_map;
};

}  // namespace cairovm
