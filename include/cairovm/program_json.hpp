// Loading a program from parsed JSON (an nlohmann::json), for hosts that already hold the
// compiled program as a JSON value (e.g. inside a larger request).
//
// Optional and header-only: include it only in a project that uses nlohmann/json itself. The
// library's interface stays free of nlohmann (its binary does not depend on the host's nlohmann
// version or options): the value is written back to text and loaded by Program::from_json_text,
// which costs one serialisation and one parse at load, not per run.
//
// Big integers: nlohmann's parser turns integers beyond 64 bits into doubles, and cairo-compile
// writes such integers as the values of constants (`SHIFT = 2 ** 128`, curve constants, ...).
// A double cannot give back the constant, so from_json refuses a program with one (ProgramError
// naming it) rather than load wrong values: load such a program from its text
// (Program::from_json_text, Program::from_file), which keeps every integer exactly.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cairovm/errors.hpp"
#include "cairovm/program.hpp"

namespace cairovm {

/// Loads a program from a parsed compiled program (cairo-compile's output as an nlohmann::json,
/// or any nlohmann::basic_json).
/// @throws ProgramError as Program::from_json_text does, and when a constant's value is a
///         floating-point number (an integer beyond 64 bits that the parser could not keep).
/// Thread safety: the value is only read.
template <class BasicJson>
Program program_from_json(const BasicJson& json) {
  if (json.is_object()) {
    if (const auto identifiers = json.find("identifiers");
        identifiers != json.end() && identifiers->is_object()) {
      for (const auto& [name, identifier] : identifiers->items()) {
        if (!identifier.is_object()) continue;
        const auto value = identifier.find("value");
        if (value != identifier.end() && value->is_number_float()) {
          throw ProgramError("Invalid compiled program: identifiers." + name +
                             ".value: a floating-point number (an integer beyond 64 bits that the "
                             "JSON parser did not keep); load the program from its text.");
        }
      }
    }
  }
  return Program::from_json_text(json.dump());
}

}  // namespace cairovm
