#!/usr/bin/env python3
"""A register of N synthetic cases for the benchmark (issue 19), built as kasus would hold it.

    python3 benches/fixture.py N OUT.db [--kasus PATH] [--csv CASES.csv] [--seed S]

1. `benches/gen.py N` writes the intake CSV (or `--csv` names one already written);
2. the real binary registers the staff (`kasus staff add`, one per person, with the SOPs' roles)
   and the cases (`kasus intake --from`): cases, persons, violence types and their audit entries
   are kasus's own;
3. the rest is inserted by SQL at scale, as kasus's commands store it (src/register/steps.rs,
   consents.rs, assignments.rs, cases.rs), but with no audit entries:
   - step attempts, about 10 per case, following each SOP's real steps in order (`kasus sop show
     --format json`): decision steps approved or returned (a return starts the steps from the
     decision's `return_to` again as attempt 2, and tangerang-713-2025 goes round two or three
     times, as its cycle does), some steps skipped (`skipped`, with a reason), each finished one
     with its figures as `step finish` stores them: `clock` (the step's: office or 24/7),
     `wall_secs`, `paused_secs` (0), `elapsed_secs` (on the office clock about the working share
     of the wall time: synthetic, not measured against the calendar), `calendar_version` 0, the
     standard in seconds from the SOP, the performer (a staff member) and times in UTC;
   - open work: 2% of the cases are open with one running step (20,000 at 1,000,000 cases;
     about 70% reported in the last 30 days), their running steps started from minutes to months
     before the fixture's clock (about half overdue); 0.2% are open with no step running, most
     idle for more than 7 days; every other case is closed (`selesai`) after its last step;
   - a consent (given, `layanan,berbagi-informasi`) for every case whose SOP asks one, one
     assignment per case (to a staff member holding the SOP's first role; ended at the close),
     and a service for about half the cases.
   The step attempts' indexes are dropped during the insert and created again after (the same
   statements, from sqlite_master), then ANALYZE.

The clock of the fixture is KASUS_NOW = 2026-12-01T10:00:00+07:00 (FIXTURE_NOW below): run
kasus on the fixture with the same KASUS_NOW. Rows inserted by SQL are not in the audit chain:
`kasus audit verify` (the chain) passes, `audit verify --data` and `kasus check` report them.

Prints the time of each phase and the whole build. Deterministic for a given N and seed.
"""
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE_NOW = "2026-12-01T10:00:00+07:00"
NOW = int(datetime.fromisoformat(FIXTURE_NOW).timestamp())
DAY = 86400
VARIANTS = 40  # timing variants per SOP and path shape
STAFF = 48
SERVICES = ["pengaduan", "kesehatan", "bantuan-hukum", "penegakan-hukum", "rehabilitasi-sosial",
            "reintegrasi-sosial", "pemulangan"]
SYL = ["ba", "di", "ku", "la", "mi", "nu", "ra", "si", "tu", "wa", "ya", "se", "ho", "pe"]


def env(db):
    e = dict(os.environ, KASUS_DB=db, KASUS_NOW=FIXTURE_NOW, KASUS_ACTOR="bench", KASUS_LANG="en",
             NO_COLOR="1")
    return e


