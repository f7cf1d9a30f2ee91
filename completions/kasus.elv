
use builtin;
use str;

set edit:completion:arg-completer[kasus] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kasus'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kasus'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand intake 'Register a case (prompts at a terminal; every field is also a flag)'
            cand consent 'Record informed consent (persetujuan layanan), a refusal, or a withdrawal'
            cand assign 'Assign a case (and a role in it) to staff; show who held it when'
            cand step 'Walk a case through its SOP: start, finish, skip and decide steps'
            cand report 'Reports: case timelines, compliance with standard times, steps due and overdue, workload'
            cand export 'Export the register (or a de-identified copy) as CSV/JSON, and for Simfoni PPA'
            cand sop 'The SOP catalogue: list, show, validate and import SOP files'
            cand calendar 'The office calendar: working hours, overrides, single dates and holidays'
            cand staff 'Staff and their roles'
            cand referral 'Referrals (rujukan) and handovers (pelimpahan) to partner agencies, timed and gated by consent to share'
            cand agency 'The directory of partner agencies (rumah sakit, UPPA, LBH, rumah aman, ...)'
            cand case 'Cases: list, show, edit, close, reopen, and services given'
            cand audit 'The audit trail: verify the hash chain, print its head'
            cand config 'The register''s settings (office prefix, time zone)'
            cand bundle 'Office bundles: this office''s rows and audit chain in one file, for another office''s register'
            cand merge 'Merge another office''s bundle: checked first, then its rows by UUID in one transaction; never overwrites'
            cand backup 'Write a consistent copy of the register (safe while others write), mode 0600'
            cand rekey 'Change the encryption key of an encrypted register (builds with SQLCipher only)'
            cand check 'Check the register: SQLite''s integrity check, foreign keys, the audit chain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;intake'= {
            cand --sop 'The SOP the case follows (code; see `kasus sop list`)'
            cand --reported-at 'When the report came in [default: now]; RFC 3339 or "YYYY-MM-DD HH:MM" office time'
            cand --channel 'datang-langsung, telepon, si-lacak-perak, rujukan, surat, online'
            cand --victim-name 'The victim''s name'
            cand --victim-nik 'NIK: exactly 16 digits'
            cand --victim-sex 'L (laki-laki) or P (perempuan)'
            cand --victim-birth-date 'YYYY-MM-DD'
            cand --victim-age 'Age in years at the report, when the birth date is not known'
            cand --victim-phone 'The victim''s phone number'
            cand --victim-address 'The victim''s address'
            cand --victim-kecamatan 'Kecamatan (district) of the victim''s address'
            cand --victim-kelurahan 'Kelurahan or desa of the victim''s address'
            cand --victim-disability 'Disability, if any (free text)'
            cand --complainant-name 'The complainant (pelapor); without it the victim reported (self-report)'
            cand --complainant-phone 'The complainant''s phone number'
            cand --complainant-relation 'The complainant''s relation to the victim (free text, e.g. ibu, tetangga, kader PATBM)'
            cand --perpetrator-name 'Perpetrator (pelaku) name; repeat the --perpetrator-* flags for several perpetrators'
            cand --perpetrator-sex 'L or P (repeatable, in the same order)'
            cand --perpetrator-age 'Age in years (repeatable)'
            cand --perpetrator-relation 'orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya'
            cand --violence 'fisik, psikis, seksual, eksploitasi, trafficking, penelantaran, lainnya (comma-separated)'
            cand --place 'rumah-tangga, tempat-kerja, sekolah, lembaga-pendidikan-kilat, fasilitas-umum, lainnya'
            cand --incident-date 'YYYY-MM-DD'
            cand --chronology 'Chronology (free text)'
            cand --urgency 'darurat or biasa [default: biasa]'
            cand --risk 'tinggi, sedang or rendah'
            cand --external-ref 'An identifier from the source system (unique; for imports)'
            cand --referred-by 'A received referral: the referring agency (name or UUID in `kasus agency list`); needs --channel rujukan'
            cand --format 'Output format: table (a line for people) or json (the record made, as one object); with --template, xlsx writes the template as a workbook (needs --out FILE.xlsx)'
            cand --from 'Bulk intake from a CSV (with a header), JSONL or Excel (.xlsx) file; `-` reads standard input'
            cand --out 'With --template: write it to this file (atomically, mode 0600; never the register)'
            cand --input-format 'The format of --from [default: from the file''s extension or contents, else csv]'
            cand --sheet 'The sheet of an .xlsx --from to read [default: the first visible one]'
            cand --rejects 'With --skip-invalid: the rejected rows with their line and reason (CSV, or .xlsx for a workbook; importable as it is)'
            cand --delimiter 'The CSV delimiter of --from: comma, semicolon, tab or one character [default: found on the header line]'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --allow-duplicate 'Register even when the victim matches an existing case (and, for one case without --external-ref, when its report does: its time, SOP and victim''s name)'
            cand --json 'The same as --format json'
            cand --template 'Print an empty CSV header for bulk intake (the columns `--from` reads); with --format xlsx --out FILE.xlsx, an empty workbook with drop-down lists'
            cand --skip-invalid 'With --from: register the good rows and write the bad ones to --rejects'
            cand --dry-run 'With --from: check and count every row as for real, write nothing to the register'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;consent'= {
            cand --given-by 'Who gave consent (the victim, or for a child a parent or guardian)'
            cand --relation 'self, parent or guardian'
            cand --scope 'layanan, berbagi-informasi, dokumentasi (comma-separated)'
            cand --method 'tertulis (written) or lisan (oral)'
            cand --form-ref 'The consent form''s reference'
            cand --recipients 'Consent to share (berbagi-informasi) covers only these kinds of recipient: kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain, lainnya (comma-separated) [default: every kind]'
            cand --until 'The last day consent to share holds (YYYY-MM-DD, office date) [default: no end]'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand withdraw 'Record a withdrawal of consent for some scopes'
            cand refuse 'Record a refusal (the fields of a consent, asked at a terminal): the SOP''s flow ends at the case''s consent step'
            cand void 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it'
            cand list 'List a case''s consent events and what is in force'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;consent;withdraw'= {
            cand --scope 'What is withdrawn: layanan, berbagi-informasi, dokumentasi (comma-separated)'
            cand --given-by 'Who withdraws it (the victim, or for a child a parent or guardian)'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;consent;refuse'= {
            cand --given-by 'Who refused (the victim, or for a child a parent or guardian)'
            cand --relation 'self, parent or guardian'
            cand --scope 'layanan, berbagi-informasi, dokumentasi (comma-separated)'
            cand --method 'tertulis (written) or lisan (oral)'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;consent;void'= {
            cand --record 'The record''s number as `case show` and `consent list` print it (or its UUID)'
            cand --reason 'Why it was recorded by mistake (asked at a terminal when not given)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;consent;list'= {
            cand --office 'Whose case, when offices issued the same number (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;consent;help'= {
            cand withdraw 'Record a withdrawal of consent for some scopes'
            cand refuse 'Record a refusal (the fields of a consent, asked at a terminal): the SOP''s flow ends at the case''s consent step'
            cand void 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it'
            cand list 'List a case''s consent events and what is in force'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;consent;help;withdraw'= {
        }
        &'kasus;consent;help;refuse'= {
        }
        &'kasus;consent;help;void'= {
        }
        &'kasus;consent;help;list'= {
        }
        &'kasus;consent;help;help'= {
        }
        &'kasus;assign'= {
            cand --to 'The staff member'
            cand --role 'The role in the case (a SOP role); a new holder of a role replaces the old one'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand history 'Who held the case, in which role, when'
            cand end 'End an assignment without a successor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;assign;history'= {
            cand --office 'Whose case, when offices issued the same number (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;assign;end'= {
            cand --staff 'The staff member whose assignment ends'
            cand --role 'Only the assignment in this role'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;assign;help'= {
            cand history 'Who held the case, in which role, when'
            cand end 'End an assignment without a successor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;assign;help;history'= {
        }
        &'kasus;assign;help;end'= {
        }
        &'kasus;assign;help;help'= {
        }
        &'kasus;step'= {
            cand --at 'Walk as of this time [default: now], for entering at a terminal what was done earlier: every action of the walk is recorded at it. The same forms as every --at'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand start 'Start the next step (or --step N)'
            cand finish 'Finish the running step, with its output'
            cand skip 'Skip a conditional step that is not needed, with the reason'
            cand decide 'Finish a decision step: approve, or return the work to the step the SOP names'
            cand pause 'Pause the running step''s clock while it waits on the victim, another agency or documents'
            cand resume 'Resume a paused step''s clock'
            cand correct 'Correct a recorded attempt''s start, finish, performer or output, with the reason; its time is judged again'
            cand void 'Void the case''s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it'
            cand import 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;step;start'= {
            cand --step 'The step number as in the document [default: the next step]'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --by 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit'
            cand --note 'A note (free text)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;finish'= {
            cand --step 'The step number as in the document [default: the next step]'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --by 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit'
            cand --note 'A note (free text)'
            cand --output 'The step''s output (what the SOP says the step produces)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;skip'= {
            cand --step 'The step number as in the document [default: the next step]'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --by 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit'
            cand --note 'A note (free text)'
            cand --reason 'Why (free text)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;decide'= {
            cand --step 'The step number as in the document [default: the next step]'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --by 'Who does it [default: the staff assigned to the step''s role]; may be someone outside the unit'
            cand --note 'A note (free text)'
            cand --output 'The step''s output (what the SOP says the step produces)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --approve 'Approve: the flow goes on to the next step'
            cand --return 'Return the work to the step the SOP names'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;pause'= {
            cand --reason 'waiting-victim, waiting-agency, waiting-documents, other'
            cand --note 'A note (free text)'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;resume'= {
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;correct'= {
            cand --step 'The step number as in the document'
            cand --attempt 'Which attempt of the step [default: its latest]'
            cand --started-at 'The corrected start, in the forms of --at'
            cand --finished-at 'The corrected finish, in the forms of --at (a finished attempt only)'
            cand --by 'The corrected performer (a staff member, or for a step with an outside role, anyone)'
            cand --output 'The corrected output'
            cand --reason 'What was wrong (asked at a terminal when not given)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;void'= {
            cand --step 'The step number as in the document: the step of the case''s latest record'
            cand --attempt 'Which attempt of the step [default: its latest]'
            cand --reason 'Why it was recorded by mistake (asked at a terminal when not given)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;import'= {
            cand --delimiter 'The CSV delimiter: comma, semicolon, tab or one character [default: found on the header line]'
            cand --sheet 'The sheet of an .xlsx file to read [default: the first visible one]'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --dry-run 'Check every row as for real, record nothing'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;step;help'= {
            cand start 'Start the next step (or --step N)'
            cand finish 'Finish the running step, with its output'
            cand skip 'Skip a conditional step that is not needed, with the reason'
            cand decide 'Finish a decision step: approve, or return the work to the step the SOP names'
            cand pause 'Pause the running step''s clock while it waits on the victim, another agency or documents'
            cand resume 'Resume a paused step''s clock'
            cand correct 'Correct a recorded attempt''s start, finish, performer or output, with the reason; its time is judged again'
            cand void 'Void the case''s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it'
            cand import 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;step;help;start'= {
        }
        &'kasus;step;help;finish'= {
        }
        &'kasus;step;help;skip'= {
        }
        &'kasus;step;help;decide'= {
        }
        &'kasus;step;help;pause'= {
        }
        &'kasus;step;help;resume'= {
        }
        &'kasus;step;help;correct'= {
        }
        &'kasus;step;help;void'= {
        }
        &'kasus;step;help;import'= {
        }
        &'kasus;step;help;help'= {
        }
        &'kasus;report'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand case 'A case''s timeline: one row per step attempt, against its standard'
            cand compliance 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time'
            cand overdue 'Running steps past their standard, and open cases idle for --idle days'
            cand due 'Running steps by working time left before their standard: ok, warning, over or paused'
            cand workload 'Per staff: open cases, running steps, overdue steps'
            cand referrals 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number'
            cand summary 'Cases registered and closed in the period, counted the way Simfoni PPA asks'
            cand monthly 'One page for the head of the unit: a month''s figures, tables and charts as a self-contained HTML file (A4); or the month''s summary and compliance as a workbook (--out FILE.xlsx)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;report;case'= {
            cand --format 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)'
            cand --from 'From this date or time (office time), inclusive'
            cand --to 'Up to this date (inclusive, the whole day) or time (exclusive)'
            cand --period 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;compliance'= {
            cand --format 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)'
            cand --from 'From this date or time (office time), inclusive'
            cand --to 'Up to this date (inclusive, the whole day) or time (exclusive)'
            cand --period 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --by 'staff: split per performer; office: the figures of each office, then the whole register''s (office "total")'
            cand --basis 'Which time to judge: working (effective working time on each step''s clock) or wall'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;overdue'= {
            cand --format 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)'
            cand --from 'From this date or time (office time), inclusive'
            cand --to 'Up to this date (inclusive, the whole day) or time (exclusive)'
            cand --period 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --by 'office: the figures of each office, then the whole register''s (office "total")'
            cand --at 'Judge at this time instead of now'
            cand --idle 'Open cases with no step activity for this many days'
            cand --basis 'Which time to judge: working (effective working time on each step''s clock) or wall'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --fail-if-any 'Exit with code 10 when anything is overdue or idle'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;due'= {
            cand --format 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)'
            cand --from 'From this date or time (office time), inclusive'
            cand --to 'Up to this date (inclusive, the whole day) or time (exclusive)'
            cand --period 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --by 'office: the figures of each office, then the whole register''s (office "total")'
            cand --within 'Only steps with at most this much working time left (30m, 2 jam)'
            cand --at 'Judge at this time instead of now'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --fail-if-any 'Exit with code 10 when a step is warning or over (not while its office is closed)'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;workload'= {
            cand --format 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)'
            cand --from 'From this date or time (office time), inclusive'
            cand --to 'Up to this date (inclusive, the whole day) or time (exclusive)'
            cand --period 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --by 'office: the figures of each office, then the whole register''s (office "total")'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;referrals'= {
            cand --format 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)'
            cand --from 'From this date or time (office time), inclusive'
            cand --to 'Up to this date (inclusive, the whole day) or time (exclusive)'
            cand --period 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --by 'office: the figures of each office, then the whole register''s (office "total")'
            cand --at 'Judge at this time instead of now'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;summary'= {
            cand --format 'Output format: table, csv, json, ndjson (one JSON object per line) or xlsx (a workbook; needs --out FILE.xlsx)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in the CSV header; a key the report has not lists its keys)'
            cand --from 'From this date or time (office time), inclusive'
            cand --to 'Up to this date (inclusive, the whole day) or time (exclusive)'
            cand --period 'A period: 2026-11, 2026, 2026-Q3, today, yesterday, this-week, last-week, this-month, last-month, this-year, last-year (or hari-ini, kemarin, minggu-ini, bulan-lalu, ...)'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --by 'office: the figures of each office, then the whole register''s (office "total")'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;monthly'= {
            cand --period 'The month: 2026-11, this-month, last-month (or bulan-ini, bulan-lalu)'
            cand --format 'html (the page) or xlsx (the figures as a workbook); without it, --out''s extension says which. Given, --out''s extension must agree'
            cand --out 'Write the page to this file, named .html or .htm (atomically, mode 0600; never the register); without it, or with -, the page goes to standard output, which must not be a terminal. Named .xlsx: a workbook with a summary sheet and a compliance sheet, as report summary and report compliance give them for the month'
            cand --sop 'Only cases following this SOP'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --deidentified 'Leave out the case numbers of late steps too (the page never holds names, NIK, phone numbers or addresses)'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;report;help'= {
            cand case 'A case''s timeline: one row per step attempt, against its standard'
            cand compliance 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time'
            cand overdue 'Running steps past their standard, and open cases idle for --idle days'
            cand due 'Running steps by working time left before their standard: ok, warning, over or paused'
            cand workload 'Per staff: open cases, running steps, overdue steps'
            cand referrals 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number'
            cand summary 'Cases registered and closed in the period, counted the way Simfoni PPA asks'
            cand monthly 'One page for the head of the unit: a month''s figures, tables and charts as a self-contained HTML file (A4); or the month''s summary and compliance as a workbook (--out FILE.xlsx)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;report;help;case'= {
        }
        &'kasus;report;help;compliance'= {
        }
        &'kasus;report;help;overdue'= {
        }
        &'kasus;report;help;due'= {
        }
        &'kasus;report;help;workload'= {
        }
        &'kasus;report;help;referrals'= {
        }
        &'kasus;report;help;summary'= {
        }
        &'kasus;report;help;monthly'= {
        }
        &'kasus;report;help;help'= {
        }
        &'kasus;export'= {
            cand --format 'Output format: csv, json, ndjson (one JSON object per line) or xlsx (a workbook, one sheet; needs --out FILE.xlsx)'
            cand --out 'Write to this file (atomically: a temporary file renamed into place when complete; mode 0600; never the register)'
            cand --since 'Only rows changed after this time (for incremental nightly exports)'
            cand --period 'For simfoni: cases reported in this period (2026-11, 2026-Q3, last-month, ...)'
            cand --columns 'Only these columns, in this order, in every format (the CSV''s keys; simfoni''s too, in the workbook under their labels): --columns case_number,status'
            cand --office 'Only this office''s rows (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --deidentify 'No names, NIK, phone numbers, addresses or chronology; keyed pseudonyms for identifiers'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;sop'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the SOPs in the register: code, name, office, steps, total'
            cand show 'Show a whole SOP with its steps'
            cand validate 'Check SOP files and print every problem with its place; exit 0 only when clean'
            cand diff 'Show what an edited SOP file (or another stored version) changes, step by step'
            cand import 'Add an office''s own SOP file to the register (a changed file makes a new version)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;sop;list'= {
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;sop;show'= {
            cand --version 'A stored version [default: the latest]'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;sop;validate'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;sop;diff'= {
            cand --from 'The stored version to compare from [default: the latest]'
            cand --to 'A stored version to compare with, instead of a file'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;sop;import'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;sop;help'= {
            cand list 'List the SOPs in the register: code, name, office, steps, total'
            cand show 'Show a whole SOP with its steps'
            cand validate 'Check SOP files and print every problem with its place; exit 0 only when clean'
            cand diff 'Show what an edited SOP file (or another stored version) changes, step by step'
            cand import 'Add an office''s own SOP file to the register (a changed file makes a new version)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;sop;help;list'= {
        }
        &'kasus;sop;help;show'= {
        }
        &'kasus;sop;help;validate'= {
        }
        &'kasus;sop;help;diff'= {
        }
        &'kasus;sop;help;import'= {
        }
        &'kasus;sop;help;help'= {
        }
        &'kasus;calendar'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The working hours of each day, resolved, and why (week, override, holiday, date)'
            cand export 'Print the calendar in force as a calendar file (TOML), to edit and import'
            cand import 'Check a calendar file and store it as the calendar in force (a new version)'
            cand check 'Check the calendar in force, and warn when this or next year has no official holidays'
            cand recompute 'Measure the finished attempts of a period again with the calendar in force'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;calendar;show'= {
            cand --from 'The first date (YYYY-MM-DD) [default: Monday of this week]'
            cand --to 'The last date, inclusive (YYYY-MM-DD) [default: two weeks from --from]'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;calendar;export'= {
            cand --out 'Write to this file (atomically) instead of standard output'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;calendar;import'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;calendar;check'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --fail-if-any 'Exit with code 10 when there is a warning'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;calendar;recompute'= {
            cand --from 'The first date (YYYY-MM-DD, office time)'
            cand --to 'The last date, inclusive (YYYY-MM-DD) [default: today]'
            cand --format 'Output format'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --dry-run 'Compute and print what would change; write nothing'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;calendar;help'= {
            cand show 'The working hours of each day, resolved, and why (week, override, holiday, date)'
            cand export 'Print the calendar in force as a calendar file (TOML), to edit and import'
            cand import 'Check a calendar file and store it as the calendar in force (a new version)'
            cand check 'Check the calendar in force, and warn when this or next year has no official holidays'
            cand recompute 'Measure the finished attempts of a period again with the calendar in force'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;calendar;help;show'= {
        }
        &'kasus;calendar;help;export'= {
        }
        &'kasus;calendar;help;import'= {
        }
        &'kasus;calendar;help;check'= {
        }
        &'kasus;calendar;help;recompute'= {
        }
        &'kasus;calendar;help;help'= {
        }
        &'kasus;staff'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a staff member with one or more roles (the SOPs'' pelaksana names)'
            cand list 'List staff'
            cand deactivate 'Deactivate a staff member (their history stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;staff;add'= {
            cand --role 'A role: a performer named in a SOP, such as "Staff Penerima" (repeat for several)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;staff;list'= {
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --all 'Include deactivated staff'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;staff;deactivate'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;staff;help'= {
            cand add 'Add a staff member with one or more roles (the SOPs'' pelaksana names)'
            cand list 'List staff'
            cand deactivate 'Deactivate a staff member (their history stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;staff;help;add'= {
        }
        &'kasus;staff;help;list'= {
        }
        &'kasus;staff;help;deactivate'= {
        }
        &'kasus;staff;help;help'= {
        }
        &'kasus;referral'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked'
            cand accept 'The agency accepted the referral (a handover closes the case here)'
            cand reject 'The agency rejected the referral'
            cand done 'The agency finished its service: recorded as a service given by the agency'
            cand cancel 'Cancel an open referral'
            cand list 'List referrals, with their response and completion times and whether they are late'
            cand letter 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared'
            cand show 'Show a referral: its times, consent, and only the data it shares'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;referral;create'= {
            cand --to 'The agency (name or UUID; see `kasus agency list`); at a terminal, chosen from a list when not given'
            cand --service 'The service asked for (Simfoni''s layanan): kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, ...'
            cand --share 'What is shared: identity, contact, chronology, assessment, violence (comma-separated) [default: nothing]'
            cand --due 'The completion standard for this referral (e.g. 3 hari, 4 jam) [default: setting referral-completion]'
            cand --reason 'Why consent is overridden (with --override-consent)'
            cand --at 'When it was sent [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --handover 'A handover (pelimpahan): the case is closed here when the agency accepts it'
            cand --override-consent 'Send without consent to share in force (a staff member named in the setting referral-override only); needs --reason'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;referral;accept'= {
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;referral;reject'= {
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --reason 'Why the agency rejected it (asked at a terminal when not given)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;referral;done'= {
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --result 'What the agency did (the result; asked at a terminal when not given)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;referral;cancel'= {
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --reason 'Why it is cancelled (asked at a terminal when not given)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;referral;list'= {
            cand --status 'Only referrals with this status: sent, accepted, rejected, done, cancelled'
            cand --agency 'Only referrals to this agency'
            cand --case 'Only referrals of this case'
            cand --period 'Only referrals sent in this period: 2026-11, 2026, 2026-Q3, this-month, last-month, ... (as reports take it)'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --late 'Only the late ones (response or completion over the standard)'
            cand --received 'Only the referrals received (intakes through channel rujukan) instead of those sent'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;referral;letter'= {
            cand --out 'Write it to this file: HTML when it ends in .html or .htm, else text (atomically, mode 0600)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;referral;show'= {
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;referral;help'= {
            cand create 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked'
            cand accept 'The agency accepted the referral (a handover closes the case here)'
            cand reject 'The agency rejected the referral'
            cand done 'The agency finished its service: recorded as a service given by the agency'
            cand cancel 'Cancel an open referral'
            cand list 'List referrals, with their response and completion times and whether they are late'
            cand letter 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared'
            cand show 'Show a referral: its times, consent, and only the data it shares'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;referral;help;create'= {
        }
        &'kasus;referral;help;accept'= {
        }
        &'kasus;referral;help;reject'= {
        }
        &'kasus;referral;help;done'= {
        }
        &'kasus;referral;help;cancel'= {
        }
        &'kasus;referral;help;list'= {
        }
        &'kasus;referral;help;letter'= {
        }
        &'kasus;referral;help;show'= {
        }
        &'kasus;referral;help;help'= {
        }
        &'kasus;agency'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a partner agency to the directory; at a terminal, what is not given is asked'
            cand list 'List the agencies'
            cand edit 'Change an agency''s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which'
            cand deactivate 'Deactivate an agency (its referrals stay); no new referral can go to it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;agency;add'= {
            cand --kind 'kesehatan, kepolisian, bantuan-hukum, rehabilitasi-sosial, rumah-aman, uptd-ppa-lain or lainnya'
            cand --region 'Its region (kota/kabupaten, provinsi)'
            cand --contact 'How to reach it (office, telephone): the agency''s, never a victim''s'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;agency;list'= {
            cand --kind 'Only this kind'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --all 'Include deactivated agencies'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;agency;edit'= {
            cand --name 'Its new name'
            cand --kind 'Its new kind'
            cand --region 'Its new region'
            cand --contact 'Its new contact'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;agency;deactivate'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;agency;help'= {
            cand add 'Add a partner agency to the directory; at a terminal, what is not given is asked'
            cand list 'List the agencies'
            cand edit 'Change an agency''s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which'
            cand deactivate 'Deactivate an agency (its referrals stay); no new referral can go to it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;agency;help;add'= {
        }
        &'kasus;agency;help;list'= {
        }
        &'kasus;agency;help;edit'= {
        }
        &'kasus;agency;help;deactivate'= {
        }
        &'kasus;agency;help;help'= {
        }
        &'kasus;case'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List cases'
            cand find 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how'
            cand show 'Show a case with its people, consents, assignments and steps'
            cand edit 'Correct a case''s fields, with the reason (audited; the original values are kept)'
            cand close 'Close a case'
            cand reopen 'Reopen a closed case'
            cand service 'Record a service given to the case (Simfoni''s list)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;case;list'= {
            cand --status 'Only cases with this status: open or closed'
            cand --search 'A case number, or a victim''s, complainant''s or perpetrator''s name (any letter case, accents, spacing, old spelling), NIK or phone (its digits)'
            cand --sop 'Only cases following this SOP'
            cand --assignee 'Only cases this staff member holds now'
            cand --period 'Reported in this period: 2026-11, 2026-Q3, bulan-ini, last-month, ...'
            cand --from 'Reported from this date or time (office time), inclusive'
            cand --to 'Reported up to this date (inclusive) or time (exclusive)'
            cand --urgency 'Only cases of this urgency: darurat or biasa'
            cand --risk 'Only cases of this risk: tinggi, sedang or rendah'
            cand --idle 'Only open cases with no step activity for this many days or more'
            cand --step 'Only cases at this step: running, or the next to start'
            cand --office 'Only this office''s cases (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --child 'Only cases whose victim is a child'
            cand --overdue 'Only cases with a running step past its standard (working time, as `report due`)'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;case;find'= {
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;case;show'= {
            cand --office 'Whose case, when offices issued the same number (a merged register): own, the office''s case-number prefix, its UUID or the UUID''s start'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;case;edit'= {
            cand --channel 'Corrected channel (as intake --channel)'
            cand --place 'Corrected place (as intake --place)'
            cand --reported-at 'Corrected report time (as intake --reported-at, in the same year: the case number holds it)'
            cand --incident-date 'Corrected incident date (YYYY-MM-DD or DD-MM-YYYY)'
            cand --chronology 'Corrected chronology (free text)'
            cand --urgency 'Corrected urgency: darurat or biasa'
            cand --risk 'Corrected risk: tinggi, sedang or rendah'
            cand --victim-name 'Corrected victim''s name'
            cand --victim-nik 'Corrected victim''s NIK (exactly 16 digits)'
            cand --victim-phone 'Corrected victim''s phone number'
            cand --victim-address 'Corrected victim''s address'
            cand --victim-kecamatan 'Corrected kecamatan of the victim''s address'
            cand --victim-kelurahan 'Corrected kelurahan or desa of the victim''s address'
            cand --victim-disability 'Corrected disability (free text)'
            cand --victim-sex 'Corrected victim''s sex: L (laki-laki) or P (perempuan)'
            cand --victim-birth-date 'Corrected victim''s birth date (YYYY-MM-DD); the age and whether the victim is a child follow from it; empty clears it'
            cand --victim-age 'Corrected victim''s age in years at the report, when the birth date is not known'
            cand --violence 'Corrected violence types, replacing the recorded ones: fisik, psikis, seksual, ... (comma-separated)'
            cand --complainant-name 'Corrected complainant''s name (adds the complainant when the case has none); empty clears'
            cand --complainant-phone 'Corrected complainant''s phone number; empty clears'
            cand --complainant-relation 'Corrected complainant''s relation to the victim (free text); empty clears'
            cand --perpetrator 'The perpetrator to correct, by number (1, 2, ... as `case show` lists them), with --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation'
            cand --perpetrator-name 'The perpetrator''s name (with --perpetrator N or --add-perpetrator); empty clears'
            cand --perpetrator-sex 'The perpetrator''s sex: L or P; empty clears'
            cand --perpetrator-age 'The perpetrator''s age in years (0 to 130); empty clears'
            cand --perpetrator-relation 'The perpetrator''s relation to the victim: orang-tua, keluarga, suami-istri, pacar-teman, tetangga, guru, majikan, rekan-kerja, lainnya; empty clears'
            cand --remove-perpetrator 'Remove perpetrator N (as `case show` numbers them; repeatable)'
            cand --reason 'Why the case is corrected (required; asked at a terminal when missing)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --remove-complainant 'Remove the complainant: the victim reported (self-report)'
            cand --add-perpetrator 'Add a perpetrator, given by --perpetrator-name, --perpetrator-sex, --perpetrator-age, --perpetrator-relation'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;case;close'= {
            cand --reason 'Why the case is closed (asked at a terminal when missing)'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;case;reopen'= {
            cand --reason 'Why the case is reopened'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;case;service'= {
            cand --type 'pengaduan, kesehatan, bantuan-hukum, penegakan-hukum, rehabilitasi-sosial, reintegrasi-sosial, pemulangan, pendampingan-tokoh-agama'
            cand --provider 'Who gave the service (an office or agency)'
            cand --at 'When [default: now]: "YYYY-MM-DD HH:MM", "DD-MM-YYYY HH:MM", HH:MM, "kemarin 14:00", -2h, "2 jam lalu", ... in office time'
            cand --note 'A note (free text)'
            cand --format 'Output format: table (a line for people) or json (the record made or changed, as one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --json 'The same as --format json'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;case;help'= {
            cand list 'List cases'
            cand find 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how'
            cand show 'Show a case with its people, consents, assignments and steps'
            cand edit 'Correct a case''s fields, with the reason (audited; the original values are kept)'
            cand close 'Close a case'
            cand reopen 'Reopen a closed case'
            cand service 'Record a service given to the case (Simfoni''s list)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;case;help;list'= {
        }
        &'kasus;case;help;find'= {
        }
        &'kasus;case;help;show'= {
        }
        &'kasus;case;help;edit'= {
        }
        &'kasus;case;help;close'= {
        }
        &'kasus;case;help;reopen'= {
        }
        &'kasus;case;help;service'= {
        }
        &'kasus;case;help;help'= {
        }
        &'kasus;audit'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand verify 'Check the hash chain; name the first entry that does not match'
            cand head 'Print the latest sequence number and hash, to keep elsewhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;audit;verify'= {
            cand --head 'A head kept elsewhere (from `kasus audit head`): prove the register still holds it'
            cand --office 'Only the audit chain kept for this merged office (`kasus merge`): its UUID, the start of it, or its office prefix'
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --data 'Also check every data row against its last audited state, naming each row changed, written outside kasus, or gone (by table and key)'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;audit;head'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;audit;help'= {
            cand verify 'Check the hash chain; name the first entry that does not match'
            cand head 'Print the latest sequence number and hash, to keep elsewhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;audit;help;verify'= {
        }
        &'kasus;audit;help;head'= {
        }
        &'kasus;audit;help;help'= {
        }
        &'kasus;config'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand get 'Show the settings'
            cand set 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;config;get'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;config;set'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;config;help'= {
            cand get 'Show the settings'
            cand set 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;config;help;get'= {
        }
        &'kasus;config;help;set'= {
        }
        &'kasus;config;help;help'= {
        }
        &'kasus;bundle'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand export 'Write this office''s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;bundle;export'= {
            cand --out 'The bundle file to write (refused if it exists, or if it is the register)'
            cand --since 'Only the rows changed since an earlier bundle of this register (its file) or a time (2026-03-01, "2026-03-01 08:00"), with the rows they hang on'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;bundle;help'= {
            cand export 'Write this office''s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;bundle;help;export'= {
        }
        &'kasus;bundle;help;help'= {
        }
        &'kasus;merge'= {
            cand --format 'Output format: table (per table: new, identical, conflicts) or json (one object)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --dry-run 'Check and count everything (new, identical, conflicts per table), write nothing'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand conflicts 'List the rows merges put aside (open ones; --all for settled ones too)'
            cand resolve 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;merge;conflicts'= {
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --all 'Settled conflicts too'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;merge;resolve'= {
            cand --keep 'Which version stays: ours (nothing changes but the conflict) or theirs (the bundle''s)'
            cand --reason 'Why (kept with the conflict; asked at a terminal when missing)'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;merge;help'= {
            cand conflicts 'List the rows merges put aside (open ones; --all for settled ones too)'
            cand resolve 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;merge;help;conflicts'= {
        }
        &'kasus;merge;help;resolve'= {
        }
        &'kasus;merge;help;help'= {
        }
        &'kasus;backup'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --force 'Replace FILE if it exists'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;rekey'= {
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kasus;check'= {
            cand --format 'Output format: table, csv, json or ndjson (one JSON object per line)'
            cand --out 'Write to this file instead of standard output (atomically, mode 0600; never the register)'
            cand --columns 'Only these columns, in this order, in every format (keys as in CSV and JSON): --columns case_number,status'
            cand --db 'The register file [default: KASUS_DB, else the platform''s data folder, kasus/register.db]'
            cand --actor 'Who runs the command, for the audit trail [default: KASUS_ACTOR, else the OS user name]'
            cand --lang 'Interface language: id (Bahasa Indonesia) or en [default: KASUS_LANG, else the locale]'
            cand --no-input 'Never prompt, even at a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kasus;help'= {
            cand intake 'Register a case (prompts at a terminal; every field is also a flag)'
            cand consent 'Record informed consent (persetujuan layanan), a refusal, or a withdrawal'
            cand assign 'Assign a case (and a role in it) to staff; show who held it when'
            cand step 'Walk a case through its SOP: start, finish, skip and decide steps'
            cand report 'Reports: case timelines, compliance with standard times, steps due and overdue, workload'
            cand export 'Export the register (or a de-identified copy) as CSV/JSON, and for Simfoni PPA'
            cand sop 'The SOP catalogue: list, show, validate and import SOP files'
            cand calendar 'The office calendar: working hours, overrides, single dates and holidays'
            cand staff 'Staff and their roles'
            cand referral 'Referrals (rujukan) and handovers (pelimpahan) to partner agencies, timed and gated by consent to share'
            cand agency 'The directory of partner agencies (rumah sakit, UPPA, LBH, rumah aman, ...)'
            cand case 'Cases: list, show, edit, close, reopen, and services given'
            cand audit 'The audit trail: verify the hash chain, print its head'
            cand config 'The register''s settings (office prefix, time zone)'
            cand bundle 'Office bundles: this office''s rows and audit chain in one file, for another office''s register'
            cand merge 'Merge another office''s bundle: checked first, then its rows by UUID in one transaction; never overwrites'
            cand backup 'Write a consistent copy of the register (safe while others write), mode 0600'
            cand rekey 'Change the encryption key of an encrypted register (builds with SQLCipher only)'
            cand check 'Check the register: SQLite''s integrity check, foreign keys, the audit chain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kasus;help;intake'= {
        }
        &'kasus;help;consent'= {
            cand withdraw 'Record a withdrawal of consent for some scopes'
            cand refuse 'Record a refusal (the fields of a consent, asked at a terminal): the SOP''s flow ends at the case''s consent step'
            cand void 'Void a consent, refusal or withdrawal recorded by mistake: it is kept, marked void, and the flow no longer reads it'
            cand list 'List a case''s consent events and what is in force'
        }
        &'kasus;help;consent;withdraw'= {
        }
        &'kasus;help;consent;refuse'= {
        }
        &'kasus;help;consent;void'= {
        }
        &'kasus;help;consent;list'= {
        }
        &'kasus;help;assign'= {
            cand history 'Who held the case, in which role, when'
            cand end 'End an assignment without a successor'
        }
        &'kasus;help;assign;history'= {
        }
        &'kasus;help;assign;end'= {
        }
        &'kasus;help;step'= {
            cand start 'Start the next step (or --step N)'
            cand finish 'Finish the running step, with its output'
            cand skip 'Skip a conditional step that is not needed, with the reason'
            cand decide 'Finish a decision step: approve, or return the work to the step the SOP names'
            cand pause 'Pause the running step''s clock while it waits on the victim, another agency or documents'
            cand resume 'Resume a paused step''s clock'
            cand correct 'Correct a recorded attempt''s start, finish, performer or output, with the reason; its time is judged again'
            cand void 'Void the case''s latest step record, made by mistake (a skip, a decision, a step started on the wrong case), with the reason: it is kept, marked void, and the flow goes back to where it stood before it'
            cand import 'Backfill step records from a CSV or Excel (.xlsx) file (a paper register), all or nothing; `-` reads stdin'
        }
        &'kasus;help;step;start'= {
        }
        &'kasus;help;step;finish'= {
        }
        &'kasus;help;step;skip'= {
        }
        &'kasus;help;step;decide'= {
        }
        &'kasus;help;step;pause'= {
        }
        &'kasus;help;step;resume'= {
        }
        &'kasus;help;step;correct'= {
        }
        &'kasus;help;step;void'= {
        }
        &'kasus;help;step;import'= {
        }
        &'kasus;help;report'= {
            cand case 'A case''s timeline: one row per step attempt, against its standard'
            cand compliance 'Compliance with standard times, per SOP and step: count, median, p90, max, share on time'
            cand overdue 'Running steps past their standard, and open cases idle for --idle days'
            cand due 'Running steps by working time left before their standard: ok, warning, over or paused'
            cand workload 'Per staff: open cases, running steps, overdue steps'
            cand referrals 'Referrals sent in the period: by agency kind and status, response and completion times against the standard, share done, the late ones by case number'
            cand summary 'Cases registered and closed in the period, counted the way Simfoni PPA asks'
            cand monthly 'One page for the head of the unit: a month''s figures, tables and charts as a self-contained HTML file (A4); or the month''s summary and compliance as a workbook (--out FILE.xlsx)'
        }
        &'kasus;help;report;case'= {
        }
        &'kasus;help;report;compliance'= {
        }
        &'kasus;help;report;overdue'= {
        }
        &'kasus;help;report;due'= {
        }
        &'kasus;help;report;workload'= {
        }
        &'kasus;help;report;referrals'= {
        }
        &'kasus;help;report;summary'= {
        }
        &'kasus;help;report;monthly'= {
        }
        &'kasus;help;export'= {
        }
        &'kasus;help;sop'= {
            cand list 'List the SOPs in the register: code, name, office, steps, total'
            cand show 'Show a whole SOP with its steps'
            cand validate 'Check SOP files and print every problem with its place; exit 0 only when clean'
            cand diff 'Show what an edited SOP file (or another stored version) changes, step by step'
            cand import 'Add an office''s own SOP file to the register (a changed file makes a new version)'
        }
        &'kasus;help;sop;list'= {
        }
        &'kasus;help;sop;show'= {
        }
        &'kasus;help;sop;validate'= {
        }
        &'kasus;help;sop;diff'= {
        }
        &'kasus;help;sop;import'= {
        }
        &'kasus;help;calendar'= {
            cand show 'The working hours of each day, resolved, and why (week, override, holiday, date)'
            cand export 'Print the calendar in force as a calendar file (TOML), to edit and import'
            cand import 'Check a calendar file and store it as the calendar in force (a new version)'
            cand check 'Check the calendar in force, and warn when this or next year has no official holidays'
            cand recompute 'Measure the finished attempts of a period again with the calendar in force'
        }
        &'kasus;help;calendar;show'= {
        }
        &'kasus;help;calendar;export'= {
        }
        &'kasus;help;calendar;import'= {
        }
        &'kasus;help;calendar;check'= {
        }
        &'kasus;help;calendar;recompute'= {
        }
        &'kasus;help;staff'= {
            cand add 'Add a staff member with one or more roles (the SOPs'' pelaksana names)'
            cand list 'List staff'
            cand deactivate 'Deactivate a staff member (their history stays)'
        }
        &'kasus;help;staff;add'= {
        }
        &'kasus;help;staff;list'= {
        }
        &'kasus;help;staff;deactivate'= {
        }
        &'kasus;help;referral'= {
            cand create 'Refer a case to an agency (a handover with --handover), sharing only what --share names; at a terminal, what is not given is asked'
            cand accept 'The agency accepted the referral (a handover closes the case here)'
            cand reject 'The agency rejected the referral'
            cand done 'The agency finished its service: recorded as a service given by the agency'
            cand cancel 'Cancel an open referral'
            cand list 'List referrals, with their response and completion times and whether they are late'
            cand letter 'The referral letter (surat rujukan) in Bahasa Indonesia: the unit, the case number and only the data shared'
            cand show 'Show a referral: its times, consent, and only the data it shares'
        }
        &'kasus;help;referral;create'= {
        }
        &'kasus;help;referral;accept'= {
        }
        &'kasus;help;referral;reject'= {
        }
        &'kasus;help;referral;done'= {
        }
        &'kasus;help;referral;cancel'= {
        }
        &'kasus;help;referral;list'= {
        }
        &'kasus;help;referral;letter'= {
        }
        &'kasus;help;referral;show'= {
        }
        &'kasus;help;agency'= {
            cand add 'Add a partner agency to the directory; at a terminal, what is not given is asked'
            cand list 'List the agencies'
            cand edit 'Change an agency''s name, kind, region or contact (an empty value clears region or contact); at a terminal with none given, asks which'
            cand deactivate 'Deactivate an agency (its referrals stay); no new referral can go to it'
        }
        &'kasus;help;agency;add'= {
        }
        &'kasus;help;agency;list'= {
        }
        &'kasus;help;agency;edit'= {
        }
        &'kasus;help;agency;deactivate'= {
        }
        &'kasus;help;case'= {
            cand list 'List cases'
            cand find 'Every case a name, NIK, phone or case number finds, newest first, with the field it matched and how'
            cand show 'Show a case with its people, consents, assignments and steps'
            cand edit 'Correct a case''s fields, with the reason (audited; the original values are kept)'
            cand close 'Close a case'
            cand reopen 'Reopen a closed case'
            cand service 'Record a service given to the case (Simfoni''s list)'
        }
        &'kasus;help;case;list'= {
        }
        &'kasus;help;case;find'= {
        }
        &'kasus;help;case;show'= {
        }
        &'kasus;help;case;edit'= {
        }
        &'kasus;help;case;close'= {
        }
        &'kasus;help;case;reopen'= {
        }
        &'kasus;help;case;service'= {
        }
        &'kasus;help;audit'= {
            cand verify 'Check the hash chain; name the first entry that does not match'
            cand head 'Print the latest sequence number and hash, to keep elsewhere'
        }
        &'kasus;help;audit;verify'= {
        }
        &'kasus;help;audit;head'= {
        }
        &'kasus;help;config'= {
            cand get 'Show the settings'
            cand set 'Change a setting: office-prefix (e.g. PPA), timezone (WIB, WITA, WIT), require-staff (true, false)'
        }
        &'kasus;help;config;get'= {
        }
        &'kasus;help;config;set'= {
        }
        &'kasus;help;bundle'= {
            cand export 'Write this office''s rows, its audit chain and a manifest into a bundle file (SQLite, 0600)'
        }
        &'kasus;help;bundle;export'= {
        }
        &'kasus;help;merge'= {
            cand conflicts 'List the rows merges put aside (open ones; --all for settled ones too)'
            cand resolve 'Settle a conflict: keep our row, or write theirs over it (audited, with the reason)'
        }
        &'kasus;help;merge;conflicts'= {
        }
        &'kasus;help;merge;resolve'= {
        }
        &'kasus;help;backup'= {
        }
        &'kasus;help;rekey'= {
        }
        &'kasus;help;check'= {
        }
        &'kasus;help;help'= {
        }
    ]
    $completions[$command]
}
