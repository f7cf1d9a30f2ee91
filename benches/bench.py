#!/usr/bin/env python3
"""The speed benchmark of issue 19: kasus on a register of N varied synthetic cases, each
workload against a baseline run in the same session. Called by benches/run.sh (which builds kasus
--release and installs sqlite3); alone: python3 benches/bench.py N [--only W,W] [--keep DIR].

For every workload it prints kasus's time, the baseline's time, the ratio, kasus's peak memory
(the peak resident set size of the process, as `/usr/bin/time -v` reports it: both read the
child's rusage from wait4) and the target, met or missed. Every time is the best of several runs
(wall clock, process start included; fewer runs for slow workloads), with the output written to
/dev/null (not a terminal: tables as piped). The fixture (benches/fixture.py) is built once per
run; its build time is printed.

Workloads (names for --only):
  overdue      report overdue          vs the bare SQL query for running steps of open cases
  due          report due              vs the same query
  workload     report workload         vs the bare SQL count of open cases held per staff member
  summary      report summary --period 2026  vs a bare SQL count of cases per channel in 2026
  list         case list (table, --format csv, --format json)  vs sqlite3 -csv of cases and victims
  status       `kasus` alone at a terminal (a pseudo-terminal)  vs the running-steps query
  intake       intake --from N cases   vs `.import` of the CSV into one table, and vs the floor:
               the same rows copied by plain SQL into an empty register of kasus's schema, row
               by row (`INSERT ... SELECT ... WHERE 1`); the b-tree copy of SQLite's transfer
               optimization (no WHERE) printed beside it; and the row writer
               (benches/row_writer.rs, built by run.sh): the same rows written one INSERT a row,
               in kasus's order and table by table, no hook, no checks (time of the writing)
  check        kasus check, audit verify --data on the register just imported (every row audited)
               vs SQLite's own checks, and vs audit verify of the chain alone
  compliance   report compliance       vs a bare SQL aggregate (count, avg, max per SOP and step)
  window       report compliance       vs SQL with window functions (median, p90, on-time share)
  clock        report compliance, office clock vs every attempt on 24/7 (N <= 100,000 only)
  recompute    calendar recompute --from 2026-11-01 --dry-run: office vs 24/7 (N <= 100,000 only)
  export       export steps --format csv (rows/s)  vs sqlite3 -csv of the same query
  show         case show NUMBER        vs sqlite3 running the same lookups; /bin/true for reference
  before       intake vs the kasus of KASUS_BEFORE (only when run.sh built one: KASUS_BEFORE_REV)
  merge        merge of the imported register's bundle (N cases) into an empty register, and into
               one that already holds it, vs the same rows (and chain) copied by plain SQL
"""
import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benches"))
import fixture  # noqa: E402

KASUS = os.environ.get("KASUS_BENCH_BIN") or os.path.join(ROOT, "target", "release", "kasus")
MB = 1024 * 1024
ENV = dict(os.environ, KASUS_ACTOR="bench", KASUS_LANG="en", NO_COLOR="1", KASUS_NOW=fixture.FIXTURE_NOW,
           PAGER="cat", TERM="dumb")
ENV.pop("KASUS_DB", None)
ROWS = []  # (workload, kasus, baseline, ratio, peak memory, target, verdict)


def fail(cmd, err):
    sys.exit(f"bench: failed: {' '.join(cmd)}\n{err}")


def run_once(cmd, db=None, tty=False):
    """Runs cmd with its output to /dev/null (or a pseudo-terminal); returns (seconds, peak RSS bytes)."""
    env = dict(ENV, KASUS_DB=db) if db else ENV
    if tty:
        master, slave = pty.openpty()
        # A terminal of 50 rows and 160 columns (a new pseudo-terminal has 0 x 0).
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
        t = time.perf_counter()
        p = subprocess.Popen(cmd, env=env, stdin=slave, stdout=slave, stderr=slave, close_fds=True)
        os.close(slave)
        while True:
            r, _, _ = select.select([master], [], [], 60)
            if not r:
                p.kill()
                fail(cmd, "no output for 60 s at the pseudo-terminal")
            try:
                if not os.read(master, 65536):
                    break
            except OSError:
                break
        _, status, ru = os.wait4(p.pid, 0)
        e = time.perf_counter() - t
        os.close(master)
        if status != 0:
            fail(cmd, f"exit status {status}")
        return e, ru.ru_maxrss * 1024
    t = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    e = time.perf_counter() - t
    if status != 0:
        fail(cmd, err.decode(errors="replace"))
    return e, ru.ru_maxrss * 1024


