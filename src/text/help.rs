//! Help in Bahasa Indonesia: the Indonesian for every command's about, every argument's help,
//! the headings and the examples' headings, keyed by command path ("case close") and argument
//! id ("victim_name"). The clap definition in `src/cli/` (doc comments) is the English; this file
//! follows it. A unit test below walks the command tree and fails when a command or an
//! argument with help has no entry here.
//!
//! To give a new subcommand its Indonesian help: add its path to [`about_id`], and each of its
//! arguments that has help in `src/cli/` to [`arg_help_id`] (a `(_, "id")` entry applies to every
//! command with that argument id).

use super::{lang, Lang};

/// The command's help in the chosen language. The clap definition (doc comments) is English;
/// in Indonesian every command's about, the arguments' help, the headings and the examples'
/// headings are set here. clap's own words (its errors, "-h, --help") stay English.
pub fn localize(cmd: clap::Command) -> clap::Command {
    if lang() == Lang::En {
        return cmd;
    }
    let mut cmd = localize_sub(cmd, "");
    // clap adds its `help` subcommand when the command is built: build it here, then say the
    // subcommand's line in Indonesian too.
    cmd.build();
    help_subcommand_id(cmd)
}

fn help_subcommand_id(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut cmd = cmd;
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| {
            if sub.get_name() == "help" {
                sub.about("Tampilkan pesan ini atau bantuan subperintah yang disebut")
            } else {
                help_subcommand_id(sub)
            }
        });
    }
    cmd
}

const TEMPLATE_ID: &str =
    "{before-help}{about-with-newline}\nPenggunaan: {usage}\n\n{all-args}{after-help}";

fn localize_sub(mut cmd: clap::Command, path: &str) -> clap::Command {
    if let Some(a) = about_id(path) {
        cmd = cmd.about(a).long_about(None);
    }
    for long in [false, true] {
        let after = if long {
            cmd.get_after_long_help()
        } else {
            cmd.get_after_help()
        };
        if let Some(h) = after.map(|h| h.to_string()) {
            let h = examples_id(&h);
            cmd = if long {
                cmd.after_long_help(h)
            } else {
                cmd.after_help(h)
            };
        }
    }
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let help = arg_help_id(path, &id);
        cmd = cmd.mut_arg(&id, |mut a| {
            if let Some(h) = help {
                a = if a.get_action().takes_values() {
                    let h = with_values_id(&a, h);
                    a.help(h)
                        .hide_default_value(true)
                        .hide_possible_values(true)
                } else {
                    a.help(h)
                };
                a = a.long_help(None);
            }
            a.help_heading(if positional { "Argumen" } else { "Opsi" })
        });
    }
    // clap's own -h/--help and -V/--version, with Indonesian help.
    cmd = cmd.disable_help_flag(true).arg(
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help("Tampilkan bantuan")
            .help_heading("Opsi")
            // After the global options, as clap places its own in English.
            .display_order(999),
    );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Tampilkan versi")
                .help_heading("Opsi"),
        );
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = format!("{path} {name}").trim().to_string();
        cmd = cmd.mut_subcommand(&name, |s| localize_sub(s, &sub_path));
    }
    cmd.help_template(TEMPLATE_ID)
        .subcommand_help_heading("Perintah")
        .subcommand_value_name("PERINTAH")
}

/// An option's Indonesian help with its default and its values in Indonesian words (clap's
/// own brackets, "[default: table] [possible values: table, json]", are then hidden).
fn with_values_id(a: &clap::Arg, help: &str) -> String {
    let mut h = help.to_string();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        h.push_str(&format!(" [bawaan: {}]", defaults.join(", ")));
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        h.push_str(&format!(" [nilai: {}]", values.join(", ")));
    }
    h
}

fn examples_id(h: &str) -> String {
    h.replace(crate::cli::EXIT_AND_ENV_EN, crate::cli::EXIT_AND_ENV_ID)
        .replace("Examples:", "Contoh:")
        .replace("Example (cron, hourly):", "Contoh (cron, tiap jam):")
        .replace("Example:", "Contoh:")
        .replace(
            "(walk the case at a terminal)",
            "(menjalankan kasus di terminal)",
        )
        .replace("Exit status:", "Kode keluar:")
        .replace("Environment:", "Lingkungan:")
        .replace(
            "The record's number is shown by `kasus case show` and `kasus consent list`.",
            "Nomor catatannya ditampilkan oleh `kasus case show` dan `kasus consent list`.",
        )
        .replace(
            "Reasons: waiting-victim, waiting-agency, waiting-documents, other.",
            "Alasan: waiting-victim, waiting-agency, waiting-documents, other.",
        )
        .replace(
            "The original and every correction stay visible (`kasus case show`,\n`kasus report case`).",
            "Catatan asli dan setiap koreksi tetap terlihat (`kasus case show`,\n`kasus report case`).",
        )
        .replace(
            "The record stays visible in `kasus case show` (marked void, with the\ncorrection).",
            "Catatannya tetap terlihat di `kasus case show` (ditandai batal, dengan\nkoreksinya).",
        )
        .replace(
            "Columns: case (or external_ref), step, started_at, finished_at, performer,\noutcome, output, reason, note.",
            "Kolom: case (atau external_ref), step, started_at, finished_at, performer,\noutcome, output, reason, note.",
        )
        .replace(
            "The current key comes from KASUS_KEY, the new one from KASUS_NEW_KEY;\nat a terminal, kasus asks for what is not set. Keys are never given as flags.",
            "Kunci sekarang diambil dari KASUS_KEY, yang baru dari KASUS_NEW_KEY;\ndi terminal, kasus menanyakan yang belum diatur. Kunci tidak pernah diberikan\nsebagai flag.",
        )
}

