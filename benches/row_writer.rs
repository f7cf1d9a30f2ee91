//! The row writer (issue 19's intake floor, measured as a writer must work): the rows a bulk
//! intake wrote (cases, persons, violence types, audit entries, read from a register kasus
//! imported), written into an empty register one INSERT a row, from prepared statements, in
//! kasus's order (a case, its persons, its violence types, its audit entry), in one IMMEDIATE
//! transaction with the rollback journal kasus writes a bulk intake with and a page cache of
//! 24 MiB, foreign keys on; no pre-update hook, no checks, no parsing. `INSERT INTO t SELECT
//! ... FROM s.t` (the bench's floor) is SQLite copying rows inside one statement; a program
//! that reads rows from a file and writes them binds and steps a statement for each, as this
//! does. `--by-table`: every case, then every person, ... (the floor's order).
//!
//! Run by benches/bench.py (`cargo build --release --bench row_writer`):
//!     row_writer SOURCE.db EMPTY.db [--by-table]      prints the seconds the writing took

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, TransactionBehavior};
use std::collections::HashMap;
use std::time::Instant;

type Row = Vec<Value>;

fn rows(c: &Connection, sql: &str) -> rusqlite::Result<Vec<Row>> {
    let mut s = c.prepare(sql)?;
    let n = s.column_count();
    let out = s.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())?;
    out.collect()
}

/// The rows of a table grouped by their case (the column at `case`).
fn by_case(rows: Vec<Row>, case: usize) -> HashMap<i64, Vec<Row>> {
    let mut out: HashMap<i64, Vec<Row>> = HashMap::new();
    for r in rows {
        if let Value::Integer(id) = r[case] {
            out.entry(id).or_default().push(r);
        }
    }
    out
}

fn insert(table: &str, row: &Row) -> String {
    let marks: Vec<String> = (1..=row.len()).map(|i| format!("?{i}")).collect();
    format!("INSERT INTO {table} VALUES ({})", marks.join(", "))
}

fn main() -> rusqlite::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(source), Some(target)) = (args.first(), args.get(1)) else {
        eprintln!("usage: row_writer SOURCE.db EMPTY.db [--by-table]");
        std::process::exit(2);
    };
    let by_table = args.iter().any(|a| a == "--by-table");
    let s = Connection::open(source)?;
    let cases = rows(&s, "SELECT * FROM cases ORDER BY id")?;
    let persons = by_case(rows(&s, "SELECT * FROM persons ORDER BY id")?, 2);
    let violence = by_case(rows(&s, "SELECT * FROM case_violence")?, 0);
    // The intake's entries: the last one per case.
    let audit = rows(
        &s,
        "SELECT * FROM audit WHERE seq > (SELECT max(seq) FROM audit) - (SELECT count(*) FROM cases)
         ORDER BY seq",
    )?;
    let (Some(first_case), Some(first_entry)) = (cases.first(), audit.first()) else {
        eprintln!("row_writer: {source} holds no cases");
        std::process::exit(2);
    };
    let first_person = persons
        .values()
        .flatten()
        .next()
        .cloned()
        .unwrap_or_default();
    let first_violence = violence
        .values()
        .flatten()
        .next()
        .cloned()
        .unwrap_or_default();

    let mut d = Connection::open(target)?;
    // The journal kasus writes a bulk intake with when alone (src/register/journal.rs).
    d.pragma_update(None, "journal_mode", "delete")?;
    d.pragma_update(None, "cache_size", -24 * 1024)?;
    d.pragma_update(None, "foreign_keys", true)?;
    d.pragma_update(None, "temp_store", "memory")?;
    let t = Instant::now();
    let tx = d.transaction_with_behavior(TransactionBehavior::Immediate)?;
    {
        let mut case = tx.prepare(&insert("cases", first_case))?;
        let mut person = tx.prepare(&insert("persons", &first_person))?;
        let mut kind = tx.prepare(&insert("case_violence", &first_violence))?;
        let mut entry = tx.prepare(&insert("audit", first_entry))?;
        let id = |c: &Row| match c[0] {
            Value::Integer(i) => i,
            _ => 0,
        };
        if by_table {
            for c in &cases {
                case.execute(params_from_iter(c))?;
            }
            for c in &cases {
                for p in persons.get(&id(c)).into_iter().flatten() {
                    person.execute(params_from_iter(p))?;
                }
            }
            for c in &cases {
                for v in violence.get(&id(c)).into_iter().flatten() {
                    kind.execute(params_from_iter(v))?;
                }
            }
            for a in &audit {
                entry.execute(params_from_iter(a))?;
            }
        } else {
            for (c, a) in cases.iter().zip(&audit) {
                case.execute(params_from_iter(c))?;
                for p in persons.get(&id(c)).into_iter().flatten() {
                    person.execute(params_from_iter(p))?;
                }
                for v in violence.get(&id(c)).into_iter().flatten() {
                    kind.execute(params_from_iter(v))?;
                }
                entry.execute(params_from_iter(a))?;
            }
        }
    }
    tx.commit()?;
    println!("{:.4}", t.elapsed().as_secs_f64());
    Ok(())
}
