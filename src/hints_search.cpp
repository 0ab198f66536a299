// Native hints of find_element.cairo, set.cairo, usort.cairo and the nondet conditions of
// builtin_poseidon/poseidon.cairo.
#include <array>
#include <map>

#include "hint_support.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

using namespace hint_support;

// Python's `a >= b` / `a == b` on memory values: ints compare as ints, a relocatable and an int
// are unordered (TypeError) and never equal.
bool greater_or_equal(PyHint& h, const MaybeRelocatable& a, const MaybeRelocatable& b) {
  if (a.is_felt() && b.is_felt()) return a.felt() >= b.felt();
  if (a.is_relocatable() && b.is_relocatable() &&
      a.relocatable().segment == b.relocatable().segment) {
    return a.relocatable().offset >= b.relocatable().offset;
  }
  h.raise("TypeError", "'>=' not supported between instances of '" + std::string(py_type_name(a)) +
                           "' and '" + std::string(py_type_name(b)) + "'");
}

// `assert isinstance(elm_size, int) and elm_size > 0` (lines `line`, `line` + 1).
std::uint64_t checked_elm_size(PyHint& h, int line) {
  const MaybeRelocatable elm_size = h.id("elm_size");
  const bool ok = elm_size.is_felt() && !elm_size.felt().is_zero();
  h.at(line).check(ok,
                   [&] { return "Invalid value for elm_size. Got: " + py_str(elm_size) + "."; });
  return elm_size.felt().to_u64().value_or(UINT64_MAX);
}

// `n_elms = ids.n_elms` and its checks, including `__find_element_max_size` if the scope has it.
BigInt checked_n_elms(PyHint& h, int line) {
  const MaybeRelocatable n_elms = h.id("n_elms");
  h.at(line + 1).check(n_elms.is_felt(),
                       [&] { return "Invalid value for n_elms. Got: " + py_str(n_elms) + "."; });
  const BigInt n = to_big(n_elms.felt());
  if (auto max_size = h.scope_int_if_present("__find_element_max_size")) {
    h.at(line + 4).check(n <= *max_size, [&] {
      return "find_element() can only be used with n_elms<=" + dec(*max_size) +
             ". Got: n_elms=" + dec(n) + ".";
    });
  }
  return n;
}

Relocatable element_address(PyHint& h, Relocatable array, std::uint64_t elm_size, const BigInt& i) {
  const BigInt offset = BigInt(static_cast<unsigned long>(elm_size)) * i;
  if (!offset.fits_slong_p()) {
    h.raise("ValueError", "The offset of a relocatable value must be nonnegative. Found: " +
                              array.to_string() + ".");
  }
  return add(array, offset.get_si());
}

// The same for a 64-bit index: the product in machine words (an mpz product, allocated and freed
// per element, cost more than the search itself).
Relocatable element_address(PyHint& h, Relocatable array, std::uint64_t elm_size, std::uint64_t i) {
  std::uint64_t offset = 0;
  if (__builtin_mul_overflow(elm_size, i, &offset) || offset > INT64_MAX) {
    return element_address(h, array, elm_size, BigInt(static_cast<unsigned long>(i)));  // raises
  }
  return add(array, static_cast<std::int64_t>(offset));
}

// A loop bound below n: n itself, or 2^64 - 1 for a larger n (whose loop fails long before,
// reading an unknown cell).
std::uint64_t loop_bound(const BigInt& n) {
  return n.fits_ulong_p() ? n.get_ui() : UINT64_MAX;
}

Relocatable array_pointer(PyHint& h) {
  h.at(1);
  return h.ctx().ids_pointer("array_ptr");
}

void search_sorted(PyHint& h, bool with_exists) {
  const Relocatable array = array_pointer(h);
  const std::uint64_t elm_size = checked_elm_size(h, 3);
  const BigInt n = checked_n_elms(h, 6);
  for (std::uint64_t i = 0; i < loop_bound(n); ++i) {
    const MaybeRelocatable value = h.at(15).read(element_address(h, array, elm_size, i));
    if (greater_or_equal(h, value, h.id("key"))) {
      h.at(16).set_id("index", BigInt(static_cast<unsigned long>(i)));
      if (with_exists) h.at(17).set_id("exists", BigInt(value == h.id("key") ? 1 : 0));
      return;
    }
  }
  h.at(with_exists ? 20 : 19).set_id("index", n);
  if (with_exists) h.at(21).set_id("exists", BigInt(0));
}

