#!/usr/bin/env python3
"""Runs the four workloads of issue 5 and prints kasus's time, sqlite3's time on the same data
in the same run, and the ratio. Every figure is the best of several runs (wall clock, including
process start). Called by benches/run.sh, which installs sqlite3 and builds kasus --release.

  (a) intake --from of N cases vs `.import` of the same CSV into one typed table
  (b) report compliance over 10 N step records vs one SQL query with window functions
  (c) export steps --format csv vs `sqlite3 -csv` of the same query (and kasus's peak memory)
  (d) case show on a register of N cases vs sqlite3 running the same lookups
  (e) report compliance over 10 N step records on the office clock vs the same on the 24/7 clock
  (f) calendar recompute (working time measured again for every attempt), office vs 24/7
  (g) kasus check and audit verify --data on the N cases just imported (every row audited) vs
      SQLite's own checks, and vs audit verify of the chain alone
  With KASUS_BENCH_INTAKE_ONLY=1, only (a) and (h) run.
  (h) only with KASUS_BEFORE (a kasus binary from before the row hashes; run.sh builds it from
      KASUS_BEFORE_REV): intake --from with the row hashes in the chain vs without
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KASUS = os.path.join(ROOT, "target", "release", "kasus")
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
W = tempfile.mkdtemp(prefix="kasus-bench-")
ENV = dict(os.environ, KASUS_ACTOR="bench", KASUS_LANG="en", NO_COLOR="1",
           KASUS_NOW="2026-06-01T12:00:00+07:00")
ENV.pop("KASUS_DB", None)


def run(cmd, db=None, stdout=subprocess.DEVNULL, check=True):
    env = dict(ENV, KASUS_DB=db) if db else ENV
    p = subprocess.run(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, check=False)
    if check and p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')}")
    return p


def timed(cmd, db=None, repeat=3, setup=None):
    best = None
    for _ in range(repeat):
        if setup:
            setup()
        t = time.perf_counter()
        run(cmd, db)
        e = time.perf_counter() - t
        best = e if best is None else min(best, e)
    return best


def sql(db, text, out=subprocess.DEVNULL):
    return run(["sqlite3", db, text], stdout=out)


def fresh_register(path, kasus=KASUS):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    run([kasus, "sop", "list"], db=path)


def line(name, k, b, target):
    ratio = k / b if b else float("inf")
    print(f"{name:<44} kasus {k:8.3f} s   sqlite3 {b:8.3f} s   ratio {ratio:5.2f}   target {target}")
    return ratio


def main():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        m = re.search(r"model name\s*:\s*(.*)", f.read())
        cpu = m.group(1) if m else "?"
    sqlite_v = run(["sqlite3", "--version"], stdout=subprocess.PIPE).stdout.decode().split()[0]
    print(f"machine: {os.cpu_count()} CPUs, {cpu}; sqlite3 {sqlite_v}; {N} cases; work dir {W}")

    csv_path = os.path.join(W, "cases.csv")
    with open(csv_path, "w") as f:
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "gen.py"), str(N)], stdout=f, check=True)
    with open(csv_path) as f:
        header = f.readline().strip().split(",")

    # (a) bulk intake vs .import into one typed table of the same columns
    reg = os.path.join(W, "register.db")
    empty = os.path.join(W, "empty.db")
    fresh_register(empty)

    def copy_empty():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(reg + suffix):
                os.remove(reg + suffix)
        shutil.copy(empty, reg)

    k = timed([KASUS, "intake", "--from", csv_path], db=reg, setup=copy_empty)
    cols = ", ".join(f"{c} {'INTEGER' if c == 'victim_age' else 'TEXT'}" for c in header)
    base = os.path.join(W, "import.db")

    def rm_base():
        if os.path.exists(base):
            os.remove(base)

    b = timed(["sqlite3", base, f"CREATE TABLE t({cols});", f".import --csv --skip 1 {csv_path} t"], setup=rm_base)
    line(f"(a) intake --from {N} cases vs .import", k, b, "<= 1.5")

    # (h) the same intake by the kasus from before the row hashes, alternately with this one,
    # each into its own empty register (the older kasus refuses a newer schema).
    before = os.environ.get("KASUS_BEFORE")
    if before:
        empty_before = os.path.join(W, "empty-before.db")
        fresh_register(empty_before, before)
        reg_before = os.path.join(W, "register-before.db")

        def copy_empty_before():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(reg_before + suffix):
                    os.remove(reg_before + suffix)
            shutil.copy(empty_before, reg_before)

        k_now, k_before = None, None
        for _ in range(3):
            n_ = timed([KASUS, "intake", "--from", csv_path], db=reg, setup=copy_empty, repeat=1)
            b_ = timed([before, "intake", "--from", csv_path], db=reg_before, setup=copy_empty_before, repeat=1)
            k_now = n_ if k_now is None else min(k_now, n_)
            k_before = b_ if k_before is None else min(k_before, b_)
        r = k_now / k_before if k_before else float("inf")
        print(f"{'(h) intake, row hashes vs before':<44} now {k_now:9.3f} s   before {k_before:6.3f} s   ratio {r:5.2f}   target <= 1.10")

    if os.environ.get("KASUS_BENCH_INTAKE_ONLY"):
        return

    # (g) the checks on the register just imported: every row audited (cases, persons,
    # violence types, one entry each case). Baselines: SQLite's integrity and foreign-key
    # checks alone, and the chain alone.
    checked = os.path.join(W, "checked.db")
    shutil.copy(reg, checked)
    k = timed([KASUS, "check"], db=checked)
    b = timed(["sqlite3", checked, "PRAGMA integrity_check; PRAGMA foreign_key_check;"])
    line(f"(g) check, {N} cases vs SQLite's checks", k, b, "(printed)")
    k = timed([KASUS, "audit", "verify", "--data"], db=checked)
    b = timed([KASUS, "audit", "verify"], db=checked)
    r = k / b if b else float("inf")
    print(f"{'    audit verify --data vs the chain alone':<44} --data {k:7.3f} s   chain {b:8.3f} s   ratio {r:5.2f}")
    if os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-v", KASUS, "audit", "verify", "--data"],
                           env=dict(ENV, KASUS_DB=checked), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr.decode())
        if m:
            print(f"    kasus audit verify --data: peak memory {int(m.group(1)) / 1024:.1f} MB")
    os.remove(checked)

    # The floor under (a): the rows kasus wrote, copied by plain SQL (one transaction, no
    # parsing, checking or hashing) into an empty register of the same schema and indexes.
    floor = os.path.join(W, "floor.db")

    def copy_floor():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(floor + suffix):
                os.remove(floor + suffix)
        shutil.copy(empty, floor)

    f = timed(["sqlite3", floor, f"""
        PRAGMA cache_size = -262144; ATTACH '{reg}' AS s; BEGIN IMMEDIATE;
        INSERT INTO cases SELECT * FROM s.cases; INSERT INTO persons SELECT * FROM s.persons;
        INSERT INTO case_violence SELECT * FROM s.case_violence;
        INSERT INTO audit SELECT * FROM s.audit WHERE seq > (SELECT coalesce(max(seq), 0) FROM main.audit);
        COMMIT;"""], setup=copy_floor)
    print(f"    floor: the same rows by INSERT ... SELECT into kasus's schema {f:8.3f} s = {f / b:.2f} x .import")

    # The fixture for (b)-(d): 10 step records per case, inserted by SQL (a benchmark fixture,
    # not something kasus would write: no audit entries).
    sql(reg, """
        WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 9)
        INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status, outcome, started_at,
            finished_at, elapsed_secs, standard_min_secs, standard_max_secs, performer, recorded_by,
            created_at, updated_at, clock, wall_secs, paused_secs, calendar_version)
        SELECT lower(hex(randomblob(16))), c.id, k.n % 5 + 1, k.n / 5 + 1, 'finished', 'done',
               c.reported_at, c.reported_at, abs(random() % 7200), 300, 1800, 'Petugas Contoh',
               'bench', c.reported_at, c.reported_at, 'office', abs(random() % 14400), 0, 0
        FROM cases c, k;
        UPDATE step_attempts SET wall_secs = max(wall_secs, elapsed_secs);""")
    sql(reg, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")
    steps = int(run(["sqlite3", reg, "SELECT count(*) FROM step_attempts"], stdout=subprocess.PIPE).stdout)

    # (b) report compliance vs window functions
    k = timed([KASUS, "report", "compliance", "--format", "csv"], db=reg)
    window = """
        WITH f AS (
            SELECT v.code AS code, a.step_number AS step, a.elapsed_secs AS e, a.standard_max_secs AS mx
            FROM step_attempts a JOIN cases c ON c.id = a.case_id JOIN sop_versions v ON v.id = c.sop_version_id
            WHERE a.status = 'finished'),
        r AS (
            SELECT code, step, e, mx,
                   row_number() OVER (PARTITION BY code, step ORDER BY e) AS rn,
                   count(*) OVER (PARTITION BY code, step) AS n
            FROM f)
        SELECT code, step, max(n) AS count,
               avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN e END) AS median,
               max(CASE WHEN rn = (9 * n + 9) / 10 THEN e END) AS p90,
               max(e) AS max,
               1.0 * sum(mx IS NOT NULL AND e <= mx) / nullif(sum(mx IS NOT NULL), 0) AS on_time_share
        FROM r GROUP BY code, step ORDER BY code, step;"""
    b = timed(["sqlite3", "-csv", reg, window])
    line(f"(b) report compliance, {steps} step records", k, b, "<= 0.5")

    # (e) the same report on office time against the 24/7 clock (issue 12): the same register
    # with every attempt on the office clock, then on 24/7 (both compacted the same way), timed
    # alternately. The ratio is office / 24/7.
    reg247 = os.path.join(W, "register247.db")
    shutil.copy(reg, reg247)
    sql(reg247, "UPDATE step_attempts SET clock = '24/7', wall_secs = elapsed_secs; VACUUM; ANALYZE;")
    k_office, k247 = None, None
    for _ in range(3):
        o = timed([KASUS, "report", "compliance", "--format", "csv"], db=reg, repeat=1)
        a = timed([KASUS, "report", "compliance", "--format", "csv"], db=reg247, repeat=1)
        k_office = o if k_office is None else min(k_office, o)
        k247 = a if k247 is None else min(k247, a)
    r = k_office / k247 if k247 else float("inf")
    print(f"{'(e) report compliance, office vs 24/7 clock':<44} office {k_office:7.3f} s   24/7 {k247:8.3f} s   ratio {r:5.2f}   target <= 1.5")

    # (f) where working time is computed: `calendar recompute` measures every finished attempt
    # again on its clock (the rule `step finish` applies once per attempt), office vs 24/7, as a
    # dry run (nothing written).
    recompute = ["calendar", "recompute", "--from", "2000-01-01", "--dry-run", "--format", "json"]
    f_office = timed([KASUS] + recompute, db=reg, repeat=2)
    f247 = timed([KASUS] + recompute, db=reg247, repeat=2)
    r = f_office / f247 if f247 else float("inf")
    print(f"{'(f) calendar recompute, office vs 24/7':<44} office {f_office:7.3f} s   24/7 {f247:8.3f} s   ratio {r:5.2f}   ({steps} attempts measured)")
    if os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-v", KASUS] + recompute,
                           env=dict(ENV, KASUS_DB=reg), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr.decode())
        if m:
            print(f"    kasus calendar recompute: peak memory {int(m.group(1)) / 1024:.1f} MB")
    os.remove(reg247)

    # (c) export steps --format csv vs sqlite3 -csv of the same query
    export_sql = """
        SELECT sa.uuid, c.uuid, c.number, sa.step_number, sa.attempt, sa.status, sa.outcome,
               sa.started_at, sa.finished_at, sa.elapsed_secs, sa.standard_min_secs, sa.standard_max_secs,
               coalesce(ps.name, sa.performer), ps.uuid, sa.output, sa.note, sa.reason, sa.recorded_by,
               sa.created_at, sa.updated_at
        FROM step_attempts sa JOIN cases c ON c.id = sa.case_id
        LEFT JOIN staff ps ON ps.id = sa.performer_staff_id ORDER BY sa.id;"""
    k = timed([KASUS, "export", "steps", "--format", "csv"], db=reg)
    b = timed(["sqlite3", "-csv", "-header", reg, export_sql])
    line(f"(c) export steps --format csv, {steps} rows", k, b, "<= 1.0")
    if os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-v", KASUS, "export", "steps", "--format", "csv"],
                           env=dict(ENV, KASUS_DB=reg), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr.decode())
        if m:
            print(f"    kasus export steps: peak memory {int(m.group(1)) / 1024:.1f} MB (target < 50 MB)")

    # (d) case show on a register of N cases vs the same lookups by sqlite3
    number = f"PPA/2025/{N // 2:04d}"
    k = timed([KASUS, "case", "show", number, "--format", "json"], db=reg, repeat=20)
    lookup = f"""
        SELECT * FROM cases WHERE number = '{number}' COLLATE NOCASE OR uuid = lower('{number}');
        SELECT * FROM sop_versions WHERE id = (SELECT sop_version_id FROM cases WHERE number = '{number}');
        SELECT * FROM persons WHERE case_id = (SELECT id FROM cases WHERE number = '{number}') ORDER BY id;
        SELECT type FROM case_violence WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
        SELECT * FROM consents WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
        SELECT * FROM assignments WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
        SELECT * FROM services WHERE case_id = (SELECT id FROM cases WHERE number = '{number}');
        SELECT * FROM step_attempts WHERE case_id = (SELECT id FROM cases WHERE number = '{number}') ORDER BY id;"""
    b = timed(["sqlite3", "-json", reg, lookup], repeat=20)
    line(f"(d) case show on {N} cases", k, b, "<= 1.5 and < 10 ms")
    shutil.rmtree(W, ignore_errors=True)


if __name__ == "__main__":
    main()
