#!/usr/bin/env python3
"""Synthetic intake CSV for the benchmark (issue 19): N cases of varied, made-up data.

    python3 benches/gen.py N > cases.csv        # N from 1 to 1,000,000 and more
    python3 benches/gen.py N --seed 7 > cases.csv

Nothing here comes from a list of real people: every name is built from syllables (two made-up
given names, or one and the surname "Contoh"), every NIK is a made-up number with the shape of a
real one (province and regency codes, district, birth date with 40 added to the day for a woman,
a serial), every phone number and address is made up. The data varies as a register's does:

- report times over a year, 2025-12-01 to 2026-11-30, in file order (as an export of a register
  is), mostly in office hours;
- all five built-in SOPs (`kasus sop list`), six channels, seven violence types (one to three per
  case), places, urgency and risk;
- about 2.4 people per case: the victim, a complainant in about 30% of cases, zero to three
  perpetrators (`;`-separated lists, some with unknown values);
- about a quarter of victims children (age under 18 at the report), a few with only an age, about
  three quarters with a NIK; every (name, birth date) and every NIK unique, so that intake's
  duplicate checks find nothing and no `--allow-duplicate` is needed.

Deterministic for a given N and seed. Streams: memory stays flat whatever N (the NIK set aside).
"""
import csv
import random
import sys
from datetime import date, datetime, timedelta

COLUMNS = ("sop,reported_at,channel,victim_name,victim_nik,victim_sex,victim_birth_date,victim_age,"
           "victim_phone,victim_address,victim_kecamatan,victim_kelurahan,victim_disability,"
           "complainant_name,complainant_phone,complainant_relation,perpetrator_name,perpetrator_sex,"
           "perpetrator_age,perpetrator_relation,violence,place,incident_date,chronology,urgency,risk,"
           "external_ref").split(",")

# The five built-in SOPs, weighted as a register's mix might be.
SOPS = [("babel-18-2024", 25), ("batam-34-2020", 25), ("pulangpisau-8-2021", 20),
        ("tangerang-357-2025", 15), ("tangerang-713-2025", 15)]
CHANNELS = [("datang-langsung", 35), ("telepon", 25), ("si-lacak-perak", 8), ("rujukan", 12),
            ("surat", 5), ("online", 15)]
VIOLENCE = [("fisik", 30), ("psikis", 30), ("seksual", 20), ("penelantaran", 8), ("eksploitasi", 4),
            ("trafficking", 2), ("lainnya", 6)]
PLACES = [("rumah-tangga", 55), ("sekolah", 8), ("tempat-kerja", 7), ("fasilitas-umum", 15),
          ("lainnya", 10), ("", 5)]
RELATIONS = ["suami-istri", "orang-tua", "keluarga", "tetangga", "pacar-teman", "guru", "majikan",
             "rekan-kerja", "lainnya"]
COMPLAINANT_RELATIONS = ["ibu", "ayah", "keluarga", "tetangga", "guru", "teman", "kader", ""]
DISABILITY = ["tuna rungu", "tuna netra", "tuna daksa", "disabilitas intelektual"]

# Syllables for made-up names (plain consonant-vowel syllables: no old-spelling pairs such as
# "oe" or "dj" that name matching folds together, so that every generated name stays distinct).
SYL = ["ba", "bi", "bu", "da", "di", "du", "ga", "gi", "ha", "ka", "ki", "ku", "la", "li", "lu",
       "ma", "mi", "mu", "na", "ni", "nu", "ra", "ri", "ru", "sa", "si", "su", "ta", "ti", "tu",
       "wa", "wi", "ya", "yu", "ra", "se"]
SYL = sorted(set(SYL))
ENDS = ["", "n", "h", "r", "t", "s", "m", "ng"]
PLACE_SYL = ["Kebun", "Sungai", "Bukit", "Tanjung", "Pulau", "Padang", "Rawa", "Talang"]

# Province codes with regency counts (shapes of real codes; the numbers are made up).
PROVINCES = [(11, 23), (12, 33), (13, 19), (14, 12), (15, 11), (16, 17), (17, 10), (18, 15), (19, 7),
             (21, 7), (31, 6), (32, 27), (33, 35), (34, 5), (35, 38), (36, 8), (51, 9), (52, 10),
             (53, 22), (61, 14), (62, 14), (63, 13), (64, 10), (71, 15), (73, 24), (81, 11), (91, 29)]

START = datetime(2025, 12, 1, 0, 0)
SPAN_MIN = 365 * 24 * 60  # 2025-12-01 .. 2026-11-30


def weighted(pairs):
    names = [p[0] for p in pairs]
    cum, total = [], 0
    for _, w in pairs:
        total += w
        cum.append(total)
    return names, cum


def pick(rng, table):
    names, cum = table
    return rng.choices(names, cum_weights=cum)[0]


def word(n, digits):
    """A made-up word: `digits` syllables read from n (mixed radix), with an ending."""
    out = []
    for _ in range(digits):
        n, d = divmod(n, len(SYL))
        out.append(SYL[d])
    n, e = divmod(n, len(ENDS))
    return ("".join(out) + ENDS[e]).capitalize(), n


