//! The five documents' own values, written from the documents (the extracted texts in the seeds'
//! folder: step numbers, the first words of each activity, the Waktu column as printed, and the
//! stated total), and a test that every embedded SOP still says them: an edit of a built-in
//! file that changes a step, a time or a total fails here.

use super::catalog::BUILTIN;
use super::file::load;

/// One step as its document prints it: number, the activity's first words, the Waktu cell, and
/// its seconds (low and high end; None for an open-ended time).
type DocStep = (u32, &'static str, &'static str, Option<u64>, Option<u64>);

/// One document: code, steps, the total it states, and the totals they give (the minimum
/// without the conditional steps, the maximum, open-ended).
struct Doc {
    code: &'static str,
    steps: &'static [DocStep],
    stated: Option<&'static str>,
    min: u64,
    max: u64,
    open_ended: bool,
}

const M: u64 = 60;

const DOCUMENTS: &[Doc] = &[
    // 000: Tangerang 713 Tahun 2025, "TOTAL WAKTU PELAYANAN 7 Jam".
    Doc {
        code: "tangerang-713-2025",
        steps: &[
            (1, "Melakukan:", "6 Jam", Some(360 * M), Some(360 * M)),
            (
                2,
                "Melakukan Input data",
                "20 Menit",
                Some(20 * M),
                Some(20 * M),
            ),
            (
                4,
                "Memberikan Laporan dan Permohonan",
                "10 Menit",
                Some(10 * M),
                Some(10 * M),
            ),
            (
                6,
                "Menerima Laporan dan Memberikan",
                "30 Menit",
                Some(30 * M),
                Some(30 * M),
            ),
        ],
        stated: Some("7 Jam"),
        min: 25_200,
        max: 25_200,
        open_ended: false,
    },
    // 001: Babel 18/SOP/UPTD-PPA/DP3ACSKB/2024, no stated total.
    Doc {
        code: "babel-18-2024",
        steps: &[
            (
                1,
                "Mengecek ulang hasil asesmen",
                "10 menit",
                Some(10 * M),
                Some(10 * M),
            ),
            (
                2,
                "Memberikan informasi tentang proses",
                "45 Menit",
                Some(45 * M),
                Some(45 * M),
            ),
            (
                3,
                "Memberikan intervensi layanan",
                "30 menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                4,
                "Melakukan koordinasi secara intensif",
                "Tergantung jenis intervensi layanan kesehatan",
                None,
                None,
            ),
            (
                5,
                "Mereview hasil layanan",
                "30 menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                6,
                "Mengakhiri kegiatan pendampingan",
                "30 menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                7,
                "Menerima laporan dari pelayanan kesehatan",
                "60 menit",
                Some(60 * M),
                Some(60 * M),
            ),
            (
                8,
                "Melakukan pendokumentasian",
                "30 menit",
                Some(30 * M),
                Some(30 * M),
            ),
        ],
        stated: None,
        min: 14_100,
        max: 14_100,
        open_ended: true,
    },
    // 002: Tangerang 357 DP Tahun 2025, "JUMLAH TOTAL WAKTU 4 jam 41 menit"; steps 6 and 8 are
    // conditional ("apabila diperlukan ...", "khusus perangkat daerah koordinator").
    Doc {
        code: "tangerang-357-2025",
        steps: &[
            (
                1,
                "Menerima Informasi Pengaluan KDRT",
                "20 detik",
                Some(20),
                Some(20),
            ),
            (2, "Melaporkan data pelapor", "30 detik", Some(30), Some(30)),
            (
                3,
                "Menghubungi dan menugaskan Satgas PPA",
                "30 detik",
                Some(30),
                Some(30),
            ),
            (
                4,
                "Mempersiapkan kelengkapan dan pergerakan",
                "10 Menit",
                Some(10 * M),
                Some(10 * M),
            ),
            (
                5,
                "Tindak Lanjut Pengaduan",
                "4 jam",
                Some(240 * M),
                Some(240 * M),
            ),
            (
                6,
                "Koordinasi dengan Operator 112",
                "5 Menit",
                Some(5 * M),
                Some(5 * M),
            ),
            (
                7,
                "Membuat laporan ke Kepala UPTD PPA",
                "15 menit",
                Some(15 * M),
                Some(15 * M),
            ),
            (
                8,
                "Menyampaikan laporan penanganan kejadian",
                "10 menit",
                Some(10 * M),
                Some(10 * M),
            ),
        ],
        stated: Some("4 jam 41 menit"),
        min: 15_980,
        max: 16_880,
        open_ended: false,
    },
    // 003: Batam 34/DP3A-PP-KB/SOP/II/2020, no stated total.
    Doc {
        code: "batam-34-2020",
        steps: &[
            (
                1,
                "Pelapor menyerahkan surat permohonan",
                "5 Menit",
                Some(5 * M),
                Some(5 * M),
            ),
            (
                2,
                "Staf menerima berkas",
                "60 menit",
                Some(60 * M),
                Some(60 * M),
            ),
            (
                3,
                "Membuat laporan hasil konseling",
                "30 menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                4,
                "Meneliti, mengoreksi laporan kasus",
                "30 menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                5,
                "Memutuskan untuk melakukan pendampingan",
                "30 menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                6,
                "Melakukan Koordinasi dengan Pihak",
                "60 menit",
                Some(60 * M),
                Some(60 * M),
            ),
        ],
        stated: None,
        min: 12_900,
        max: 12_900,
        open_ended: false,
    },
    // 004: Pulang Pisau 8.or-3/DP3AP2KB-PPPA/I/2021, no stated total.
    Doc {
        code: "pulangpisau-8-2021",
        steps: &[
            (
                1,
                "Menerima dan mencatat identitas",
                "5 Menit",
                Some(5 * M),
                Some(5 * M),
            ),
            (
                2,
                "Melakukan identifikasi singkat",
                "15 - 30 Menit",
                Some(15 * M),
                Some(30 * M),
            ),
            (
                3,
                "Menerima tindak lanjut dan rekomendasi",
                "15 Menit",
                Some(15 * M),
                Some(15 * M),
            ),
            (
                4,
                "Menandatangani Surat Pengantar Rujukan",
                "5 Menit",
                Some(5 * M),
                Some(5 * M),
            ),
            (
                5,
                "Membawa korban ke tempat",
                "30 Menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                6,
                "Memantau korban sampai dalam keadaan aman",
                "60 Menit",
                Some(60 * M),
                Some(60 * M),
            ),
            (
                7,
                "Melakukan identifikasi kasus",
                "60 Menit",
                Some(60 * M),
                Some(60 * M),
            ),
            (
                8,
                "Menerima tindak lanjut dan merekomendasikan",
                "30 Menit",
                Some(30 * M),
                Some(30 * M),
            ),
            (
                9,
                "Korban / Keluarga menyetujui",
                "5 Menit",
                Some(5 * M),
                Some(5 * M),
            ),
            (
                10,
                "Melaksanakan mediasi / negosiasi",
                "60 - 120 Menit",
                Some(60 * M),
                Some(120 * M),
            ),
            (
                11,
                "Melaksanakan koordinasi dan membuat",
                "60 Menit",
                Some(60 * M),
                Some(60 * M),
            ),
            (
                12,
                "Melakukan pemantauan keadaan korban",
                "Sesuai waktu layanan",
                None,
                None,
            ),
            (
                13,
                "Mendokumentasikan laporan penanganan",
                "10 Menit",
                Some(10 * M),
                Some(10 * M),
            ),
        ],
        stated: None,
        min: 21_300,
        max: 25_800,
        open_ended: true,
    },
];