void search_sorted_lower(PyHint& h) {
  search_sorted(h, false);
}
void search_sorted_with_exists(PyHint& h) {
  search_sorted(h, true);
}

void find_element(PyHint& h) {
  const Relocatable array = array_pointer(h);
  const std::uint64_t elm_size = checked_elm_size(h, 3);
  const MaybeRelocatable key = h.at(5).id("key");
  if (auto index = h.scope_int_if_present("__find_element_index")) {
    h.at(8).set_id("index", *index);
    const MaybeRelocatable found = h.at(9).read(element_address(h, array, elm_size, *index));
    h.at(10).check(found == key, [&] {
      return "Invalid index found in __find_element_index. index: " + dec(*index) +
             ", expected key " + py_str(key) + ", found key: " + py_str(found) + ".";
    });
    h.scope().erase("__find_element_index");
    return;
  }
  const BigInt n = checked_n_elms(h, 16);
  for (std::uint64_t i = 0; i < loop_bound(n); ++i) {
    if (h.at(25).read(element_address(h, array, elm_size, i)) == key) {
      h.at(26).set_id("index", BigInt(static_cast<unsigned long>(i)));
      return;
    }
  }
  h.at(29).raise("ValueError", "Key " + py_str(key) + " was not found.");
}

// --- set.cairo

void set_add(PyHint& h) {
  const MaybeRelocatable elm_size = h.id("elm_size");
  h.at(1).check(elm_size.is_felt() && !elm_size.felt().is_zero());
  const Relocatable set_ptr = h.ctx().ids_pointer("set_ptr");
  const Relocatable set_end = h.ctx().ids_pointer("set_end_ptr");
  if (set_ptr.segment != set_end.segment) {
    h.at(2).raise("TypeError",
                  "'<=' not supported between instances of 'RelocatableValue' and "
                  "'RelocatableValue'");
  }
  h.at(2).check(set_ptr.offset <= set_end.offset);
  const std::uint64_t size = elm_size.felt().to_u64().value_or(UINT64_MAX);
  const Relocatable elm = h.ctx().ids_pointer("elm_ptr");
  std::vector<MaybeRelocatable> wanted;
  h.at(3);
  for (std::uint64_t k = 0; k < size; ++k) wanted.push_back(h.read(add(elm, k)));
  const std::uint64_t length = set_end.offset - set_ptr.offset;
  for (std::uint64_t i = 0; i < length; i += size) {
    bool equal = true;
    h.at(5);
    for (std::uint64_t k = 0; k < size && equal; ++k) {
      equal = h.read(add(set_ptr, i + k)) == wanted[k];
    }
    if (equal) {
      h.at(6).set_id("index", BigInt(static_cast<unsigned long>(i / size)));
      h.at(7).set_id("is_elm_in_set", BigInt(1));
      return;
    }
  }
  h.at(10).set_id("is_elm_in_set", BigInt(0));
}

// --- usort.cairo

// usort's Python objects, kept in the scope as C++ values (Python hints do not see them).
struct UsortPositions {
  std::map<Felt, std::vector<std::uint64_t>> positions;  // value -> its indices in the input
};
struct UsortStack {
  std::vector<std::uint64_t> positions;  // `positions`: the indices, last one first to pop
};

void usort_enter_scope(PyHint& h) {
  ScopeDict scope;
  // `globals().get('__usort_max_size')`; None is not kept.
  if (auto max = h.scope_int_if_present("__usort_max_size")) {
    scope.emplace("__usort_max_size", to_felt(*max));
  }
  h.vm().enter_scope(std::move(scope));
}

void usort_body(PyHint& h) {
  const Relocatable input = h.at(3).ctx().ids_pointer("input");
  const BigInt input_len = h.at(4).id_int("input_len", "int()");
  if (auto max = h.scope_int_if_present("__usort_max_size")) {
    h.at(6).check(input_len <= *max, [&] {
      return "usort() can only be used with input_len<=" + dec(*max) +
             ". Got: input_len=" + dec(input_len) + ".";
    });
  }
  UsortPositions dict;
  const std::uint64_t n = input_len.fits_ulong_p() ? input_len.get_ui() : UINT64_MAX;
  for (std::uint64_t i = 0; i < n; ++i) {
    const MaybeRelocatable value = h.at(13).read(add(input, i));
    if (!value.is_felt()) {
      h.at(16).raise("TypeError",
                     "'<' not supported between instances of 'RelocatableValue' and 'int'");
    }
    dict.positions[value.felt()].push_back(i);
  }
  h.keep("input_len", input_len);
  h.at(17).set_id("output_len", BigInt(static_cast<unsigned long>(dict.positions.size())));
  Memory& memory = h.vm().memory();
  const Relocatable output = memory.add_segment();
  std::uint64_t k = 0;
  for (const auto& [value, positions] : dict.positions) memory.insert(add(output, k++), value);
  h.at(18).set_id("output", MaybeRelocatable(output));
  const Relocatable multiplicities = memory.add_segment();
  k = 0;
  for (const auto& [value, positions] : dict.positions) {
    memory.insert(add(multiplicities, k++), Felt{positions.size()});
  }
  h.at(19).set_id("multiplicities", MaybeRelocatable(multiplicities));
  assign_scope(h.scope(), "positions_dict", std::move(dict));
}