def timed(cmd, db=None, setup=None, repeat=None, tty=False):
    """Best time of several runs (5 under a second, 3 under 10 s, else 2) and the peak memory."""
    best, peak, runs = None, 0, 0
    while True:
        if setup:
            setup()
        e, rss = run_once(cmd, db, tty)
        best = e if best is None else min(best, e)
        peak = max(peak, rss)
        runs += 1
        want = repeat or (5 if best < 1 else 3 if best < 10 else 2)
        if runs >= want:
            return best, peak


def sql(db, text, out=subprocess.DEVNULL):
    p = subprocess.run(["sqlite3", db, text], stdout=out, stderr=subprocess.PIPE)
    if p.returncode != 0:
        fail(["sqlite3", db], p.stderr.decode(errors="replace"))
    return p


def value(db, text):
    return sql(db, text, subprocess.PIPE).stdout.decode().strip()


def fmt_t(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def report(name, k, b, peak, target, ok, base_name="baseline"):
    ratio = k / b if b else float("inf")
    verdict = "met" if ok else "MISSED"
    mem = f"{peak / MB:.0f} MB" if peak is not None else "-"
    print(f"{name:<40} kasus {fmt_t(k):>10}  {base_name} {fmt_t(b):>10}  ratio {ratio:5.2f}  "
          f"peak {mem:>7}  target {target}: {verdict}", flush=True)
    ROWS.append((name, fmt_t(k), fmt_t(b), f"{ratio:.2f}", mem, target, verdict))
    return ratio


def info(name, text):
    print(f"{name:<40} {text}", flush=True)
    ROWS.append((name, text, "", "", "", "", ""))


def rm_db(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


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
    n = int(args[0]) if args else 100000
    small = n <= 100000
    want = (lambda w: only is None or w in only)
    work = keep or tempfile.mkdtemp(prefix="kasus-bench-", dir=os.environ.get("KASUS_BENCH_DIR"))
    os.makedirs(work, exist_ok=True)
    t_start = time.perf_counter()

    with open("/proc/cpuinfo") as f:
        m = re.search(r"model name\s*:\s*(.*)", f.read())
    cpu = m.group(1) if m else "?"
    sqlite_v = subprocess.run(["sqlite3", "--version"], stdout=subprocess.PIPE).stdout.decode().split()[0]
    rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE).stdout.decode().strip()
    print(f"machine: {os.cpu_count()} CPUs, {cpu}; load {os.getloadavg()[0]:.1f}; sqlite3 {sqlite_v}; "
          f"kasus at {rev}; {n} cases; work dir {work}", flush=True)

    csv_path = os.path.join(work, "cases.csv")
    t = time.perf_counter()
    with open(csv_path, "w") as f:
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "gen.py"), str(n)], stdout=f, check=True)
    print(f"gen.py {n} cases: {time.perf_counter() - t:.1f} s, {os.path.getsize(csv_path) / MB:.0f} MB", flush=True)
    with open(csv_path) as f:
        header = f.readline().strip().split(",")

    # ---- intake: kasus vs .import vs the floor, each into a fresh file ----
    empty = os.path.join(work, "empty.db")
    rm_db(empty)
    run_once([KASUS, "sop", "list"], empty)
    reg = os.path.join(work, "imported.db")

    def copy_empty(target=reg):
        rm_db(target)
        shutil.copy(empty, target)

    need_import = any(want(w) for w in ("intake", "check", "before", "merge"))
    if need_import:
        k, peak = timed([KASUS, "intake", "--from", csv_path], db=reg, setup=copy_empty)
    if want("intake"):
        cols = ", ".join(f"{c} {'INTEGER' if c == 'victim_age' else 'TEXT'}" for c in header)
        base = os.path.join(work, "import.db")
        b, _ = timed(["sqlite3", base, f"CREATE TABLE t({cols});", f".import --csv --skip 1 {csv_path} t"],
                     setup=lambda: rm_db(base))
        rm_db(base)
        # The floor: the rows kasus wrote (cases, persons, violence types, audit entries), copied
        # by plain SQL in one transaction into an empty register with kasus's schema and indexes,
        # row by row (`WHERE 1`: SQLite inserts each row and its index entries, as any writer of
        # new rows must). Without a WHERE, `INSERT INTO t SELECT * FROM s.t` between tables of
        # the same shape is SQLite's transfer optimization, which copies the b-trees' cells
        # without inserting rows; timed too and printed beside it. The floor writes with the
        # journal kasus writes a bulk intake with, SQLite's rollback journal (src/register/journal.rs:
        # kasus switches to it when alone with the register, as here); the same copy with the
        # register's WAL is printed beside it.
        floor = os.path.join(work, "floor.db")

        def floor_sql(where, journal="delete"):
            return f"""
            PRAGMA journal_mode = {journal};
            PRAGMA cache_size = -262144; ATTACH '{reg}' AS s; BEGIN IMMEDIATE;
            INSERT INTO cases SELECT * FROM s.cases {where};
            INSERT INTO persons SELECT * FROM s.persons {where};
            INSERT INTO case_violence SELECT * FROM s.case_violence {where};
            INSERT INTO audit SELECT * FROM s.audit WHERE seq > (SELECT coalesce(max(seq), 0) FROM main.audit);
            COMMIT;"""
        f_, _ = timed(["sqlite3", floor, floor_sql("WHERE 1")], setup=lambda: copy_empty(floor))
        x_, _ = timed(["sqlite3", floor, floor_sql("")], setup=lambda: copy_empty(floor))
        w_, _ = timed(["sqlite3", floor, floor_sql("WHERE 1", "wal")], setup=lambda: copy_empty(floor))
        rm_db(floor)
        people = value(reg, "SELECT count(*) FROM persons")
        report(f"intake --from {n} cases vs .import", k, b, peak, "<= 2.5, < 64 MB",
               k / b <= 2.5 and peak < 64 * MB, ".import")
        report(f"intake --from vs the floor", k, f_, peak, "<= 1.3", k / f_ <= 1.3, "floor  ")
        info("    (floor)", f"{people} persons; floor = {f_ / b:.2f} x .import; "
                          f"b-tree copy {fmt_t(x_)} (kasus = {k / x_:.2f} x that)")
        info("    (floor with the WAL)", f"{fmt_t(w_)} = {w_ / f_:.2f} x the floor "
                                         f"(kasus = {k / w_:.2f} x that)")
        # The row writer (benches/row_writer.rs): the same rows written one INSERT a row, as a
        # program that reads them from a file must, in kasus's order and in the floor's.
        writer = os.environ.get("KASUS_ROW_WRITER")
        if writer:
            for how, extra in (("kasus's order", []), ("table by table", ["--by-table"])):
                best = None
                for _ in range(3):
                    copy_empty(floor)
                    out = subprocess.run([writer, reg, floor] + extra, capture_output=True, text=True)
                    if out.returncode != 0:
                        fail([writer, reg, floor] + extra, out.stderr)
                    e = float(out.stdout.strip())
                    best = e if best is None else min(best, e)
                info(f"    (row writer, {how})", f"{fmt_t(best)} = {best / f_:.2f} x the floor "
                                                  f"(kasus = {k / best:.2f} x the row writer)")
            rm_db(floor)

    before = os.environ.get("KASUS_BEFORE")
    if before and want("before"):
        empty_before = os.path.join(work, "empty-before.db")
        run_once([before, "sop", "list"], empty_before)
        reg_before = os.path.join(work, "before.db")
        k_now, k_before = None, None
        for _ in range(2 if not small else 3):
            a, _ = timed([KASUS, "intake", "--from", csv_path], db=reg, setup=copy_empty, repeat=1)
            b, _ = timed([before, "intake", "--from", csv_path], db=reg_before,
                         setup=lambda: (rm_db(reg_before), shutil.copy(empty_before, reg_before)), repeat=1)
            k_now = a if k_now is None else min(k_now, a)
            k_before = b if k_before is None else min(k_before, b)
        report("intake, this kasus vs KASUS_BEFORE", k_now, k_before, None, "(printed)", True, "before ")
        rm_db(reg_before)
        rm_db(empty_before)

    if want("check"):
        k, peak = timed([KASUS, "check"], db=reg, repeat=1 if not small else None)
        b, _ = timed(["sqlite3", reg, "PRAGMA integrity_check; PRAGMA foreign_key_check;"], repeat=1 if not small else None)
        report(f"check, {n} cases just imported", k, b, peak, "(printed)", True, "SQLite ")
        k, peak = timed([KASUS, "audit", "verify", "--data"], db=reg, repeat=1 if not small else None)
        b, _ = timed([KASUS, "audit", "verify"], db=reg, repeat=1 if not small else None)
        report("audit verify --data vs the chain alone", k, b, peak, "(printed), < 64 MB", peak < 64 * MB, "chain  ")
    if want("merge"):
        # The imported register as another office's bundle, merged into a register that does not
        # hold it (every row new) and into one that does (every row identical, nothing written).
        bundle = os.path.join(work, "office.kasus")
        if os.path.exists(bundle):
            os.remove(bundle)
        run_once([KASUS, "bundle", "export", "--out", bundle], reg)
        # Another office's empty register (a copy of `empty` would be the bundle's own office).
        province = os.path.join(work, "province.db")
        rm_db(province)
        run_once([KASUS, "sop", "list"], province)

        def copy_province(target):
            rm_db(target)
            shutil.copy(province, target)

        into = os.path.join(work, "merged.db")
        k, peak = timed([KASUS, "merge", bundle], db=into, setup=lambda: copy_province(into),
                        repeat=1 if not small else 2)
        held = os.path.join(work, "held.db")
        copy_province(held)
        run_once([KASUS, "merge", bundle], held)
        k2, peak2 = timed([KASUS, "merge", bundle], db=held, repeat=1 if not small else 2)
        # The floor: the same rows and chain copied by plain SQL into an empty register.
        floor = os.path.join(work, "merge-floor.db")
        f_, _ = timed(["sqlite3", floor, f"""
            PRAGMA cache_size = -262144; ATTACH '{bundle}' AS s; BEGIN IMMEDIATE;
            INSERT INTO staff SELECT * FROM s.staff; INSERT INTO staff_roles SELECT * FROM s.staff_roles;
            INSERT INTO cases SELECT * FROM s.cases; INSERT INTO persons SELECT * FROM s.persons;
            INSERT INTO case_violence SELECT * FROM s.case_violence;
            INSERT INTO origin_audit SELECT 'x', seq, uuid, at, actor, action, case_uuid, details,
                prev_hash, hash, form FROM s.audit;
            COMMIT;"""], setup=lambda: copy_province(floor), repeat=1 if not small else 2)
        report(f"merge a bundle of {n} cases into an empty register", k, f_, peak, "(printed)", True, "SQL    ")
        report("merge the same bundle again (all identical)", k2, f_, peak2, "(printed)", True, "SQL    ")
        for path in (into, held, floor, province):
            rm_db(path)
        os.remove(bundle)
    rm_db(reg)
    rm_db(empty)

    # ---- the fixture: N cases by intake, steps and open work by SQL ----
    if not any(want(w) for w in ("overdue", "due", "workload", "summary", "list", "status", "compliance",
                                 "window", "clock", "recompute", "export", "show")):
        return finish(n, work, keep, t_start)
    db = os.path.join(work, "fixture.db")
    t = time.perf_counter()
    p = subprocess.run([sys.executable, os.path.join(ROOT, "benches", "fixture.py"), str(n), db,
                        "--kasus", KASUS, "--csv", csv_path], stderr=subprocess.PIPE)
    if p.returncode != 0:
        fail(["fixture.py"], p.stderr.decode(errors="replace"))
    built = time.perf_counter() - t
    for line in p.stderr.decode().strip().splitlines():
        print(line, flush=True)
    print(f"fixture: the whole fixture.py {built:.1f} s", flush=True)
    os.remove(csv_path)
    steps = int(value(db, "SELECT count(*) FROM step_attempts"))
    running = int(value(db, "SELECT count(*) FROM step_attempts WHERE status = 'running'"))
    mem64 = 64 * MB

    running_sql = """SELECT c.number, a.step_number, a.started_at, a.standard_max_secs, a.performer
        FROM step_attempts a JOIN cases c ON c.id = a.case_id
        WHERE a.status = 'running' AND c.status = 'open' ORDER BY a.started_at, c.id;"""
    if want("overdue"):
        k, peak = timed([KASUS, "report", "overdue"], db=db)
        b, _ = timed(["sqlite3", "-csv", db, running_sql])
        report(f"report overdue ({running} running)", k, b, peak, "< 100 ms, < 64 MB",
               k < 0.1 and peak < mem64)
    if want("due"):
        k, peak = timed([KASUS, "report", "due"], db=db)
        b, _ = timed(["sqlite3", "-csv", db, running_sql])
        report("report due", k, b, peak, "< 100 ms, < 64 MB", k < 0.1 and peak < mem64)
    if want("workload"):
        k, peak = timed([KASUS, "report", "workload"], db=db)
        b, _ = timed(["sqlite3", "-csv", db, """SELECT s.name, count(DISTINCT a.case_id)
            FROM staff s LEFT JOIN assignments a ON a.staff_id = s.id AND a.until_at IS NULL
            LEFT JOIN cases c ON c.id = a.case_id AND c.status = 'open'
            WHERE s.active = 1 GROUP BY s.id ORDER BY s.name;"""])
        report("report workload", k, b, peak, "< 64 MB", peak < mem64)
    if want("summary"):
        k, peak = timed([KASUS, "report", "summary", "--period", "2026"], db=db)
        b, _ = timed(["sqlite3", "-csv", db, """SELECT c.channel, c.is_child, p.sex, count(*),
            sum(c.closed_at IS NOT NULL) FROM cases c JOIN persons p ON p.case_id = c.id AND p.role = 'victim'
            WHERE c.reported_at >= '2025-12-31T17:00:00Z' AND c.reported_at < '2026-12-31T17:00:00Z'
            GROUP BY 1, 2, 3;"""])
        report("report summary --period 2026", k, b, peak, "< 64 MB", peak < mem64)
    if want("list"):
        list_sql = """SELECT c.number, c.status, v.code, c.reported_at, p.name, c.channel, c.urgency
            FROM cases c JOIN sop_versions v ON v.id = c.sop_version_id
            LEFT JOIN persons p ON p.case_id = c.id AND p.role = 'victim' ORDER BY c.id;"""
        b, _ = timed(["sqlite3", "-csv", db, list_sql])
        for label, extra in (("table piped", []), ("--format csv", ["--format", "csv"]),
                             ("--format json", ["--format", "json"])):
            k, peak = timed([KASUS, "case", "list"] + extra, db=db)
            report(f"case list ({label})", k, b, peak, "< 64 MB", peak < mem64)
    if want("status"):
        k, peak = timed([KASUS], db=db, tty=True)
        b, _ = timed(["sqlite3", "-csv", db, running_sql])
        report("status view (kasus at a terminal)", k, b, peak, "< 64 MB", peak < mem64)

    finished = """SELECT v.code, a.step_number, count(*), avg(a.elapsed_secs), max(a.elapsed_secs)
        FROM step_attempts a JOIN cases c ON c.id = a.case_id JOIN sop_versions v ON v.id = c.sop_version_id
        WHERE a.status = 'finished' GROUP BY v.code, a.step_number ORDER BY v.code, a.step_number;"""
    if want("compliance"):
        k, peak = timed([KASUS, "report", "compliance", "--format", "csv"], db=db)
        b, _ = timed(["sqlite3", "-csv", db, finished])
        report(f"report compliance, {steps} attempts", k, b, peak, "<= 2.0 x SQL aggregate", k / b <= 2.0)
    if want("window"):
        k, peak = timed([KASUS, "report", "compliance", "--format", "csv"], db=db)
        window = """
            WITH f AS (
                SELECT v.code AS code, a.step_number AS step, a.elapsed_secs AS e, a.standard_max_secs AS mx
                FROM step_attempts a JOIN cases c ON c.id = a.case_id JOIN sop_versions v ON v.id = c.sop_version_id
                WHERE a.status = 'finished'),
            r AS (
                SELECT code, step, e, mx, row_number() OVER (PARTITION BY code, step ORDER BY e) AS rn,
                       count(*) OVER (PARTITION BY code, step) AS n FROM f)
            SELECT code, step, max(n), avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN e END),
                   max(CASE WHEN rn = (9 * n + 9) / 10 THEN e END), max(e),
                   1.0 * sum(mx IS NOT NULL AND e <= mx) / nullif(sum(mx IS NOT NULL), 0)
            FROM r GROUP BY code, step ORDER BY code, step;"""
        b, _ = timed(["sqlite3", "-csv", db, window])
        report("report compliance vs SQL window functions", k, b, peak, "<= 0.5", k / b <= 0.5)

    if want("export"):
        export_sql = """
            SELECT sa.uuid, c.uuid, c.number, sa.step_number, sa.attempt, sa.status, sa.outcome,
                   sa.started_at, sa.finished_at, sa.elapsed_secs, sa.standard_min_secs, sa.standard_max_secs,
                   coalesce(ps.name, sa.performer), ps.uuid, sa.output, sa.note, sa.reason, sa.recorded_by,
                   sa.created_at, sa.updated_at, sa.clock, sa.wall_secs, sa.paused_secs
            FROM step_attempts sa JOIN cases c ON c.id = sa.case_id
            LEFT JOIN staff ps ON ps.id = sa.performer_staff_id ORDER BY sa.id;"""
        k, peak = timed([KASUS, "export", "steps", "--format", "csv"], db=db)
        b, _ = timed(["sqlite3", "-csv", "-header", db, export_sql])
        rate = steps / k
        report(f"export steps csv, {steps} rows", k, b, peak, ">= 1M rows/s, < 64 MB",
               rate >= 1e6 and peak < mem64, "sqlite3")
        info("    (export rate)", f"{rate / 1e6:.2f} M rows/s (kasus), {steps / b / 1e6:.2f} M rows/s (sqlite3 -csv)")

    if want("show"):
        number = value(db, f"SELECT number FROM cases WHERE id = {max(1, n // 2)}")
        k, peak = timed([KASUS, "case", "show", number, "--format", "json"], db=db, repeat=20)
        lookup = f"""
            SELECT * FROM cases WHERE number = '{number}' COLLATE NOCASE OR uuid = lower('{number}');
            SELECT * FROM sop_versions WHERE id = (SELECT sop_version_id FROM cases WHERE number = '{number}');
            SELECT * FROM persons WHERE case_id = (SELECT id FROM cases WHERE number = '{number}') ORDER BY id;
            SELECT type FROM case_violence WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
            SELECT * FROM consents WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
            SELECT * FROM assignments WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
            SELECT * FROM services WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
            SELECT * FROM step_attempts WHERE case_id = (SELECT id FROM cases WHERE number = '{number}') ORDER BY id;"""
        b, _ = timed(["sqlite3", "-json", db, lookup], repeat=20)
        report(f"case show on {n} cases", k, b, peak, "< 3 ms", k < 0.003, "sqlite3")
        t_, _ = timed(["/bin/true"], repeat=20)
        info("    (a bare process start)", f"/bin/true {fmt_t(t_)}")

    if small and (want("clock") or want("recompute")):
        # The same register with every attempt on the 24/7 clock, both compacted alike.
        db247 = os.path.join(work, "fixture247.db")
        shutil.copy(db, db247)
        sql(db247, "UPDATE step_attempts SET clock = '24/7', wall_secs = elapsed_secs WHERE status = 'finished'; VACUUM; ANALYZE;")
        office = os.path.join(work, "fixture-office.db")
        shutil.copy(db, office)
        sql(office, "VACUUM; ANALYZE;")
        if want("clock"):
            k_o, k_a = None, None
            for _ in range(3):
                o, _ = run_once([KASUS, "report", "compliance", "--format", "csv"], office)
                a, _ = run_once([KASUS, "report", "compliance", "--format", "csv"], db247)
                k_o = o if k_o is None else min(k_o, o)
                k_a = a if k_a is None else min(k_a, a)
            report("report compliance, office vs 24/7 clock", k_o, k_a, None, "<= 1.5", k_o / k_a <= 1.5, "24/7   ")
        if want("recompute"):
            cmd = [KASUS, "calendar", "recompute", "--from", "2026-11-01", "--dry-run", "--format", "json"]
            k, peak = timed(cmd, db=office, repeat=2)
            b, _ = timed(cmd, db=db247, repeat=2)
            report("calendar recompute Nov 2026, office/24/7", k, b, peak, "(printed)", True, "24/7   ")
        rm_db(db247)
        rm_db(office)
    rm_db(db)
    return finish(n, work, keep, t_start)


def finish(n, work, keep, t_start):
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nwhole run: {time.perf_counter() - t_start:.0f} s\n")
    print(f"| workload ({n:,} cases) | kasus | baseline | ratio | peak memory | target | |")
    print("|---|---|---|---|---|---|---|")
    for name, k, b, r, mem, target, verdict in ROWS:
        if not b:
            print(f"| {name.strip()} | {k} | | | | | |")
            continue
        v = "met" if verdict == "met" else "**missed**"
        print(f"| {name.strip()} | {k} | {b} | {r} | {mem} | {target} | {v} |")


if __name__ == "__main__":
    main()