#[test]
fn every_embedded_sop_says_its_documents_steps_times_and_totals() {
    assert_eq!(BUILTIN.len(), DOCUMENTS.len());
    for doc in DOCUMENTS {
        let (_, text) = BUILTIN
            .iter()
            .find(|(n, _)| n.trim_end_matches(".toml") == doc.code)
            .unwrap_or_else(|| panic!("no built-in {}", doc.code));
        let l = load(text);
        assert!(l.problems.is_empty(), "{}: {:?}", doc.code, l.problems);
        let sop = l.sop.unwrap();
        let got: Vec<u32> = sop.steps.iter().map(|s| s.number).collect();
        let want: Vec<u32> = doc.steps.iter().map(|s| s.0).collect();
        assert_eq!(got, want, "{}: step numbers", doc.code);
        for &(n, start, time, lo, hi) in doc.steps {
            let s = sop.step(n).unwrap();
            let place = format!("{} step {n}", doc.code);
            assert!(
                s.activity.starts_with(start),
                "{place}: activity {:?}",
                s.activity
            );
            assert_eq!(s.standard.text, time, "{place}: time as written");
            assert_eq!(
                (s.standard.min_secs, s.standard.max_secs),
                (lo, hi),
                "{place}: seconds"
            );
        }
        let t = &sop.total;
        assert_eq!(t.stated_text.as_deref(), doc.stated, "{}: stated", doc.code);
        assert_eq!(
            (t.min_secs, t.max_secs, t.open_ended),
            (doc.min, doc.max, doc.open_ended),
            "{}: totals",
            doc.code
        );
        assert!(!t.disagrees(), "{}: the stated total disagrees", doc.code);
        // The minimum is the sum of the unconditional steps' low ends, the maximum of every
        // step's high end: the table's own figures add up.
        let conditional: Vec<u32> = sop
            .steps
            .iter()
            .filter(|s| s.condition.is_some())
            .map(|s| s.number)
            .collect();
        let min: u64 = doc
            .steps
            .iter()
            .filter(|s| !conditional.contains(&s.0))
            .filter_map(|s| s.3)
            .sum();
        let max: u64 = doc.steps.iter().filter_map(|s| s.4).sum();
        assert_eq!(
            (min, max),
            (doc.min, doc.max),
            "{}: the table adds up",
            doc.code
        );
    }
}
