//! `kasus referral`: referrals (rujukan) and handovers (pelimpahan) to partner agencies. The
//! rules are in `crate::referral` (transitions, consent to share per recipient kind, times);
//! this module reads the flags, loads, asks the core, stores through the register and prints.

use super::{resolve, Ctx};
use crate::cli::{CreateArgs, Emit, On, ReferralCommand};
use crate::clock::{self, Instant, Zone};
use crate::error::{Error, Result};
use crate::field::Field;
use crate::output;
use crate::prompt::{Asker, Terminal};
use crate::referral::overrides::Override;
use crate::referral::{self, is_late, Action, ShareState, Standard, Timing};
use crate::register::cases::CaseRow;
use crate::register::referrals::{
    Directions, NewReferral, ReferralFilter, ReferralRow, Transition,
};
use crate::register::Register;
use crate::report::{col, data_col, hidden, Kind, Sheet};
use crate::text::t;
use crate::vocab;
use crate::worktime::Calendar;
use serde_json::{json, Value};

/// The setting naming who may override missing consent.
pub const OVERRIDE: &str = "referral-override";

pub fn reads_only(cmd: &ReferralCommand) -> bool {
    matches!(
        cmd,
        ReferralCommand::List { .. } | ReferralCommand::Show { .. }
    )
}

pub fn run(ctx: &Ctx, cmd: ReferralCommand) -> Result<()> {
    match cmd {
        ReferralCommand::Create(a) => create(ctx, &a),
        ReferralCommand::Accept { on } => transition(ctx, &on, Action::Accept, None),
        ReferralCommand::Reject { on, reason } => {
            transition(ctx, &on, Action::Reject, Some(("--reason", reason)))
        }
        ReferralCommand::Done { on, result } => {
            transition(ctx, &on, Action::Done, Some(("--result", result)))
        }
        ReferralCommand::Cancel { on, reason } => {
            transition(ctx, &on, Action::Cancel, Some(("--reason", reason)))
        }
        ReferralCommand::List {
            status,
            late,
            agency,
            case,
            period,
            received,
            emit,
        } => list(ctx, status, late, agency, case, period, received, &emit),
        ReferralCommand::Show { id, emit } => show(ctx, &id, &emit),
        ReferralCommand::Letter { id, out } => letter(ctx, &id, out.as_deref()),
    }
}

/// The standard (`referral::standards`: `referral-response` or `referral-completion`) for a
/// service at an urgency, from the settings or their defaults.
fn standard_for(reg: &Register, base: &str, service: &str, urgency: &str) -> Result<Standard> {
    let keys = referral::standards::keys(base, service, urgency);
    let mut set = Vec::new();
    for k in &keys {
        set.push((k.clone(), reg.setting(k)?));
    }
    referral::standards::standard(base, service, urgency, |k| {
        set.iter()
            .find(|(x, _)| x == k)
            .and_then(|(_, v)| v.clone())
    })
    .map_err(|key| super::stored_bad(&key))
}

/// The share list as typed: known codes, each once, in the letter's order.
fn share(input: &[String]) -> Result<Vec<String>> {
    let mut picked = Vec::new();
    for s in input.iter().filter(|s| !s.trim().is_empty()) {
        picked.push(resolve::vocab(&vocab::SHARE, s)?);
    }
    Ok(referral::SHARE
        .iter()
        .filter(|c| picked.contains(c))
        .map(|c| c.to_string())
        .collect())
}

/// Consent to share with a recipient of `kind` at `at`, from the case's consent records.
pub fn share_state(reg: &Register, case: &CaseRow, kind: &str, at: Instant) -> Result<ShareState> {
    let zone = reg.zone()?;
    let events: Vec<_> = reg
        .consents(case.id)?
        .iter()
        .filter_map(|c| c.share_event(zone))
        .collect();
    Ok(referral::share_state(&events, kind, at, case.is_child))
}

fn state_words(s: ShareState) -> &'static str {
    match s {
        ShareState::InForce => t("in force", "berlaku"),
        ShareState::Never => t("not recorded", "belum dicatat"),
        ShareState::OtherKind => t(
            "given only for other kinds of recipient",
            "diberikan hanya untuk jenis penerima lain",
        ),
        ShareState::Expired => t("past its last day", "sudah lewat hari terakhirnya"),
        ShareState::ChildOnly => t(
            "given by the child only (a parent's or guardian's is needed)",
            "hanya diberikan oleh anak (perlu persetujuan orang tua atau wali)",
        ),
        ShareState::Withdrawn => t("withdrawn", "dicabut"),
        ShareState::Refused => t("refused", "ditolak"),
    }
}

/// Whether the actor may override missing consent (`referral::overrides`): an active staff
/// member named, whole, in the setting `referral-override` (nobody when unset).
fn may_override(reg: &Register, actor: &str) -> Result<Override> {
    let names = reg.setting(OVERRIDE)?.unwrap_or_default();
    let staff = reg.find_staff(actor.trim())?;
    Ok(referral::overrides::may_override(
        &names,
        staff.as_ref().map(|s| (s.name.as_str(), s.active)),
    ))
}

/// What to share, asked at a terminal: each item named with what it holds and whether it needs
/// consent to share, and that consent's state for the agency's kind at the time of sending.
/// None chosen shares nothing. Esc leaves the command (nothing recorded).
fn ask_share(asker: &dyn Asker, state: ShareState) -> Result<Vec<String>> {
    let items: Vec<String> = referral::SHARE
        .iter()
        .map(|&code| {
            let holds = match code {
                "identity" => t("name, sex, age, NIK", "nama, jenis kelamin, umur, NIK"),
                "contact" => t("phone, address", "telepon, alamat"),
                "chronology" => t("what happened", "kronologi kejadian"),
                "assessment" => t("urgency, risk", "urgensi, risiko"),
                "violence" => t("types of violence, place", "jenis kekerasan, tempat"),
                _ => "",
            };
            let consent = if referral::identifying(code) {
                crate::tr!(
                    "needs consent to share: {}",
                    "perlu persetujuan berbagi: {}",
                    state_words(state)
                )
            } else {
                t("no consent needed", "tanpa persetujuan").to_string()
            };
            format!("{code} ({holds}) — {consent}")
        })
        .collect();
    match asker.multi(
        t(
            "What to share with the agency? (space to choose, enter to confirm; none: nothing)",
            "Apa yang dibagikan kepada lembaga? (spasi untuk memilih, enter untuk konfirmasi; tanpa pilihan: tidak ada)",
        ),
        &items,
    )? {
        Some(chosen) => Ok(chosen
            .into_iter()
            .map(|i| referral::SHARE[i].to_string())
            .collect()),
        None => asker.leave(),
    }
}

