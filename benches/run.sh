#!/usr/bin/env bash
# The speed benchmark (issue 19): kasus on a register of N varied synthetic cases, each workload
# against a baseline in the same run. Not part of `cargo test`. From the repository:
#
#     bash benches/run.sh                 # 100,000 cases (about 1,000,000 step attempts)
#     bash benches/run.sh 1000000         # 1,000,000 cases: about 13 minutes on 2 CPUs, 8 GB of disk
#                                         # (and 6.5 GB of memory for the intake's row writer)
#     bash benches/run.sh 20000 --only overdue,show     # some workloads (names: see bench.py)
#     KASUS_BEFORE_REV=abbbe6b bash benches/run.sh      # also intake against the kasus of a commit
#     KASUS_BENCH_DIR=/big/disk bash benches/run.sh 1000000   # where the registers go (default /tmp)
#     bash benches/run.sh 10000 --pg postgresql://postgres@%2Frun%2Fpostgresql/postgres
#         # PostgreSQL against SQLite (issue 21, benches/pg.py): intake, compliance, export and
#         # case show on both engines; URL: a server database to create and drop databases from
#     KASUS_BENCH_BIN=/path/to/kasus bash benches/run.sh ...   # that binary, nothing built
#
# Prints, for each workload, kasus's time, the baseline's, the ratio, kasus's peak memory and the
# target (met or missed), then the same as a Markdown table (see bench.py).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v sqlite3 >/dev/null; then
    apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null
fi
if [ -z "${KASUS_BENCH_BIN:-}" ]; then
    cargo build --release --quiet
fi
# The intake's row writer (benches/row_writer.rs): its path for bench.py.
KASUS_ROW_WRITER="$(cargo build --release --quiet --bench row_writer --message-format=json |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "row_writer" and m.get("executable"):
        print(m["executable"])')"
export KASUS_ROW_WRITER
# --pg URL: kasus on PostgreSQL against kasus on SQLite (benches/pg.py N URL [--only ...]).
args=("${@:2}")
for i in "${!args[@]}"; do
    if [ "${args[$i]}" = "--pg" ]; then
        url="${args[$((i + 1))]:?--pg needs a URL}"
        unset 'args[i]' 'args[i+1]'
        exec python3 benches/pg.py "${1:-100000}" "$url" "${args[@]}"
    fi
done
# KASUS_BEFORE_REV=<commit>: also build that commit's kasus (in a temporary worktree) and compare
# intake with it (workload `before`).
if [ -n "${KASUS_BEFORE_REV:-}" ]; then
    before_dir="$(mktemp -d)"
    trap 'git worktree remove --force "$before_dir" >/dev/null 2>&1 || true' EXIT
    git worktree add --quiet --detach "$before_dir" "$KASUS_BEFORE_REV"
    CARGO_TARGET_DIR="$PWD/target/before" cargo build --release --quiet --manifest-path "$before_dir/Cargo.toml"
    export KASUS_BEFORE="$PWD/target/before/release/kasus"
fi
python3 benches/bench.py "${1:-100000}" "${@:2}"
