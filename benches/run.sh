#!/usr/bin/env bash
# The speed benchmark: kasus against the sqlite3 CLI on the same synthetic data, in the same run.
# Not part of `cargo test`. One command, from the repository:
#
#     bash benches/run.sh            # 100,000 cases, 1,000,000 step records
#     bash benches/run.sh 20000      # a smaller register (N cases, 10 N step records)
#     KASUS_BENCH_INTAKE_ONLY=1 KASUS_BEFORE_REV=abbbe6b bash benches/run.sh   # intake only: (a), (h)
#
# Prints, for each workload, kasus's time, the baseline's time and the ratio (see bench.py).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v sqlite3 >/dev/null; then
    apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null
fi
cargo build --release --quiet
# KASUS_BEFORE_REV=<commit>: also build that commit's kasus (in a temporary worktree) and compare
# intake with it (workload (h)).
if [ -n "${KASUS_BEFORE_REV:-}" ]; then
    before_dir="$(mktemp -d)"
    trap 'git worktree remove --force "$before_dir" >/dev/null 2>&1 || true' EXIT
    git worktree add --quiet --detach "$before_dir" "$KASUS_BEFORE_REV"
    CARGO_TARGET_DIR="$PWD/target/before" cargo build --release --quiet --manifest-path "$before_dir/Cargo.toml"
    export KASUS_BEFORE="$PWD/target/before/release/kasus"
fi
python3 benches/bench.py "${1:-100000}"
