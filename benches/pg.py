#!/usr/bin/env python3
"""kasus on PostgreSQL against kasus on SQLite (issue 21): the same workloads on the same data in
both engines, as ratios. Called by benches/run.sh when given --pg (which builds kasus --release);
alone: python3 benches/pg.py N URL [--only W,W] [--keep DIR].

URL names a database of a PostgreSQL server on which the script may create and drop databases
(`postgresql://postgres@%2Frun%2Fpostgresql/postgres`); it needs `psql`. The databases it makes
are named pgbench_<pid>_* and dropped at the end, whatever happens.

Workloads (names for --only):
  intake      `intake --from` N cases (gen.py N) into an empty register: a SQLite file made by
              `kasus sop list` vs a PostgreSQL database made by `kasus sop list` (each run on a
              fresh copy: the file copied, the database created from it as a template)
  compliance  `report compliance --format csv` on the fixture (benches/fixture.py)
  export      `export steps --format csv` on the fixture (and rows/s)
  show        `case show NUMBER --format json` on the fixture, best of 20

The fixture is built on SQLite by fixture.py, then copied row for row into a PostgreSQL
register: `kasus sop list` makes the schema on an empty database, then one psql session, with
the triggers off (session_replication_role = replica, as a restore), truncates every table and
COPYs every table of the file into it (NULL as \\N, distinct from ''), moves the identity
sequences past the ids copied (as src/register/postgres/schema.rs's SYNC_IDENTITIES) and runs
ANALYZE. The copy's time is printed.

For every workload it prints kasus's time on SQLite, on PostgreSQL, the ratio PostgreSQL/SQLite
and kasus's peak memory on each (the client's: the server's own memory is not counted; read
by /usr/bin/time in one more run, apart from the timed ones). Times
are wall clock, best of several runs (see bench.timed), on a machine whose server shares the
CPUs with kasus.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benches"))
import bench  # noqa: E402
from bench import KASUS, MB, fmt_t, rm_db, run_once, timed, value  # noqa: E402

ROWS = []  # (workload, sqlite, pg, ratio, sqlite peak, pg peak)

SYNC_IDENTITIES = r"""
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND is_identity = 'YES'
    LOOP
        EXECUTE format(
            'SELECT setval(pg_get_serial_sequence(%L, %L), coalesce(max(%I), 0) + 1, false) FROM %I',
            c.table_name, c.column_name, c.column_name, c.table_name);
    END LOOP;