fn about_id(path: &str) -> Option<&'static str> {
    Some(match path {
        "" => "Register kasus untuk UPTD PPA (perlindungan perempuan dan anak)",
        "intake" => "Mendaftarkan kasus (bertanya di terminal; setiap isian juga berupa flag)",
        "consent" => "Mencatat persetujuan layanan, penolakan, atau penarikan persetujuan",
        "consent withdraw" => "Mencatat penarikan persetujuan untuk sebagian cakupan",
        "consent refuse" => "Mencatat penolakan (isian yang sama dengan persetujuan, ditanyakan di terminal): alur SOP kasus berhenti pada langkah persetujuannya",
        "consent list" => "Menampilkan peristiwa persetujuan kasus dan yang berlaku",
        "report referrals" => "Rujukan yang dikirim dalam periode: menurut jenis lembaga dan status, waktu respons dan penyelesaian terhadap standar, porsi selesai, yang terlambat menurut nomor kasus",
        "referral" => "Rujukan dan pelimpahan ke lembaga mitra, diukur waktunya dan dijaga persetujuan berbagi informasi",
        "referral create" => "Merujuk kasus ke lembaga (pelimpahan dengan --handover), hanya membagikan yang disebut --share; di terminal, yang tidak diberikan ditanyakan",
        "referral accept" => "Lembaga menerima rujukan (pelimpahan menutup kasus di sini)",
        "referral reject" => "Lembaga menolak rujukan",
        "referral done" => "Lembaga menyelesaikan layanannya: dicatat sebagai layanan yang diberikan lembaga",
        "referral cancel" => "Membatalkan rujukan yang masih terbuka",
        "referral list" => "Daftar rujukan, dengan waktu respons dan penyelesaian serta apakah terlambat",
        "referral letter" => "Surat rujukan dalam Bahasa Indonesia: unit, nomor kasus dan hanya data yang dibagikan",
        "referral show" => "Menampilkan rujukan: waktunya, persetujuan, dan hanya data yang dibagikan",
        "agency" => "Direktori lembaga mitra (rumah sakit, UPPA, LBH, rumah aman, ...)",
        "agency add" => "Menambahkan lembaga mitra ke direktori; di terminal, yang tidak diberikan ditanyakan",
        "agency list" => "Daftar lembaga",
        "agency edit" => "Mengubah nama, jenis, wilayah atau kontak lembaga (nilai kosong menghapus wilayah atau kontak); di terminal tanpa satu pun, menanyakan yang mana",
        "agency deactivate" => "Menonaktifkan lembaga (rujukannya tetap); tidak ada rujukan baru ke sana",
        "assign" => "Menugaskan kasus (dan perannya) kepada staf; siapa memegangnya kapan",
        "assign history" => "Siapa memegang kasus, dengan peran apa, kapan",
        "assign end" => "Mengakhiri penugasan tanpa pengganti",
        "step" => "Menjalankan kasus sesuai SOP: mulai, selesaikan, lewati, dan putuskan langkah",
        "step start" => "Memulai langkah berikutnya (atau --step N)",
        "step finish" => "Menyelesaikan langkah yang berjalan, dengan output-nya",
        "step skip" => "Melewati langkah bersyarat yang tidak diperlukan, dengan alasannya",
        "step decide" => "Menyelesaikan langkah keputusan: setujui, atau kembalikan ke langkah yang disebut SOP",
        "step pause" => "Menjeda jam langkah yang berjalan selama menunggu korban, instansi lain atau dokumen",
        "step resume" => "Melanjutkan jam langkah yang dijeda",
        "step import" => "Mengisi catatan langkah dari berkas",
        "step correct" => "Mengoreksi waktu mulai, waktu selesai, pelaksana atau output percobaan yang tercatat, dengan alasannya; waktunya dinilai ulang",
        "step void" => "Membatalkan catatan langkah terakhir kasus yang salah dicatat (lewati, keputusan, langkah dimulai pada kasus yang salah), dengan alasannya: catatannya disimpan, ditandai batal, dan alur kembali ke posisi sebelumnya",
        "consent void" => "Membatalkan persetujuan, penolakan atau pencabutan yang salah dicatat: catatannya disimpan, ditandai batal, dan alur tidak lagi membacanya",
        "report" => "Laporan: lini waktu kasus, kepatuhan waktu standar, langkah yang hampir jatuh tempo dan terlambat, beban kerja",
        "report case" => "Lini waktu kasus: satu baris per percobaan langkah, dibanding standarnya",
        "report compliance" => "Kepatuhan waktu standar per SOP dan langkah: jumlah, median, p90, maks, porsi tepat waktu",
        "report overdue" => "Langkah berjalan yang melewati standar, dan kasus terbuka yang diam --idle hari",
        "report due" => "Langkah berjalan menurut sisa waktu kerja sebelum standarnya: aman, peringatan, lewat atau dijeda",
        "report workload" => "Per staf: kasus terbuka, langkah berjalan, langkah terlambat",
        "report summary" => "Kasus terdaftar dan ditutup dalam periode, dihitung seperti Simfoni PPA",
        "report monthly" => "Satu halaman untuk kepala unit: angka, tabel dan grafik sebulan sebagai berkas HTML mandiri (A4); atau ringkasan dan kepatuhan sebulan sebagai buku kerja (--out BERKAS.xlsx)",
        "export" => "Ekspor register (atau salinan tanpa identitas) sebagai CSV/JSON, dan untuk Simfoni PPA",
        "sop" => "Katalog SOP: daftar, tampilkan, periksa, dan impor berkas SOP",
        "sop list" => "Daftar SOP di register: kode, nama, kantor, langkah, total",
        "sop show" => "Menampilkan SOP lengkap dengan langkahnya",
        "sop validate" => "Memeriksa berkas SOP dan mencetak setiap masalah dengan letaknya",
        "sop import" => "Menambahkan SOP kantor sendiri ke register (berkas yang berubah menjadi versi baru)",
        "sop diff" => "Menampilkan apa yang diubah berkas SOP yang disunting (atau versi tersimpan lain), langkah demi langkah",
        "calendar" => "Kalender kantor: jam kerja, pengecualian, tanggal khusus dan hari libur",
        "calendar show" => "Jam kerja setiap hari, sudah diterapkan, dan sebabnya (minggu biasa, pengecualian, hari libur, tanggal)",
        "calendar export" => "Mencetak kalender yang berlaku sebagai berkas kalender (TOML), untuk disunting dan diimpor",
        "calendar import" => "Memeriksa berkas kalender dan menyimpannya sebagai kalender yang berlaku (versi baru)",
        "calendar check" => "Memeriksa kalender yang berlaku, dan memperingatkan bila tahun ini atau tahun depan belum punya hari libur resmi",
        "calendar recompute" => "Mengukur ulang langkah yang sudah selesai dalam suatu periode dengan kalender yang berlaku",
        "staff" => "Staf dan perannya",
        "staff add" => "Menambahkan staf dengan satu peran atau lebih (nama pelaksana di SOP)",
        "staff list" => "Daftar staf",
        "staff deactivate" => "Menonaktifkan staf (riwayatnya tetap)",
        "case" => "Kasus: daftar, tampilkan, ubah, tutup, buka kembali, dan layanan yang diberikan",
        "case list" => "Daftar kasus",
        "case find" => "Setiap kasus yang ditemukan nama, NIK, telepon atau nomor kasus, terbaru dulu, dengan isian yang cocok dan caranya",
        "case show" => "Menampilkan kasus dengan orang, persetujuan, penugasan, dan langkahnya",
        "case edit" => "Membetulkan isian kasus, dengan alasannya (tercatat di jejak audit; nilai asli disimpan)",
        "case close" => "Menutup kasus",
        "case reopen" => "Membuka kembali kasus yang ditutup",
        "case service" => "Mencatat layanan yang diberikan (daftar Simfoni)",
        "audit" => "Jejak audit: periksa rantai hash, cetak kepalanya",
        "audit verify" => "Memeriksa rantai hash; menyebut entri pertama yang tidak cocok",
        "audit head" => "Mencetak nomor urut dan hash terakhir, untuk disimpan di tempat lain",
        "config" => "Pengaturan register (prefiks kantor, zona waktu)",
        "config get" => "Menampilkan pengaturan",
        "config set" => "Mengubah pengaturan",
        "bundle" => "Bundel kantor: baris dan rantai audit kantor ini dalam satu berkas, untuk register kantor lain",
        "bundle export" => "Menulis baris kantor ini, rantai auditnya dan manifes ke berkas bundel (SQLite, 0600)",
        "merge" => "Menggabung bundel kantor lain: diperiksa dulu, lalu barisnya menurut UUID dalam satu transaksi; tidak pernah menimpa",
        "merge conflicts" => "Menampilkan baris yang disisihkan penggabungan (yang terbuka; --all juga yang sudah diselesaikan)",
        "merge resolve" => "Menyelesaikan konflik: pertahankan baris kita, atau tulis milik mereka di atasnya (teraudit, dengan alasan)",
        "backup" => "Menulis salinan register yang konsisten (aman saat ada yang menulis), mode 0600",
        "rekey" => "Mengganti kunci enkripsi register terenkripsi (hanya build dengan SQLCipher)",
        "check" => "Memeriksa register: integritas SQLite, foreign key, rantai audit",
        _ => return None,
    })
}