fn create(ctx: &Ctx, a: &CreateArgs) -> Result<()> {
    // Without a terminal, the flags a referral needs are named before anything is read.
    if !ctx.interactive {
        let missing: Vec<&str> = [("--to", a.to.is_none()), ("--service", a.service.is_none())]
            .into_iter()
            .filter(|(_, m)| *m)
            .map(|(f, _)| f)
            .collect();
        if !missing.is_empty() {
            return Err(Error::Usage(crate::tr!(
                "missing required flags: {}. Nothing was recorded. See `kasus referral create --help`.",
                "flag wajib belum diberikan: {}. Tidak ada yang dicatat. Lihat `kasus referral create --help`.",
                missing.join(", ")
            )));
        }
    }
    // A person who left out the agency or the service is asked for them, what to share and
    // whether it is a handover (the flags given are not asked again).
    let asking = a.to.is_none() || a.service.is_none();
    let service_given = a
        .service
        .as_deref()
        .map(|s| resolve::vocab(&vocab::SERVICE, s))
        .transpose()?;
    let share_given = share(&a.share)?;
    let due = a
        .due
        .as_deref()
        .map(|d| {
            Standard::parse(d).ok_or_else(|| {
                Error::Invalid(
                    t(
                        "--due is not a standard time: use e.g. 3 hari (working days), 4 jam, 30 menit",
                        "--due bukan waktu standar: pakai mis. 3 hari (hari kerja), 4 jam, 30 menit",
                    )
                    .into(),
                )
            })
        })
        .transpose()?;
    crate::field::check_opt("--reason", Field::Text, a.reason.as_deref())?;
    let reason = a.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    if a.override_consent && reason.is_none() {
        return Err(Error::Usage(
            t(
                "--override-consent needs --reason: why the referral goes without consent to share; nothing was recorded",
                "--override-consent perlu --reason: mengapa rujukan dikirim tanpa persetujuan berbagi informasi; tidak ada yang dicatat",
            )
            .into(),
        ));
    }
    if !a.override_consent && a.reason.is_some() {
        return Err(Error::Usage(
            t(
                "--reason goes with --override-consent only",
                "--reason hanya dipakai bersama --override-consent",
            )
            .into(),
        ));
    }
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let case = resolve::open_case(&reg, &a.case)?;
    let at = resolve::opt_time("--at", a.at.as_deref(), zone, ctx.now)?;
    if clock::from_db(&case.reported_at).is_some_and(|r| at < r) {
        return Err(Error::Invalid(crate::text::at_before_reported(
            &case.number,
        )));
    }
    let asker = Terminal::new();
    let agency = match &a.to {
        Some(to) => resolve::agency(&reg, to)?,
        None => crate::commands::choose::agency(&asker, &reg)?,
    };
    if !agency.active {
        return Err(Error::Refused(crate::tr!(
            "agency '{}' is inactive: no new referral can go to it",
            "lembaga '{}' tidak aktif: tidak ada rujukan baru ke sana",
            agency.name
        )));
    }
    let service: String = match service_given {
        Some(s) => s.to_string(),
        None => asker.pick(
            &vocab::SERVICE,
            t(
                "Service asked of the agency",
                "Layanan yang diminta dari lembaga",
            ),
        )?,
    };
    let (share, handover) = if asking {
        let share = if a.share.is_empty() {
            let state = share_state(&reg, &case, &agency.kind, at)?;
            ask_share(&asker, state)?
        } else {
            share_given
        };
        let handover = a.handover
            || asker.confirm(
                t(
                    "A handover (pelimpahan)? The case closes here when the agency accepts it",
                    "Pelimpahan? Kasus ditutup di sini ketika lembaga menerimanya",
                ),
                false,
            )?;
        (share, handover)
    } else {
        (share_given, a.handover)
    };
    let service = service.as_str();
    let identifying: Vec<&str> = share
        .iter()
        .map(String::as_str)
        .filter(|s| referral::identifying(s))
        .collect();
    let mut overridden = None;
    if !identifying.is_empty() {
        let state = share_state(&reg, &case, &agency.kind, at)?;
        if state != ShareState::InForce {
            // A referral dated before the consent to share was recorded (a back-dated
            // referral, or a consent recorded later without --at): said so, with its fix.
            // Only when none was recorded before it: a consent withdrawn then (or past its
            // day, refused...) is that, whatever came after.
            let later = state == ShareState::Never
                && at < ctx.now
                && share_state(&reg, &case, &agency.kind, ctx.now)? == ShareState::InForce;
            if !a.override_consent && later {
                return Err(Error::Refused(crate::tr!(
                    "case {}: sharing {} with {} ({}) needs consent to share (berbagi-informasi) in force when the referral is sent, and the consent recorded is dated after {}. \
                     If it was given before, record it with --at that time and void the late record (`kasus consent void`); or give the referral a later --at; nothing was recorded",
                    "kasus {}: membagikan {} kepada {} ({}) memerlukan persetujuan berbagi informasi (berbagi-informasi) yang berlaku saat rujukan dikirim, dan persetujuan yang tercatat bertanggal sesudah {}. \
                     Bila diberikan sebelumnya, catat dengan --at waktu itu dan batalkan catatan yang terlambat (`kasus consent void`); atau beri rujukan --at yang lebih lambat; tidak ada yang dicatat",
                    case.number,
                    identifying.join(", "),
                    agency.name,
                    agency.kind,
                    clock::to_local_short(at, zone),
                )));
            }
            if !a.override_consent {
                return Err(Error::Refused(crate::tr!(
                    "case {}: sharing {} with {} ({}) needs consent to share (berbagi-informasi) for that kind of recipient, which is {}. \
                     Record it (`kasus consent {} --scope berbagi-informasi ...`), share only non-identifying data (assessment, violence), \
                     or, if allowed, --override-consent --reason TEXT; nothing was recorded",
                    "kasus {}: membagikan {} kepada {} ({}) memerlukan persetujuan berbagi informasi (berbagi-informasi) untuk jenis penerima itu, yang {}. \
                     Catat persetujuannya (`kasus consent {} --scope berbagi-informasi ...`), bagikan hanya data yang tidak mengenali korban (assessment, violence), \
                     atau, bila diizinkan, --override-consent --reason TEKS; tidak ada yang dicatat",
                    case.number,
                    identifying.join(", "),
                    agency.name,
                    agency.kind,
                    state_words(state),
                    case.number
                )));
            }
            let why = match may_override(&reg, &ctx.actor)? {
                Override::Allowed => None,
                Override::NotStaff => Some(t(
                    "the actor is not in the staff list (`kasus staff list`)",
                    "pelakunya tidak ada di daftar staf (`kasus staff list`)",
                )),
                Override::Inactive => Some(t(
                    "the actor is an inactive staff member",
                    "pelakunya staf yang tidak aktif",
                )),
                Override::NotNamed => Some(t(
                    "the setting does not name the actor (whole names only)",
                    "pengaturan itu tidak menyebut pelakunya (hanya nama lengkap)",
                )),
            };
            if let Some(why) = why {
                return Err(Error::Refused(crate::tr!(
                    "only an active staff member named in the setting {OVERRIDE} may override consent to share, and {why}; nothing was recorded",
                    "hanya staf aktif yang disebut dalam pengaturan {OVERRIDE} yang boleh mengabaikan persetujuan berbagi informasi, dan {why}; tidak ada yang dicatat"
                )));
            }
            overridden = reason;
        }
    }
    // The standards by the service and the case's urgency, stored with the referral.
    use referral::standards::{COMPLETION, RESPONSE};
    let response = standard_for(&reg, RESPONSE, service, &case.urgency)?;
    let completion = match due {
        Some(d) => d,
        None => standard_for(&reg, COMPLETION, service, &case.urgency)?,
    };
    let linked = linked_attempt(&reg, &case, at)?;
    let at_db = clock::to_db(at);
    let r = reg.create_referral(
        &case,
        &NewReferral {
            agency_id: agency.id,
            agency_kind: &agency.kind,
            attempt_id: linked,
            direction: "out",
            service,
            handover,
            share: &share,
            sent_at: &at_db,
            response: Some(response),
            completion: Some(completion),
            override_reason: overridden,
            accepted: false,
        },
        &ctx.now_db(),
        &ctx.actor,
    )?;
    output::print(&crate::tr!(
        "referral {} sent: {} -> {} ({}){}",
        "rujukan {} dikirim: {} -> {} ({}){}",
        r.id,
        case.number,
        agency.name,
        service,
        if overridden.is_some() {
            t(" [consent overridden]", " [persetujuan diabaikan]")
        } else {
            ""
        }
    ))
}

