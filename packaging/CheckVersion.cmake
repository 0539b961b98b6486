# ctest helper: runs `EXE --version` and fails unless it exits 0 and prints exactly EXPECTED.
#   cmake -DEXE=<program> -DEXPECTED=<text> -P CheckVersion.cmake
execute_process(COMMAND ${EXE} --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(STRIP "${out}" out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${EXE} --version exited with ${rc}: ${err}")
endif()
if(NOT out STREQUAL EXPECTED)
    message(FATAL_ERROR "${EXE} --version printed '${out}', expected '${EXPECTED}' (project(VERSION) in CMakeLists.txt)")
endif()
message(STATUS "${out}")
