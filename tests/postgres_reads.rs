//! Reports and exports read the same on either engine (issue 21): a register built on SQLite
//! with the CLI, copied row for row into a PostgreSQL register (the same tables, columns and
//! ids), prints the same reports and exports, byte for byte, de-identified ones and their
//! keyed order included. Skipped with a note without `KASUS_TEST_PG` (a failure under
//! `KASUS_REQUIRE_PG=1`, as `.ci/run` sets).

mod common;

use common::pg;
use common::{Engine, Reg};

/// Four cases on two SOPs: steps finished, running and overdue, assignments, consents,
/// services, referrals done and open, a closed case, staff with roles.
#[rustfmt::skip]
fn scenario(reg: &Reg) {
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Petugas Layanan"]);
    reg.ok(&["staff", "add", "Wati Contoh", "--role", "Petugas Layanan"]);
    reg.ok(&["staff", "add", "Ayu Contoh", "--role", "Staff Penerima"]);
    reg.ok(&[
        "intake", "--sop", "batam-34-2020", "--channel", "datang-langsung",
        "--reported-at", "2026-03-02 08:00",
        "--victim-name", "Siti Contoh", "--victim-sex", "P", "--victim-birth-date", "1994-05-01",
        "--victim-nik", "3171234567890123", "--victim-kecamatan", "Batam Kota",
        "--violence", "fisik,psikis", "--place", "rumah-tangga",
        "--chronology", "=Korban dipukul di rumah",
        "--perpetrator-name", "Budi Contoh", "--perpetrator-sex", "L", "--perpetrator-age", "40",
        "--perpetrator-relation", "suami-istri", "--risk", "tinggi", "--external-ref", "LAPOR-77",
    ]);
    reg.ok(&[
        "intake", "--sop", "tangerang-713-2025", "--channel", "telepon",
        "--reported-at", "2026-03-01 09:00",
        "--victim-name", "Putri Contoh", "--victim-sex", "P", "--victim-birth-date", "2016-06-01",
        "--victim-disability", "tuna rungu", "--violence", "penelantaran,seksual",
        "--place", "sekolah",
        "--perpetrator-name", "Joko Contoh", "--perpetrator-sex", "L", "--perpetrator-age", "35",
        "--perpetrator-relation", "tetangga",
        "--perpetrator-name", "Tono Contoh", "--perpetrator-sex", "L",
        "--perpetrator-relation", "keluarga", "--urgency", "darurat",
    ]);
    reg.ok(&[
        "intake", "--sop", "batam-34-2020", "--channel", "rujukan",
        "--reported-at", "2026-02-10 10:00",
        "--victim-name", "Maria Contoh", "--victim-sex", "P", "--victim-age", "70",
        "--violence", "trafficking",
    ]);
    reg.ok(&[
        "intake", "--sop", "batam-34-2020", "--channel", "telepon",
        "--reported-at", "2026-01-10 10:00",
        "--victim-name", "Lina Contoh", "--victim-sex", "P", "--victim-age", "12",
        "--violence", "seksual,fisik",
    ]);
    reg.ok(&["assign", "PPA/2026/0001", "--to", "Rina Contoh", "--role", "Staff Penerima", "--at", "2026-03-02 08:01"]);
    reg.ok(&["assign", "PPA/2026/0002", "--to", "Ayu Contoh", "--role", "Staff Penerima", "--at", "2026-03-01 09:10"]);
    reg.ok(&["assign", "PPA/2026/0003", "--to", "Dewi Contoh", "--role", "Petugas Layanan", "--at", "2026-02-10 10:10"]);
    reg.ok(&[
        "consent", "PPA/2026/0001", "--given-by", "Siti Contoh", "--relation", "self",
        "--scope", "layanan,berbagi-informasi", "--method", "tertulis", "--form-ref", "IC-0001",
        "--at", "2026-03-02 08:03",
    ]);
    reg.ok(&[
        "consent", "PPA/2026/0002", "--given-by", "Ibu Contoh", "--relation", "parent",
        "--scope", "layanan", "--method", "lisan", "--at", "2026-03-01 09:20",
    ]);
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 08:05", "--by", "Siti Contoh"]);
    reg.ok(&["step", "finish", "PPA/2026/0001", "--at", "2026-03-02 08:12"]);
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 08:15", "--note", "catatan rahasia"]);
    reg.ok(&["step", "finish", "PPA/2026/0001", "--at", "2026-03-02 09:10", "--output", "Konseling selesai"]);
    reg.ok(&["step", "start", "PPA/2026/0001", "--at", "2026-03-02 09:20"]);
    reg.ok(&["step", "start", "PPA/2026/0002", "--at", "2026-03-01 09:30", "--by", "Wati Contoh"]);
    reg.ok(&["step", "finish", "PPA/2026/0002", "--at", "2026-03-01 14:30"]);
    reg.ok(&["step", "start", "PPA/2026/0003", "--at", "2026-02-10 10:30", "--by", "Dewi Contoh"]);
    reg.ok(&["step", "finish", "PPA/2026/0003", "--at", "2026-02-12 10:30"]);
    reg.ok(&["step", "start", "PPA/2026/0003", "--at", "2026-02-12 11:00", "--by", "Dewi Contoh"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "kesehatan", "--provider", "RSUD Contoh", "--at", "2026-03-02 10:00"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "pengaduan", "--at", "2026-03-02 08:00"]);
    reg.ok(&["case", "service", "PPA/2026/0001", "--type", "kesehatan", "--at", "2026-03-02 11:00"]);
    reg.ok(&["case", "service", "PPA/2026/0002", "--type", "rehabilitasi-sosial", "--at", "2026-03-01 11:00"]);
    reg.ok(&["agency", "add", "RSUD Contoh", "--kind", "kesehatan"]);
    reg.ok(&["agency", "add", "LBH Contoh", "--kind", "bantuan-hukum"]);
    reg.ok(&[
        "referral", "create", "PPA/2026/0001", "--to", "RSUD Contoh", "--service", "kesehatan",
        "--share", "identity,assessment", "--at", "2026-03-02 09:30",
    ]);
    reg.ok(&["referral", "accept", "1", "--at", "2026-03-02 10:00"]);
    reg.ok(&["referral", "done", "1", "--result", "Visum rahasia", "--at", "2026-03-02 11:30"]);
    reg.ok(&[
        "referral", "create", "PPA/2026/0001", "--to", "LBH Contoh", "--service", "bantuan-hukum",
        "--share", "identity", "--at", "2026-03-02 10:30",
    ]);
    reg.ok(&["case", "close", "PPA/2026/0004", "--reason", "selesai", "--at", "2026-02-20 10:00"]);
    // The de-identification secret, made now so that the copy holds it too.
    reg.ok(&["export", "cases", "--deidentify"]);
}

