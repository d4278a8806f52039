#!/usr/bin/env bash
# The README's test command: builds everything and runs every module's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp install