/// The step attempt a referral sent at `at` is linked to (`referral::link`): one of a step the
/// case's SOP marks `sends_referral`, running at `at`.
fn linked_attempt(reg: &Register, case: &CaseRow, at: Instant) -> Result<Option<i64>> {
    let fc = crate::register::flow_case::load(reg, case)?;
    let marked: Vec<u32> = fc
        .sop
        .steps
        .iter()
        .filter(|s| s.sends_referral)
        .map(|s| s.number)
        .collect();
    let spans: Vec<referral::link::Span> = fc
        .rows
        .iter()
        .filter(|a| a.status != "skipped")
        .filter_map(|a| {
            Some(referral::link::Span {
                attempt_id: a.id,
                step: a.step_number,
                start: clock::from_db(a.started_at.as_deref()?)?,
                end: a.finished_at.as_deref().and_then(clock::from_db),
            })
        })
        .collect();
    Ok(referral::link::attempt(&spans, &marked, at))
}

/// A referral by ID or UUID, with the IDs there are when unknown.
fn find(reg: &Register, key: &str) -> Result<ReferralRow> {
    reg.find_referral(key)?.ok_or_else(|| {
        // Only an ID (a short row number) or a UUID is repeated: a NIK or a name typed here
        // is not.
        let k = key.trim();
        let uuid = k.len() == 36 && k.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        let id = !k.is_empty() && k.len() <= 5 && k.chars().all(|c| c.is_ascii_digit());
        let shown = if uuid || id {
            format!("'{k}'")
        } else {
            crate::text::t(
                "(the value given is neither a referral ID nor a UUID, so it is not shown)",
                "(nilai yang diberikan bukan ID rujukan atau UUID, jadi tidak ditampilkan)",
            )
            .to_string()
        };
        Error::Invalid(crate::tr!(
            "unknown referral {shown}; `kasus referral list` shows their IDs",
            "rujukan {shown} tidak dikenal; `kasus referral list` menampilkan ID-nya"
        ))
    })
}

/// The question a transition asks for its missing text, and what it is called in a refusal.
fn text_question(action: Action) -> (&'static str, &'static str) {
    match action {
        Action::Reject => (
            t(
                "Why did the agency reject it?",
                "Mengapa lembaga menolaknya?",
            ),
            t("The reason", "Alasan"),
        ),
        Action::Done => (
            t(
                "What did the agency do (the result)?",
                "Apa yang dilakukan lembaga (hasilnya)?",
            ),
            t("The result", "Hasil"),
        ),
        _ => (
            t("Why is it cancelled?", "Mengapa dibatalkan?"),
            t("The reason", "Alasan"),
        ),
    }
}

