# Differential tests: one ctest test per program in cairo_programs/, named diff.<program>, that
# runs tools/difftest.py to compare cairovm with the reference cairo-run on that program.
#
# Labels: every test has `diff`; programs marked `// cairovm: needs-python` also get `python`
# and run when cairovm was built with Python hints (CAIROVM_PYTHON; without it the harness
# prints SKIP for them and ctest reports them as skipped); programs marked `// cairovm: slow`
# also get `slow` and run with --include-slow, so leave them out of routine runs with
# `ctest -LE slow` and run them with `ctest -L slow`. Every test runs with VIRTUAL_ENV set to the
# reference's venv, where cairovm's embedded Python finds `starkware` for the hints.
#
# With Python hints, programs that have hints also get diff_python_hints_only.<program>: the same
# comparison with cairovm --python_hints_only (labels `python` and `python_hints_only`, plus `slow`
# except for the programs about Python hints and dicts); run them all with
# `ctest -L python_hints_only`.
#
# Included from tests/CMakeLists.txt (the `tests` directory scope).

set(CAIROVM_DIFF_WORKDIR "${CMAKE_BINARY_DIR}/diff" CACHE PATH
    "Work directory of the differential tests: compiled programs and cached reference results")

set(_cairovm_diff_venv "${PROJECT_SOURCE_DIR}/.venv")
if(EXISTS "${_cairovm_diff_venv}")
  # A symlinked venv (a worktree sharing another checkout's): cairo-run runs from its real path,
  # so the embedded Python must see the same one, or the site-packages paths in Python
  # tracebacks differ.
  file(REAL_PATH "${_cairovm_diff_venv}" _cairovm_diff_venv)
endif()
if(NOT EXISTS "${_cairovm_diff_venv}/bin/cairo-run")
  message(STATUS "Differential tests disabled: ${_cairovm_diff_venv}/bin/cairo-run not found "
                 "(run tools/setup.sh to install the reference cairo-lang)")
  return()
endif()

find_program(CAIROVM_PYTHON3 NAMES python3 REQUIRED)

file(GLOB _cairovm_diff_programs CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/cairo_programs/*.cairo")
list(SORT _cairovm_diff_programs)

set(_cairovm_diff_count 0)
foreach(_program_file IN LISTS _cairovm_diff_programs)
  get_filename_component(_program "${_program_file}" NAME_WE)
  # Re-run the configure step when a program's directives change.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_program_file}")

  file(STRINGS "${_program_file}" _directives REGEX "^[ \t]*//[ \t]*cairovm:")
  set(_labels diff)
  set(_extra_args)
  set(_timeout 300)
  foreach(_directive IN LISTS _directives)
    if(_directive MATCHES "cairovm:[ \t]*needs-python([ \t(]|$)")
      list(APPEND _labels python)
      if(CAIROVM_PYTHON)
        list(APPEND _extra_args --include-python)
      endif()
    elseif(_directive MATCHES "cairovm:[ \t]*slow([ \t(]|$)")
      list(APPEND _labels slow)
      list(APPEND _extra_args --include-slow)
      set(_timeout 1800)
    endif()
  endforeach()

  add_test(
    NAME diff.${_program}
    COMMAND "${CAIROVM_PYTHON3}" "${PROJECT_SOURCE_DIR}/tools/difftest.py"
            --cairovm "$<TARGET_FILE:cairovm_cli>"
            --venv "${_cairovm_diff_venv}"
            --workdir "${CAIROVM_DIFF_WORKDIR}"
            ${_extra_args}
            "${_program}"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(diff.${_program} PROPERTIES
    LABELS "${_labels}"
    TIMEOUT ${_timeout}
    ENVIRONMENT "VIRTUAL_ENV=${_cairovm_diff_venv}"
    # Shared with diff_python_hints_only.<program>: both would fill the same reference cache.
    RESOURCE_LOCK "diff.${_program}"
    # The harness exits 0 when it skips the program (needs-python without --include-python);
    # report that as skipped rather than passed.
    SKIP_REGULAR_EXPRESSION "(^|\n)0 passed, 0 failed, 1 skipped")
  math(EXPR _cairovm_diff_count "${_cairovm_diff_count} + 1")

  # The same program with every hint forced through the embedded Python (--python_hints_only),
  # for the programs that can have hints (their own or the library's): the Python path held to
  # the reference. Labelled `python_hints_only` and `python`, and `slow` where the program is.
  file(STRINGS "${_program_file}" _hint_lines REGEX "(%\\{|^from starkware)")
  if(CAIROVM_PYTHON AND _hint_lines)
    # The whole forced set takes minutes (each run starts Python and loads cairo-lang): only the
    # programs about the Python hints and dicts stay in the default run, the others are `slow`.
    set(_forced_labels diff python python_hints_only)
    if("slow" IN_LIST _labels OR NOT _program MATCHES "(python|dict)")
      list(APPEND _forced_labels slow)
    endif()
    list(REMOVE_ITEM _extra_args --include-python)
    add_test(
      NAME diff_python_hints_only.${_program}
      COMMAND "${CAIROVM_PYTHON3}" "${PROJECT_SOURCE_DIR}/tools/difftest.py"
              --cairovm "$<TARGET_FILE:cairovm_cli>"
              --venv "${_cairovm_diff_venv}"
              --workdir "${CAIROVM_DIFF_WORKDIR}"
              --python-hints-only
              ${_extra_args}
              "${_program}"
      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
    set_tests_properties(diff_python_hints_only.${_program} PROPERTIES
      LABELS "${_forced_labels}"
      TIMEOUT ${_timeout}
      ENVIRONMENT "VIRTUAL_ENV=${_cairovm_diff_venv}"
      RESOURCE_LOCK "diff.${_program}"
      SKIP_REGULAR_EXPRESSION "(^|\n)0 passed, 0 failed, 1 skipped")
    math(EXPR _cairovm_diff_count "${_cairovm_diff_count} + 1")
  endif()
endforeach()

message(STATUS "Differential tests: ${_cairovm_diff_count} programs (work directory "
               "${CAIROVM_DIFF_WORKDIR})")
