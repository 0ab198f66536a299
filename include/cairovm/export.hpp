// Symbol visibility of the public API. cairovm is built with hidden symbols by default
// (-fvisibility=hidden); the public headers mark what the shared library exports.
#pragma once

/// Exports one declaration from the shared library.
#define CAIROVM_EXPORT __attribute__((visibility("default")))

/// Exports every declaration between CAIROVM_API_BEGIN and CAIROVM_API_END (a public header's
/// namespace body: classes, their friends and free functions).
#define CAIROVM_API_BEGIN _Pragma("GCC visibility push(default)")
#define CAIROVM_API_END _Pragma("GCC visibility pop")
