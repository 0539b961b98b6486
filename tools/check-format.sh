#!/usr/bin/env bash
# Fails if a C++ file in the tree is not formatted with .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h')
clang-format --dry-run -Werror $files
echo "formato correcto: $(echo "$files" | wc -w) archivos"