def run(cmd, db, stdout=subprocess.DEVNULL):
    p = subprocess.run(cmd, env=env(db), stdout=stdout, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(f"fixture: failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')}")
    return p


def sops(kasus, db):
    out = {}
    listed = json.loads(run([kasus, "sop", "list", "--format", "json"], db, subprocess.PIPE).stdout)
    for s in listed:
        code = s["code"]
        out[code] = json.loads(run([kasus, "sop", "show", code, "--format", "json"], db, subprocess.PIPE).stdout)
    return out


def paths(rng, sop):
    """Path shapes through a SOP: lists of (step, attempt, status, outcome)."""
    steps = sop["steps"]
    numbers = [s["number"] for s in steps]
    by_number = {s["number"]: s for s in steps}
    decisions = [s for s in steps if s["decision"]]

    def walk(rounds, reps):
        out, attempts = [], {}
        i, done_rounds = 0, 0
        while i < len(numbers):
            n = numbers[i]
            s = by_number[n]
            for _ in range(reps if s["repeat"] else 1):
                attempts[n] = attempts.get(n, 0) + 1
                if not s["decision"]:
                    out.append((n, attempts[n], "finished", "done"))
            if s["decision"]:
                if done_rounds < rounds:
                    out.append((n, attempts[n], "finished", "returned"))
                    done_rounds += 1
                    i = numbers.index(s["decision"]["return_to"])
                    continue
                out.append((n, attempts[n], "finished", "approved"))
            i += 1
        return out

    # tangerang-713-2025 goes round and round (its decision returns to step 1 until the head ends
    # the accompaniment); a repeatable step (`repeat`) is done once to three times.
    cyc = 1 if sop["code"] == "tangerang-713-2025" else 0
    plain = walk(cyc, 1)
    shapes = [(plain, 30), (walk(cyc, 3), 25)]
    if decisions:
        shapes.append((walk(cyc + 1, 2), 25))
    # A skip: a conditional step if the SOP has one, else one in the middle that is no decision.
    skippable = [s["number"] for s in steps if s.get("condition")] or \
        [s["number"] for s in steps[1:-1] if not s["decision"] and not s["repeat"]]
    if skippable:
        n = skippable[len(skippable) // 2]
        shapes.append(([(a, b, "skipped", "skipped") if a == n and b == 1 else (a, b, c, d)
                        for (a, b, c, d) in walk(cyc, 2)], 20))
    return shapes


def durations(rng, sop, shape):
    """Timings for one path: (start offset from the report, wall, elapsed) per attempt, in seconds."""
    by_number = {s["number"]: s for s in sop["steps"]}
    t, out = rng.randrange(5 * 60, 3 * 3600), []
    for (n, _, status, _) in shape:
        s = by_number[n]
        mx = s["standard"]["max_secs"]
        if status == "skipped":
            out.append((t, 0, 0))
            t += rng.randrange(60, 1800)
            continue
        r = rng.random()
        if mx:
            f = rng.uniform(0.2, 1.0) if r < 0.62 else rng.uniform(1.0, 2.0) if r < 0.87 else rng.uniform(2.0, 12.0)
            wall = max(20, int(mx * f))
        else:
            wall = rng.randrange(3600, 3 * DAY)
        office = s["clock"] != "24/7"
        # Office clock: a span over nights keeps about its working share (8 of 24 hours).
        elapsed = wall if (not office or wall <= 8 * 3600) else int(wall * 8 / 24)
        out.append((t, wall, elapsed))
        # The next step soon after, or on a later day at about the same time of day.
        t += wall + (rng.randrange(0, 1800) if rng.random() < 0.6 else DAY * rng.randrange(1, 5) + rng.randrange(0, 1800))
    return out, t


def office_hours(rng, t):
    """t moved into 08:00-15:00 of its day in the office's zone (UTC+7), when outside."""
    local = (t + 7 * 3600) % DAY
    if 8 * 3600 <= local < 15 * 3600:
        return t
    return t - local + 8 * 3600 + rng.randrange(7 * 3600)


def main():
    args = sys.argv[1:]
    kasus = os.path.join(ROOT, "target", "release", "kasus")
    csv_path, seed = None, 19
    for flag in ("--kasus", "--csv", "--seed"):
        if flag in args:
            at = args.index(flag)
            val = args[at + 1]
            del args[at:at + 2]
            if flag == "--kasus":
                kasus = val
            elif flag == "--csv":
                csv_path = val
            else:
                seed = int(val)
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    n, db = int(args[0]), args[1]
    rng = random.Random(seed)
    t_all = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)

    phase = time.perf_counter()
    own_csv = csv_path is None
    if own_csv:
        csv_path = db + ".cases.csv"
        with open(csv_path, "w") as f:
            subprocess.run([sys.executable, os.path.join(ROOT, "benches", "gen.py"), str(n), "--seed", str(seed)],
                           stdout=f, check=True)
        print(f"fixture: gen.py {n} cases {time.perf_counter() - phase:.1f} s", file=sys.stderr)

    # Staff, by kasus: every role of every SOP held by several people.
    the_sops = sops(kasus, db)
    roles = sorted({r for s in the_sops.values() for st in s["steps"] for r in st["roles"]})
    staff_roles = {}
    for i in range(STAFF):
        name = f"{SYL[i % len(SYL)].capitalize()}{SYL[(i * 5 + 3) % len(SYL)]}{SYL[(i // len(SYL)) % len(SYL)]} Contoh"
        mine = [roles[(i + k * 7) % len(roles)] for k in range(3)]
        mine = sorted(set(mine))
        cmd = [kasus, "staff", "add", name]
        for r in mine:
            cmd += ["--role", r]
        run(cmd, db)
        staff_roles[name] = mine

    phase = time.perf_counter()
    run([kasus, "intake", "--from", csv_path], db)
    print(f"fixture: kasus intake --from {n} cases {time.perf_counter() - phase:.1f} s", file=sys.stderr)
    if own_csv:
        os.remove(csv_path)

    phase = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("PRAGMA temp_store = FILE")
    conn.execute("BEGIN IMMEDIATE")
    staff_ids = {name: sid for sid, name in conn.execute("SELECT id, name FROM staff")}
    by_role = {}
    for name, rs in staff_roles.items():
        for r in rs:
            by_role.setdefault(r, []).append(staff_ids[name])
    version_code = dict(conn.execute("SELECT id, code FROM sop_versions"))

    # Templates: for every SOP, each path shape in VARIANTS timings.
    conn.execute("""CREATE TEMP TABLE tpl (variant INTEGER, ord INTEGER, step INTEGER, attempt INTEGER,
        status TEXT, outcome TEXT, start_off INTEGER, wall INTEGER, elapsed INTEGER, min_secs INTEGER,
        max_secs INTEGER, clock TEXT, days INTEGER, performer INTEGER, reason TEXT,
        PRIMARY KEY (variant, ord))""")
    variants = {}  # code -> [(variant id, weight, length, total span)]
    tpl_rows, vid, standard_max = [], 0, {}
    for code, sop in sorted(the_sops.items()):
        by_number = {s["number"]: s for s in sop["steps"]}
        for shape, weight in paths(rng, sop):
            for _ in range(VARIANTS):
                vid += 1
                times, span = durations(rng, sop, shape)
                for ord_, ((step, attempt, status, outcome), (off, wall, elapsed)) in enumerate(zip(shape, times)):
                    s = by_number[step]
                    holders = by_role.get(s["roles"][0], []) if s["roles"] else []
                    performer = holders[rng.randrange(len(holders))] if holders else None
                    std = s["standard"]
                    tpl_rows.append((vid, ord_, step, attempt, status, outcome, off, wall, elapsed,
                                     std["min_secs"], std["max_secs"], s["clock"],
                                     1 if (std["text"] or "").lower().find("hari") >= 0 else 0,
                                     performer, "tidak diperlukan (contoh)" if status == "skipped" else None))
                variants.setdefault(code, []).append((vid, weight, len(shape), span))
                standard_max[vid] = [by_number[step]["standard"]["max_secs"] for (step, _, _, _) in shape]
    conn.executemany("INSERT INTO tpl VALUES (" + ",".join("?" * 15) + ")", tpl_rows)
    first_role = {code: (s["steps"][0]["roles"] or [None])[0] for code, s in the_sops.items()}
    needs_consent = {code for code, s in the_sops.items() if any(st["consent"] for st in s["steps"])}

    # The plan: for each case, its path, how far it went and when.
    conn.execute("""CREATE TEMP TABLE plan (case_id INTEGER PRIMARY KEY, variant INTEGER, kind TEXT,
        cut INTEGER, base INTEGER, scale REAL, run_start INTEGER, closed_at INTEGER, staff INTEGER,
        role TEXT, consent INTEGER, service TEXT)""")
    cases = conn.execute("SELECT id, reported_at, sop_version_id FROM cases ORDER BY id").fetchall()
    recent = [c[0] for c in cases if NOW - int(datetime.fromisoformat(c[1].replace("Z", "+00:00")).timestamp()) < 30 * DAY]
    recent_set = set(recent)
    older = [c[0] for c in cases if c[0] not in recent_set]
    n_open = max(1, len(cases) * 2 // 100) if len(cases) >= 50 else 1
    take_recent = min(len(recent), n_open * 7 // 10)
    open_ids = set(rng.sample(recent, take_recent)) | set(rng.sample(older, min(len(older), n_open - take_recent)))
    rest = [c for c in older if c not in open_ids]
    idle_ids = set(rng.sample(rest, min(len(rest), len(cases) // 500)))
    weights_of = {code: [w for (_, w, _, _) in vs] for code, vs in variants.items()}
    plan = []
    for cid, reported, sop_id in cases:
        code = version_code[sop_id]
        vs = variants[code]
        v, _, length, span = rng.choices(vs, weights=weights_of[code])[0]
        base = int(datetime.fromisoformat(reported.replace("Z", "+00:00")).timestamp())
        room = NOW - base - 3600
        if cid in open_ids:
            kind, cut = "running", rng.randrange(0, length)
            r = rng.random()
            if r < 0.5:
                # Started this morning (the office opened at 08:00, two hours before the fixture's
                # clock), within 70% of its standard: not overdue.
                mx = standard_max[v][cut] or 2 * 3600
                run_start = max(base + 60, NOW - int(rng.uniform(0.05, 0.7) * min(mx, 2 * 3600)))
            else:
                age = rng.randrange(DAY, 20 * DAY) if r < 0.85 else rng.randrange(30 * DAY, 200 * DAY)
                run_start = office_hours(rng, NOW - age)
                run_start = max(base + 60, run_start if run_start <= NOW else run_start - DAY)
            scale = min(1.0, max(0.0, run_start - base - 60) / max(span, 1))
        elif cid in idle_ids:
            kind, cut, run_start = "idle", rng.randrange(1, length), None
            scale = min(1.0, room * 0.5 / max(span, 1))
        else:
            kind, cut, run_start = "closed", length, None
            scale = min(1.0, room / max(span + DAY, 1))
        scale = max(scale, 0.0)
        closed_at = base + int((span + rng.randrange(3600, DAY)) * scale) if kind == "closed" else None
        role = first_role[code]
        holders = by_role.get(role) or list(staff_ids.values())
        plan.append((cid, v, kind, cut, base, scale, run_start, closed_at, holders[cid % len(holders)], role,
                     1 if code in needs_consent else 0,
                     SERVICES[cid % len(SERVICES)] if rng.random() < 0.5 else None))
    conn.executemany("INSERT INTO plan VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", plan)
    del plan, cases
    print(f"fixture: plan {time.perf_counter() - phase:.1f} s", file=sys.stderr)

    phase = time.perf_counter()
    indexes = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'step_attempts' AND sql IS NOT NULL")]
    for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'step_attempts' AND sql IS NOT NULL").fetchall():
        conn.execute(f"DROP INDEX {name}")
    ts = "strftime('%Y-%m-%dT%H:%M:%SZ', {}, 'unixepoch')"
    uuid = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) "
            "|| '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
    start = "(p.base + CAST(t.start_off * p.scale AS INTEGER))"
    wall = "CAST(t.wall * p.scale AS INTEGER)"
    elapsed = "CAST(t.elapsed * p.scale AS INTEGER)"
    # Finished and skipped attempts: every one of a closed case's path, the first `cut` of an open one's.
    conn.execute(f"""
        INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status, outcome, started_at,
            finished_at, elapsed_secs, standard_min_secs, standard_max_secs, performer, performer_staff_id,
            output, note, reason, recorded_by, created_at, updated_at, clock, standard_days, wall_secs,
            paused_secs, calendar_version)
        SELECT {uuid}, p.case_id, t.step, t.attempt, t.status, t.outcome,
            CASE WHEN t.status = 'skipped' THEN NULL ELSE {ts.format(start)} END,
            {ts.format(start + ' + ' + wall)},
            CASE WHEN t.status = 'skipped' THEN NULL ELSE {elapsed} END,
            t.min_secs, t.max_secs, s.name, t.performer, NULL, NULL, t.reason, 'bench',
            {ts.format(start + ' + ' + wall)}, {ts.format(start + ' + ' + wall)},
            t.clock, t.days,
            CASE WHEN t.status = 'skipped' THEN NULL ELSE {wall} END,
            CASE WHEN t.status = 'skipped' THEN NULL ELSE 0 END,
            CASE WHEN t.status = 'skipped' THEN NULL ELSE 0 END
        FROM plan p JOIN tpl t ON t.variant = p.variant AND t.ord < p.cut
        LEFT JOIN staff s ON s.id = t.performer
        ORDER BY p.case_id, t.ord""")
    # The running attempt of each open case with a step running: the next one of its path, as
    # `step start` stores it (no figures yet; its clock and standard set).
    conn.execute(f"""
        INSERT INTO step_attempts (uuid, case_id, step_number, attempt, status, outcome, started_at,
            finished_at, elapsed_secs, standard_min_secs, standard_max_secs, performer, performer_staff_id,
            output, note, reason, recorded_by, created_at, updated_at, clock, standard_days, wall_secs,
            paused_secs, calendar_version)
        SELECT {uuid}, p.case_id, t.step, t.attempt, 'running', NULL, {ts.format('p.run_start')}, NULL,
            NULL, t.min_secs, t.max_secs, s.name, t.performer, NULL, NULL, NULL, 'bench',
            {ts.format('p.run_start')}, {ts.format('p.run_start')}, t.clock, t.days, NULL, NULL, NULL
        FROM plan p JOIN tpl t ON t.variant = p.variant AND t.ord = p.cut
        LEFT JOIN staff s ON s.id = t.performer
        WHERE p.kind = 'running' ORDER BY p.case_id""")
    steps = conn.execute("SELECT count(*) FROM step_attempts").fetchone()[0]
    print(f"fixture: {steps} step attempts {time.perf_counter() - phase:.1f} s", file=sys.stderr)
    phase = time.perf_counter()
    for sql in indexes:
        conn.execute(sql)
    print(f"fixture: step indexes {time.perf_counter() - phase:.1f} s", file=sys.stderr)

    phase = time.perf_counter()
    conn.execute(f"""
        INSERT INTO consents (uuid, case_id, kind, given_by, relation, scopes, method, form_ref, at,
            recorded_by, created_at)
        SELECT {uuid}, c.id, 'given', NULL, CASE WHEN c.is_child THEN 'parent' ELSE 'self' END,
            'layanan,berbagi-informasi', 'tertulis', NULL, {ts.format('p.base + 120')}, 'bench',
            {ts.format('p.base + 120')}
        FROM plan p JOIN cases c ON c.id = p.case_id WHERE p.consent = 1 ORDER BY p.case_id""")
    conn.execute(f"""
        INSERT INTO assignments (uuid, case_id, staff_id, role, from_at, until_at, assigned_by, created_at,
            updated_at)
        SELECT {uuid}, p.case_id, p.staff, p.role, {ts.format('p.base + 60')},
            CASE WHEN p.kind = 'closed' THEN {ts.format('p.closed_at')} END, 'bench',
            {ts.format('p.base + 60')}, {ts.format('coalesce(p.closed_at, p.base + 60)')}
        FROM plan p ORDER BY p.case_id""")
    conn.execute(f"""
        INSERT INTO services (uuid, case_id, type, provider, given_at, note, recorded_by, created_at)
        SELECT {uuid}, p.case_id, p.service, NULL, {ts.format('p.base + CAST(3600 * p.scale AS INTEGER)')},
            NULL, 'bench', {ts.format('p.base + CAST(3600 * p.scale AS INTEGER)')}
        FROM plan p WHERE p.service IS NOT NULL ORDER BY p.case_id""")
    conn.execute(f"""
        UPDATE cases SET status = 'closed', closed_at = {ts.format('p.closed_at')}, close_reason = 'selesai',
            updated_at = {ts.format('p.closed_at')}
        FROM plan p WHERE p.case_id = cases.id AND p.kind = 'closed'""")
    conn.execute("""
        UPDATE cases SET updated_at = coalesce((SELECT max(a.updated_at) FROM step_attempts a
            WHERE a.case_id = cases.id), cases.updated_at)
        WHERE status = 'open'""")
    conn.execute("COMMIT")
    print(f"fixture: consents, assignments, services, closes {time.perf_counter() - phase:.1f} s", file=sys.stderr)
    phase = time.perf_counter()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"fixture: ANALYZE {time.perf_counter() - phase:.1f} s", file=sys.stderr)
    counts = sqlite3.connect(db).execute("""SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM persons),
        (SELECT count(*) FROM step_attempts), (SELECT count(*) FROM step_attempts WHERE status = 'running'),
        (SELECT count(*) FROM cases WHERE status = 'open')""").fetchone()
    print(f"fixture: {counts[0]} cases, {counts[1]} persons, {counts[2]} step attempts, {counts[3]} running, "
          f"{counts[4]} open; built in {time.perf_counter() - t_all:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
