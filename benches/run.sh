#!/usr/bin/env bash
# The speed benchmark: kasus against the sqlite3 CLI on the same synthetic data, in the same run.
# Not part of `cargo test`. One command, from the repository:
#
#     bash benches/run.sh            # 100,000 cases, 1,000,000 step records
#     bash benches/run.sh 20000      # a smaller register (N cases, 10 N step records)
#
# Prints, for each workload, kasus's time, the baseline's time and the ratio (see bench.py).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v sqlite3 >/dev/null; then
    apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null
fi
cargo build --release --quiet
exec python3 benches/bench.py "${1:-100000}"