/// The commands that write and print what they made or changed (`--format table|json`).
const WRITES: &[&str] = &[
    "intake",
    "consent",
    "consent withdraw",
    "consent refuse",
    "assign",
    "assign end",
    "step start",
    "step finish",
    "step skip",
    "step decide",
    "step pause",
    "step resume",
    "step correct",
    "step void",
    "consent void",
    "case edit",
    "case close",
    "case reopen",
    "case service",
];

// A table (one entry per argument, kept parallel to `src/cli/`), long by nature: not split.
fn arg_help_id(path: &str, id: &str) -> Option<&'static str> {
    Some(match (path, id) {
        (_, "db") => "Berkas register [bawaan: KASUS_DB, selain itu folder data platform, kasus/register.db]",
        (_, "actor") => "Siapa yang menjalankan perintah, untuk jejak audit [bawaan: KASUS_ACTOR, selain itu nama pengguna OS]",
        (_, "lang") => "Bahasa antarmuka: id (Bahasa Indonesia) atau en [bawaan: KASUS_LANG, lalu locale]",
        (_, "no_input") => "Jangan pernah bertanya, bahkan di terminal",
        ("sop show", "version") => "Versi tersimpan [bawaan: yang terbaru]",
        (_, "case") => "Nomor kasus atau UUID (atau nomor urutnya saja, mis. 12, untuk kasus tahun ini)",
        ("step", "at") => {
            "Jalankan per waktu ini [bawaan: sekarang], untuk mencatat di terminal yang dikerjakan lebih awal: \
             setiap tindakan dicatat pada waktu itu. Bentuknya sama dengan setiap --at"
        }
        (_, "at") => "Kapan [bawaan: sekarang]: \"YYYY-MM-DD HH:MM\", \"DD-MM-YYYY HH:MM\", HH:MM, \"kemarin 14:00\", -2h, \"2 jam lalu\", ... waktu kantor",
        ("export", "format") => "Format keluaran: csv, json, ndjson (satu objek JSON per baris) atau xlsx (buku kerja, satu lembar; perlu --out BERKAS.xlsx)",
        ("report monthly", "format") => "html (halamannya) atau xlsx (angkanya sebagai buku kerja); tanpa ini, ekstensi --out yang menentukan. Jika diberikan, ekstensi --out harus sesuai",
        ("calendar recompute", "format") => "Format keluaran",
        (p, "format") if p.starts_with("report ") => {
            "Format keluaran: table, csv, json, ndjson (satu objek JSON per baris) atau xlsx (buku kerja; perlu --out BERKAS.xlsx)"
        }
        ("merge", "format") => "Format keluaran: table (per tabel: baru, sama, konflik) atau json (satu objek)",
        ("intake", "format") => {
            "Format keluaran: table (satu baris untuk orang) atau json (catatan yang dibuat, sebagai satu objek); \
             dengan --template, xlsx menulis templat sebagai buku kerja (perlu --out BERKAS.xlsx)"
        }
        (p, "format") if WRITES.contains(&p) => {
            "Format keluaran: table (satu baris untuk orang) atau json (catatan yang dibuat atau diubah, sebagai satu objek)"
        }
        (_, "json") => "Sama dengan --format json",
        (_, "format") => "Format keluaran: table, csv, json atau ndjson (satu objek JSON per baris)",
        ("step correct", "step") => "Nomor langkah seperti di dokumen",
        ("step correct", "attempt") => "Percobaan ke berapa dari langkah itu [bawaan: yang terakhir]",
        ("step correct", "started_at") => "Waktu mulai yang dibetulkan, dalam bentuk --at",
        ("step correct", "finished_at") => "Waktu selesai yang dibetulkan, dalam bentuk --at (hanya percobaan yang selesai)",
        ("step correct", "by") => "Pelaksana yang dibetulkan (staf, atau untuk langkah dengan peran luar unit, siapa saja)",
        ("step correct", "output") => "Output yang dibetulkan",
        ("step correct", "reason") => "Apa yang salah (ditanyakan di terminal bila tidak ada)",
        ("step void", "step") => "Nomor langkah seperti di dokumen: langkah catatan terakhir kasus",
        ("step void", "attempt") => "Percobaan ke berapa dari langkah itu [bawaan: yang terakhir]",
        ("step void", "reason") => "Mengapa catatan itu salah dicatat (ditanyakan di terminal bila tidak ada)",
        ("consent void", "record") => "Nomor catatan seperti dicetak `case show` dan `consent list` (atau UUID-nya)",
        ("consent void", "reason") => "Mengapa catatan itu salah dicatat (ditanyakan di terminal bila tidak ada)",
        (p, "step") if p.starts_with("step") => "Nomor langkah seperti di dokumen [bawaan: langkah berikutnya]",
        (p, "by") if p.starts_with("step") => {
            "Siapa yang mengerjakan [bawaan: staf yang ditugaskan pada peran langkah]; boleh orang luar unit"
        }
        (_, "note") => "Catatan",
        (_, "output") => "Output langkah",
        ("step pause", "reason") => {
            "waiting-victim (menunggu korban), waiting-agency (menunggu instansi lain), \
             waiting-documents (menunggu dokumen), other (lainnya)"
        }
        ("intake", "victim_name") => "Nama korban",
        ("intake", "victim_phone") => "Nomor telepon korban",
        ("intake", "victim_address") => "Alamat korban",
        ("intake", "victim_kecamatan") => "Kecamatan alamat korban",
        ("intake", "victim_kelurahan") => "Kelurahan atau desa alamat korban",
        ("intake", "complainant_phone") => "Nomor telepon pelapor",
        ("consent withdraw", "scope") => "Yang ditarik: layanan, berbagi-informasi, dokumentasi (dipisah koma)",
        ("consent withdraw", "given_by") => "Siapa yang menarik (korban, atau untuk anak orang tua/wali)",
        ("assign end", "staff") => "Staf yang penugasannya berakhir",
        ("assign end", "role") => "Hanya penugasan dengan peran ini",
        ("step decide", "approve") => "Setujui: alur lanjut ke langkah berikutnya",
        ("step decide", "return_") => "Kembalikan pekerjaan ke langkah yang disebut SOP",
        ("step import", "file") => "Berkas CSV atau buku kerja Excel (.xlsx) berisi catatan langkah; `-` membaca input standar",
        ("step import", "sheet") => "Lembar yang dibaca dari berkas .xlsx [bawaan: yang pertama terlihat]",
        ("sop validate", "files") => "Berkas SOP (TOML) yang diperiksa",
        ("sop import", "file") => "Berkas SOP (TOML)",
        ("sop diff", "file") => "Berkas SOP (TOML) yang disunting, dibandingkan dengan versi tersimpan",
        ("sop diff", "from") => "Versi tersimpan yang dibandingkan [bawaan: yang terbaru]",
        ("sop diff", "to") => "Versi tersimpan pembanding, sebagai ganti berkas",
        ("agency add", "name") => "Nama lembaga, seperti ditampilkan di surat dan daftar",
        ("agency add", "kind") | ("agency list", "kind") | ("agency edit", "kind") => {
            "kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain atau lainnya"
        }
        ("agency add", "region") | ("agency edit", "region") => "Wilayahnya (kota/kabupaten, provinsi)",
        ("agency add", "contact") | ("agency edit", "contact") => {
            "Cara menghubunginya (kantor, telepon): milik lembaga, bukan korban"
        }
        ("agency list", "all") => "Termasuk lembaga nonaktif",
        ("agency edit", "agency") | ("agency deactivate", "agency") => "Lembaga (nama atau UUID)",
        ("agency edit", "name") => "Nama barunya",
        ("referral create", "to") => "Lembaga tujuan (nama atau UUID; lihat `kasus agency list`); di terminal, dipilih dari daftar bila tidak diberikan",
        ("referral create", "service") => {
            "Layanan yang diminta (layanan Simfoni): kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, ..."
        }
        ("referral create", "handover") => "Pelimpahan: kasus ditutup di sini ketika lembaga menerimanya",
        ("referral create", "share") => {
            "Yang dibagikan: identity, contact, chronology, assessment, violence (dipisah koma) [bawaan: tidak ada]"
        }
        ("referral create", "due") => {
            "Standar penyelesaian rujukan ini (mis. 3 hari, 4 jam) [bawaan: pengaturan referral-completion]"
        }
        ("referral create", "override_consent") => {
            "Kirim tanpa persetujuan berbagi informasi yang berlaku (hanya staf yang disebut pengaturan referral-override); perlu --reason"
        }
        ("referral create", "reason") => "Mengapa persetujuan diabaikan (dengan --override-consent)",
        ("referral reject", "reason") => "Mengapa lembaga menolaknya (ditanyakan di terminal bila tidak diberikan)",
        ("referral cancel", "reason") => "Mengapa dibatalkan (ditanyakan di terminal bila tidak diberikan)",
        ("referral done", "result") => "Apa yang dilakukan lembaga (hasilnya; ditanyakan di terminal bila tidak diberikan)",
        ("referral list", "status") => "Hanya rujukan berstatus ini: sent, accepted, rejected, done, cancelled",
        ("referral list", "late") => "Hanya yang terlambat (respons atau penyelesaian melewati standar)",
        ("referral list", "agency") => "Hanya rujukan ke lembaga ini",
        ("referral list", "period") => {
            "Hanya rujukan yang dikirim dalam periode ini: 2026-11, 2026, 2026-Q3, bulan-ini, bulan-lalu, ... (seperti laporan)"
        }
        ("referral list", "received") => "Hanya rujukan yang diterima (pendaftaran lewat saluran rujukan), bukan yang dikirim",
        (p, "id") if p.starts_with("referral ") => "ID rujukan (seperti ditampilkan `referral list`) atau UUID",
        ("referral letter", "out") => {
            "Tulis ke berkas ini: HTML bila berakhiran .html atau .htm, selain itu teks (secara atomik, mode 0600)"
        }
        ("intake", "referred_by") => {
            "Rujukan yang diterima: lembaga perujuk (nama atau UUID di `kasus agency list`); perlu --channel rujukan"
        }
        ("consent", "recipients") => {
            "Persetujuan berbagi informasi hanya untuk jenis penerima ini: kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain, lainnya (dipisah koma) [bawaan: semua jenis]"
        }
        ("consent", "until") => "Hari terakhir persetujuan berbagi informasi berlaku (YYYY-MM-DD, tanggal kantor) [bawaan: tanpa akhir]",
        ("staff add", "name") => "Nama lengkap, seperti pelaksana dicatat di register",
        ("staff add", "roles") => "Peran: pelaksana yang disebut SOP, mis. \"Staff Penerima\" (ulangi untuk beberapa)",
        ("case find", "text") => {
            "Nama (huruf besar/kecil, spasi, aksen, ejaan lama diabaikan), NIK atau telepon (angkanya), atau nomor kasus"
        }
        ("case list", "search") => {
            "Nomor kasus, atau nama korban, pelapor atau pelaku (huruf besar/kecil, aksen, spasi, ejaan lama diabaikan), NIK atau telepon (angkanya)"
        }
        ("case list", "sop") => "Hanya kasus yang mengikuti SOP ini",
        ("case list", "assignee") => "Hanya kasus yang sekarang dipegang staf ini",
        ("case list", "period") => "Dilaporkan dalam periode ini: 2026-11, 2026-Q3, bulan-ini, bulan-lalu, ...",
        ("case list", "from") => "Dilaporkan sejak tanggal atau waktu ini (waktu kantor), inklusif",
        ("case list", "to") => "Dilaporkan sampai tanggal ini (inklusif) atau waktu (eksklusif)",
        ("case list", "child") => "Hanya kasus dengan korban anak",
        ("case list", "urgency") => "Hanya kasus dengan urgensi ini: darurat atau biasa",
        ("case list", "risk") => "Hanya kasus dengan risiko ini: tinggi, sedang atau rendah",
        ("case list", "overdue") => "Hanya kasus dengan langkah berjalan yang melewati standarnya (waktu kerja, seperti `report due`)",
        ("case list", "idle") => "Hanya kasus terbuka tanpa aktivitas langkah selama sekian hari atau lebih",
        ("case list", "step") => "Hanya kasus pada langkah ini: sedang berjalan, atau berikutnya untuk dimulai",
        ("case list", "status") => "Hanya kasus dengan status ini: open (terbuka) atau closed (ditutup)",
        ("case edit", "channel") => "Kanal yang dibetulkan (seperti intake --channel)",
        ("case edit", "place") => "Tempat kejadian yang dibetulkan (seperti intake --place)",
        ("case edit", "reported_at") => "Waktu laporan yang dibetulkan (seperti intake --reported-at, pada tahun yang sama: nomor kasus memuatnya)",
        ("case edit", "incident_date") => "Tanggal kejadian yang dibetulkan (YYYY-MM-DD atau DD-MM-YYYY)",
        ("case edit", "chronology") => "Kronologi yang dibetulkan (teks bebas)",
        ("case edit", "urgency") => "Urgensi yang dibetulkan: darurat atau biasa",
        ("case edit", "risk") => "Risiko yang dibetulkan: tinggi, sedang atau rendah",
        ("case edit", "victim_name") => "Nama korban yang dibetulkan",
        ("case edit", "victim_nik") => "NIK korban yang dibetulkan (tepat 16 digit)",
        ("case edit", "victim_phone") => "Nomor telepon korban yang dibetulkan",
        ("case edit", "victim_address") => "Alamat korban yang dibetulkan",
        ("case edit", "victim_kecamatan") => "Kecamatan alamat korban yang dibetulkan",
        ("case edit", "victim_kelurahan") => "Kelurahan atau desa alamat korban yang dibetulkan",
        ("case edit", "victim_sex") => "Jenis kelamin korban yang dibetulkan: L (laki-laki) atau P (perempuan)",
        ("case edit", "violence") => "Jenis kekerasan yang dibetulkan, menggantikan yang tercatat: fisik, psikis, seksual, ... (dipisah koma)",
        ("case edit", "victim_disability") => "Disabilitas yang dibetulkan (teks bebas)",
        ("case edit", "victim_birth_date") => "Tanggal lahir korban yang dibetulkan (YYYY-MM-DD); umur dan status anak mengikutinya; kosong menghapusnya",
        ("case edit", "victim_age") => "Umur korban yang dibetulkan, dalam tahun pada saat laporan, bila tanggal lahir tidak diketahui",
        ("case edit", "complainant_name") => "Nama pelapor yang dibetulkan (menambahkan pelapor bila kasus belum punya); kosong menghapusnya",
        ("case edit", "complainant_phone") => "Nomor telepon pelapor yang dibetulkan; kosong menghapusnya",
        ("case edit", "complainant_relation") => "Hubungan pelapor dengan korban yang dibetulkan (teks bebas); kosong menghapusnya",
        ("case edit", "remove_complainant") => "Menghapus pelapor: korban melapor sendiri",
        ("case edit", "perpetrator") => "Pelaku yang dibetulkan, menurut nomornya (1, 2, ... seperti di `case show`), dengan --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation",
        ("case edit", "add_perpetrator") => "Menambahkan pelaku, diisi dengan --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation",
        ("case edit", "perpetrator_name") => "Nama pelaku (dengan --perpetrator N atau --add-perpetrator); kosong menghapusnya",
        ("case edit", "perpetrator_sex") => "Jenis kelamin pelaku: L atau P; kosong menghapusnya",
        ("case edit", "perpetrator_age") => "Umur pelaku dalam tahun (0 sampai 130); kosong menghapusnya",
        ("case edit", "perpetrator_relation") => "Hubungan pelaku dengan korban: orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya; kosong menghapusnya",
        ("case edit", "remove_perpetrator") => "Menghapus pelaku nomor N (seperti di `case show`; dapat diulang)",
        ("case edit", "reason") => "Alasan koreksi (wajib; ditanyakan di terminal bila tidak diberikan)",
        ("case service", "provider") => "Siapa yang memberi layanan (kantor atau instansi)",
        ("config get", "key") => "Pengaturan (office-prefix, timezone, ...); tanpa ini, semua pengaturan",
        ("config set", "key") => "Pengaturan yang diubah (office-prefix, timezone, ...)",
        ("config set", "value") => "Nilai barunya",
        ("case close", "reason") => "Mengapa kasus ditutup (ditanyakan di terminal bila tidak ada)",
        ("case reopen", "reason") => "Mengapa kasus dibuka kembali",
        ("merge resolve", "reason") => "Mengapa (disimpan bersama konflik; ditanyakan di terminal bila tidak ada)",
        (_, "reason") => "Alasan",
        ("intake", "sop") => "SOP yang diikuti kasus (kode; lihat `kasus sop list`)",
        (p, "sop") if p.starts_with("report") => "Hanya kasus yang mengikuti SOP ini",
        ("export", "columns") => "Hanya kolom ini, dalam urutan ini, di setiap format (kunci CSV; juga untuk simfoni, di buku kerja dengan labelnya): --columns case_number,status",
        (p, "columns") if p.starts_with("report ") => "Hanya kolom ini, dalam urutan ini, di setiap format (kunci seperti di header CSV; kunci yang tidak dimiliki laporan itu menampilkan daftar kuncinya)",
        (_, "columns") => "Hanya kolom ini, dalam urutan ini, di setiap format (kunci seperti di CSV dan JSON): --columns case_number,status",
        ("report monthly", "period") => "Bulannya: 2026-11, bulan-ini, bulan-lalu (atau this-month, last-month)",
        ("report monthly", "out") => "Tulis halaman ke berkas ini, bernama .html atau .htm (secara atomik, mode 0600; tidak pernah register); tanpa ini, atau dengan -, halaman ke keluaran standar, yang tidak boleh terminal. Bernama .xlsx: buku kerja dengan lembar ringkasan dan lembar kepatuhan, seperti report summary dan report compliance untuk bulan itu",
        ("report monthly", "deidentified") => "Tanpa nomor kasus langkah terlambat juga (halaman tidak pernah memuat nama, NIK, telepon atau alamat)",
        (p, "period") if p.starts_with("report") => "Periode: 2026-11, 2026, 2026-Q3, hari-ini, kemarin, minggu-ini, minggu-lalu, bulan-ini, bulan-lalu, tahun-ini, tahun-lalu (atau today, last-month, ...)",
        (p, "from") if p.starts_with("report") => "Dari tanggal atau waktu ini (waktu kantor), inklusif",
        (p, "to") if p.starts_with("report") => "Sampai tanggal ini (inklusif, sehari penuh) atau waktu (eksklusif)",
        ("assign", "to") => "Staf yang ditugaskan",
        ("assign", "role") => "Peran dalam kasus (peran SOP); pemegang baru menggantikan yang lama",
        ("intake", "allow_duplicate") => {
            "Daftarkan walau korban cocok dengan kasus yang ada (dan, untuk satu kasus tanpa \
             --external-ref, walau laporannya cocok: waktu, SOP, dan nama korban)"
        }
        ("consent", "given_by") => "Siapa yang memberi persetujuan (korban, atau untuk anak orang tua/wali)",
        ("consent", "relation") => "self, parent atau guardian",
        ("consent", "scope") => "layanan, berbagi-informasi, dokumentasi (dipisah koma)",
        ("consent", "method") => "tertulis atau lisan",
        ("consent", "form_ref") => "Nomor formulir persetujuan",
        ("consent refuse", "given_by") => "Siapa yang menolak (korban, atau untuk anak orang tua/wali)",
        ("consent refuse", "relation") => "self, parent atau guardian",
        ("consent refuse", "scope") => "layanan, berbagi-informasi, dokumentasi (dipisah koma)",
        ("consent refuse", "method") => "tertulis atau lisan",
        ("staff list", "all") => "Termasuk staf nonaktif",
        ("export", "table") => "Apa yang diekspor",
        ("export", "out") => "Tulis ke berkas ini (secara atomik: berkas sementara diganti namanya ke tempatnya ketika lengkap; mode 0600; tidak pernah register)",
        ("export", "deidentify") => "Tanpa nama, NIK, telepon, alamat atau kronologi; pseudonim berkunci untuk pengenal",
        ("report overdue", "fail_if_any") => "Keluar dengan kode 10 bila ada yang terlambat atau diam",
        ("report overdue", "idle") => "Kasus terbuka tanpa aktivitas langkah selama sekian hari",
        ("report compliance", "by") => "staff: dipisah per pelaksana; office: angka tiap kantor, lalu angka seluruh register (kantor \"total\")",
        (p, "by") if p.starts_with("report ") => "office: angka tiap kantor, lalu angka seluruh register (kantor \"total\")",
        ("case show" | "assign history" | "consent list", "office") => "Kasus kantor mana, bila beberapa kantor menerbitkan nomor yang sama (register gabungan): own, prefiks nomor kasus kantor itu, UUID-nya atau awal UUID-nya",
        (p, "office") if p.starts_with("report") || p == "case list" || p == "export" => "Hanya baris kantor ini (register gabungan): own, prefiks nomor kasus kantor itu, UUID-nya atau awal UUID-nya",
        (_, "basis") => "Waktu yang dinilai: working (waktu kerja efektif menurut jam tiap langkah) atau wall (jam dinding)",
        ("report due", "within") => "Hanya langkah dengan sisa waktu kerja paling banyak sekian (30m, 2 jam)",
        ("report due", "fail_if_any") => "Keluar dengan kode 10 bila ada langkah peringatan atau lewat (tidak selama kantornya tutup)",
        ("intake", "reported_at") => {
            "Kapan laporan masuk [bawaan: sekarang]; RFC 3339 atau \"YYYY-MM-DD HH:MM\" waktu kantor"
        }
        ("intake", "channel") => "datang-langsung, telepon, si-lacak-perak, rujukan, surat, online",
        ("intake", "victim_nik") => "NIK: tepat 16 digit",
        ("intake", "victim_sex") => "L (laki-laki) atau P (perempuan)",
        ("intake", "victim_birth_date") => "Tanggal lahir: YYYY-MM-DD",
        ("intake", "victim_age") => "Umur dalam tahun saat laporan, bila tanggal lahir tidak diketahui",
        ("intake", "victim_disability") => "Disabilitas, bila ada (teks bebas)",
        ("intake", "complainant_name") => "Pelapor; tanpa ini korban sendiri yang melapor",
        ("intake", "complainant_relation") => {
            "Hubungan pelapor dengan korban (teks bebas, mis. ibu, tetangga, kader PATBM)"
        }
        ("intake", "perpetrator_name") => "Nama pelaku; ulangi flag --perpetrator-* untuk beberapa pelaku",
        ("intake", "perpetrator_sex") => "L atau P (boleh diulang, dengan urutan yang sama)",
        ("intake", "perpetrator_age") => "Umur dalam tahun (boleh diulang)",
        ("intake", "perpetrator_relation") => {
            "orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya"
        }
        ("intake", "violence") => {
            "fisik, psikis, seksual, eksploitasi, trafficking, penelantaran, lainnya (dipisah koma)"
        }
        ("intake", "place") => {
            "rumah-tangga, tempat-kerja, sekolah, lembaga-pendidikan-kilat, fasilitas-umum, lainnya"
        }
        ("intake", "incident_date") => "Tanggal kejadian: YYYY-MM-DD",
        ("intake", "chronology") => "Kronologi (teks bebas)",
        ("intake", "urgency") => "darurat atau biasa [bawaan: biasa]",
        ("intake", "risk") => "tinggi, sedang atau rendah",
        ("intake", "external_ref") => "Pengenal dari sistem asal (unik; untuk impor)",
        ("intake", "from") => {
            "Pendaftaran massal dari berkas CSV (dengan baris judul), JSONL atau Excel (.xlsx); `-` membaca input standar"
        }
        ("intake", "template") => {
            "Cetak judul CSV kosong untuk pendaftaran massal (kolom yang dibaca `--from`); dengan --format xlsx \
             --out BERKAS.xlsx, buku kerja kosong dengan daftar pilihan"
        }
        ("intake", "out") => "Dengan --template: tulis ke berkas ini (secara atomik, mode 0600; tidak pernah register)",
        ("intake", "input_format") => "Format --from [bawaan: dari ekstensi atau isi berkas, selain itu csv]",
        ("intake", "sheet") => "Lembar yang dibaca dari --from .xlsx [bawaan: yang pertama terlihat]",
        ("intake", "skip_invalid") => "Dengan --from: daftarkan baris yang benar dan tulis yang salah ke --rejects",
        ("intake", "rejects") => {
            "Dengan --skip-invalid: baris yang ditolak, dengan nomor baris dan alasannya (CSV, atau .xlsx untuk buku kerja; bisa diimpor apa adanya)"
        }
        ("intake", "delimiter") => {
            "Pemisah kolom CSV di --from: comma (koma), semicolon (titik-koma), tab atau satu karakter \
             [bawaan: dikenali dari baris header]"
        }
        ("intake", "dry_run") => {
            "Dengan --from: periksa dan hitung setiap baris seperti sungguhan, tanpa menulis apa pun ke register"
        }
        ("step import", "delimiter") => {
            "Pemisah kolom CSV: comma (koma), semicolon (titik-koma), tab atau satu karakter \
             [bawaan: dikenali dari baris header]"
        }
        ("step import", "dry_run") => "Periksa setiap baris seperti sungguhan, tanpa mencatat apa pun",
        ("export", "since") => "Hanya baris yang berubah sesudah waktu ini (untuk ekspor malam yang bertahap)",
        ("export", "period") => {
            "Untuk simfoni: kasus yang dilaporkan dalam periode ini (2026-11, 2026-Q3, last-month, ...)"
        }
        ("sop show" | "sop diff", "code") => "Kode SOP (lihat `kasus sop list`)",
        ("staff deactivate", "name") => "Staf (lihat `kasus staff list`)",
        ("case service", "kind") => {
            "pengaduan, kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, \
             reintegrasi-sosial, pemulangan, pendampingan-tokoh-agama"
        }
        ("audit verify", "head") => {
            "Kepala yang disimpan di tempat lain (dari `kasus audit head`): buktikan register masih memuatnya"
        }
        ("audit verify", "data") => {
            "Periksa juga setiap baris data terhadap keadaan teraudit terakhirnya, menyebut setiap \
             baris yang berubah, ditulis di luar kasus, atau hilang (menurut tabel dan kunci)"
        }
        ("calendar show", "from") => "Tanggal pertama (YYYY-MM-DD) [bawaan: Senin minggu ini]",
        ("calendar show", "to") => "Tanggal terakhir, inklusif (YYYY-MM-DD) [bawaan: dua minggu dari --from]",
        ("calendar export", "out") => "Tulis ke berkas ini (secara atomik), bukan ke keluaran standar",
        ("calendar import", "file") => "Berkas kalender (TOML)",
        ("calendar check", "fail_if_any") => "Keluar dengan kode 10 bila ada peringatan",
        ("calendar recompute", "from") => "Tanggal pertama (YYYY-MM-DD, waktu kantor)",
        ("calendar recompute", "to") => "Tanggal terakhir, inklusif (YYYY-MM-DD) [bawaan: hari ini]",
        ("calendar recompute", "dry_run") => "Hitung dan cetak apa yang akan berubah; tidak menulis apa pun",
        ("merge", "file") => {
            "Berkas bundel yang ditulis `kasus bundle export` kantor lain (berkas bernama seperti subperintah: ./conflicts)"
        }
        ("merge", "dry_run") => "Periksa dan hitung semuanya (baru, sama, konflik per tabel), tanpa menulis apa pun",
        ("merge conflicts", "all") => "Termasuk konflik yang sudah diselesaikan",
        ("merge resolve", "id") => "Nomor konflik (`kasus merge conflicts`)",
        ("merge resolve", "keep") => {
            "Versi yang tetap: ours (milik kita; hanya konfliknya yang berubah) atau theirs (milik bundel)"
        }
        ("audit verify", "office") => {
            "Hanya rantai audit yang disimpan untuk kantor yang digabung ini (`kasus merge`): UUID-nya, \
             awalnya, atau prefiks kantornya"
        }
        ("bundle export", "out") => "Berkas bundel yang ditulis (ditolak bila sudah ada, atau bila itu register)",
        ("bundle export", "since") => {
            "Hanya baris yang berubah sejak bundel register ini sebelumnya (berkasnya) atau sejak waktu \
             (2026-03-01, \"2026-03-01 08:00\"), dengan baris tempatnya bergantung"
        }
        ("backup", "file") => "Berkas cadangan (ditolak bila sudah ada, kecuali --force)",
        ("backup", "force") => "Ganti FILE bila sudah ada",
        (_, "out") => "Tulis ke berkas ini, bukan ke keluaran standar (secara atomik, mode 0600; tidak pernah register)",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{about_id, arg_help_id};
    use clap::CommandFactory;

    /// Arguments whose help is meant to stay English only. Empty today: `--lang`, `--help` and
    /// `--version` have Indonesian entries too. Add `(path, id)` here, with a comment saying
    /// why, only for an argument whose English help is deliberately not translated.
    const ENGLISH_ONLY: &[(&str, &str)] = &[];

    /// Every command and subcommand of `src/cli/` has an Indonesian about, and every argument
    /// has help in English (a doc comment in `src/cli/`) and in Indonesian (an entry here). The tree walked is the one [`localize`]
    /// walks: clap's own `help` subcommand and `-h`/`-V` are added later by clap (`-h`/`-V` in
    /// Indonesian by `localize` itself).
    ///
    /// [`localize`]: super::localize
    #[test]
    fn every_command_and_argument_has_indonesian_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            if about_id(path).is_none() {
                missing.push(format!("command '{path}': about_id"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                let has_english = a.get_help().is_some() || a.get_long_help().is_some();
                if !has_english && !matches!(id, "help" | "version") {
                    missing.push(format!(
                        "argument '{id}' of '{path}': no English help in cli/"
                    ));
                }
                if has_english
                    && arg_help_id(path, id).is_none()
                    && !super::tests::ENGLISH_ONLY.contains(&(path, id))
                {
                    missing.push(format!("argument '{id}' of '{path}': arg_help_id"));
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path = format!("{path} {}", sub.get_name()).trim().to_string();
                walk(sub, &sub_path, missing);
            }
        }
        let cmd = crate::cli::Cli::command();
        let mut missing = Vec::new();
        walk(&cmd, "", &mut missing);
        assert!(
            missing.is_empty(),
            "no Indonesian help in src/text/help.rs for:\n  {}",
            missing.join("\n  ")
        );
    }
}