/// Read the same on PostgreSQL whatever else is converted.
const SAME: &[&[&str]] = &[
    &["report", "compliance"],
    &["report", "compliance", "--by", "staff"],
    &["report", "compliance", "--by", "office"],
    &["report", "compliance", "--basis", "wall", "--format", "csv"],
    &["export", "cases"],
    &["export", "persons"],
    &["export", "steps"],
    &["export", "consents"],
    &["export", "assignments"],
    &["export", "services"],
    &["export", "referrals"],
    &["export", "audit"],
    &["export", "simfoni"],
    &["export", "cases", "--deidentify"],
    &["export", "persons", "--deidentify", "--format", "json"],
    &["export", "steps", "--deidentify", "--format", "ndjson"],
    &["export", "referrals", "--deidentify"],
    &["export", "audit", "--deidentify"],
    &["export", "simfoni", "--deidentify"],
    &["export", "simfoni", "--period", "2026-03"],
    &["export", "cases", "--since", "2026-03-01"],
    &[
        "export",
        "steps",
        "--since",
        "2026-03-02 09:00",
        "--format",
        "json",
    ],
    &["merge", "conflicts", "--all"],
    // Limited to one office (`--office`: the scope's condition in each engine's text).
    &["report", "compliance", "--office", "own"],
    &["export", "cases", "--office", "own"],
    &["export", "steps", "--office", "own", "--deidentify"],
    &["export", "simfoni", "--office", "own"],
];

/// The same too, once the operations they also call (the office calendar, holders, a case's
/// steps) are on both engines; until then PostgreSQL may refuse them (exit 6, printed here).
const SAME_WHEN_CONVERTED: &[&[&str]] = &[
    &["report", "summary"],
    &["report", "summary", "--period", "2026-03"],
    &["report", "workload"],
    &["report", "overdue"],
    &["report", "due"],
    &["report", "referrals"],
    &["report", "case", "PPA/2026/0001"],
    &["referral", "list"],
    &["referral", "list", "--received"],
    &["referral", "show", "1"],
    &["referral", "show", "2"],
    &["report", "summary", "--office", "own"],
    &["report", "overdue", "--office", "own"],
    &["report", "workload", "--office", "own"],
    &["report", "referrals", "--office", "own"],
    &["report", "due", "--office", "own"],
];

#[test]
fn reports_and_exports_read_the_same_from_a_postgresql_copy() {
    if !pg::available() {
        return;
    }
    let file = Reg::on(Engine::Sqlite);
    scenario(&file);
    // More audit entries than one fetch of an export from the server (a thousand rows).
    rusqlite::Connection::open(&file.path)
        .unwrap()
        .execute(common::FILL_AUDIT, [2500])
        .unwrap();
    let server = Reg::on(Engine::Postgres);
    server.ok(&["sop", "list", "--format", "csv"]);
    pg::copy_into(&file.path, &server.pg.as_ref().unwrap().url);
    let mut refused = Vec::new();
    for (args, strict) in SAME
        .iter()
        .map(|a| (a, true))
        .chain(SAME_WHEN_CONVERTED.iter().map(|a| (a, false)))
    {
        let a = file.run(args);
        let b = server.run(args);
        assert_eq!(a.code, 0, "kasus {args:?} on SQLite: {}", a.stderr);
        if !strict && b.code == 6 {
            refused.push(args.join(" "));
            continue;
        }
        assert_eq!(
            (a.code, &a.stdout, &a.stderr),
            (b.code, &b.stdout, &b.stderr),
            "kasus {args:?}: SQLite's output, then PostgreSQL's"
        );
    }
    if !refused.is_empty() {
        eprintln!("not yet on PostgreSQL (exit 6): {}", refused.join("; "));
    }
    // The de-identified order is not the order of registration (the keyed hash ran): four
    // cases, six step attempts, five services (one from the referral done) and three
    // assignments, each at another time, all come in their order of registration by chance
    // once in some 12 million registers (the secret is random).
    let orders = |deidentify: bool| -> Vec<String> {
        [
            ("cases", "reported_at"),
            ("steps", "started_at"),
            ("services", "given_at"),
            ("assignments", "from_at"),
        ]
        .iter()
        .map(|(table, column)| {
            let mut args = vec!["export", table, "--columns", column];
            if deidentify {
                args.push("--deidentify");
            }
            file.ok(&args)
        })
        .collect()
    };
    let plain = orders(false);
    let rows: Vec<usize> = plain.iter().map(|t| t.lines().count() - 1).collect();
    assert_eq!(rows, [4, 6, 5, 3], "{plain:?}");
    assert_ne!(plain, orders(true));
}
