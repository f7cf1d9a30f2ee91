# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kasus_global_optspecs
    string join \n db= actor= lang= no-input h/help V/version
end

function __fish_kasus_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kasus_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kasus_using_subcommand
    set -l cmd (__fish_kasus_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kasus -n "__fish_kasus_needs_command" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_needs_command" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_needs_command" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_needs_command" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_needs_command" -s V -l version -d 'Print version'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "intake" -d 'Register a case (prompts at a terminal; every field is also a flag)'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "consent" -d 'Record informed consent (persetujuan layanan), a refusal, or a withdrawal'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "assign" -d 'Assign a case (and a role in it) to staff; show who held it when'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "step" -d 'Walk a case through its SOP: start, finish, skip and decide steps'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "report" -d 'Reports: case timelines, compliance with standard times, steps due and overdue, workload'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "export" -d 'Export the register (or a de-identified copy) as CSV/JSON, and for Simfoni PPA'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "sop" -d 'The SOP catalogue: list, show, validate and import SOP files'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "calendar" -d 'The office calendar: working hours, overrides, single dates and holidays'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "staff" -d 'Staff and their roles'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "referral" -d 'Referrals (rujukan) and handovers (pelimpahan) to partner agencies, timed and gated by consent to share'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "agency" -d 'The directory of partner agencies (rumah sakit, UPPA, LBH, rumah aman, ...)'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "case" -d 'Cases: list, show, edit, close, reopen, and services given'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "audit" -d 'The audit trail: verify the hash chain, print its head'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "config" -d 'The register\'s settings (office prefix, time zone)'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "bundle" -d 'Office bundles: this office\'s rows and audit chain in one file, for another office\'s register'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "merge" -d 'Merge another office\'s bundle: checked first, then its rows by UUID in one transaction; never overwrites'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "backup" -d 'Write a consistent copy of the register (safe while others write), mode 0600'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "rekey" -d 'Change the encryption key of an encrypted register (builds with SQLCipher only)'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "check" -d 'Check the register: SQLite\'s integrity check, foreign keys, the audit chain'
complete -c kasus -n "__fish_kasus_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l sop -d 'The SOP the case follows (code; see `kasus sop list`)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l reported-at -d 'When the report came in [default: now]; RFC 3339 or "YYYY-MM-DD HH:MM" office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l channel -d 'datang-langsung, telepon, si-lacak-perak, rujukan, surat, online' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-name -d 'The victim\'s name' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-nik -d 'NIK: exactly 16 digits' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-sex -d 'L (laki-laki) or P (perempuan)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-birth-date -d 'YYYY-MM-DD' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-age -d 'Age in years at the report, when the birth date is not known' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-phone -d 'The victim\'s phone number' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-address -d 'The victim\'s address' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-kecamatan -d 'Kecamatan (district) of the victim\'s address' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-kelurahan -d 'Kelurahan or desa of the victim\'s address' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-disability -d 'Disability, if any (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l complainant-name -d 'The complainant (pelapor); without it the victim reported (self-report)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l complainant-phone -d 'The complainant\'s phone number' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l complainant-relation -d 'The complainant\'s relation to the victim (free text, e.g. ibu, tetangga, kader PATBM)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l perpetrator-name -d 'Perpetrator (pelaku) name; repeat the --perpetrator-* flags for several perpetrators' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l perpetrator-sex -d 'L or P (repeatable, in the same order)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l perpetrator-age -d 'Age in years (repeatable)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l perpetrator-relation -d 'orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l violence -d 'fisik, psikis, seksual, eksploitasi, trafficking, penelantaran, lainnya (comma-separated)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l place -d 'rumah-tangga, tempat-kerja, sekolah, lembaga-pendidikan-kilat, fasilitas-umum, lainnya' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l incident-date -d 'YYYY-MM-DD' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l chronology -d 'Chronology (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l urgency -d 'darurat or biasa [default: biasa]' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l risk -d 'tinggi, sedang or rendah' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l external-ref -d 'An identifier from the source system (unique; for imports)' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l referred-by -d 'A received referral: the referring agency (name or UUID in `kasus agency list`); needs --channel rujukan' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l format -d 'Output format: table (a line for people) or json (the record made, as one object); with --template, xlsx writes the template as a workbook (needs --out FILE.xlsx)' -r -f -a "table\t''
json\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l from -d 'Bulk intake from a CSV (with a header), JSONL or Excel (.xlsx) file; `-` reads standard input' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l out -d 'With --template: write it to this file (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l input-format -d 'The format of --from [default: from the file\'s extension or contents, else csv]' -r -f -a "csv\t''
jsonl\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l sheet -d 'The sheet of an .xlsx --from to read [default: the first visible one]' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l rejects -d 'With --skip-invalid: the rejected rows with their line and reason (CSV, or .xlsx for a workbook; importable as it is)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l delimiter -d 'The CSV delimiter of --from: comma, semicolon, tab or one character [default: found on the header line]' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l allow-duplicate -d 'Register even when the victim matches an existing case (and, for one case without --external-ref, when its report does: its time, SOP and victim\'s name)'
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l template -d 'Print an empty CSV header for bulk intake (the columns `--from` reads); with --format xlsx --out FILE.xlsx, an empty workbook with drop-down lists'
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l skip-invalid -d 'With --from: register the good rows and write the bad ones to --rejects'
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l dry-run -d 'With --from: check and count every row as for real, write nothing to the register'
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand intake" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l given-by -d 'Who gave consent (the victim, or for a child a parent or guardian)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l relation -d 'self, parent or guardian' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l scope -d 'layanan, berbagi-informasi, dokumentasi (comma-separated)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l method -d 'tertulis (written) or lisan (oral)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l form-ref -d 'The consent form\'s reference' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l recipients -d 'Consent to share (berbagi-informasi) covers only these kinds of recipient: kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain, lainnya (comma-separated) [default: every kind]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l until -d 'The last day consent to share holds (YYYY-MM-DD, office date) [default: no end]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -a "withdraw" -d 'Record a withdrawal of consent for some scopes'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -a "refuse" -d 'Record a refusal (the fields of a consent, asked at a terminal): the SOP\'s flow ends at the case\'s consent step'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -a "void" -d 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -a "list" -d 'List a case\'s consent events and what is in force'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l scope -d 'What is withdrawn: layanan, berbagi-informasi, dokumentasi (comma-separated)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l given-by -d 'Who withdraws it (the victim, or for a child a parent or guardian)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l given-by -d 'Who refused (the victim, or for a child a parent or guardian)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l relation -d 'self, parent or guardian' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l scope -d 'layanan, berbagi-informasi, dokumentasi (comma-separated)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l method -d 'tertulis (written) or lisan (oral)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l record -d 'The record\'s number as `case show` and `consent list` print it (or its UUID)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l reason -d 'Why it was recorded by mistake (asked at a terminal when not given)' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l office -d 'Whose case, when offices issued the same number (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Record a withdrawal of consent for some scopes'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "refuse" -d 'Record a refusal (the fields of a consent, asked at a terminal): the SOP\'s flow ends at the case\'s consent step'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "void" -d 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a case\'s consent events and what is in force'
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l to -d 'The staff member' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l role -d 'The role in the case (a SOP role); a new holder of a role replaces the old one' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -a "history" -d 'Who held the case, in which role, when'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -a "end" -d 'End an assignment without a successor'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l office -d 'Whose case, when offices issued the same number (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l staff -d 'The staff member whose assignment ends' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l role -d 'Only the assignment in this role' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from help" -f -a "history" -d 'Who held the case, in which role, when'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from help" -f -a "end" -d 'End an assignment without a successor'
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -l at -d 'Walk as of this time [default: now], for entering at a terminal what was done earlier: every action of the walk is recorded at it. The same forms as every --at' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "start" -d 'Start the next step (or --step N)'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "finish" -d 'Finish the running step, with its output'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "skip" -d 'Skip a conditional step that is not needed, with the reason'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "decide" -d 'Finish a decision step: approve, or return the work to the step the SOP names'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "pause" -d 'Pause the running step\'s clock while it waits on the victim, another agency or documents'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "resume" -d 'Resume a paused step\'s clock'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "correct" -d 'Correct a recorded attempt\'s start, finish, performer or output, with the reason; its time is judged again'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "void" -d 'Void the case\'s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "import" -d 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin'
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l step -d 'The step number as in the document [default: the next step]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l by -d 'Who does it [default: the staff assigned to the step\'s role]; may be someone outside the unit' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l note -d 'A note (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l step -d 'The step number as in the document [default: the next step]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l by -d 'Who does it [default: the staff assigned to the step\'s role]; may be someone outside the unit' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l note -d 'A note (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l output -d 'The step\'s output (what the SOP says the step produces)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l step -d 'The step number as in the document [default: the next step]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l by -d 'Who does it [default: the staff assigned to the step\'s role]; may be someone outside the unit' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l note -d 'A note (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l reason -d 'Why (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l step -d 'The step number as in the document [default: the next step]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l by -d 'Who does it [default: the staff assigned to the step\'s role]; may be someone outside the unit' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l note -d 'A note (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l output -d 'The step\'s output (what the SOP says the step produces)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l approve -d 'Approve: the flow goes on to the next step'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l return -d 'Return the work to the step the SOP names'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l reason -d 'waiting-victim, waiting-agency, waiting-documents, other' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l note -d 'A note (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l step -d 'The step number as in the document' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l attempt -d 'Which attempt of the step [default: its latest]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l started-at -d 'The corrected start, in the forms of --at' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l finished-at -d 'The corrected finish, in the forms of --at (a finished attempt only)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l by -d 'The corrected performer (a staff member, or for a step with an outside role, anyone)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l output -d 'The corrected output' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l reason -d 'What was wrong (asked at a terminal when not given)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l step -d 'The step number as in the document: the step of the case\'s latest record' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l attempt -d 'Which attempt of the step [default: its latest]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l reason -d 'Why it was recorded by mistake (asked at a terminal when not given)' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV delimiter: comma, semicolon, tab or one character [default: found on the header line]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -l sheet -d 'The sheet of an .xlsx file to read [default: the first visible one]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row as for real, record nothing'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the next step (or --step N)'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "finish" -d 'Finish the running step, with its output'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "skip" -d 'Skip a conditional step that is not needed, with the reason'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "decide" -d 'Finish a decision step: approve, or return the work to the step the SOP names'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause the running step\'s clock while it waits on the victim, another agency or documents'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a paused step\'s clock'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "correct" -d 'Correct a recorded attempt\'s start, finish, performer or output, with the reason; its time is judged again'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "void" -d 'Void the case\'s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "import" -d 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin'
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "case" -d 'A case\'s timeline: one row per step attempt, against its standard'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "compliance" -d 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "overdue" -d 'Running steps past their standard, and open cases idle for --idle days'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "due" -d 'Running steps by working time left before their standard: ok, warning, over or paused'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "workload" -d 'Per staff: open cases, running steps, overdue steps'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "referrals" -d 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "summary" -d 'Cases registered and closed in the period, counted the way Simfoni PPA asks'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "monthly" -d 'One page for the head of the unit: a month\'s figures, tables and charts as a self-contained HTML file (A4); or the month\'s summary and compliance as a workbook (--out FILE.xlsx)'
complete -c kasus -n "__fish_kasus_using_subcommand report; and not __fish_seen_subcommand_from case compliance overdue due workload referrals summary monthly help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l format -d 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l columns -d 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l from -d 'From this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l to -d 'Up to this date (inclusive, the whole day) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l period -d 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l format -d 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l columns -d 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l from -d 'From this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l to -d 'Up to this date (inclusive, the whole day) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l period -d 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l by -d 'staff: split per performer; office: the figures of each office, then the whole register\'s (office "total")' -r -f -a "staff\t''
office\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l basis -d 'Which time to judge: working (effective working time on each step\'s clock) or wall' -r -f -a "working\t''
wall\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l format -d 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l columns -d 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l from -d 'From this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l to -d 'Up to this date (inclusive, the whole day) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l period -d 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l by -d 'office: the figures of each office, then the whole register\'s (office "total")' -r -f -a "office\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l at -d 'Judge at this time instead of now' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l idle -d 'Open cases with no step activity for this many days' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l basis -d 'Which time to judge: working (effective working time on each step\'s clock) or wall' -r -f -a "working\t''
wall\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l fail-if-any -d 'Exit with code 10 when anything is overdue or idle'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l format -d 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l columns -d 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l from -d 'From this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l to -d 'Up to this date (inclusive, the whole day) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l period -d 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l by -d 'office: the figures of each office, then the whole register\'s (office "total")' -r -f -a "office\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l within -d 'Only steps with at most this much working time left (30m, 2 jam)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l at -d 'Judge at this time instead of now' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l fail-if-any -d 'Exit with code 10 when a step is warning or over (not while its office is closed)'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l format -d 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l columns -d 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l from -d 'From this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l to -d 'Up to this date (inclusive, the whole day) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l period -d 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l by -d 'office: the figures of each office, then the whole register\'s (office "total")' -r -f -a "office\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l format -d 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l columns -d 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l from -d 'From this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l to -d 'Up to this date (inclusive, the whole day) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l period -d 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l by -d 'office: the figures of each office, then the whole register\'s (office "total")' -r -f -a "office\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l at -d 'Judge at this time instead of now' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l format -d 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l columns -d 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l from -d 'From this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l to -d 'Up to this date (inclusive, the whole day) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l period -d 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l by -d 'office: the figures of each office, then the whole register\'s (office "total")' -r -f -a "office\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l period -d 'The month: 2026-11, this-month, last-month (or bulan-ini, bulan-lalu)' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l format -d 'html (the page) or xlsx (the figures as a workbook); without it, --out\'s extension says which. Given, --out\'s extension must agree' -r -f -a "html\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l out -d 'Write the page to this file, named .html or .htm (atomically, mode 0600; never the register); without it, or with -, the page goes to standard output, which must not be a terminal. Named .xlsx: a workbook with a summary sheet and a compliance sheet, as report summary and report compliance give them for the month' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l deidentified -d 'Leave out the case numbers of late steps too (the page never holds names, NIK, phone numbers or addresses)'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "case" -d 'A case\'s timeline: one row per step attempt, against its standard'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "compliance" -d 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "overdue" -d 'Running steps past their standard, and open cases idle for --idle days'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "due" -d 'Running steps by working time left before their standard: ok, warning, over or paused'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "workload" -d 'Per staff: open cases, running steps, overdue steps'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "referrals" -d 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Cases registered and closed in the period, counted the way Simfoni PPA asks'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "monthly" -d 'One page for the head of the unit: a month\'s figures, tables and charts as a self-contained HTML file (A4); or the month\'s summary and compliance as a workbook (--out FILE.xlsx)'
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand export" -l format -d 'Output format: csv, json, ndjson (one JSON object per line) or xlsx (a workbook, one sheet; needs --out FILE.xlsx)' -r -f -a "csv\t''
json\t''
ndjson\t''
xlsx\t''"
complete -c kasus -n "__fish_kasus_using_subcommand export" -l out -d 'Write to this file (atomically: a temporary file renamed into place when complete; mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand export" -l since -d 'Only rows changed after this time (for incremental nightly exports)' -r
complete -c kasus -n "__fish_kasus_using_subcommand export" -l period -d 'For simfoni: cases reported in this period (2026-11, 2026-Q3, last-month, ...)' -r
complete -c kasus -n "__fish_kasus_using_subcommand export" -l columns -d 'Only these columns, in this order, in every format (the CSV\'s keys; simfoni\'s too, in the workbook under their labels): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand export" -l office -d 'Only this office\'s rows (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand export" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand export" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand export" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand export" -l deidentify -d 'No names, NIK, phone numbers, addresses or chronology; keyed pseudonyms for identifiers'
complete -c kasus -n "__fish_kasus_using_subcommand export" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand export" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -f -a "list" -d 'List the SOPs in the register: code, name, office, steps, total'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -f -a "show" -d 'Show a whole SOP with its steps'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -f -a "validate" -d 'Check SOP files and print every problem with its place; exit 0 only when clean'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -f -a "diff" -d 'Show what an edited SOP file (or another stored version) changes, step by step'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -f -a "import" -d 'Add an office\'s own SOP file to the register (a changed file makes a new version)'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and not __fish_seen_subcommand_from list show validate diff import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l version -d 'A stored version [default: the latest]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from validate" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from validate" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from validate" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from validate" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from diff" -l from -d 'The stored version to compare from [default: the latest]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from diff" -l to -d 'A stored version to compare with, instead of a file' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from diff" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from diff" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from diff" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from diff" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from import" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from import" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from import" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the SOPs in the register: code, name, office, steps, total'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a whole SOP with its steps'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check SOP files and print every problem with its place; exit 0 only when clean'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what an edited SOP file (or another stored version) changes, step by step'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add an office\'s own SOP file to the register (a changed file makes a new version)'
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -f -a "show" -d 'The working hours of each day, resolved, and why (week, override, holiday, date)'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -f -a "export" -d 'Print the calendar in force as a calendar file (TOML), to edit and import'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -f -a "import" -d 'Check a calendar file and store it as the calendar in force (a new version)'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -f -a "check" -d 'Check the calendar in force, and warn when this or next year has no official holidays'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -f -a "recompute" -d 'Measure the finished attempts of a period again with the calendar in force'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and not __fish_seen_subcommand_from show export import check recompute help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l from -d 'The first date (YYYY-MM-DD) [default: Monday of this week]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l to -d 'The last date, inclusive (YYYY-MM-DD) [default: two weeks from --from]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from export" -l out -d 'Write to this file (atomically) instead of standard output' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from export" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from export" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from export" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from import" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from import" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from import" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from check" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from check" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from check" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from check" -l fail-if-any -d 'Exit with code 10 when there is a warning'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l from -d 'The first date (YYYY-MM-DD, office time)' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l to -d 'The last date, inclusive (YYYY-MM-DD) [default: today]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l format -d 'Output format' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l dry-run -d 'Compute and print what would change; write nothing'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from recompute" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "show" -d 'The working hours of each day, resolved, and why (week, override, holiday, date)'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the calendar in force as a calendar file (TOML), to edit and import'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "import" -d 'Check a calendar file and store it as the calendar in force (a new version)'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the calendar in force, and warn when this or next year has no official holidays'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "recompute" -d 'Measure the finished attempts of a period again with the calendar in force'
complete -c kasus -n "__fish_kasus_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "add" -d 'Add a staff member with one or more roles (the SOPs\' pelaksana names)'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "list" -d 'List staff'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "deactivate" -d 'Deactivate a staff member (their history stays)'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and not __fish_seen_subcommand_from add list deactivate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from add" -l role -d 'A role: a performer named in a SOP, such as "Staff Penerima" (repeat for several)' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from add" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from add" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from add" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l all -d 'Include deactivated staff'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a staff member with one or more roles (the SOPs\' pelaksana names)'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "list" -d 'List staff'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a staff member (their history stays)'
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "create" -d 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "accept" -d 'The agency accepted the referral (a handover closes the case here)'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "reject" -d 'The agency rejected the referral'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "done" -d 'The agency finished its service: recorded as a service given by the agency'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "cancel" -d 'Cancel an open referral'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "list" -d 'List referrals, with their response and completion times and whether they are late'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "letter" -d 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "show" -d 'Show a referral: its times, consent, and only the data it shares'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and not __fish_seen_subcommand_from create accept reject done cancel list letter show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l to -d 'The agency (name or UUID; see `kasus agency list`); at a terminal, chosen from a list when not given' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l service -d 'The service asked for (Simfoni\'s layanan): kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, ...' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l share -d 'What is shared: identity, contact, chronology, assessment, violence (comma-separated) [default: nothing]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l due -d 'The completion standard for this referral (e.g. 3 hari, 4 jam) [default: setting referral-completion]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l reason -d 'Why consent is overridden (with --override-consent)' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l at -d 'When it was sent [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l handover -d 'A handover (pelimpahan): the case is closed here when the agency accepts it'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l override-consent -d 'Send without consent to share in force (a staff member named in the setting referral-override only); needs --reason'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from accept" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from accept" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from accept" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from accept" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from reject" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from reject" -l reason -d 'Why the agency rejected it (asked at a terminal when not given)' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from reject" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from reject" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from reject" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from reject" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from done" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from done" -l result -d 'What the agency did (the result; asked at a terminal when not given)' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from done" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from done" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from done" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from cancel" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it is cancelled (asked at a terminal when not given)' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from cancel" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from cancel" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from cancel" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l status -d 'Only referrals with this status: sent, accepted, rejected, done, cancelled' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l agency -d 'Only referrals to this agency' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l case -d 'Only referrals of this case' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l period -d 'Only referrals sent in this period: 2026-11, 2026, 2026-Q3, this-month, last-month, ... (as reports take it)' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l late -d 'Only the late ones (response or completion over the standard)'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l received -d 'Only the referrals received (intakes through channel rujukan) instead of those sent'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from letter" -l out -d 'Write it to this file: HTML when it ends in .html or .htm, else text (atomically, mode 0600)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from letter" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from letter" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from letter" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from letter" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from letter" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "create" -d 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "accept" -d 'The agency accepted the referral (a handover closes the case here)'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "reject" -d 'The agency rejected the referral'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "done" -d 'The agency finished its service: recorded as a service given by the agency'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an open referral'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "list" -d 'List referrals, with their response and completion times and whether they are late'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "letter" -d 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a referral: its times, consent, and only the data it shares'
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -f -a "add" -d 'Add a partner agency to the directory; at a terminal, what is not given is asked'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -f -a "list" -d 'List the agencies'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -f -a "edit" -d 'Change an agency\'s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -f -a "deactivate" -d 'Deactivate an agency (its referrals stay); no new referral can go to it'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and not __fish_seen_subcommand_from add list edit deactivate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -l kind -d 'kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain or lainnya' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -l region -d 'Its region (kota/kabupaten, provinsi)' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -l contact -d 'How to reach it (office, telephone): the agency\'s, never a victim\'s' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l all -d 'Include deactivated agencies'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l name -d 'Its new name' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l kind -d 'Its new kind' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l region -d 'Its new region' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l contact -d 'Its new contact' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from deactivate" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from deactivate" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from deactivate" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from deactivate" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a partner agency to the directory; at a terminal, what is not given is asked'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the agencies'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an agency\'s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate an agency (its referrals stay); no new referral can go to it'
complete -c kasus -n "__fish_kasus_using_subcommand agency; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "list" -d 'List cases'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "find" -d 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "show" -d 'Show a case with its people, consents, assignments and steps'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "edit" -d 'Correct a case\'s fields, with the reason (audited; the original values are kept)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "close" -d 'Close a case'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "reopen" -d 'Reopen a closed case'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "service" -d 'Record a service given to the case (Simfoni\'s list)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and not __fish_seen_subcommand_from list find show edit close reopen service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l status -d 'Only cases with this status: open or closed' -r -f -a "open\t''
closed\t''"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l search -d 'A case number, or a victim\'s, complainant\'s or perpetrator\'s name (any letter case, accents, spacing, old spelling), NIK or phone (its digits)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l sop -d 'Only cases following this SOP' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l assignee -d 'Only cases this staff member holds now' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l period -d 'Reported in this period: 2026-11, 2026-Q3, bulan-ini, last-month, ...' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l from -d 'Reported from this date or time (office time), inclusive' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l to -d 'Reported up to this date (inclusive) or time (exclusive)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l urgency -d 'Only cases of this urgency: darurat or biasa' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l risk -d 'Only cases of this risk: tinggi, sedang or rendah' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l idle -d 'Only open cases with no step activity for this many days or more' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l step -d 'Only cases at this step: running, or the next to start' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l office -d 'Only this office\'s cases (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l child -d 'Only cases whose victim is a child'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l overdue -d 'Only cases with a running step past its standard (working time, as `report due`)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l office -d 'Whose case, when offices issued the same number (a merged register): own, the office\'s case-number prefix, its UUID or the UUID\'s start' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l channel -d 'Corrected channel (as intake --channel)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l place -d 'Corrected place (as intake --place)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l reported-at -d 'Corrected report time (as intake --reported-at, in the same year: the case number holds it)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l incident-date -d 'Corrected incident date (YYYY-MM-DD or DD-MM-YYYY)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l chronology -d 'Corrected chronology (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l urgency -d 'Corrected urgency: darurat or biasa' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l risk -d 'Corrected risk: tinggi, sedang or rendah' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-name -d 'Corrected victim\'s name' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-nik -d 'Corrected victim\'s NIK (exactly 16 digits)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-phone -d 'Corrected victim\'s phone number' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-address -d 'Corrected victim\'s address' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-kecamatan -d 'Corrected kecamatan of the victim\'s address' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-kelurahan -d 'Corrected kelurahan or desa of the victim\'s address' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-disability -d 'Corrected disability (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-sex -d 'Corrected victim\'s sex: L (laki-laki) or P (perempuan)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-birth-date -d 'Corrected victim\'s birth date (YYYY-MM-DD); the age and whether the victim is a child follow from it; empty clears it' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-age -d 'Corrected victim\'s age in years at the report, when the birth date is not known' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l violence -d 'Corrected violence types, replacing the recorded ones: fisik, psikis, seksual, ... (comma-separated)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l complainant-name -d 'Corrected complainant\'s name (adds the complainant when the case has none); empty clears' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l complainant-phone -d 'Corrected complainant\'s phone number; empty clears' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l complainant-relation -d 'Corrected complainant\'s relation to the victim (free text); empty clears' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l perpetrator -d 'The perpetrator to correct, by number (1, 2, ... as `case show` lists them), with --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l perpetrator-name -d 'The perpetrator\'s name (with --perpetrator N or --add-perpetrator); empty clears' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l perpetrator-sex -d 'The perpetrator\'s sex: L or P; empty clears' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l perpetrator-age -d 'The perpetrator\'s age in years (0 to 130); empty clears' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l perpetrator-relation -d 'The perpetrator\'s relation to the victim: orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya; empty clears' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l remove-perpetrator -d 'Remove perpetrator N (as `case show` numbers them; repeatable)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l reason -d 'Why the case is corrected (required; asked at a terminal when missing)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l remove-complainant -d 'Remove the complainant: the victim reported (self-report)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l add-perpetrator -d 'Add a perpetrator, given by --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l reason -d 'Why the case is closed (asked at a terminal when missing)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -l reason -d 'Why the case is reopened' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l type -d 'pengaduan, kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, pendampingan-tokoh-agama' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l provider -d 'Who gave the service (an office or agency)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l at -d 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l note -d 'A note (free text)' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l format -d 'Output format: table (a line for people) or json (the record made or changed, as one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l json -d 'The same as --format json'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cases'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "find" -d 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a case with its people, consents, assignments and steps'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct a case\'s fields, with the reason (audited; the original values are kept)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a case'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen a closed case'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "service" -d 'Record a service given to the case (Simfoni\'s list)'
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "verify" -d 'Check the hash chain; name the first entry that does not match'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "head" -d 'Print the latest sequence number and hash, to keep elsewhere'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l head -d 'A head kept elsewhere (from `kasus audit head`): prove the register still holds it' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l office -d 'Only the audit chain kept for this merged office (`kasus merge`): its UUID, the start of it, or its office prefix' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l data -d 'Also check every data row against its last audited state, naming each row changed, written outside kasus, or gone (by table and key)'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from head" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from head" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from head" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from head" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain; name the first entry that does not match'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the latest sequence number and hash, to keep elsewhere'
complete -c kasus -n "__fish_kasus_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -f -a "get" -d 'Show the settings'
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -f -a "set" -d 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)'
complete -c kasus -n "__fish_kasus_using_subcommand config; and not __fish_seen_subcommand_from get set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from get" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from get" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from set" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from set" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show the settings'
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)'
complete -c kasus -n "__fish_kasus_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and not __fish_seen_subcommand_from export help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and not __fish_seen_subcommand_from export help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and not __fish_seen_subcommand_from export help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and not __fish_seen_subcommand_from export help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write this office\'s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from export" -l out -d 'The bundle file to write (refused if it exists, or if it is the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from export" -l since -d 'Only the rows changed since an earlier bundle of this register (its file) or a time (2026-03-01, "2026-03-01 08:00"), with the rows they hang on' -r
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from export" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from export" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from export" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write this office\'s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)'
complete -c kasus -n "__fish_kasus_using_subcommand bundle; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -l format -d 'Output format: table (per table: new, identical, conflicts) or json (one object)' -r -f -a "table\t''
json\t''"
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -l dry-run -d 'Check and count everything (new, identical, conflicts per table), write nothing'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -a "conflicts" -d 'List the rows merges put aside (open ones; --all for settled ones too)'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -a "resolve" -d 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and not __fish_seen_subcommand_from conflicts resolve help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l all -d 'Settled conflicts too'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from conflicts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from resolve" -l keep -d 'Which version stays: ours (nothing changes but the conflict) or theirs (the bundle\'s)' -r -f -a "ours\t''
theirs\t''"
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from resolve" -l reason -d 'Why (kept with the conflict; asked at a terminal when missing)' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from resolve" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from resolve" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from resolve" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from resolve" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from help" -f -a "conflicts" -d 'List the rows merges put aside (open ones; --all for settled ones too)'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)'
complete -c kasus -n "__fish_kasus_using_subcommand merge; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand backup" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand backup" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand backup" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand backup" -l force -d 'Replace FILE if it exists'
complete -c kasus -n "__fish_kasus_using_subcommand backup" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand backup" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand rekey" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand rekey" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand rekey" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand rekey" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand rekey" -s h -l help -d 'Print help'
complete -c kasus -n "__fish_kasus_using_subcommand check" -l format -d 'Output format: table, csv, json or ndjson (one JSON object per line)' -r -f -a "table\t''
csv\t''
json\t''
ndjson\t'One JSON object per line, no wrapper'"
complete -c kasus -n "__fish_kasus_using_subcommand check" -l out -d 'Write to this file instead of standard output (atomically, mode 0600; never the register)' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand check" -l columns -d 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status' -r
complete -c kasus -n "__fish_kasus_using_subcommand check" -l db -d 'The register file [default: KASUS_DB, else the platform\'s data folder, kasus/register.db]' -r -F
complete -c kasus -n "__fish_kasus_using_subcommand check" -l actor -d 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]' -r
complete -c kasus -n "__fish_kasus_using_subcommand check" -l lang -d 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]' -r
complete -c kasus -n "__fish_kasus_using_subcommand check" -l no-input -d 'Never prompt, even at a terminal'
complete -c kasus -n "__fish_kasus_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "intake" -d 'Register a case (prompts at a terminal; every field is also a flag)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "consent" -d 'Record informed consent (persetujuan layanan), a refusal, or a withdrawal'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "assign" -d 'Assign a case (and a role in it) to staff; show who held it when'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "step" -d 'Walk a case through its SOP: start, finish, skip and decide steps'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "report" -d 'Reports: case timelines, compliance with standard times, steps due and overdue, workload'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "export" -d 'Export the register (or a de-identified copy) as CSV/JSON, and for Simfoni PPA'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "sop" -d 'The SOP catalogue: list, show, validate and import SOP files'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "calendar" -d 'The office calendar: working hours, overrides, single dates and holidays'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "staff" -d 'Staff and their roles'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "referral" -d 'Referrals (rujukan) and handovers (pelimpahan) to partner agencies, timed and gated by consent to share'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "agency" -d 'The directory of partner agencies (rumah sakit, UPPA, LBH, rumah aman, ...)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "case" -d 'Cases: list, show, edit, close, reopen, and services given'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "audit" -d 'The audit trail: verify the hash chain, print its head'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "config" -d 'The register\'s settings (office prefix, time zone)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "bundle" -d 'Office bundles: this office\'s rows and audit chain in one file, for another office\'s register'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "merge" -d 'Merge another office\'s bundle: checked first, then its rows by UUID in one transaction; never overwrites'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "backup" -d 'Write a consistent copy of the register (safe while others write), mode 0600'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "rekey" -d 'Change the encryption key of an encrypted register (builds with SQLCipher only)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "check" -d 'Check the register: SQLite\'s integrity check, foreign keys, the audit chain'
complete -c kasus -n "__fish_kasus_using_subcommand help; and not __fish_seen_subcommand_from intake consent assign step report export sop calendar staff referral agency case audit config bundle merge backup rekey check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "withdraw" -d 'Record a withdrawal of consent for some scopes'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "refuse" -d 'Record a refusal (the fields of a consent, asked at a terminal): the SOP\'s flow ends at the case\'s consent step'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "void" -d 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from consent" -f -a "list" -d 'List a case\'s consent events and what is in force'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from assign" -f -a "history" -d 'Who held the case, in which role, when'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from assign" -f -a "end" -d 'End an assignment without a successor'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "start" -d 'Start the next step (or --step N)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "finish" -d 'Finish the running step, with its output'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "skip" -d 'Skip a conditional step that is not needed, with the reason'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "decide" -d 'Finish a decision step: approve, or return the work to the step the SOP names'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "pause" -d 'Pause the running step\'s clock while it waits on the victim, another agency or documents'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "resume" -d 'Resume a paused step\'s clock'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "correct" -d 'Correct a recorded attempt\'s start, finish, performer or output, with the reason; its time is judged again'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "void" -d 'Void the case\'s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from step" -f -a "import" -d 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "case" -d 'A case\'s timeline: one row per step attempt, against its standard'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "compliance" -d 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "overdue" -d 'Running steps past their standard, and open cases idle for --idle days'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "due" -d 'Running steps by working time left before their standard: ok, warning, over or paused'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "workload" -d 'Per staff: open cases, running steps, overdue steps'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "referrals" -d 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "summary" -d 'Cases registered and closed in the period, counted the way Simfoni PPA asks'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "monthly" -d 'One page for the head of the unit: a month\'s figures, tables and charts as a self-contained HTML file (A4); or the month\'s summary and compliance as a workbook (--out FILE.xlsx)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from sop" -f -a "list" -d 'List the SOPs in the register: code, name, office, steps, total'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from sop" -f -a "show" -d 'Show a whole SOP with its steps'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from sop" -f -a "validate" -d 'Check SOP files and print every problem with its place; exit 0 only when clean'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from sop" -f -a "diff" -d 'Show what an edited SOP file (or another stored version) changes, step by step'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from sop" -f -a "import" -d 'Add an office\'s own SOP file to the register (a changed file makes a new version)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "show" -d 'The working hours of each day, resolved, and why (week, override, holiday, date)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "export" -d 'Print the calendar in force as a calendar file (TOML), to edit and import'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "import" -d 'Check a calendar file and store it as the calendar in force (a new version)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "check" -d 'Check the calendar in force, and warn when this or next year has no official holidays'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "recompute" -d 'Measure the finished attempts of a period again with the calendar in force'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "add" -d 'Add a staff member with one or more roles (the SOPs\' pelaksana names)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "list" -d 'List staff'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from staff" -f -a "deactivate" -d 'Deactivate a staff member (their history stays)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "create" -d 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "accept" -d 'The agency accepted the referral (a handover closes the case here)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "reject" -d 'The agency rejected the referral'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "done" -d 'The agency finished its service: recorded as a service given by the agency'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "cancel" -d 'Cancel an open referral'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "list" -d 'List referrals, with their response and completion times and whether they are late'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "letter" -d 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from referral" -f -a "show" -d 'Show a referral: its times, consent, and only the data it shares'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from agency" -f -a "add" -d 'Add a partner agency to the directory; at a terminal, what is not given is asked'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from agency" -f -a "list" -d 'List the agencies'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from agency" -f -a "edit" -d 'Change an agency\'s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from agency" -f -a "deactivate" -d 'Deactivate an agency (its referrals stay); no new referral can go to it'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "list" -d 'List cases'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "find" -d 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "show" -d 'Show a case with its people, consents, assignments and steps'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "edit" -d 'Correct a case\'s fields, with the reason (audited; the original values are kept)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "close" -d 'Close a case'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "reopen" -d 'Reopen a closed case'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "service" -d 'Record a service given to the case (Simfoni\'s list)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain; name the first entry that does not match'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the latest sequence number and hash, to keep elsewhere'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show the settings'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from bundle" -f -a "export" -d 'Write this office\'s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from merge" -f -a "conflicts" -d 'List the rows merges put aside (open ones; --all for settled ones too)'
complete -c kasus -n "__fish_kasus_using_subcommand help; and __fish_seen_subcommand_from merge" -f -a "resolve" -d 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)'
# Case numbers, SOP codes and staff names from the register (`kasus __complete KIND`)
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l channel -r -f -a "(command kasus __complete channel 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l victim-sex -r -f -a "(command kasus __complete sex 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l perpetrator-sex -r -f -a "(command kasus __complete sex 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l perpetrator-relation -r -f -a "(command kasus __complete relation 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l violence -r -f -a "(command kasus __complete violence 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l place -r -f -a "(command kasus __complete place 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l urgency -r -f -a "(command kasus __complete urgency 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand intake" -l risk -r -f -a "(command kasus __complete risk 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l relation -r -f -a "(command kasus __complete consent-relation 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l scope -r -f -a "(command kasus __complete scope 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and not __fish_seen_subcommand_from withdraw refuse void list help" -l method -r -f -a "(command kasus __complete method 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from withdraw" -l scope -r -f -a "(command kasus __complete scope 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l relation -r -f -a "(command kasus __complete consent-relation 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l scope -r -f -a "(command kasus __complete scope 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from refuse" -l method -r -f -a "(command kasus __complete method 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from void" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand consent; and __fish_seen_subcommand_from list" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and not __fish_seen_subcommand_from history end help" -l to -r -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from history" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand assign; and __fish_seen_subcommand_from end" -l staff -r -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and not __fish_seen_subcommand_from start finish skip decide pause resume correct void import help" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from start" -l by -r -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from finish" -l by -r -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from skip" -l by -r -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from decide" -l by -r -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from pause" -l reason -r -f -a "(command kasus __complete pause-reason 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from resume" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from correct" -l by -r -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand step; and __fish_seen_subcommand_from void" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from case" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from compliance" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from overdue" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from due" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from workload" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from referrals" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from summary" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand report; and __fish_seen_subcommand_from monthly" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand export" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand sop; and __fish_seen_subcommand_from show" -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand staff; and __fish_seen_subcommand_from deactivate" -f -a "(command kasus __complete staff 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from create" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand referral; and __fish_seen_subcommand_from list" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l sop -r -f -a "(command kasus __complete sops 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l period -r -f -a "(command kasus __complete period 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l urgency -r -f -a "(command kasus __complete urgency 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from list" -l risk -r -f -a "(command kasus __complete risk 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from show" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l channel -r -f -a "(command kasus __complete channel 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l place -r -f -a "(command kasus __complete place 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l urgency -r -f -a "(command kasus __complete urgency 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l risk -r -f -a "(command kasus __complete risk 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l victim-sex -r -f -a "(command kasus __complete sex 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l violence -r -f -a "(command kasus __complete violence 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l perpetrator-sex -r -f -a "(command kasus __complete sex 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from edit" -l perpetrator-relation -r -f -a "(command kasus __complete relation 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from close" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from reopen" -f -a "(command kasus __complete cases 2>/dev/null)"
complete -c kasus -n "__fish_kasus_using_subcommand case; and __fish_seen_subcommand_from service" -f -a "(command kasus __complete cases 2>/dev/null)"