UsortStack& usort_stack(PyHint& h) {
  auto it = h.scope().find("positions");
  if (it == h.scope().end()) h.raise("NameError", "name 'positions' is not defined");
  auto* stack = std::any_cast<UsortStack>(&it->second);
  if (stack == nullptr) h.raise("TypeError", "'positions' is not a list of positions");
  return *stack;
}

void usort_first_position(PyHint& h) {
  h.set_scope_int("last_pos", 0);
  auto it = h.scope().find("positions_dict");
  if (it == h.scope().end()) h.at(2).raise("NameError", "name 'positions_dict' is not defined");
  auto* dict = std::any_cast<UsortPositions>(&it->second);
  if (dict == nullptr) h.at(2).raise("TypeError", "'positions_dict' is not a usort dictionary");
  const MaybeRelocatable value = h.at(2).id("value");
  UsortStack stack;
  if (value.is_felt()) {
    // defaultdict: a missing key gives (and adds) an empty list.
    const auto& positions = dict->positions[value.felt()];
    stack.positions.assign(positions.rbegin(), positions.rend());
  }
  assign_scope(h.scope(), "positions", std::move(stack));
}

void usort_next_position(PyHint& h) {
  UsortStack& stack = usort_stack(h);
  if (stack.positions.empty()) h.raise("IndexError", "pop from empty list");
  const std::uint64_t current = stack.positions.back();
  stack.positions.pop_back();
  h.keep("current_pos", current);
  const BigInt last = h.at(2).scope_int("last_pos");
  h.set_id("next_item_index", BigInt(BigInt(static_cast<unsigned long>(current)) - last));
  h.at(3).set_scope_int("last_pos", BigInt(static_cast<unsigned long>(current + 1)));
}

void usort_positions_used(PyHint& h) {
  h.check(usort_stack(h).positions.empty());
}

// --- builtin_poseidon/poseidon.cairo: `nondet %{ ids.elements_end - ids.elements >= N %}`

void remaining_at_least(PyHint& h, std::uint64_t n) {
  const MaybeRelocatable end = h.id("elements_end"), start = h.id("elements");
  bool result;
  if (end.is_relocatable() && start.is_relocatable()) {
    if (end.relocatable().segment != start.relocatable().segment) {
      h.raise("AssertionError", "Can only subtract two relocatable values of the same segment (" +
                                    std::to_string(end.relocatable().segment) +
                                    " != " + std::to_string(start.relocatable().segment) + ").");
    }
    const auto diff =
        static_cast<std::int64_t>(end.relocatable().offset - start.relocatable().offset);
    result = diff >= static_cast<std::int64_t>(n);
  } else {
    h.raise("TypeError", "unsupported operand type(s) for -: '" + std::string(py_type_name(end)) +
                             "' and '" + std::string(py_type_name(start)) + "'");
  }
  h.write(h.vm().ap, result ? Felt::one() : Felt::zero());
}

void at_least_10_left(PyHint& h) {
  remaining_at_least(h, 10);
}
void at_least_2_left(PyHint& h) {
  remaining_at_least(h, 2);
}