/// A transition: `text` is the flag it needs (reject and cancel `--reason`, done `--result`) and
/// its value when given. Missing, it is asked at a terminal once the referral is known to allow
/// the move; without a terminal it is a usage error (exit 2) before anything is read.
fn transition(
    ctx: &Ctx,
    on: &On,
    action: Action,
    text: Option<(&str, Option<String>)>,
) -> Result<()> {
    if let Some((flag, v)) = &text {
        match v {
            Some(v) => {
                crate::field::check(flag, Field::Text, v.trim())?;
                if v.trim().is_empty() {
                    return Err(Error::Invalid(crate::tr!(
                        "{flag} is empty",
                        "{flag} kosong"
                    )));
                }
            }
            None if !ctx.interactive => {
                return Err(Error::Usage(crate::tr!(
                    "referral {} needs {flag} TEXT; nothing was recorded. See `kasus referral {} --help`.",
                    "referral {} memerlukan {flag} TEKS; tidak ada yang dicatat. Lihat `kasus referral {} --help`.",
                    action.code(),
                    action.code()
                )));
            }
            None => {}
        }
    }
    let mut reg = ctx.open()?;
    let zone = reg.zone()?;
    let r = find(&reg, &on.id)?;
    if r.direction == "in" {
        return Err(Error::Refused(crate::tr!(
            "referral {} was received (the intake of case {}): only referrals this unit sends change status",
            "rujukan {} adalah rujukan yang diterima (pendaftaran kasus {}): hanya rujukan yang dikirim unit ini yang berubah status",
            r.id,
            r.case_number
        )));
    }
    if referral::transition(r.status(), action).is_none() {
        return Err(Error::Refused(crate::register::referrals::not_allowed(
            &r, action,
        )));
    }
    let case = resolve::case(&reg, &r.case_uuid)?;
    resolve::ours(&reg, &case)?;
    if case.status != "open" {
        return Err(Error::Refused(crate::tr!(
            "referral {}: `referral {}` is refused because case {} is closed{}, and a referral of a closed case no longer moves; \
             reopen the case first (`kasus case reopen {}`) if it is really needed; nothing was recorded",
            "rujukan {}: `referral {}` ditolak karena kasus {} sudah ditutup{}, dan rujukan dari kasus yang ditutup tidak berubah lagi; \
             buka kembali kasusnya dulu (`kasus case reopen {}`) bila memang perlu; tidak ada yang dicatat",
            r.id,
            action.code(),
            case.number,
            case.close_reason
                .as_deref()
                .filter(|c| c.starts_with("pelimpahan"))
                .map(|_| t(" (handed over)", " (dilimpahkan)"))
                .unwrap_or(""),
            case.number
        )));
    }
    let at = resolve::opt_time("--at", on.at.as_deref(), zone, ctx.now)?;
    // Times in order: not before the referral was sent, nor before its answer.
    let last = [Some(&r.sent_at), r.answered_at.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|s| clock::from_db(s))
        .max();
    if let Some(last) = last.filter(|l| at < *l) {
        return Err(Error::Invalid(crate::tr!(
            "--at is before referral {}'s last change ({}): times go in order",
            "--at sebelum perubahan terakhir rujukan {} ({}): waktu harus berurutan",
            r.id,
            clock::to_local_short(last, zone)
        )));
    }
    // Accepting a handover closes the case: as `case close`, not while a step runs, nor at a
    // time before the last step recorded.
    if action == Action::Accept && r.handover {
        let attempts = reg.step_attempts(case.id)?;
        if let Some(s) = attempts.iter().find(|s| s.status == "running") {
            return Err(Error::Refused(crate::tr!(
                "referral {}: step {} of case {} is still running, and accepting this handover \
                 closes the case: finish the step first (`kasus step finish {}`), then accept \
                 the handover; nothing was recorded",
                "rujukan {}: langkah {} kasus {} masih berjalan, dan menerima pelimpahan ini \
                 menutup kasusnya: selesaikan dulu langkahnya (`kasus step finish {}`), lalu \
                 terima pelimpahannya; tidak ada yang dicatat",
                r.id,
                s.step_number,
                case.number,
                case.number
            )));
        }
        if let Some(last) = crate::register::steps::last_recorded(&attempts).filter(|l| at < *l) {
            return Err(Error::Refused(crate::tr!(
                "--at is before the last step recorded for case {} ({}), and accepting this \
                 handover closes the case then: times go in order",
                "--at sebelum langkah terakhir yang tercatat untuk kasus {} ({}), dan menerima \
                 pelimpahan ini menutup kasusnya pada waktu itu: waktu harus berurutan",
                case.number,
                clock::to_local_short(last, zone)
            )));
        }
    }
    // The text missing at a terminal, asked now that the move is known to be allowed.
    let text = match text {
        Some((flag, None)) => {
            use crate::prompt::text_rule;
            let (question, label) = text_question(action);
            let answer = Terminal::new()
                .checked(question, false, None, &text_rule(label, Field::Text))?
                .unwrap_or_default();
            Some((flag, Some(answer)))
        }
        other => other,
    };
    let at_db = clock::to_db(at);
    let moved = reg.move_referral(
        &r,
        &case,
        &Transition {
            action,
            at: &at_db,
            text: text.as_ref().and_then(|(_, v)| v.as_deref()).map(str::trim),
        },
        &ctx.now_db(),
        &ctx.actor,
    )?;
    output::print(&crate::tr!(
        "referral {}: {}{}",
        "rujukan {}: {}{}",
        moved.id,
        crate::text::referral_status_words(&moved.status),
        if action == Action::Accept && r.handover && case.status == "open" {
            crate::tr!(
                "; case {} closed as handed over",
                "; kasus {} ditutup karena dilimpahkan",
                case.number
            )
        } else {
            String::new()
        }
    ))
}

/// A referral's response and completion times on the office clock at `now`.
fn timings(cal: &Calendar, r: &ReferralRow, now: Instant) -> Option<(Timing, Timing)> {
    r.timings(cal, now)
}

