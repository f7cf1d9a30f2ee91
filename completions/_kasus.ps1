
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kasus' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kasus'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kasus' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('intake', 'intake', [CompletionResultType]::ParameterValue, 'Register a case (prompts at a terminal; every field is also a flag)')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record informed consent (persetujuan layanan), a refusal, or a withdrawal')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a case (and a role in it) to staff; show who held it when')
            [CompletionResult]::new('step', 'step', [CompletionResultType]::ParameterValue, 'Walk a case through its SOP: start, finish, skip and decide steps')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: case timelines, compliance with standard times, steps due and overdue, workload')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the register (or a de-identified copy) as CSV/JSON, and for Simfoni PPA')
            [CompletionResult]::new('sop', 'sop', [CompletionResultType]::ParameterValue, 'The SOP catalogue: list, show, validate and import SOP files')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The office calendar: working hours, overrides, single dates and holidays')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff and their roles')
            [CompletionResult]::new('referral', 'referral', [CompletionResultType]::ParameterValue, 'Referrals (rujukan) and handovers (pelimpahan) to partner agencies, timed and gated by consent to share')
            [CompletionResult]::new('agency', 'agency', [CompletionResultType]::ParameterValue, 'The directory of partner agencies (rumah sakit, UPPA, LBH, rumah aman, ...)')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Cases: list, show, edit, close, reopen, and services given')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: verify the hash chain, print its head')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The register''s settings (office prefix, time zone)')
            [CompletionResult]::new('bundle', 'bundle', [CompletionResultType]::ParameterValue, 'Office bundles: this office''s rows and audit chain in one file, for another office''s register')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge another office''s bundle: checked first, then its rows by UUID in one transaction; never overwrites')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register (safe while others write), mode 0600')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Change the encryption key of an encrypted register (builds with SQLCipher only)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register: SQLite''s integrity check, foreign keys, the audit chain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;intake' {
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'The SOP the case follows (code; see `kasus sop list`)')
            [CompletionResult]::new('--reported-at', '--reported-at', [CompletionResultType]::ParameterName, 'When the report came in [default: now]; RFC 3339 or "YYYY-MM-DD HH:MM" office time')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'datang-langsung, telepon, si-lacak-perak, rujukan, surat, online')
            [CompletionResult]::new('--victim-name', '--victim-name', [CompletionResultType]::ParameterName, 'The victim''s name')
            [CompletionResult]::new('--victim-nik', '--victim-nik', [CompletionResultType]::ParameterName, 'NIK: exactly 16 digits')
            [CompletionResult]::new('--victim-sex', '--victim-sex', [CompletionResultType]::ParameterName, 'L (laki-laki) or P (perempuan)')
            [CompletionResult]::new('--victim-birth-date', '--victim-birth-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--victim-age', '--victim-age', [CompletionResultType]::ParameterName, 'Age in years at the report, when the birth date is not known')
            [CompletionResult]::new('--victim-phone', '--victim-phone', [CompletionResultType]::ParameterName, 'The victim''s phone number')
            [CompletionResult]::new('--victim-address', '--victim-address', [CompletionResultType]::ParameterName, 'The victim''s address')
            [CompletionResult]::new('--victim-kecamatan', '--victim-kecamatan', [CompletionResultType]::ParameterName, 'Kecamatan (district) of the victim''s address')
            [CompletionResult]::new('--victim-kelurahan', '--victim-kelurahan', [CompletionResultType]::ParameterName, 'Kelurahan or desa of the victim''s address')
            [CompletionResult]::new('--victim-disability', '--victim-disability', [CompletionResultType]::ParameterName, 'Disability, if any (free text)')
            [CompletionResult]::new('--complainant-name', '--complainant-name', [CompletionResultType]::ParameterName, 'The complainant (pelapor); without it the victim reported (self-report)')
            [CompletionResult]::new('--complainant-phone', '--complainant-phone', [CompletionResultType]::ParameterName, 'The complainant''s phone number')
            [CompletionResult]::new('--complainant-relation', '--complainant-relation', [CompletionResultType]::ParameterName, 'The complainant''s relation to the victim (free text, e.g. ibu, tetangga, kader PATBM)')
            [CompletionResult]::new('--perpetrator-name', '--perpetrator-name', [CompletionResultType]::ParameterName, 'Perpetrator (pelaku) name; repeat the --perpetrator-* flags for several perpetrators')
            [CompletionResult]::new('--perpetrator-sex', '--perpetrator-sex', [CompletionResultType]::ParameterName, 'L or P (repeatable, in the same order)')
            [CompletionResult]::new('--perpetrator-age', '--perpetrator-age', [CompletionResultType]::ParameterName, 'Age in years (repeatable)')
            [CompletionResult]::new('--perpetrator-relation', '--perpetrator-relation', [CompletionResultType]::ParameterName, 'orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya')
            [CompletionResult]::new('--violence', '--violence', [CompletionResultType]::ParameterName, 'fisik, psikis, seksual, eksploitasi, trafficking, penelantaran, lainnya (comma-separated)')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'rumah-tangga, tempat-kerja, sekolah, lembaga-pendidikan-kilat, fasilitas-umum, lainnya')
            [CompletionResult]::new('--incident-date', '--incident-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--chronology', '--chronology', [CompletionResultType]::ParameterName, 'Chronology (free text)')
            [CompletionResult]::new('--urgency', '--urgency', [CompletionResultType]::ParameterName, 'darurat or biasa [default: biasa]')
            [CompletionResult]::new('--risk', '--risk', [CompletionResultType]::ParameterName, 'tinggi, sedang or rendah')
            [CompletionResult]::new('--external-ref', '--external-ref', [CompletionResultType]::ParameterName, 'An identifier from the source system (unique; for imports)')
            [CompletionResult]::new('--referred-by', '--referred-by', [CompletionResultType]::ParameterName, 'A received referral: the referring agency (name or UUID in `kasus agency list`); needs --channel rujukan')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made, as one object); with --template, xlsx writes the template as a workbook (needs --out FILE.xlsx)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Bulk intake from a CSV (with a header), JSONL or Excel (.xlsx) file; `-` reads standard input')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'With --template: write it to this file (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'The format of --from [default: from the file''s extension or contents, else csv]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet of an .xlsx --from to read [default: the first visible one]')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'With --skip-invalid: the rejected rows with their line and reason (CSV, or .xlsx for a workbook; importable as it is)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV delimiter of --from: comma, semicolon, tab or one character [default: found on the header line]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Register even when the victim matches an existing case (and, for one case without --external-ref, when its report does: its time, SOP and victim''s name)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print an empty CSV header for bulk intake (the columns `--from` reads); with --format xlsx --out FILE.xlsx, an empty workbook with drop-down lists')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'With --from: register the good rows and write the bad ones to --rejects')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --from: check and count every row as for real, write nothing to the register')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;consent' {
            [CompletionResult]::new('--given-by', '--given-by', [CompletionResultType]::ParameterName, 'Who gave consent (the victim, or for a child a parent or guardian)')
            [CompletionResult]::new('--relation', '--relation', [CompletionResultType]::ParameterName, 'self, parent or guardian')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'layanan, berbagi-informasi, dokumentasi (comma-separated)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'tertulis (written) or lisan (oral)')
            [CompletionResult]::new('--form-ref', '--form-ref', [CompletionResultType]::ParameterName, 'The consent form''s reference')
            [CompletionResult]::new('--recipients', '--recipients', [CompletionResultType]::ParameterName, 'Consent to share (berbagi-informasi) covers only these kinds of recipient: kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain, lainnya (comma-separated) [default: every kind]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day consent to share holds (YYYY-MM-DD, office date) [default: no end]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Record a withdrawal of consent for some scopes')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Record a refusal (the fields of a consent, asked at a terminal): the SOP''s flow ends at the case''s consent step')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a case''s consent events and what is in force')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;consent;withdraw' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'What is withdrawn: layanan, berbagi-informasi, dokumentasi (comma-separated)')
            [CompletionResult]::new('--given-by', '--given-by', [CompletionResultType]::ParameterName, 'Who withdraws it (the victim, or for a child a parent or guardian)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;consent;refuse' {
            [CompletionResult]::new('--given-by', '--given-by', [CompletionResultType]::ParameterName, 'Who refused (the victim, or for a child a parent or guardian)')
            [CompletionResult]::new('--relation', '--relation', [CompletionResultType]::ParameterName, 'self, parent or guardian')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'layanan, berbagi-informasi, dokumentasi (comma-separated)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'tertulis (written) or lisan (oral)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;consent;void' {
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'The record''s number as `case show` and `consent list` print it (or its UUID)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it was recorded by mistake (asked at a terminal when not given)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;consent;list' {
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Whose case, when offices issued the same number (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;consent;help' {
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Record a withdrawal of consent for some scopes')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Record a refusal (the fields of a consent, asked at a terminal): the SOP''s flow ends at the case''s consent step')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a case''s consent events and what is in force')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;consent;help;withdraw' {
            break
        }
        'kasus;consent;help;refuse' {
            break
        }
        'kasus;consent;help;void' {
            break
        }
        'kasus;consent;help;list' {
            break
        }
        'kasus;consent;help;help' {
            break
        }
        'kasus;assign' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The staff member')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role in the case (a SOP role); a new holder of a role replaces the old one')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who held the case, in which role, when')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an assignment without a successor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;assign;history' {
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Whose case, when offices issued the same number (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;assign;end' {
            [CompletionResult]::new('--staff', '--staff', [CompletionResultType]::ParameterName, 'The staff member whose assignment ends')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only the assignment in this role')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;assign;help' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who held the case, in which role, when')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an assignment without a successor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;assign;help;history' {
            break
        }
        'kasus;assign;help;end' {
            break
        }
        'kasus;assign;help;help' {
            break
        }
        'kasus;step' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Walk as of this time [default: now], for entering at a terminal what was done earlier: every action of the walk is recorded at it. The same forms as every --at')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the next step (or --step N)')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Finish the running step, with its output')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a conditional step that is not needed, with the reason')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Finish a decision step: approve, or return the work to the step the SOP names')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause the running step''s clock while it waits on the victim, another agency or documents')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused step''s clock')
            [CompletionResult]::new('correct', 'correct', [CompletionResultType]::ParameterValue, 'Correct a recorded attempt''s start, finish, performer or output, with the reason; its time is judged again')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void the case''s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;step;start' {
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'The step number as in the document [default: the next step]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;finish' {
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'The step number as in the document [default: the next step]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The step''s output (what the SOP says the step produces)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;skip' {
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'The step number as in the document [default: the next step]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (free text)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;decide' {
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'The step number as in the document [default: the next step]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The step''s output (what the SOP says the step produces)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--approve', '--approve', [CompletionResultType]::ParameterName, 'Approve: the flow goes on to the next step')
            [CompletionResult]::new('--return', '--return', [CompletionResultType]::ParameterName, 'Return the work to the step the SOP names')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;pause' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'waiting-victim, waiting-agency, waiting-documents, other')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;resume' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;correct' {
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'The step number as in the document')
            [CompletionResult]::new('--attempt', '--attempt', [CompletionResultType]::ParameterName, 'Which attempt of the step [default: its latest]')
            [CompletionResult]::new('--started-at', '--started-at', [CompletionResultType]::ParameterName, 'The corrected start, in the forms of --at')
            [CompletionResult]::new('--finished-at', '--finished-at', [CompletionResultType]::ParameterName, 'The corrected finish, in the forms of --at (a finished attempt only)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'The corrected performer (a staff member, or for a step with an outside role, anyone)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The corrected output')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'What was wrong (asked at a terminal when not given)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;void' {
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'The step number as in the document: the step of the case''s latest record')
            [CompletionResult]::new('--attempt', '--attempt', [CompletionResultType]::ParameterName, 'Which attempt of the step [default: its latest]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it was recorded by mistake (asked at a terminal when not given)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;import' {
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV delimiter: comma, semicolon, tab or one character [default: found on the header line]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet of an .xlsx file to read [default: the first visible one]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row as for real, record nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;step;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the next step (or --step N)')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Finish the running step, with its output')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a conditional step that is not needed, with the reason')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Finish a decision step: approve, or return the work to the step the SOP names')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause the running step''s clock while it waits on the victim, another agency or documents')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused step''s clock')
            [CompletionResult]::new('correct', 'correct', [CompletionResultType]::ParameterValue, 'Correct a recorded attempt''s start, finish, performer or output, with the reason; its time is judged again')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void the case''s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;step;help;start' {
            break
        }
        'kasus;step;help;finish' {
            break
        }
        'kasus;step;help;skip' {
            break
        }
        'kasus;step;help;decide' {
            break
        }
        'kasus;step;help;pause' {
            break
        }
        'kasus;step;help;resume' {
            break
        }
        'kasus;step;help;correct' {
            break
        }
        'kasus;step;help;void' {
            break
        }
        'kasus;step;help;import' {
            break
        }
        'kasus;step;help;help' {
            break
        }
        'kasus;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'A case''s timeline: one row per step attempt, against its standard')
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'Running steps past their standard, and open cases idle for --idle days')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Running steps by working time left before their standard: ok, warning, over or paused')
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Per staff: open cases, running steps, overdue steps')
            [CompletionResult]::new('referrals', 'referrals', [CompletionResultType]::ParameterValue, 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Cases registered and closed in the period, counted the way Simfoni PPA asks')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'One page for the head of the unit: a month''s figures, tables and charts as a self-contained HTML file (A4); or the month''s summary and compliance as a workbook (--out FILE.xlsx)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;report;case' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (inclusive, the whole day) or time (exclusive)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;compliance' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (inclusive, the whole day) or time (exclusive)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'staff: split per performer; office: the figures of each office, then the whole register''s (office "total")')
            [CompletionResult]::new('--basis', '--basis', [CompletionResultType]::ParameterName, 'Which time to judge: working (effective working time on each step''s clock) or wall')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;overdue' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (inclusive, the whole day) or time (exclusive)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'office: the figures of each office, then the whole register''s (office "total")')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Judge at this time instead of now')
            [CompletionResult]::new('--idle', '--idle', [CompletionResultType]::ParameterName, 'Open cases with no step activity for this many days')
            [CompletionResult]::new('--basis', '--basis', [CompletionResultType]::ParameterName, 'Which time to judge: working (effective working time on each step''s clock) or wall')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--fail-if-any', '--fail-if-any', [CompletionResultType]::ParameterName, 'Exit with code 10 when anything is overdue or idle')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;due' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (inclusive, the whole day) or time (exclusive)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'office: the figures of each office, then the whole register''s (office "total")')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Only steps with at most this much working time left (30m, 2 jam)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Judge at this time instead of now')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--fail-if-any', '--fail-if-any', [CompletionResultType]::ParameterName, 'Exit with code 10 when a step is warning or over (not while its office is closed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;workload' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (inclusive, the whole day) or time (exclusive)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'office: the figures of each office, then the whole register''s (office "total")')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;referrals' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (inclusive, the whole day) or time (exclusive)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'office: the figures of each office, then the whole register''s (office "total")')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Judge at this time instead of now')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;summary' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (inclusive, the whole day) or time (exclusive)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'office: the figures of each office, then the whole register''s (office "total")')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;monthly' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The month: 2026-11, this-month, last-month (or bulan-ini, bulan-lalu)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'html (the page) or xlsx (the figures as a workbook); without it, --out''s extension says which. Given, --out''s extension must agree')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the page to this file, named .html or .htm (atomically, mode 0600; never the register); without it, or with -, the page goes to standard output, which must not be a terminal. Named .xlsx: a workbook with a summary sheet and a compliance sheet, as report summary and report compliance give them for the month')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--deidentified', '--deidentified', [CompletionResultType]::ParameterName, 'Leave out the case numbers of late steps too (the page never holds names, NIK, phone numbers or addresses)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;report;help' {
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'A case''s timeline: one row per step attempt, against its standard')
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'Running steps past their standard, and open cases idle for --idle days')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Running steps by working time left before their standard: ok, warning, over or paused')
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Per staff: open cases, running steps, overdue steps')
            [CompletionResult]::new('referrals', 'referrals', [CompletionResultType]::ParameterValue, 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Cases registered and closed in the period, counted the way Simfoni PPA asks')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'One page for the head of the unit: a month''s figures, tables and charts as a self-contained HTML file (A4); or the month''s summary and compliance as a workbook (--out FILE.xlsx)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;report;help;case' {
            break
        }
        'kasus;report;help;compliance' {
            break
        }
        'kasus;report;help;overdue' {
            break
        }
        'kasus;report;help;due' {
            break
        }
        'kasus;report;help;workload' {
            break
        }
        'kasus;report;help;referrals' {
            break
        }
        'kasus;report;help;summary' {
            break
        }
        'kasus;report;help;monthly' {
            break
        }
        'kasus;report;help;help' {
            break
        }
        'kasus;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: csv, json, ndjson (one JSON object per line) or xlsx (a workbook, one sheet; needs --out FILE.xlsx)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (atomically: a temporary file renamed into place when complete; mode 0600; never the register)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows changed after this time (for incremental nightly exports)')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'For simfoni: cases reported in this period (2026-11, 2026-Q3, last-month, ...)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (the CSV''s keys; simfoni''s too, in the workbook under their labels): --columns case_number,status')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--deidentify', '--deidentify', [CompletionResultType]::ParameterName, 'No names, NIK, phone numbers, addresses or chronology; keyed pseudonyms for identifiers')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;sop' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SOPs in the register: code, name, office, steps, total')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a whole SOP with its steps')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check SOP files and print every problem with its place; exit 0 only when clean')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what an edited SOP file (or another stored version) changes, step by step')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add an office''s own SOP file to the register (a changed file makes a new version)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;sop;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;sop;show' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'A stored version [default: the latest]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;sop;validate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;sop;diff' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The stored version to compare from [default: the latest]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A stored version to compare with, instead of a file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;sop;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;sop;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SOPs in the register: code, name, office, steps, total')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a whole SOP with its steps')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check SOP files and print every problem with its place; exit 0 only when clean')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what an edited SOP file (or another stored version) changes, step by step')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add an office''s own SOP file to the register (a changed file makes a new version)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;sop;help;list' {
            break
        }
        'kasus;sop;help;show' {
            break
        }
        'kasus;sop;help;validate' {
            break
        }
        'kasus;sop;help;diff' {
            break
        }
        'kasus;sop;help;import' {
            break
        }
        'kasus;sop;help;help' {
            break
        }
        'kasus;calendar' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The working hours of each day, resolved, and why (week, override, holiday, date)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the calendar in force as a calendar file (TOML), to edit and import')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Check a calendar file and store it as the calendar in force (a new version)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the calendar in force, and warn when this or next year has no official holidays')
            [CompletionResult]::new('recompute', 'recompute', [CompletionResultType]::ParameterValue, 'Measure the finished attempts of a period again with the calendar in force')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;calendar;show' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (YYYY-MM-DD) [default: Monday of this week]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date, inclusive (YYYY-MM-DD) [default: two weeks from --from]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;calendar;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (atomically) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;calendar;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;calendar;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--fail-if-any', '--fail-if-any', [CompletionResultType]::ParameterName, 'Exit with code 10 when there is a warning')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;calendar;recompute' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first date (YYYY-MM-DD, office time)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last date, inclusive (YYYY-MM-DD) [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Compute and print what would change; write nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;calendar;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The working hours of each day, resolved, and why (week, override, holiday, date)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the calendar in force as a calendar file (TOML), to edit and import')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Check a calendar file and store it as the calendar in force (a new version)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the calendar in force, and warn when this or next year has no official holidays')
            [CompletionResult]::new('recompute', 'recompute', [CompletionResultType]::ParameterValue, 'Measure the finished attempts of a period again with the calendar in force')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;calendar;help;show' {
            break
        }
        'kasus;calendar;help;export' {
            break
        }
        'kasus;calendar;help;import' {
            break
        }
        'kasus;calendar;help;check' {
            break
        }
        'kasus;calendar;help;recompute' {
            break
        }
        'kasus;calendar;help;help' {
            break
        }
        'kasus;staff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff member with one or more roles (the SOPs'' pelaksana names)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a staff member (their history stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;staff;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role: a performer named in a SOP, such as "Staff Penerima" (repeat for several)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;staff;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include deactivated staff')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;staff;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;staff;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff member with one or more roles (the SOPs'' pelaksana names)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a staff member (their history stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;staff;help;add' {
            break
        }
        'kasus;staff;help;list' {
            break
        }
        'kasus;staff;help;deactivate' {
            break
        }
        'kasus;staff;help;help' {
            break
        }
        'kasus;referral' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The agency accepted the referral (a handover closes the case here)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'The agency rejected the referral')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'The agency finished its service: recorded as a service given by the agency')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open referral')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List referrals, with their response and completion times and whether they are late')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a referral: its times, consent, and only the data it shares')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;referral;create' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The agency (name or UUID; see `kasus agency list`); at a terminal, chosen from a list when not given')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service asked for (Simfoni''s layanan): kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, ...')
            [CompletionResult]::new('--share', '--share', [CompletionResultType]::ParameterName, 'What is shared: identity, contact, chronology, assessment, violence (comma-separated) [default: nothing]')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The completion standard for this referral (e.g. 3 hari, 4 jam) [default: setting referral-completion]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why consent is overridden (with --override-consent)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it was sent [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--handover', '--handover', [CompletionResultType]::ParameterName, 'A handover (pelimpahan): the case is closed here when the agency accepts it')
            [CompletionResult]::new('--override-consent', '--override-consent', [CompletionResultType]::ParameterName, 'Send without consent to share in force (a staff member named in the setting referral-override only); needs --reason')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;referral;accept' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;referral;reject' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the agency rejected it (asked at a terminal when not given)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;referral;done' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'What the agency did (the result; asked at a terminal when not given)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;referral;cancel' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is cancelled (asked at a terminal when not given)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;referral;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only referrals with this status: sent, accepted, rejected, done, cancelled')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Only referrals to this agency')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only referrals of this case')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Only referrals sent in this period: 2026-11, 2026, 2026-Q3, this-month, last-month, ... (as reports take it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--late', '--late', [CompletionResultType]::ParameterName, 'Only the late ones (response or completion over the standard)')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'Only the referrals received (intakes through channel rujukan) instead of those sent')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;referral;letter' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write it to this file: HTML when it ends in .html or .htm, else text (atomically, mode 0600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;referral;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;referral;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The agency accepted the referral (a handover closes the case here)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'The agency rejected the referral')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'The agency finished its service: recorded as a service given by the agency')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open referral')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List referrals, with their response and completion times and whether they are late')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a referral: its times, consent, and only the data it shares')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;referral;help;create' {
            break
        }
        'kasus;referral;help;accept' {
            break
        }
        'kasus;referral;help;reject' {
            break
        }
        'kasus;referral;help;done' {
            break
        }
        'kasus;referral;help;cancel' {
            break
        }
        'kasus;referral;help;list' {
            break
        }
        'kasus;referral;help;letter' {
            break
        }
        'kasus;referral;help;show' {
            break
        }
        'kasus;referral;help;help' {
            break
        }
        'kasus;agency' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a partner agency to the directory; at a terminal, what is not given is asked')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agencies')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an agency''s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an agency (its referrals stay); no new referral can go to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;agency;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain or lainnya')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Its region (kota/kabupaten, provinsi)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'How to reach it (office, telephone): the agency''s, never a victim''s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;agency;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include deactivated agencies')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;agency;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its new name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Its new kind')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Its new region')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Its new contact')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;agency;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;agency;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a partner agency to the directory; at a terminal, what is not given is asked')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agencies')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an agency''s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an agency (its referrals stay); no new referral can go to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;agency;help;add' {
            break
        }
        'kasus;agency;help;list' {
            break
        }
        'kasus;agency;help;edit' {
            break
        }
        'kasus;agency;help;deactivate' {
            break
        }
        'kasus;agency;help;help' {
            break
        }
        'kasus;case' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case with its people, consents, assignments and steps')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a case''s fields, with the reason (audited; the original values are kept)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed case')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Record a service given to the case (Simfoni''s list)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;case;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only cases with this status: open or closed')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'A case number, or a victim''s, complainant''s or perpetrator''s name (any letter case, accents, spacing, old spelling), NIK or phone (its digits)')
            [CompletionResult]::new('--sop', '--sop', [CompletionResultType]::ParameterName, 'Only cases following this SOP')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only cases this staff member holds now')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Reported in this period: 2026-11, 2026-Q3, bulan-ini, last-month, ...')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Reported from this date or time (office time), inclusive')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Reported up to this date (inclusive) or time (exclusive)')
            [CompletionResult]::new('--urgency', '--urgency', [CompletionResultType]::ParameterName, 'Only cases of this urgency: darurat or biasa')
            [CompletionResult]::new('--risk', '--risk', [CompletionResultType]::ParameterName, 'Only cases of this risk: tinggi, sedang or rendah')
            [CompletionResult]::new('--idle', '--idle', [CompletionResultType]::ParameterName, 'Only open cases with no step activity for this many days or more')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'Only cases at this step: running, or the next to start')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only this office''s cases (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--child', '--child', [CompletionResultType]::ParameterName, 'Only cases whose victim is a child')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only cases with a running step past its standard (working time, as `report due`)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;case;find' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;case;show' {
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Whose case, when offices issued the same number (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;case;edit' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Corrected channel (as intake --channel)')
            [CompletionResult]::new('--place', '--place', [CompletionResultType]::ParameterName, 'Corrected place (as intake --place)')
            [CompletionResult]::new('--reported-at', '--reported-at', [CompletionResultType]::ParameterName, 'Corrected report time (as intake --reported-at, in the same year: the case number holds it)')
            [CompletionResult]::new('--incident-date', '--incident-date', [CompletionResultType]::ParameterName, 'Corrected incident date (YYYY-MM-DD or DD-MM-YYYY)')
            [CompletionResult]::new('--chronology', '--chronology', [CompletionResultType]::ParameterName, 'Corrected chronology (free text)')
            [CompletionResult]::new('--urgency', '--urgency', [CompletionResultType]::ParameterName, 'Corrected urgency: darurat or biasa')
            [CompletionResult]::new('--risk', '--risk', [CompletionResultType]::ParameterName, 'Corrected risk: tinggi, sedang or rendah')
            [CompletionResult]::new('--victim-name', '--victim-name', [CompletionResultType]::ParameterName, 'Corrected victim''s name')
            [CompletionResult]::new('--victim-nik', '--victim-nik', [CompletionResultType]::ParameterName, 'Corrected victim''s NIK (exactly 16 digits)')
            [CompletionResult]::new('--victim-phone', '--victim-phone', [CompletionResultType]::ParameterName, 'Corrected victim''s phone number')
            [CompletionResult]::new('--victim-address', '--victim-address', [CompletionResultType]::ParameterName, 'Corrected victim''s address')
            [CompletionResult]::new('--victim-kecamatan', '--victim-kecamatan', [CompletionResultType]::ParameterName, 'Corrected kecamatan of the victim''s address')
            [CompletionResult]::new('--victim-kelurahan', '--victim-kelurahan', [CompletionResultType]::ParameterName, 'Corrected kelurahan or desa of the victim''s address')
            [CompletionResult]::new('--victim-disability', '--victim-disability', [CompletionResultType]::ParameterName, 'Corrected disability (free text)')
            [CompletionResult]::new('--victim-sex', '--victim-sex', [CompletionResultType]::ParameterName, 'Corrected victim''s sex: L (laki-laki) or P (perempuan)')
            [CompletionResult]::new('--victim-birth-date', '--victim-birth-date', [CompletionResultType]::ParameterName, 'Corrected victim''s birth date (YYYY-MM-DD); the age and whether the victim is a child follow from it; empty clears it')
            [CompletionResult]::new('--victim-age', '--victim-age', [CompletionResultType]::ParameterName, 'Corrected victim''s age in years at the report, when the birth date is not known')
            [CompletionResult]::new('--violence', '--violence', [CompletionResultType]::ParameterName, 'Corrected violence types, replacing the recorded ones: fisik, psikis, seksual, ... (comma-separated)')
            [CompletionResult]::new('--complainant-name', '--complainant-name', [CompletionResultType]::ParameterName, 'Corrected complainant''s name (adds the complainant when the case has none); empty clears')
            [CompletionResult]::new('--complainant-phone', '--complainant-phone', [CompletionResultType]::ParameterName, 'Corrected complainant''s phone number; empty clears')
            [CompletionResult]::new('--complainant-relation', '--complainant-relation', [CompletionResultType]::ParameterName, 'Corrected complainant''s relation to the victim (free text); empty clears')
            [CompletionResult]::new('--perpetrator', '--perpetrator', [CompletionResultType]::ParameterName, 'The perpetrator to correct, by number (1, 2, ... as `case show` lists them), with --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation')
            [CompletionResult]::new('--perpetrator-name', '--perpetrator-name', [CompletionResultType]::ParameterName, 'The perpetrator''s name (with --perpetrator N or --add-perpetrator); empty clears')
            [CompletionResult]::new('--perpetrator-sex', '--perpetrator-sex', [CompletionResultType]::ParameterName, 'The perpetrator''s sex: L or P; empty clears')
            [CompletionResult]::new('--perpetrator-age', '--perpetrator-age', [CompletionResultType]::ParameterName, 'The perpetrator''s age in years (0 to 130); empty clears')
            [CompletionResult]::new('--perpetrator-relation', '--perpetrator-relation', [CompletionResultType]::ParameterName, 'The perpetrator''s relation to the victim: orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya; empty clears')
            [CompletionResult]::new('--remove-perpetrator', '--remove-perpetrator', [CompletionResultType]::ParameterName, 'Remove perpetrator N (as `case show` numbers them; repeatable)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the case is corrected (required; asked at a terminal when missing)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--remove-complainant', '--remove-complainant', [CompletionResultType]::ParameterName, 'Remove the complainant: the victim reported (self-report)')
            [CompletionResult]::new('--add-perpetrator', '--add-perpetrator', [CompletionResultType]::ParameterName, 'Add a perpetrator, given by --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;case;close' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the case is closed (asked at a terminal when missing)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;case;reopen' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the case is reopened')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;case;service' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'pengaduan, kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, pendampingan-tokoh-agama')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Who gave the service (an office or agency)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (free text)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (a line for people) or json (the record made or changed, as one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;case;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case with its people, consents, assignments and steps')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a case''s fields, with the reason (audited; the original values are kept)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed case')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Record a service given to the case (Simfoni''s list)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;case;help;list' {
            break
        }
        'kasus;case;help;find' {
            break
        }
        'kasus;case;help;show' {
            break
        }
        'kasus;case;help;edit' {
            break
        }
        'kasus;case;help;close' {
            break
        }
        'kasus;case;help;reopen' {
            break
        }
        'kasus;case;help;service' {
            break
        }
        'kasus;case;help;help' {
            break
        }
        'kasus;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; name the first entry that does not match')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the latest sequence number and hash, to keep elsewhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;audit;verify' {
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'A head kept elsewhere (from `kasus audit head`): prove the register still holds it')
            [CompletionResult]::new('--office', '--office', [CompletionResultType]::ParameterName, 'Only the audit chain kept for this merged office (`kasus merge`): its UUID, the start of it, or its office prefix')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Also check every data row against its last audited state, naming each row changed, written outside kasus, or gone (by table and key)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;audit;head' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; name the first entry that does not match')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the latest sequence number and hash, to keep elsewhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;audit;help;verify' {
            break
        }
        'kasus;audit;help;head' {
            break
        }
        'kasus;audit;help;help' {
            break
        }
        'kasus;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;config;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;config;help;get' {
            break
        }
        'kasus;config;help;set' {
            break
        }
        'kasus;config;help;help' {
            break
        }
        'kasus;bundle' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write this office''s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;bundle;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The bundle file to write (refused if it exists, or if it is the register)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only the rows changed since an earlier bundle of this register (its file) or a time (2026-03-01, "2026-03-01 08:00"), with the rows they hang on')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;bundle;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write this office''s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;bundle;help;export' {
            break
        }
        'kasus;bundle;help;help' {
            break
        }
        'kasus;merge' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (per table: new, identical, conflicts) or json (one object)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and count everything (new, identical, conflicts per table), write nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('conflicts', 'conflicts', [CompletionResultType]::ParameterValue, 'List the rows merges put aside (open ones; --all for settled ones too)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;merge;conflicts' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Settled conflicts too')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;merge;resolve' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Which version stays: ours (nothing changes but the conflict) or theirs (the bundle''s)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept with the conflict; asked at a terminal when missing)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;merge;help' {
            [CompletionResult]::new('conflicts', 'conflicts', [CompletionResultType]::ParameterValue, 'List the rows merges put aside (open ones; --all for settled ones too)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;merge;help;conflicts' {
            break
        }
        'kasus;merge;help;resolve' {
            break
        }
        'kasus;merge;help;help' {
            break
        }
        'kasus;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;rekey' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kasus;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, csv, json or ndjson (one JSON object per line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (atomically, mode 0600; never the register)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even at a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kasus;help' {
            [CompletionResult]::new('intake', 'intake', [CompletionResultType]::ParameterValue, 'Register a case (prompts at a terminal; every field is also a flag)')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record informed consent (persetujuan layanan), a refusal, or a withdrawal')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a case (and a role in it) to staff; show who held it when')
            [CompletionResult]::new('step', 'step', [CompletionResultType]::ParameterValue, 'Walk a case through its SOP: start, finish, skip and decide steps')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: case timelines, compliance with standard times, steps due and overdue, workload')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the register (or a de-identified copy) as CSV/JSON, and for Simfoni PPA')
            [CompletionResult]::new('sop', 'sop', [CompletionResultType]::ParameterValue, 'The SOP catalogue: list, show, validate and import SOP files')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The office calendar: working hours, overrides, single dates and holidays')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Staff and their roles')
            [CompletionResult]::new('referral', 'referral', [CompletionResultType]::ParameterValue, 'Referrals (rujukan) and handovers (pelimpahan) to partner agencies, timed and gated by consent to share')
            [CompletionResult]::new('agency', 'agency', [CompletionResultType]::ParameterValue, 'The directory of partner agencies (rumah sakit, UPPA, LBH, rumah aman, ...)')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Cases: list, show, edit, close, reopen, and services given')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail: verify the hash chain, print its head')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The register''s settings (office prefix, time zone)')
            [CompletionResult]::new('bundle', 'bundle', [CompletionResultType]::ParameterValue, 'Office bundles: this office''s rows and audit chain in one file, for another office''s register')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge another office''s bundle: checked first, then its rows by UUID in one transaction; never overwrites')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register (safe while others write), mode 0600')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Change the encryption key of an encrypted register (builds with SQLCipher only)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register: SQLite''s integrity check, foreign keys, the audit chain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kasus;help;intake' {
            break
        }
        'kasus;help;consent' {
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Record a withdrawal of consent for some scopes')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Record a refusal (the fields of a consent, asked at a terminal): the SOP''s flow ends at the case''s consent step')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a case''s consent events and what is in force')
            break
        }
        'kasus;help;consent;withdraw' {
            break
        }
        'kasus;help;consent;refuse' {
            break
        }
        'kasus;help;consent;void' {
            break
        }
        'kasus;help;consent;list' {
            break
        }
        'kasus;help;assign' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Who held the case, in which role, when')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an assignment without a successor')
            break
        }
        'kasus;help;assign;history' {
            break
        }
        'kasus;help;assign;end' {
            break
        }
        'kasus;help;step' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the next step (or --step N)')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Finish the running step, with its output')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Skip a conditional step that is not needed, with the reason')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Finish a decision step: approve, or return the work to the step the SOP names')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause the running step''s clock while it waits on the victim, another agency or documents')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused step''s clock')
            [CompletionResult]::new('correct', 'correct', [CompletionResultType]::ParameterValue, 'Correct a recorded attempt''s start, finish, performer or output, with the reason; its time is judged again')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void the case''s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin')
            break
        }
        'kasus;help;step;start' {
            break
        }
        'kasus;help;step;finish' {
            break
        }
        'kasus;help;step;skip' {
            break
        }
        'kasus;help;step;decide' {
            break
        }
        'kasus;help;step;pause' {
            break
        }
        'kasus;help;step;resume' {
            break
        }
        'kasus;help;step;correct' {
            break
        }
        'kasus;help;step;void' {
            break
        }
        'kasus;help;step;import' {
            break
        }
        'kasus;help;report' {
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'A case''s timeline: one row per step attempt, against its standard')
            [CompletionResult]::new('compliance', 'compliance', [CompletionResultType]::ParameterValue, 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time')
            [CompletionResult]::new('overdue', 'overdue', [CompletionResultType]::ParameterValue, 'Running steps past their standard, and open cases idle for --idle days')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Running steps by working time left before their standard: ok, warning, over or paused')
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Per staff: open cases, running steps, overdue steps')
            [CompletionResult]::new('referrals', 'referrals', [CompletionResultType]::ParameterValue, 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Cases registered and closed in the period, counted the way Simfoni PPA asks')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'One page for the head of the unit: a month''s figures, tables and charts as a self-contained HTML file (A4); or the month''s summary and compliance as a workbook (--out FILE.xlsx)')
            break
        }
        'kasus;help;report;case' {
            break
        }
        'kasus;help;report;compliance' {
            break
        }
        'kasus;help;report;overdue' {
            break
        }
        'kasus;help;report;due' {
            break
        }
        'kasus;help;report;workload' {
            break
        }
        'kasus;help;report;referrals' {
            break
        }
        'kasus;help;report;summary' {
            break
        }
        'kasus;help;report;monthly' {
            break
        }
        'kasus;help;export' {
            break
        }
        'kasus;help;sop' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SOPs in the register: code, name, office, steps, total')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a whole SOP with its steps')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check SOP files and print every problem with its place; exit 0 only when clean')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what an edited SOP file (or another stored version) changes, step by step')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add an office''s own SOP file to the register (a changed file makes a new version)')
            break
        }
        'kasus;help;sop;list' {
            break
        }
        'kasus;help;sop;show' {
            break
        }
        'kasus;help;sop;validate' {
            break
        }
        'kasus;help;sop;diff' {
            break
        }
        'kasus;help;sop;import' {
            break
        }
        'kasus;help;calendar' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The working hours of each day, resolved, and why (week, override, holiday, date)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the calendar in force as a calendar file (TOML), to edit and import')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Check a calendar file and store it as the calendar in force (a new version)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the calendar in force, and warn when this or next year has no official holidays')
            [CompletionResult]::new('recompute', 'recompute', [CompletionResultType]::ParameterValue, 'Measure the finished attempts of a period again with the calendar in force')
            break
        }
        'kasus;help;calendar;show' {
            break
        }
        'kasus;help;calendar;export' {
            break
        }
        'kasus;help;calendar;import' {
            break
        }
        'kasus;help;calendar;check' {
            break
        }
        'kasus;help;calendar;recompute' {
            break
        }
        'kasus;help;staff' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff member with one or more roles (the SOPs'' pelaksana names)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List staff')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a staff member (their history stays)')
            break
        }
        'kasus;help;staff;add' {
            break
        }
        'kasus;help;staff;list' {
            break
        }
        'kasus;help;staff;deactivate' {
            break
        }
        'kasus;help;referral' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The agency accepted the referral (a handover closes the case here)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'The agency rejected the referral')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'The agency finished its service: recorded as a service given by the agency')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open referral')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List referrals, with their response and completion times and whether they are late')
            [CompletionResult]::new('letter', 'letter', [CompletionResultType]::ParameterValue, 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a referral: its times, consent, and only the data it shares')
            break
        }
        'kasus;help;referral;create' {
            break
        }
        'kasus;help;referral;accept' {
            break
        }
        'kasus;help;referral;reject' {
            break
        }
        'kasus;help;referral;done' {
            break
        }
        'kasus;help;referral;cancel' {
            break
        }
        'kasus;help;referral;list' {
            break
        }
        'kasus;help;referral;letter' {
            break
        }
        'kasus;help;referral;show' {
            break
        }
        'kasus;help;agency' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a partner agency to the directory; at a terminal, what is not given is asked')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agencies')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an agency''s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an agency (its referrals stay); no new referral can go to it')
            break
        }
        'kasus;help;agency;add' {
            break
        }
        'kasus;help;agency;list' {
            break
        }
        'kasus;help;agency;edit' {
            break
        }
        'kasus;help;agency;deactivate' {
            break
        }
        'kasus;help;case' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case with its people, consents, assignments and steps')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a case''s fields, with the reason (audited; the original values are kept)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed case')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Record a service given to the case (Simfoni''s list)')
            break
        }
        'kasus;help;case;list' {
            break
        }
        'kasus;help;case;find' {
            break
        }
        'kasus;help;case;show' {
            break
        }
        'kasus;help;case;edit' {
            break
        }
        'kasus;help;case;close' {
            break
        }
        'kasus;help;case;reopen' {
            break
        }
        'kasus;help;case;service' {
            break
        }
        'kasus;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; name the first entry that does not match')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the latest sequence number and hash, to keep elsewhere')
            break
        }
        'kasus;help;audit;verify' {
            break
        }
        'kasus;help;audit;head' {
            break
        }
        'kasus;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)')
            break
        }
        'kasus;help;config;get' {
            break
        }
        'kasus;help;config;set' {
            break
        }
        'kasus;help;bundle' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write this office''s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)')
            break
        }
        'kasus;help;bundle;export' {
            break
        }
        'kasus;help;merge' {
            [CompletionResult]::new('conflicts', 'conflicts', [CompletionResultType]::ParameterValue, 'List the rows merges put aside (open ones; --all for settled ones too)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)')
            break
        }
        'kasus;help;merge;conflicts' {
            break
        }
        'kasus;help;merge;resolve' {
            break
        }
        'kasus;help;backup' {
            break
        }
        'kasus;help;rekey' {
            break
        }
        'kasus;help;check' {
            break
        }
        'kasus;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