constexpr std::array kSearchHints = {
    NativeHint{R"PY(array_ptr = ids.array_ptr
elm_size = ids.elm_size
assert isinstance(elm_size, int) and elm_size > 0, \
    f'Invalid value for elm_size. Got: {elm_size}.'

n_elms = ids.n_elms
assert isinstance(n_elms, int) and n_elms >= 0, \
    f'Invalid value for n_elms. Got: {n_elms}.'
if '__find_element_max_size' in globals():
    assert n_elms <= __find_element_max_size, \
        f'find_element() can only be used with n_elms<={__find_element_max_size}. ' \
        f'Got: n_elms={n_elms}.'

for i in range(n_elms):
    if memory[array_ptr + elm_size * i] >= ids.key:
        ids.index = i
        break
else:
    ids.index = n_elms)PY",
               py<search_sorted_lower>},
    NativeHint{R"PY(array_ptr = ids.array_ptr
elm_size = ids.elm_size
assert isinstance(elm_size, int) and elm_size > 0, \
    f'Invalid value for elm_size. Got: {elm_size}.'

n_elms = ids.n_elms
assert isinstance(n_elms, int) and n_elms >= 0, \
    f'Invalid value for n_elms. Got: {n_elms}.'
if '__find_element_max_size' in globals():
    assert n_elms <= __find_element_max_size, \
        f'find_element() can only be used with n_elms<={__find_element_max_size}. ' \
        f'Got: n_elms={n_elms}.'

for i in range(n_elms):
    if memory[array_ptr + elm_size * i] >= ids.key:
        ids.index = i
        ids.exists = 1 if memory[array_ptr + elm_size * i] == ids.key else 0
        break
else:
    ids.index = n_elms
    ids.exists = 0)PY",
               py<search_sorted_with_exists>},
    NativeHint{R"PY(array_ptr = ids.array_ptr
elm_size = ids.elm_size
assert isinstance(elm_size, int) and elm_size > 0, \
    f'Invalid value for elm_size. Got: {elm_size}.'
key = ids.key

if '__find_element_index' in globals():
    ids.index = __find_element_index
    found_key = memory[array_ptr + elm_size * __find_element_index]
    assert found_key == key, \
        f'Invalid index found in __find_element_index. index: {__find_element_index}, ' \
        f'expected key {key}, found key: {found_key}.'
    # Delete __find_element_index to make sure it's not used for the next calls.
    del __find_element_index
else:
    n_elms = ids.n_elms
    assert isinstance(n_elms, int) and n_elms >= 0, \
        f'Invalid value for n_elms. Got: {n_elms}.'
    if '__find_element_max_size' in globals():
        assert n_elms <= __find_element_max_size, \
            f'find_element() can only be used with n_elms<={__find_element_max_size}. ' \
            f'Got: n_elms={n_elms}.'

    for i in range(n_elms):
        if memory[array_ptr + elm_size * i] == key:
            ids.index = i
            break
    else:
        raise ValueError(f'Key {key} was not found.'))PY",
               py<find_element>},
    NativeHint{R"PY(assert ids.elm_size > 0
assert ids.set_ptr <= ids.set_end_ptr
elm_list = memory.get_range(ids.elm_ptr, ids.elm_size)
for i in range(0, ids.set_end_ptr - ids.set_ptr, ids.elm_size):
    if memory.get_range(ids.set_ptr + i, ids.elm_size) == elm_list:
        ids.index = i // ids.elm_size
        ids.is_elm_in_set = 1
        break
else:
    ids.is_elm_in_set = 0)PY",
               py<set_add>},
    NativeHint{"vm_enter_scope(dict(__usort_max_size = globals().get('__usort_max_size')))",
               py<usort_enter_scope>},
    NativeHint{R"PY(from collections import defaultdict

input_ptr = ids.input
input_len = int(ids.input_len)
if __usort_max_size is not None:
    assert input_len <= __usort_max_size, (
        f"usort() can only be used with input_len<={__usort_max_size}. "
        f"Got: input_len={input_len}."
    )

positions_dict = defaultdict(list)
for i in range(input_len):
    val = memory[input_ptr + i]
    positions_dict[val].append(i)

output = sorted(positions_dict.keys())
ids.output_len = len(output)
ids.output = segments.gen_arg(output)
ids.multiplicities = segments.gen_arg([len(positions_dict[k]) for k in output]))PY",
               py<usort_body>},
    NativeHint{R"PY(last_pos = 0
positions = positions_dict[ids.value][::-1])PY",
               py<usort_first_position>},
    NativeHint{R"PY(current_pos = positions.pop()
ids.next_item_index = current_pos - last_pos
last_pos = current_pos + 1)PY",
               py<usort_next_position>},
    NativeHint{"assert len(positions) == 0", py<usort_positions_used>},
    NativeHint{"memory[ap] = to_felt_or_relocatable(ids.elements_end - ids.elements >= 10)",
               py<at_least_10_left>},
    NativeHint{"memory[ap] = to_felt_or_relocatable(ids.elements_end - ids.elements >= 2)",
               py<at_least_2_left>},
};

}  // namespace

std::span<const NativeHint> search_hints() {
  return kSearchHints;
}

}  // namespace cairovm