END
$$;
"""


def db_url(url, name):
    """The server URL with its database replaced by `name` (host, user, query kept)."""
    u = urllib.parse.urlsplit(url)
    q = urllib.parse.parse_qsl(u.query, keep_blank_values=True)
    if any(k == "dbname" for k, _ in q):
        q = [(k, name if k == "dbname" else v) for k, v in q]
        return urllib.parse.urlunsplit((u.scheme, u.netloc, u.path, urllib.parse.urlencode(q), u.fragment))
    return urllib.parse.urlunsplit((u.scheme, u.netloc, "/" + name, u.query, u.fragment))


def psql(url, text, out=subprocess.DEVNULL):
    p = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", url, "-c", text],
                       stdout=out, stderr=subprocess.PIPE)
    if p.returncode != 0:
        bench.fail(["psql", text], p.stderr.decode(errors="replace"))
    return p


def pg_value(url, text):
    return psql(url, text, subprocess.PIPE).stdout.decode().strip()


def copy_text(v):
    """A SQLite value in COPY's text form."""
    if v is None:
        return "\\N"
    if isinstance(v, bytes):
        return "\\\\x" + v.hex()
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_into(sqlite_path, url):
    """Every row of the SQLite register into the PostgreSQL register at url (its own rows
    replaced), in one psql session and one transaction; returns the rows copied."""
    import sqlite3
    src = sqlite3.connect(sqlite_path)
    src.text_factory = str
    tables = [r[0] for r in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
    p = subprocess.Popen(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url], stdin=subprocess.PIPE,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    w = p.stdin
    rows = 0
    try:
        w.write(b"SET session_replication_role = replica;\nBEGIN;\n")
        w.write(f"TRUNCATE {', '.join(tables)} CASCADE;\n".encode())
        for t in tables:
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({t})")]
            listed = ", ".join(f'"{c}"' for c in cols)
            w.write(f"COPY {t} ({listed}) FROM STDIN;\n".encode())
            cur = src.execute(f"SELECT {listed} FROM {t}")
            while True:
                batch = cur.fetchmany(10000)
                if not batch:
                    break
                rows += len(batch)
                w.write("".join("\t".join(copy_text(v) for v in r) + "\n" for r in batch).encode())
            w.write(b"\\.\n")
        w.write(SYNC_IDENTITIES.encode())
        w.write(b"COMMIT;\nANALYZE;\n")
        w.close()
    except BrokenPipeError:
        pass
    err = p.stderr.read()
    if p.wait() != 0:
        bench.fail(["psql (copy)", url], err.decode(errors="replace"))
    return rows


def peak_of(cmd, db):
    """kasus's own peak resident set size, from one more run under /usr/bin/time (a run
    from this script would report at least Python's own: Linux keeps the larger of the
    forking process's peak and the program's across exec)."""
    with tempfile.NamedTemporaryFile("r") as out:
        run_once(["/usr/bin/time", "-f", "%M", "-o", out.name] + cmd, db)
        return int(out.read().strip().splitlines()[-1]) * 1024


def report(name, s, g, s_peak, g_peak):
    ratio = g / s if s else float("inf")
    sm = f"{s_peak / MB:.0f} MB" if s_peak is not None else "-"
    gm = f"{g_peak / MB:.0f} MB" if g_peak is not None else "-"
    print(f"{name:<38} SQLite {fmt_t(s):>10}  PostgreSQL {fmt_t(g):>10}  PG/SQLite {ratio:5.2f}  "
          f"peak SQLite {sm:>6}  PG {gm:>6}", flush=True)
    ROWS.append((name, fmt_t(s), fmt_t(g), f"{ratio:.2f}", sm, gm))


def info(name, text):
    print(f"{name:<38} {text}", flush=True)
    ROWS.append((name, text, "", "", "", ""))


def main():
    args = sys.argv[1:]
    only, keep = None, None
    if "--only" in args:
        at = args.index("--only")
        only = set(args[at + 1].split(","))
        del args[at:at + 2]
    if "--keep" in args:
        at = args.index("--keep")
        keep = args[at + 1]
        del args[at:at + 2]
    if len(args) != 2:
        sys.exit("usage: python3 benches/pg.py N URL [--only intake,compliance,export,show] [--keep DIR]")
    n, server = int(args[0]), args[1]
    want = (lambda w: only is None or w in only)
    if not shutil.which("psql"):
        sys.exit("bench: psql is needed for --pg (Debian: apt-get install postgresql-client)")
    work = keep or tempfile.mkdtemp(prefix="kasus-pgbench-", dir=os.environ.get("KASUS_BENCH_DIR"))
    os.makedirs(work, exist_ok=True)
    made = []

    def create(name, template=None):
        psql(server, f"DROP DATABASE IF EXISTS {name}")
        psql(server, f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        if name not in made:
            made.append(name)
        return db_url(server, name)

    t_start = time.perf_counter()
    try:
        run(n, server, work, want, create)
    finally:
        for name in reversed(made):
            subprocess.run(["psql", "-X", "-q", "-d", server, "-c", f"DROP DATABASE IF EXISTS {name}"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nwhole run: {time.perf_counter() - t_start:.0f} s\n")
    print(f"| workload ({n:,} cases) | SQLite | PostgreSQL | PG / SQLite | peak memory SQLite | PostgreSQL (client) |")
    print("|---|---|---|---|---|---|")
    for name, s, g, r, sm, gm in ROWS:
        if not g:
            print(f"| {name.strip()} | {s} | | | | |")
        else:
            print(f"| {name.strip()} | {s} | {g} | {r} | {sm} | {gm} |")


def run(n, server, work, want, create):
    import re
    with open("/proc/cpuinfo") as f:
        m = re.search(r"model name\s*:\s*(.*)", f.read())
    cpu = m.group(1) if m else "?"
    server_v = pg_value(server, "SHOW server_version").split()[0]
    # The commit of the binary's checkout (KASUS_BENCH_BIN may name another worktree's).
    rev = subprocess.run(["git", "-C", os.path.dirname(os.path.realpath(KASUS)), "describe", "--always", "--dirty"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip() or "?"
    print(f"machine: {os.cpu_count()} CPUs, {cpu}; load {os.getloadavg()[0]:.1f}; PostgreSQL {server_v}; "
          f"kasus {KASUS} at {rev}; {n} cases; work dir {work}", flush=True)
    prefix = f"pgbench_{os.getpid()}"

    csv_path = os.path.join(work, "cases.csv")
    t = time.perf_counter()
    with open(csv_path, "w") as f:
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "gen.py"), str(n)], stdout=f, check=True)
    print(f"gen.py {n} cases: {time.perf_counter() - t:.1f} s, {os.path.getsize(csv_path) / MB:.0f} MB", flush=True)

    if want("intake"):
        empty = os.path.join(work, "empty.db")
        rm_db(empty)
        run_once([KASUS, "sop", "list"], empty)
        reg = os.path.join(work, "imported.db")

        def copy_empty():
            rm_db(reg)
            shutil.copy(empty, reg)

        s, _ = timed([KASUS, "intake", "--from", csv_path], db=reg, setup=copy_empty)
        copy_empty()
        s_peak = peak_of([KASUS, "intake", "--from", csv_path], reg)
        empty_pg = f"{prefix}_empty"
        run_once([KASUS, "sop", "list"], create(empty_pg))
        into = f"{prefix}_intake"
        into_url = db_url(server, into)
        g, _ = timed([KASUS, "intake", "--from", csv_path], db=into_url,
                     setup=lambda: create(into, empty_pg))
        create(into, empty_pg)
        g_peak = peak_of([KASUS, "intake", "--from", csv_path], into_url)
        got = pg_value(into_url, "SELECT count(*) FROM cases")
        if got != str(n) or value(reg, "SELECT count(*) FROM cases") != str(n):
            bench.fail(["intake"], f"{got} cases on PostgreSQL, {n} expected")
        report(f"intake --from {n} cases", s, g, s_peak, g_peak)
        rm_db(reg)
        rm_db(empty)

    if not any(want(w) for w in ("compliance", "export", "show")):
        return
    db = os.path.join(work, "fixture.db")
    t = time.perf_counter()
    p = subprocess.run([sys.executable, os.path.join(ROOT, "benches", "fixture.py"), str(n), db,
                        "--kasus", KASUS, "--csv", csv_path], stderr=subprocess.PIPE)
    if p.returncode != 0:
        bench.fail(["fixture.py"], p.stderr.decode(errors="replace"))
    for line in p.stderr.decode().strip().splitlines():
        print(line, flush=True)
    print(f"fixture: the whole fixture.py {time.perf_counter() - t:.1f} s", flush=True)
    os.remove(csv_path)
    fixture_pg = create(f"{prefix}_fixture")
    t = time.perf_counter()
    run_once([KASUS, "sop", "list"], fixture_pg)
    rows = copy_into(db, fixture_pg)
    print(f"fixture: copied {rows} rows into PostgreSQL (COPY, ANALYZE) in {time.perf_counter() - t:.1f} s; "
          f"database {pg_value(fixture_pg, 'SELECT pg_size_pretty(pg_database_size(current_database()))')}, "
          f"file {os.path.getsize(db) / MB:.0f} MB", flush=True)
    steps = int(value(db, "SELECT count(*) FROM step_attempts"))
    if pg_value(fixture_pg, "SELECT count(*) FROM step_attempts") != str(steps):
        bench.fail(["copy"], "the step attempts differ after the copy")

    def both(cmd, repeat=None, same=True):
        s, _ = timed(cmd, db=db, repeat=repeat)
        g, _ = timed(cmd, db=fixture_pg, repeat=repeat)
        s_peak, g_peak = peak_of(cmd, db), peak_of(cmd, fixture_pg)
        if same:
            a = subprocess.run(cmd, env=dict(bench.ENV, KASUS_DB=db), stdout=subprocess.PIPE).stdout
            b = subprocess.run(cmd, env=dict(bench.ENV, KASUS_DB=fixture_pg), stdout=subprocess.PIPE).stdout
            if a != b:
                info("    (output)", f"{' '.join(cmd[1:])}: the two outputs DIFFER ({len(a)} and {len(b)} bytes)")
        return s, g, s_peak, g_peak

    if want("compliance"):
        s, g, sp, gp = both([KASUS, "report", "compliance", "--format", "csv"])
        report(f"report compliance, {steps} attempts", s, g, sp, gp)
    if want("export"):
        s, g, sp, gp = both([KASUS, "export", "steps", "--format", "csv"])
        report(f"export steps csv, {steps} rows", s, g, sp, gp)
        info("    (export rate)", f"{steps / s / 1e6:.2f} M rows/s on SQLite, {steps / g / 1e6:.2f} M rows/s on PostgreSQL")
    if want("show"):
        number = value(db, f"SELECT number FROM cases WHERE id = {max(1, n // 2)}")
        s, g, sp, gp = both([KASUS, "case", "show", number, "--format", "json"], repeat=20)
        report(f"case show on {n} cases", s, g, sp, gp)
    rm_db(db)


if __name__ == "__main__":
    main()
