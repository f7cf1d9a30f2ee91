#!/usr/bin/env python3
"""Synthetic intake CSV for the benchmark: N cases, every name made up ("Korban123 Contoh"),
every NIK a made-up 16-digit number. Usage: python3 benches/gen.py N > cases.csv"""
import csv
import sys

COLUMNS = ("sop,reported_at,channel,victim_name,victim_nik,victim_sex,victim_birth_date,victim_age,"
           "victim_phone,victim_address,victim_kecamatan,victim_kelurahan,victim_disability,"
           "complainant_name,complainant_phone,complainant_relation,perpetrator_name,perpetrator_sex,"
           "perpetrator_age,perpetrator_relation,violence,place,incident_date,chronology,urgency,risk,"
           "external_ref").split(",")
SOPS = ["babel-18-2024", "batam-34-2020", "pulangpisau-8-2021", "tangerang-357-2025", "tangerang-713-2025"]
CHANNELS = ["datang-langsung", "telepon", "si-lacak-perak", "rujukan", "surat", "online"]
VIOLENCE = ["fisik", "psikis", "seksual", "fisik,psikis", "penelantaran", "eksploitasi"]
PLACES = ["rumah-tangga", "sekolah", "tempat-kerja", "fasilitas-umum", "lainnya"]
RELATIONS = ["suami-istri", "orang-tua", "keluarga", "tetangga", "pacar-teman", "guru"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(COLUMNS)
    for i in range(1, n + 1):
        day = i % 28 + 1
        month = i % 12 + 1
        year = 2025
        w.writerow([
            SOPS[i % len(SOPS)],
            f"{year}-{month:02d}-{day:02d} {8 + i % 9:02d}:{i % 60:02d}",
            CHANNELS[i % len(CHANNELS)],
            f"Korban{i} Contoh",
            f"3171{i:012d}",
            "P" if i % 5 else "L",
            f"{1960 + i % 55}-{(i // 7) % 12 + 1:02d}-{(i // 3) % 28 + 1:02d}",
            "",
            f"0812{i:08d}",
            f"Jl. Contoh No. {i % 300}",
            "Kecamatan Contoh",
            "Kelurahan Contoh",
            "",
            "Pelapor Contoh" if i % 3 == 0 else "",
            "",
            "tetangga" if i % 3 == 0 else "",
            "Pelaku Contoh",
            "L",
            str(20 + i % 50),
            RELATIONS[i % len(RELATIONS)],
            VIOLENCE[i % len(VIOLENCE)],
            PLACES[i % len(PLACES)],
            f"{year}-{month:02d}-{max(day - 1, 1):02d}",
            "Kronologi contoh, sintetis untuk uji kecepatan.",
            "biasa" if i % 10 else "darurat",
            "sedang",
            f"GEN-{i:07d}",
        ])


if __name__ == "__main__":
    main()