def unique_name(i):
    """A made-up two-word name, distinct for every i below 36^4 * 64 (about 107 million)."""
    # Spread consecutive i over the syllables: k = i * A mod M is a bijection of [0, M) (A is
    # prime to M), and the two words together are k in mixed radix.
    m = (len(SYL) ** 2 * len(ENDS)) ** 2
    k = (i * 1000003) % m
    first, k = word(k, 2)
    second, _ = word(k, 2)
    if i % 3 == 0:
        return f"{first} {second} Contoh"
    return f"{first} {second}"


def made_name(rng):
    return f"{word(rng.randrange(1 << 20), 2 + rng.randrange(2))[0]} Contoh"


def nik(rng, birth, female, used):
    prov, regs = PROVINCES[rng.randrange(len(PROVINCES))]
    reg = 1 + rng.randrange(regs)
    dist = 1 + rng.randrange(30)
    day = birth.day + (40 if female else 0)
    while True:
        serial = 1 + rng.randrange(9999)
        n = f"{prov:02d}{reg:02d}{dist:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
        if n not in used:
            used.add(n)
            return n


def main():
    args = sys.argv[1:]
    seed = 19
    if "--seed" in args:
        at = args.index("--seed")
        seed = int(args[at + 1])
        del args[at:at + 2]
    n = int(args[0]) if args else 100000
    rng = random.Random(seed)
    sops, channels, violence, places = weighted(SOPS), weighted(CHANNELS), weighted(VIOLENCE), weighted(PLACES)
    used_nik = set()
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(COLUMNS)
    step = SPAN_MIN / max(n, 1)
    for i in range(1, n + 1):
        # Report times in order over the year, jittered; mostly office hours.
        minute = int((i - 1) * step + rng.random() * step)
        reported = START + timedelta(minutes=minute)
        if rng.random() < 0.85 and not 8 <= reported.hour < 16:
            reported = reported.replace(hour=8 + rng.randrange(8))
        child = rng.random() < 0.25
        female = rng.random() < 0.82
        age_years = rng.randrange(1, 18) if child else rng.randrange(18, 70)
        birth = (reported.date() - timedelta(days=age_years * 365 + rng.randrange(365)))
        known_birth = rng.random() < 0.93
        has_nik = known_birth and rng.random() < (0.55 if child else 0.85)
        incident = reported.date() - timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 7, 14, 30, 90]))
        if incident < birth:
            incident = reported.date()

        complainant = rng.random() < 0.30
        k = rng.random()
        perps = 0 if k < 0.15 else 1 if k < 0.80 else 2 if k < 0.95 else 3
        pn, ps, pa, pr = [], [], [], []
        for _ in range(perps):
            pn.append(made_name(rng) if rng.random() < 0.8 else "")
            ps.append("L" if rng.random() < 0.88 else "P")
            pa.append(str(rng.randrange(14, 75)) if rng.random() < 0.75 else "")
            pr.append(rng.choice(RELATIONS))
        types = {pick(rng, violence)}
        while rng.random() < 0.35 and len(types) < 3:
            types.add(pick(rng, violence))
        kec = f"{rng.choice(PLACE_SYL)} {word(rng.randrange(4096), 2)[0]}"
        w.writerow([
            pick(rng, sops),
            reported.strftime("%Y-%m-%d %H:%M"),
            pick(rng, channels),
            unique_name(i),
            nik(rng, birth, female, used_nik) if has_nik else "",
            "P" if female else "L",
            birth.isoformat() if known_birth else "",
            "" if known_birth else str(age_years),
            f"08{rng.randrange(11, 99)}{rng.randrange(10**7, 10**8)}" if rng.random() < 0.7 else "",
            f"Jl. {word(rng.randrange(4096), 2)[0]} No. {rng.randrange(1, 300)}" if rng.random() < 0.8 else "",
            kec,
            f"Kelurahan {word(rng.randrange(4096), 2)[0]}",
            rng.choice(DISABILITY) if rng.random() < 0.03 else "",
            made_name(rng) if complainant else "",
            f"08{rng.randrange(11, 99)}{rng.randrange(10**7, 10**8)}" if complainant and rng.random() < 0.8 else "",
            rng.choice(COMPLAINANT_RELATIONS) if complainant else "",
            ";".join(pn) if perps else "",
            ";".join(ps) if perps else "",
            ";".join(pa) if perps else "",
            ";".join(pr) if perps else "",
            ",".join(sorted(types)),
            pick(rng, places),
            incident.isoformat() if rng.random() < 0.8 else "",
            "Kronologi contoh, sintetis untuk uji kecepatan." if rng.random() < 0.9 else "",
            "darurat" if rng.random() < (0.2 if child else 0.1) else "biasa",
            rng.choice(["tinggi", "sedang", "sedang", "rendah", ""]),
            f"GEN-{i:07d}" if rng.random() < 0.8 else "",
        ])


if __name__ == "__main__":
    main()