#[allow(clippy::too_many_arguments)]
fn list(
    ctx: &Ctx,
    status: Option<String>,
    late: bool,
    agency: Option<String>,
    case: Option<String>,
    period: Option<String>,
    received: bool,
    emit: &Emit,
) -> Result<()> {
    if let Some(s) = &status {
        if referral::Status::parse(s).is_none() {
            return Err(Error::Invalid(crate::tr!(
                "--status: use one of {}",
                "--status: pakai salah satu dari {}",
                referral::STATUSES.join(", ")
            )));
        }
    }
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let mut f = ReferralFilter {
        status,
        directions: if received {
            Directions::Received
        } else {
            Directions::Sent
        },
        ..Default::default()
    };
    if let Some(a) = agency {
        f.agency_id = Some(resolve::agency(&reg, &a)?.id);
    }
    if let Some(c) = case {
        f.case_id = Some(resolve::case(&reg, &c)?.id);
    }
    if let Some(p) = period {
        let p = crate::report::period::parse_period(&p, ctx.now, zone).map_err(Error::Invalid)?;
        (f.from, f.to) = p.db_bounds();
    }
    let cal = reg.clocks()?.office;
    let table = sink.is_table();
    let filtered = f.status.is_some()
        || late
        || f.agency_id.is_some()
        || f.case_id.is_some()
        || f.from.is_some();
    let mut sheet = Sheet::list("referrals", list_columns(table, received));
    for r in reg.referrals(&f)? {
        let timing = timings(&cal, &r, ctx.now);
        if late && !is_late(timing) {
            continue;
        }
        let mut row = list_row(&r, timing, zone);
        if table {
            // People read the service's label and the status with its marks; CSV and JSON keep
            // the codes and the marks' own columns.
            row[4] = json!(vocab::SERVICE.label(&r.service));
            row[5] = json!(status_marked(&r, is_late(timing)));
            // The date and the time may go on two lines at a narrow terminal, each whole.
            row[6] = json!(clock::from_db(&r.sent_at).map(|t| clock::to_local_short(t, zone)));
        }
        sheet.rows.push(row);
    }
    if table && sheet.rows.is_empty() {
        // An empty table says nothing by itself: say why on stderr (stdout stays the table).
        crate::say!("{}", no_referrals(received, filtered));
    }
    sink.sheet(&sheet, zone)
}

/// What an empty `referral list` says on stderr.
fn no_referrals(received: bool, filtered: bool) -> &'static str {
    match (received, filtered) {
        (false, false) => t(
            "no referrals sent yet (`referral list --received` lists those received)",
            "belum ada rujukan yang dikirim (`referral list --received` menampilkan yang diterima)",
        ),
        (false, true) => t(
            "no referrals sent match",
            "tidak ada rujukan dikirim yang cocok",
        ),
        (true, false) => t(
            "no referrals received yet",
            "belum ada rujukan yang diterima",
        ),
        (true, true) => t(
            "no referrals received match",
            "tidak ada rujukan diterima yang cocok",
        ),
    }
}

/// The status as a table shows it, with what a reader must see without the CSV's columns: a
/// consent override, late, a handover, a referral received ("sent, override, LATE").
pub fn status_marked(r: &ReferralRow, late: bool) -> String {
    let mut words = vec![crate::text::referral_status_words(&r.status)];
    if r.direction == "in" {
        words.push(t("received", "masuk"));
    }
    if r.override_reason.is_some() {
        words.push(t("override", "tanpa persetujuan"));
    }
    if late {
        words.push(t("LATE", "TERLAMBAT"));
    }
    if r.handover {
        words.push(t("handover", "pelimpahan"));
    }
    words.join(", ")
}

/// The list's columns. A table (for people) has the identifiers, the agency and service as
/// prose (they wrap at a narrow terminal, nothing else does), the status with its marks and the
/// time, whole (a table that cannot fit so is shown a record at a time). The flags behind the
/// marks are CSV and JSON columns.
/// `received`: the time column is headed as the time the referral came in.
fn list_columns(table: bool, received: bool) -> Vec<crate::report::Column> {
    let (status, text) = if table {
        (Kind::Text, Kind::Prose)
    } else {
        (Kind::Code, Kind::Text)
    };
    vec![
        col("referral_id", "ID", Kind::Int),
        col("case_number", t("Case", "Kasus"), Kind::Text),
        col("agency", t("Agency", "Lembaga"), text),
        hidden(col("agency_kind", t("Kind", "Jenis"), Kind::Text)),
        col("service", t("Service", "Layanan"), text),
        col("status", t("Status", "Status"), status),
        col(
            "sent_at",
            if received {
                t("Received", "Diterima")
            } else {
                t("Sent", "Dikirim")
            },
            Kind::Time,
        ),
        hidden(col("response_secs", t("Response", "Respons"), Kind::Secs)),
        data_col("response_standard_secs", Kind::Secs),
        hidden(col(
            "completion_secs",
            t("Completion", "Penyelesaian"),
            Kind::Secs,
        )),
        data_col("completion_standard_secs", Kind::Secs),
        hidden(col("late", t("Late", "Terlambat"), Kind::Bool)),
        data_col("handover", Kind::Bool),
        data_col("direction", Kind::Text),
        data_col("consent_override", Kind::Bool),
        data_col("referral_uuid", Kind::Text),
    ]
}

fn local(s: Option<&str>, zone: Zone) -> Value {
    json!(s
        .and_then(clock::from_db)
        .map(|t| clock::to_rfc3339_local(t, zone)))
}

fn list_row(r: &ReferralRow, timing: Option<(Timing, Timing)>, zone: Zone) -> Vec<Value> {
    vec![
        json!(r.id),
        json!(r.case_number),
        json!(r.agency),
        json!(r.agency_kind),
        json!(r.service),
        json!(r.status),
        local(Some(&r.sent_at), zone),
        json!(timing.map(|t| t.0.secs)),
        json!(timing.and_then(|t| t.0.standard_secs)),
        json!(timing.map(|t| t.1.secs)),
        json!(timing.and_then(|t| t.1.standard_secs)),
        json!(is_late(timing)),
        json!(r.handover),
        json!(r.direction),
        json!(r.override_reason.is_some()),
        json!(r.uuid),
    ]
}

