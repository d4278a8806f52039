#!/usr/bin/env bash
# The README's test command: starts the services the tests use (each scripts/ci/NN-*.sh installs
# what is missing from Debian's packages — PostgreSQL, Chromium and its driver — and starts it;
# installing needs root), then builds everything and runs every module's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
for setup in scripts/ci/*.sh; do
  [ -e "$setup" ] || continue
  echo "test.sh: $setup"
  # shellcheck disable=SC1090
  source "$setup"
done
mvn -B -ntp install
