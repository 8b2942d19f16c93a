#!/usr/bin/env bash
# demo.sh -- set up everything on a fresh Debian machine, then run the main
# job: code the bundled sample articles and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh build
exec build/tocsin demo
