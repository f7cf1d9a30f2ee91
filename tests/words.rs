//! One way to speak two languages: a message used by several commands reads the same from
//! each of them, in English and in Bahasa Indonesia, and the Indonesian help covers every
//! argument that has help.

mod common;
use common::Reg;

/// A register with a staff member and the standard case (PPA/2026/0001, reported 2 March 2026
/// 08:00), a second staff member who is deactivated, and a second case that is closed.
fn setup() -> Reg {
    let reg = Reg::new();
    reg.ok(&["staff", "add", "Rina Contoh", "--role", "Staff Penerima"]);
    reg.ok(&["staff", "add", "Dewi Contoh", "--role", "Konselor"]);
    reg.ok(&["staff", "deactivate", "Dewi Contoh"]);
    reg.ok(common::BATAM_CASE);
    // The same report again, registered on purpose.
    let mut again = common::BATAM_CASE.to_vec();
    again.push("--allow-duplicate");
    reg.ok(&again);
    reg.ok(&["case", "close", "PPA/2026/0002", "--reason", "selesai"]);
    reg
}

/// Runs in the language given (`en` or `id`), expects this exit code and an unchanged register,
/// and returns the message (stderr).
#[track_caller]
fn refused_in(reg: &Reg, lang: &str, args: &[&str], code: i32) -> String {
    let mut full = vec!["--lang", lang];
    full.extend_from_slice(args);
    reg.refused(&full, code)
}

/// The closed-case refusal: the same words (exit 4) from consent, assign and case service.
#[test]
fn a_closed_case_is_refused_in_the_same_words_everywhere() {
    let reg = setup();
    let commands: [&[&str]; 3] = [
        &[
            "consent",
            "PPA/2026/0002",
            "--given-by",
            "Siti Contoh",
            "--relation",
            "self",
            "--scope",
            "layanan",
            "--method",
            "lisan",
        ],
        &["assign", "PPA/2026/0002", "--to", "Rina Contoh"],
        &["case", "service", "PPA/2026/0002", "--type", "kesehatan"],
    ];
    for (lang, words) in [
        (
            "en",
            "kasus: case PPA/2026/0002 is closed; reopen it first with `kasus case reopen PPA/2026/0002`\n",
        ),
        (
            "id",
            "kasus: kasus PPA/2026/0002 sudah ditutup; buka kembali dulu dengan `kasus case reopen PPA/2026/0002`\n",
        ),
    ] {
        for args in commands {
            let err = refused_in(&reg, lang, args, 4);
            assert_eq!(err, words, "{lang} {args:?}");
        }
    }
}

/// Work given to a deactivated staff member is refused (exit 4), in both languages.
#[test]
fn an_inactive_staff_member_is_refused_in_both_languages() {
    let reg = setup();
    let args = ["assign", "PPA/2026/0001", "--to", "Dewi Contoh"];
    assert_eq!(
        refused_in(&reg, "en", &args, 4),
        "kasus: staff 'Dewi Contoh' is inactive\n"
    );
    assert_eq!(
        refused_in(&reg, "id", &args, 4),
        "kasus: staf 'Dewi Contoh' tidak aktif\n"
    );
}

/// `--at` before the case was reported: the same words (exit 3) from case close, case
/// service and assign.
#[test]
fn at_before_the_report_is_refused_in_the_same_words_everywhere() {
    let reg = setup();
    let early = "2026-03-01 08:00";
    let commands: [&[&str]; 3] = [
        &["case", "close", "PPA/2026/0001", "--at", early],
        &[
            "case",
            "service",
            "PPA/2026/0001",
            "--type",
            "kesehatan",
            "--at",
            early,
        ],
        &[
            "assign",
            "PPA/2026/0001",
            "--to",
            "Rina Contoh",
            "--role",
            "Staff Penerima",
            "--at",
            early,
        ],
    ];
    for (lang, words) in [
        (
            "en",
            "kasus: --at is before case PPA/2026/0001 was reported\n",
        ),
        ("id", "kasus: --at sebelum kasus PPA/2026/0001 dilaporkan\n"),
    ] {
        for args in commands {
            assert_eq!(refused_in(&reg, lang, args, 3), words, "{lang} {args:?}");
        }
    }
}

/// `--help` in Indonesian: arguments that had only English help now have Indonesian, and
/// `sop show --version` (a stored SOP version) is not described as kasus's own version.
#[test]
fn indonesian_help_covers_the_arguments() {
    let reg = Reg::new();
    let intake = reg.ok(&["--lang", "id", "intake", "--help"]);
    assert!(intake.contains("NIK: tepat 16 digit"), "{intake}");
    assert!(!intake.contains("exactly 16 digits"), "{intake}");
    assert!(intake.contains("Pendaftaran massal"), "{intake}");
    let show = reg.ok(&["--lang", "id", "sop", "show", "--help"]);
    assert!(show.contains("Versi tersimpan"), "{show}");
    assert!(!show.contains("Tampilkan versi"), "{show}");
    let rekey = reg.ok(&["--lang", "id", "rekey", "--help"]);
    assert!(rekey.starts_with("Mengganti kunci enkripsi"), "{rekey}");
    // English help is unchanged.
    let en = reg.ok(&["intake", "--help"]);
    assert!(en.contains("NIK: exactly 16 digits"), "{en}");
    let show = reg.ok(&["sop", "show", "--help"]);
    assert!(show.contains("A stored version"), "{show}");
}
