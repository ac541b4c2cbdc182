#!/usr/bin/env bash
# This bot alone: signed "/career skills" commands on loopback at a fixed rate, then at saturation.
# Usage: bench/load.sh [RATE=300] [SECONDS=20]
# For the comparison with the Bolt-JS peer (the figures that mean something on a shared machine), use
# bench/side-by-side.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE="${1:-300}"
SECONDS_TO_RUN="${2:-20}"
exec bench/side-by-side.sh --only java --workloads skills --rates "$RATE" \
  --seconds "$SECONDS_TO_RUN" --warmup 10