/// The data a referral shares, and only that: (field code, value) per field, in the order of
/// `--share`. [`shared_label`] names a field.
pub fn shared_data(
    reg: &Register,
    case: &CaseRow,
    share: &[String],
) -> Result<Vec<(&'static str, String)>> {
    let mut out = Vec::new();
    let victim = reg
        .case_persons(case.id)?
        .into_iter()
        .find(|p| p.role == "victim");
    for item in share {
        match item.as_str() {
            "identity" => {
                if let Some(v) = &victim {
                    out.push(("victim_name", v.person.name.clone().unwrap_or_default()));
                    out.push(("sex", v.person.sex.clone().unwrap_or_default()));
                    if let Some(age) = v.person.age {
                        out.push(("age", age.to_string()));
                    }
                    if let Some(nik) = &v.person.nik {
                        out.push(("nik", nik.clone()));
                    }
                }
            }
            "contact" => {
                if let Some(v) = &victim {
                    if let Some(p) = &v.person.phone {
                        out.push(("phone", p.clone()));
                    }
                    if let Some(a) = &v.person.address {
                        out.push(("address", a.clone()));
                    }
                }
            }
            "chronology" => {
                out.push(("chronology", case.chronology.clone().unwrap_or_default()));
            }
            "assessment" => {
                out.push(("urgency", case.urgency.clone()));
                if let Some(r) = &case.risk {
                    out.push(("risk", r.clone()));
                }
            }
            "violence" => {
                out.push(("violence", reg.case_violence(case.id)?.join(", ")));
                if let Some(p) = &case.place {
                    out.push(("place", p.clone()));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// A shared field's label: (English, Indonesian). The letter is in Indonesian whatever the
/// interface's language; `referral show` speaks the chosen one.
pub fn shared_label(field: &str) -> (&'static str, &'static str) {
    match field {
        "victim_name" => ("Victim's name", "Nama korban"),
        "sex" => ("Sex", "Jenis kelamin"),
        "age" => ("Age", "Umur"),
        "nik" => ("NIK", "NIK"),
        "phone" => ("Telephone", "Telepon"),
        "address" => ("Address", "Alamat"),
        "chronology" => ("Chronology", "Kronologi"),
        "urgency" => ("Urgency", "Urgensi"),
        "risk" => ("Risk", "Risiko"),
        "violence" => ("Types of violence", "Jenis kekerasan"),
        "place" => ("Place of the incident", "Tempat kejadian"),
        _ => ("", ""),
    }
}

/// What is shared, by name, in the chosen language: "identity, assessment".
fn share_words(share: &[String]) -> String {
    if share.is_empty() {
        return t("nothing", "tidak ada").to_string();
    }
    share
        .iter()
        .map(|s| match s.as_str() {
            "identity" => t("identity", "identitas"),
            "contact" => t("contact", "kontak"),
            "chronology" => t("chronology", "kronologi"),
            "assessment" => t("assessment", "asesmen"),
            "violence" => t("violence", "kekerasan"),
            other => other,
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A standard as people read it: as written ("1 hari", "4 jam") and, for one in working days,
/// the working time it gave this referral ("1 hari (7 jam of working time)").
fn standard_words(standard: Option<Standard>, working: Option<u64>) -> String {
    match (standard, working) {
        (Some(s), Some(w)) if s.days => crate::tr!(
            "{} hari ({} of working time)",
            "{} hari ({} waktu kerja)",
            s.secs / 86_400,
            crate::text::duration(w)
        ),
        (_, Some(w)) => crate::text::duration(w),
        _ => t("none", "tidak ada").to_string(),
    }
}

/// One measure's line: "1 jam 5 menit, standard 1 hari (7 jam of working time): on time";
/// "so far" and what is left while it runs; nothing to judge once the referral stopped
/// without it (a rejected or cancelled referral's completion).
fn timing_line(m: &Timing, standard: Option<Standard>, stopped: Option<&str>) -> String {
    let standard = standard_words(standard, m.standard_secs);
    let took = crate::text::duration(m.secs);
    if let Some(why) = stopped {
        return crate::tr!("none: the referral was {why}", "tidak ada: rujukan {why}");
    }
    let over = m.standard_secs.map(|s| m.secs.saturating_sub(s));
    let verdict = match (m.open, m.late, over, m.standard_secs) {
        (_, true, Some(o), _) if m.open => crate::tr!(
            "LATE, over by {} and still open",
            "TERLAMBAT, lewat {} dan masih berjalan",
            crate::text::duration(o)
        ),
        (_, true, Some(o), _) => crate::tr!(
            "LATE, over by {}",
            "TERLAMBAT, lewat {}",
            crate::text::duration(o)
        ),
        // Over its standard, yet not late: the referral was rejected or cancelled.
        (_, false, Some(o), _) if m.over => crate::tr!(
            "over by {} (not late: the referral did not go ahead)",
            "lewat {} (tidak terlambat: rujukan tidak dilanjutkan)",
            crate::text::duration(o)
        ),
        (true, false, _, Some(s)) => crate::tr!(
            "running, {} left",
            "berjalan, sisa {}",
            crate::text::duration(s - m.secs)
        ),
        (true, _, _, _) => t("running", "berjalan").to_string(),
        (false, _, _, _) => t("on time", "tepat waktu").to_string(),
    };
    if m.open {
        crate::tr!(
            "{took} so far, standard {standard}: {verdict}",
            "{took} sejauh ini, standar {standard}: {verdict}"
        )
    } else {
        crate::tr!(
            "{took}, standard {standard}: {verdict}",
            "{took}, standar {standard}: {verdict}"
        )
    }
}

fn show(ctx: &Ctx, key: &str, emit: &Emit) -> Result<()> {
    let sink = ctx.sink(emit)?;
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let r = find(&reg, key)?;
    let case = resolve::case(&reg, &r.case_uuid)?;
    let cal = reg.clocks()?.office;
    let timing = timings(&cal, &r, ctx.now);
    // Consent to share, as it stood when sent and as it stands now: withdrawn after sending
    // is shown on the referral.
    let sent = clock::from_db(&r.sent_at).unwrap_or(ctx.now);
    let then = share_state(&reg, &case, &r.agency_kind, sent)?;
    let now = share_state(&reg, &case, &r.agency_kind, ctx.now)?;
    let withdrawn_after = referral::withdrawn_after_sending(then, now);
    // Withheld as the letter withholds them: the identifying items, by name, never their values.
    let (withheld, kept) = withheld_and_kept(&r.share, withdrawn_after);
    let shared = shared_data(&reg, &case, &kept)?;
    if !sink.is_table() {
        let doc = json!({
            "referral_id": r.id,
            "case_number": r.case_number,
            "agency": r.agency,
            "agency_kind": r.agency_kind,
            "direction": r.direction,
            "service": r.service,
            "handover": r.handover,
            "status": r.status,
            "step": r.step_number,
            "share": r.share.join(","),
            "sent_at": local(Some(&r.sent_at), zone),
            "answered_at": local(r.answered_at.as_deref(), zone),
            "done_at": local(r.done_at.as_deref(), zone),
            "cancelled_at": local(r.cancelled_at.as_deref(), zone),
            "reason": r.reason,
            "result": r.result,
            "response_secs": timing.map(|t| t.0.secs),
            "response_standard_secs": timing.and_then(|t| t.0.standard_secs),
            "completion_secs": timing.map(|t| t.1.secs),
            "completion_standard_secs": timing.and_then(|t| t.1.standard_secs),
            "late": is_late(timing),
            "consent_at_sending": then.code(),
            "consent_now": now.code(),
            "consent_withdrawn_after_sending": withdrawn_after,
            "consent_override_reason": r.override_reason,
            "consent_override_by": r.override_by,
            "recorded_by": r.recorded_by,
            "referral_uuid": r.uuid,
            "shared_data": shared
                .iter()
                .map(|(k, v)| {
                    let (en, id) = shared_label(k);
                    json!({"field": k, "label": t(en, id), "value": v})
                })
                .collect::<Vec<_>>(),
            "withheld": withheld,
            "withheld_reason": (!withheld.is_empty()).then_some("consent-withdrawn"),
        });
        return sink.json(&doc);
    }
    sink.text(&show_text(&ShowParts {
        r: &r,
        zone,
        timing,
        then,
        now,
        withdrawn_after,
        shared: &shared,
        withheld: &withheld,
    }))
}

/// The items of `share` withheld now (the identifying ones, when consent to share was withdrawn
/// after sending) and those still shown: the letter and `referral show` split them alike.
fn withheld_and_kept(share: &[String], withdrawn_after: bool) -> (Vec<String>, Vec<String>) {
    share
        .iter()
        .cloned()
        .partition(|s| withdrawn_after && referral::identifying(s))
}

/// What `referral show` prints for people.
struct ShowParts<'a> {
    r: &'a ReferralRow,
    zone: Zone,
    timing: Option<(Timing, Timing)>,
    then: ShareState,
    now: ShareState,
    withdrawn_after: bool,
    shared: &'a [(&'static str, String)],
    withheld: &'a [String],
}

/// `referral show` for people: a head line, the times in the office's zone (as `case show`
/// gives them), the response and completion against their standards with a verdict, consent to
/// share, and the shared data field by field, every label in the chosen language.
fn show_text(p: &ShowParts) -> String {
    let r = p.r;
    let when = |s: Option<&str>| {
        s.and_then(clock::from_db)
            .map(|t| format!("{} {}", clock::to_local_short(t, p.zone), p.zone.name()))
    };
    let yes_no = |b: bool| if b { t("yes", "ya") } else { t("no", "tidak") };
    let mut lines = vec![crate::tr!(
        "Referral {} [{}] — case {} -> {}",
        "Rujukan {} [{}] — kasus {} -> {}",
        r.id,
        status_marked(r, is_late(p.timing)),
        r.case_number,
        r.agency
    )];
    let mut field = |label: &str, value: String| lines.push(format!("{label}: {value}"));
    field(
        t("Agency kind", "Jenis lembaga"),
        vocab::AGENCY_KIND.label(&r.agency_kind).to_string(),
    );
    field(
        t("Service asked", "Layanan yang diminta"),
        vocab::SERVICE.label(&r.service).to_string(),
    );
    field(
        t("Direction", "Arah"),
        if r.direction == "in" {
            t("received by this unit", "diterima unit ini")
        } else {
            t("sent by this unit", "dikirim unit ini")
        }
        .to_string(),
    );
    field(
        t(
            "Handover (closes the case when accepted)",
            "Pelimpahan (menutup kasus bila diterima)",
        ),
        yes_no(r.handover).to_string(),
    );
    if let Some(n) = r.step_number {
        field(
            t("Sent during step", "Dikirim selama langkah"),
            n.to_string(),
        );
    }
    field(t("Shared", "Dibagikan"), share_words(&r.share));
    if let Some(s) = when(Some(&r.sent_at)) {
        field(t("Sent", "Dikirim"), s);
    }
    if let Some(s) = when(r.answered_at.as_deref()) {
        let label = if r.status == "rejected" {
            t("Rejected", "Ditolak")
        } else {
            t("Accepted", "Diterima")
        };
        field(label, s);
    }
    if let Some(s) = when(r.done_at.as_deref()) {
        field(t("Done", "Selesai"), s);
    }
    if let Some(s) = when(r.cancelled_at.as_deref()) {
        field(t("Cancelled", "Dibatalkan"), s);
    }
    if let Some(reason) = &r.reason {
        field(t("Reason", "Alasan"), reason.clone());
    }
    if let Some(result) = &r.result {
        field(t("Result", "Hasil"), result.clone());
    }
    if let Some((response, completion)) = p.timing {
        field(
            t(
                "Response (sent to answer)",
                "Respons (dikirim sampai dijawab)",
            ),
            timing_line(&response, r.response, None),
        );
        let stopped = match r.status.as_str() {
            "rejected" => Some(t("rejected", "ditolak")),
            "cancelled" if r.done_at.is_none() => Some(t("cancelled", "dibatalkan")),
            _ => None,
        };
        field(
            t(
                "Completion (sent to done)",
                "Penyelesaian (dikirim sampai selesai)",
            ),
            timing_line(&completion, r.completion, stopped),
        );
    }
    // Consent matters only for identifying data: say so when none is shared.
    let needed = if r.share.iter().any(|s| referral::identifying(s)) {
        ""
    } else {
        t(
            " (not needed: nothing identifying is shared)",
            " (tidak diperlukan: tidak ada data yang mengenali korban dibagikan)",
        )
    };
    field(
        t(
            "Consent to share when sent",
            "Persetujuan berbagi saat dikirim",
        ),
        format!("{}{needed}", state_words(p.then)),
    );
    field(
        t("Consent to share now", "Persetujuan berbagi sekarang"),
        state_words(p.now).to_string(),
    );
    if let Some(reason) = &r.override_reason {
        field(
            t("Consent overridden", "Persetujuan diabaikan"),
            crate::tr!(
                "by {}, reason: {reason}",
                "oleh {}, alasan: {reason}",
                r.override_by.as_deref().unwrap_or("?")
            ),
        );
    }
    field(t("Recorded by", "Dicatat oleh"), r.recorded_by.clone());
    field("UUID", r.uuid.clone());
    if p.withdrawn_after {
        lines.push(t(
            "WARNING: consent to share was withdrawn after this referral was sent: tell the agency",
            "PERINGATAN: persetujuan berbagi informasi dicabut setelah rujukan ini dikirim: beri tahu lembaganya",
        ).to_string());
    }
    lines.push(String::new());
    lines.push(
        t(
            "Shared data (only what the referral shares):",
            "Data yang dibagikan (hanya yang dibagikan rujukan ini):",
        )
        .to_string(),
    );
    if p.shared.is_empty() && p.withheld.is_empty() {
        lines.push(format!("  {}", t("(none)", "(tidak ada)")));
    }
    for (k, v) in p.shared {
        let (en, id) = shared_label(k);
        lines.push(format!("  {}: {v}", t(en, id)));
    }
    for item in p.withheld {
        lines.push(format!(
            "  {}: {}",
            share_words(std::slice::from_ref(item)),
            t(
                "withheld (consent to share was withdrawn after sending)",
                "tidak ditampilkan (persetujuan berbagi dicabut setelah dikirim)",
            )
        ));
    }
    format!("{}\n", lines.join("\n"))
}

/// `kasus referral letter`: the letter, with only the data the referral shares.
fn letter(ctx: &Ctx, key: &str, out: Option<&std::path::Path>) -> Result<()> {
    if let Some(path) = out {
        ctx.check_output("--out", path, &[])?;
    }
    let reg = ctx.open()?;
    let zone = reg.zone()?;
    let r = find(&reg, key)?;
    if matches!(
        r.status(),
        referral::Status::Cancelled | referral::Status::Rejected
    ) {
        return Err(Error::Refused(crate::tr!(
            "referral {} is {}: no letter for a referral that is not going ahead",
            "rujukan {} berstatus {}: tidak ada surat untuk rujukan yang tidak dilanjutkan",
            r.id,
            r.status
        )));
    }
    let case = resolve::case(&reg, &r.case_uuid)?;
    let agency = resolve::agency(&reg, &r.agency_uuid)?;
    // Consent to share withdrawn since sending: the identifying items are left out, by name.
    let sent = clock::from_db(&r.sent_at).unwrap_or(ctx.now);
    let withdrawn = referral::withdrawn_after_sending(
        share_state(&reg, &case, &r.agency_kind, sent)?,
        share_state(&reg, &case, &r.agency_kind, ctx.now)?,
    );
    let (withheld, kept) = withheld_and_kept(&r.share, withdrawn);
    if !withheld.is_empty() {
        crate::say!(
            "{}",
            crate::tr!(
                "warning: consent to share was withdrawn after referral {} was sent: the letter leaves out {} and says why; tell the agency",
                "peringatan: persetujuan berbagi informasi dicabut setelah rujukan {} dikirim: surat ini tidak memuat {} dan menyebut alasannya; beri tahu lembaganya",
                r.id,
                withheld.join(", ")
            )
        );
    }
    // The letter is in Indonesian, whatever the interface's language.
    let shared: Vec<(String, String)> = shared_data(&reg, &case, &kept)?
        .into_iter()
        .map(|(k, v)| (shared_label(k).1.to_string(), v))
        .collect();
    let unit = reg
        .setting("unit-name")?
        .unwrap_or_else(|| "UPTD PPA".to_string());
    let l = referral::letter::Letter {
        unit: &unit,
        case_number: &case.number,
        referral_id: r.id,
        date: referral::letter::tanggal(clock::local_date(sent, zone)),
        agency: &agency.name,
        agency_kind: vocab::AGENCY_KIND.label(&r.agency_kind),
        region: agency.region.as_deref(),
        service: vocab::SERVICE.label(&r.service),
        handover: r.handover,
        shared: &shared,
        withheld: &withheld,
        signed_by: &r.recorded_by,
    };
    let html = out.is_some_and(|p| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
    });
    let body = if html {
        referral::letter::html(&l)
    } else {
        referral::letter::text(&l)
    };
    match out {
        Some(path) => {
            crate::files::write_out(path, body.as_bytes())?;
            crate::say!(
                "{}",
                crate::tr!(
                    "letter of referral {} written to {}",
                    "surat rujukan {} ditulis ke {}",
                    r.id,
                    path.display()
                )
            );
            Ok(())
        }
        None => output::print(body.trim_end()),
    }
}
