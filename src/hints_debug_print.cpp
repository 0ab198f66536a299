// Native debug-print hints that programs of other VMs' test suites carry: a felt, a named array
// and a named dict (the name a short string). They print to standard output what Python's print()
// prints.
#include <array>
#include <iostream>
#include <memory>
#include <string>

#include "dict_manager.hpp"
#include "hint_support.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

using hint_support::BigInt;
using hint_support::py;
using hint_support::PyHint;

// Python's repr() of a memory value inside a list.
std::string py_repr(const MaybeRelocatable& value) {
  if (value.is_felt()) return value.felt().to_dec_string();
  const Relocatable& address = value.relocatable();
  return "RelocatableValue(segment_index=" + std::to_string(address.segment) +
         ", offset=" + std::to_string(address.offset) + ")";
}

// The length of the UTF-8 sequence that starts with `byte` (0: not a start byte).
int utf8_length(unsigned char byte) {
  if (byte < 0x80) return 1;
  if (byte >= 0xC2 && byte <= 0xDF) return 2;
  if (byte >= 0xE0 && byte <= 0xEF) return 3;
  if (byte >= 0xF0 && byte <= 0xF4) return 4;
  return 0;
}

// `bytes.fromhex(f"{name:062x}").decode().replace('\x00', '')`.
std::string short_string(PyHint& h, const BigInt& name) {
  std::string digits = name.get_str(16);
  if (digits.size() < 62) digits.insert(0, 62 - digits.size(), '0');
  if (digits.size() % 2 != 0) {
    h.raise("ValueError", "non-hexadecimal number found in fromhex() arg at position " +
                              std::to_string(digits.size()));
  }
  std::string bytes;
  for (std::size_t i = 0; i < digits.size(); i += 2) {
    bytes += static_cast<char>(std::stoi(digits.substr(i, 2), nullptr, 16));
  }
  for (std::size_t i = 0; i < bytes.size();) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    const int length = utf8_length(byte);
    char where[96];
    if (length == 0) {
      std::snprintf(where, sizeof where, "can't decode byte 0x%02x in position %zu", byte, i);
      h.raise("UnicodeDecodeError", std::string("'utf-8' codec ") + where + ": invalid start byte");
    }
    for (int k = 1; k < length; ++k) {
      if (i + k >= bytes.size()) {
        std::snprintf(where, sizeof where, "can't decode byte 0x%02x in position %zu", byte, i);
        h.raise("UnicodeDecodeError",
                std::string("'utf-8' codec ") + where + ": unexpected end of data");
      }
      const auto next = static_cast<unsigned char>(bytes[i + k]);
      if ((next & 0xC0) != 0x80) {
        std::snprintf(where, sizeof where, "can't decode byte 0x%02x in position %zu", byte, i);
        h.raise("UnicodeDecodeError",
                std::string("'utf-8' codec ") + where + ": invalid continuation byte");
      }
    }
    i += static_cast<std::size_t>(length);
  }
  std::string text;
  for (char c : bytes) {
    if (c != '\0') text += c;
  }
  return text;
}

// `[memory[ptr + i] for i in range(size)]` as Python prints it.
std::string memory_list(PyHint& h, Relocatable ptr, const BigInt& size) {
  std::string text = "[";
  for (BigInt i = 0; i < size; ++i) {
    if (i > 0) text += ", ";
    text += py_repr(h.read(add(ptr, hint_support::to_felt(i))));
  }
  return text + "]";
}

void print_felt(PyHint& h) {
  std::cout << hint_support::py_str(h.id("x")) << "\n";
}

void print_array(PyHint& h) {
  std::cout << short_string(h, h.id_int("name", "format")) << "\n";
  const Relocatable arr = h.at(2).ctx().ids_pointer("arr");
  std::cout << memory_list(h, arr, h.id_int("arr_len", "range")) << "\n";
}

void print_dict(PyHint& h) {
  auto it = h.scope().find("__dict_manager");
  std::shared_ptr<DictManager>* manager =
      it == h.scope().end() ? nullptr : std::any_cast<std::shared_ptr<DictManager>>(&it->second);
  if (it != h.scope().end() && manager == nullptr) {
    // The reference's own DictManager, made by a Python hint: only Python can read it.
    h.vm().run_hint_in_python(h.ctx().hint);
    return;
  }
  std::cout << short_string(h, h.id_int("name", "format")) << "\n";
  if (manager == nullptr) h.at(2).raise("NameError", "name '__dict_manager' is not defined");
  const DictTracker& tracker = (*manager)->get_tracker(h.at(2).ctx().ids_pointer("dict_ptr"));
  std::string text = "{";
  bool first = true;
  for (const auto& [key, value] : tracker.data.entries()) {
    if (!first) text += ", ";
    first = false;
    text += py_repr(key) + ": ";
    text += value.is_felt()
                ? py_repr(value)
                : memory_list(h.at(4), value.relocatable(), h.id_int("pointer_size", "range"));
  }
  std::cout << text << "}\n";
}

constexpr std::array kDebugPrintHints = {
    NativeHint{"print(ids.x)", py<print_felt>},
    NativeHint{"print(bytes.fromhex(f\"{ids.name:062x}\").decode().replace('\\x00',''))\n"
               "arr = [memory[ids.arr + i] for i in range(ids.arr_len)]\n"
               "print(arr)",
               py<print_array>},
    NativeHint{"print(bytes.fromhex(f\"{ids.name:062x}\").decode().replace('\\x00',''))\n"
               "data = __dict_manager.get_dict(ids.dict_ptr)\n"
               "print(\n"
               "    {k: v if isinstance(v, int) else [memory[v + i] for i in "
               "range(ids.pointer_size)] for k, v in data.items()}\n"
               ")",
               py<print_dict>},
};

}  // namespace

std::span<const NativeHint> debug_print_hints() {
  return kDebugPrintHints;
}

}  // namespace cairovm
