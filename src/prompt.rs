//! The only place that talks to a person. Commands ask through [`Asker`] only when
//! [`available`] says a person is there (stdin and stderr are terminals); without one, a
//! missing value is an error that names it, never a prompt and never a hang.

use crate::error::{Error, Result};
use dialoguer::{theme::ColorfulTheme, Input, MultiSelect, Select};
use std::io::IsTerminal;

/// True when a person can answer: stdin and stderr are terminals. dialoguer draws on stderr
/// and reads keys from the terminal even when stdin is piped, so both must be terminals.
pub fn available() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The key that ended a live clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockKey {
    /// Enter or `y`: go on.
    Go,
    /// The clock's own extra key (the walk's pause or resume).
    Extra,
    /// `n`, `q` or Esc: leave it.
    Leave,
}

/// A live clock on one line of the terminal (stderr), redrawn every second from `line(t)`
/// with `t` counting on from `now`, until a key: Enter or `y` gives `Go`, `extra` gives
/// `Extra`, `n`, `q` or Esc gives `Leave`. Ctrl-C exits through the single interrupt exit.
pub fn clock(
    now: crate::clock::Instant,
    extra: Option<char>,
    line: Box<dyn Fn(crate::clock::Instant) -> String + Send + Sync>,
) -> Result<ClockKey> {
    use console::{Key, Term};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let term = Term::stderr();
    let stop = Arc::new(AtomicBool::new(false));
    let shown = std::time::Instant::now();
    let at = move || {
        now + chrono::Duration::from_std(shown.elapsed())
            .unwrap_or_else(|_| chrono::Duration::zero())
    };
    let line = Arc::new(line);
    let draw = {
        let (stop, line) = (stop.clone(), line.clone());
        std::thread::spawn(move || {
            let term = Term::stderr();
            while !stop.load(Ordering::Relaxed) {
                // A line wider than the terminal wraps, and then clearing it no longer
                // overwrites it: keep the redrawn line within the width.
                let width = usize::from(term.size().1).saturating_sub(1).max(20);
                let text = line(at());
                let _ = term.clear_line();
                let _ = term.write_str(&console::truncate_str(&text, width, "…"));
                // Short sleeps, so that a key stops the clock at once.
                for _ in 0..10 {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
            }
        })
    };
    let _ = term.hide_cursor();
    let answer = loop {
        let _asking = crate::interrupt::asking();
        match term.read_key() {
            Ok(Key::Enter) | Ok(Key::Char('y')) | Ok(Key::Char('Y')) => break Ok(ClockKey::Go),
            Ok(Key::Escape) | Ok(Key::Char('n' | 'N' | 'q' | 'Q')) => break Ok(ClockKey::Leave),
            Ok(Key::Char(c)) if extra.is_some_and(|x| x.eq_ignore_ascii_case(&c)) => {
                break Ok(ClockKey::Extra)
            }
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => crate::interrupt::exit(),
            Err(e) => break Err(Error::io("<terminal>", e)),
        }
    };
    stop.store(true, Ordering::Relaxed);
    let _ = draw.join();
    let _ = term.clear_line();
    let _ = term.write_line(&line(at()));
    let _ = term.show_cursor();
    answer
}

/// What a prompt's check makes of an answer (see [`Asker::checked`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// The value to keep, as the flag would hold it (`1994-05-01` for `1 Mei 1994`).
    Ok(String),
    /// What is wrong, in the user's language, without repeating the answer (the terminal
    /// shows it beside): asked again.
    Wrong(String),
    /// The answer could mean any of these (as shown, the value): asked back, the first
    /// offered as the default.
    Which(Vec<(String, String)>),
}

/// The text rules of a field (`field::check_text`) as a prompt's check, the field named by
/// `label` (not by a flag the person never typed).
pub fn text_rule(label: &str, kind: crate::field::Field) -> impl Fn(&str) -> Checked + '_ {
    move |s| match crate::field::check_text(kind, s) {
        Ok(()) => Checked::Ok(s.to_string()),
        Err(e) => Checked::Wrong(e.message(label, kind)),
    }
}

/// Questions a command may ask. The terminal implements it; tests may script it.
pub trait Asker {
    /// Free text checked as it is given: `check` turns the answer into the value to keep, or
    /// says what is wrong (said under the question, which is asked again with an empty
    /// input), or names what it could mean (asked back, the first offered as the default). An
    /// empty answer is `default` when there is one, else `None` when `optional`, else asked
    /// again.
    fn checked(
        &self,
        prompt: &str,
        optional: bool,
        default: Option<&str>,
        check: &dyn Fn(&str) -> Checked,
    ) -> Result<Option<String>>;
    /// One of the items, by index, `default` highlighted (with none, nothing is: the person
    /// moves to an item before Enter takes it). `None` when the person pressed Esc (or `q`):
    /// the caller goes back, or [`Asker::leave`]s where the flow has no way back.
    fn select(
        &self,
        prompt: &str,
        items: &[String],
        default: Option<usize>,
    ) -> Result<Option<usize>>;
    /// Several of the items, by index; `None` on Esc (or `q`).
    fn multi(&self, prompt: &str, items: &[String]) -> Result<Option<Vec<usize>>>;
    fn confirm(&self, prompt: &str, default: bool) -> Result<bool>;
    /// Leaves the command as Ctrl-C does (Esc at a question with no way back): nothing
    /// half-done is kept, the same message, exit 130.
    fn leave(&self) -> !;

    /// One value of a controlled list, shown as "Label (code)"; the answer is its code. Esc
    /// leaves the command.
    fn pick(&self, v: &crate::vocab::Vocab, prompt: &str) -> Result<String> {
        match self.pick_from(v, prompt, Some(0))? {
            Some(code) => Ok(code),
            None => self.leave(),
        }
    }

    /// The same with the item highlighted first (`None`: no default, the person must choose);
    /// `None` on Esc, for the caller to go back.
    fn pick_from(
        &self,
        v: &crate::vocab::Vocab,
        prompt: &str,
        default: Option<usize>,
    ) -> Result<Option<String>> {
        let items: Vec<String> = v
            .values
            .iter()
            .map(|x| format!("{} ({})", x.1, x.0))
            .collect();
        Ok(self
            .select(prompt, &items, default)?
            .map(|i| v.values[i].0.to_string()))
    }

    /// Several values of a controlled list, shown by label; the answer is their codes. Esc
    /// leaves the command.
    fn pick_many(&self, v: &crate::vocab::Vocab, prompt: &str) -> Result<Vec<String>> {
        let items: Vec<String> = v.values.iter().map(|x| x.1.to_string()).collect();
        match self.multi(prompt, &items)? {
            Some(chosen) => Ok(chosen
                .into_iter()
                .map(|i| v.values[i].0.to_string())
                .collect()),
            None => self.leave(),
        }
    }
}

pub struct Terminal {
    theme: ColorfulTheme,
}

impl Terminal {
    pub fn new() -> Terminal {
        Terminal {
            theme: ColorfulTheme::default(),
        }
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Self::new()
    }
}

fn interrupted(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        crate::interrupt::exit()
    } else {
        Error::io("<terminal>", io)
    }
}

impl Terminal {
    /// The question and the answer taken, as dialoguer shows a finished prompt (a check mark).
    fn taken(&self, prompt: &str, answer: &str) {
        use dialoguer::theme::Theme;
        let mut line = String::new();
        if self
            .theme
            .format_input_prompt_selection(&mut line, prompt, answer)
            .is_ok()
        {
            eprintln!("{line}");
        }
    }
}

impl Asker for Terminal {
    fn checked(
        &self,
        prompt: &str,
        optional: bool,
        default: Option<&str>,
        check: &dyn Fn(&str) -> Checked,
    ) -> Result<Option<String>> {
        let prompt = &fit_prompt(prompt, default.map_or(0, |d| d.chars().count() + 3));
        loop {
            // Asked with an empty input every time: a refused answer is said under the
            // question (`refused`), never left in the input for the next typing to be added
            // to. The answer is shown back with a check mark only once it is taken (below).
            let mut input = Input::<String>::with_theme(&self.theme)
                .with_prompt(prompt)
                .allow_empty(true)
                .report(false);
            if let Some(d) = default {
                input = input.default(d.to_string());
            }
            let s = {
                let _asking = crate::interrupt::asking();
                input.interact_text().map_err(interrupted)?
            };
            let s = s.trim().to_string();
            let taken = |shown: &str| self.taken(prompt, shown);
            if s.is_empty() {
                if optional {
                    taken("");
                    return Ok(None);
                }
                wrong(crate::text::t(
                    "an answer is needed here",
                    "pertanyaan ini perlu dijawab",
                ));
                continue;
            }
            match check(&s) {
                Checked::Ok(v) => {
                    taken(&s);
                    return Ok(Some(v));
                }
                Checked::Wrong(why) => refused(&s, &why),
                Checked::Which(options) if options.len() == 1 => {
                    let (shown, value) = &options[0];
                    let q = crate::tr!("Did you mean {shown}?", "Maksud Anda {shown}?");
                    if self.confirm(&q, true)? {
                        taken(shown);
                        return Ok(Some(value.clone()));
                    }
                }
                Checked::Which(options) => {
                    let mut items: Vec<String> = options.iter().map(|o| o.0.clone()).collect();
                    items.push(
                        crate::text::t(
                            "none of these: type it again",
                            "bukan semua ini: ketik ulang",
                        )
                        .to_string(),
                    );
                    // Esc, like "none of these", goes back to typing.
                    let i = self.select(
                        crate::text::t("Which did you mean?", "Maksud Anda yang mana?"),
                        &items,
                        Some(0),
                    )?;
                    if let Some((shown, value)) = i.and_then(|i| options.get(i)) {
                        taken(shown);
                        return Ok(Some(value.clone()));
                    }
                }
            }
        }
    }

    fn select(
        &self,
        prompt: &str,
        items: &[String],
        default: Option<usize>,
    ) -> Result<Option<usize>> {
        let fitted = fit_items(items);
        let prompt = &fit_prompt(prompt, 0);
        let mut select = Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(&fitted);
        if let Some(d) = default {
            select = select.default(d);
        }
        let _asking = crate::interrupt::asking();
        select.interact_opt().map_err(interrupted)
    }

    /// An empty choice gets no check mark: every list asked today needs at least one, and its
    /// caller asks again, saying so.
    fn multi(&self, prompt: &str, items: &[String]) -> Result<Option<Vec<usize>>> {
        let fitted = fit_items(items);
        let prompt = &fit_prompt(prompt, 0);
        let asking = crate::interrupt::asking();
        let chosen = MultiSelect::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(&fitted)
            .report(false)
            .interact_opt()
            .map_err(interrupted)?;
        drop(asking);
        if let Some(c) = chosen.as_ref().filter(|c| !c.is_empty()) {
            use dialoguer::theme::Theme;
            let names: Vec<&str> = c.iter().map(|&i| items[i].as_str()).collect();
            let mut line = String::new();
            if self
                .theme
                .format_multi_select_prompt_selection(&mut line, prompt, &names)
                .is_ok()
            {
                eprintln!("{line}");
            }
        }
        Ok(chosen)
    }

    fn leave(&self) -> ! {
        crate::interrupt::exit()
    }

    /// Yes or no, typed as a word and Enter (dialoguer's Confirm takes only y and n): `(y/n)`
    /// in English, `(y/t)` in Indonesian, either language's words taken ([`yes_no`]); Enter
    /// alone takes the default, shown beside.
    fn confirm(&self, prompt: &str, default: bool) -> Result<bool> {
        let keys = crate::text::t("(y/n)", "(y/t)");
        let shown = match default {
            true => crate::text::t("yes", "ya"),
            false => crate::text::t("no", "tidak"),
        };
        let check = |s: &str| match yes_no(s) {
            Some(yes) => Checked::Ok(yes.to_string()),
            None => Checked::Wrong(
                crate::text::t("answer y (yes) or n (no)", "jawab y (ya) atau t (tidak)")
                    .to_string(),
            ),
        };
        let answer = self.checked(&format!("{prompt} {keys}"), false, Some(shown), &check)?;
        Ok(answer.as_deref() == Some("true"))
    }
}

/// A yes or a no as typed, in either language: `y`, `ya`, `yes`, `iya`; `n`, `no`, `t`,
/// `tidak`, `tdk` (any case). None for anything else.
pub fn yes_no(answer: &str) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "y" | "ya" | "yes" | "iya" => Some(true),
        "n" | "no" | "t" | "tidak" | "tdk" => Some(false),
        _ => None,
    }
}

/// Says what is wrong with an answer, under it, before it is asked again.
fn wrong(why: &str) {
    eprintln!(
        "{} {why}",
        crate::output::paint_err("✘", crate::output::Tone::Bad)
    );
}

/// Says what is wrong with an answer given, shown again (dialoguer clears the question's line
/// on Enter, and the input is empty when it is asked again): the person's own typing at their
/// own terminal, shortened when long.
fn refused(answer: &str, why: &str) {
    wrong(&format!("\"{}\": {why}", shown_answer(answer)));
}

/// An answer as [`refused`] shows it: one line, at most 40 characters.
fn shown_answer(answer: &str) -> String {
    let one: String = answer
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    console::truncate_str(&one, 40, "…").into_owned()
}

/// A secret (the register's key), not echoed; asked twice when `confirm` is true.
#[cfg(feature = "sqlcipher")]
pub fn secret(prompt: &str, confirm: bool) -> Result<String> {
    let theme = ColorfulTheme::default();
    let mut p = dialoguer::Password::with_theme(&theme).with_prompt(prompt);
    if confirm {
        p = p.with_confirmation(
            crate::text::t("Again", "Ulangi"),
            crate::text::t("the two keys differ", "kedua kunci berbeda"),
        );
    }
    let _asking = crate::interrupt::asking();
    p.interact().map_err(interrupted)
}

/// The key of the encrypted register at `path`, asked (not echoed) when a person is there;
/// `None` when nobody can be asked. What `Register::open_asking` is given.
#[cfg(feature = "sqlcipher")]
pub fn register_key(path: &std::path::Path) -> Result<Option<String>> {
    if !available() {
        return Ok(None);
    }
    let prompt = format!(
        "{} {}",
        crate::text::t("Key for", "Kunci untuk"),
        path.display()
    );
    secret(&prompt, false).map(Some)
}

/// Without encryption there is no key to ask for.
#[cfg(not(feature = "sqlcipher"))]
pub fn register_key(_path: &std::path::Path) -> Result<Option<String>> {
    Ok(None)
}

/// The new key for `kasus rekey`, asked twice (not echoed) when a person is there; `None`
/// when nobody can be asked.
#[cfg(feature = "sqlcipher")]
pub fn new_register_key() -> Result<Option<String>> {
    if !available() {
        return Ok(None);
    }
    secret(crate::text::t("New key", "Kunci baru"), true).map(Some)
}

/// The width of the terminal the questions are asked at (stderr's), 80 when it does not say.
pub fn width() -> usize {
    console::Term::stderr()
        .size_checked()
        .map_or(80, |(_, w)| usize::from(w))
}

/// A question that fits one line of the terminal (with `extra` columns for its default): a
/// longer one wraps, and the prompt's redraw leaves its first line behind. The explanation after
/// the question ("? " or " (" on) is printed on a line of its own above, dimmed, and the
/// question asked alone.
fn fit_prompt(prompt: &str, extra: usize) -> String {
    let width = width();
    if console::measure_text_width(prompt) + extra + 8 <= width {
        return prompt.to_string();
    }
    let cut = prompt
        .find("? ")
        .map(|i| i + 1)
        .or_else(|| prompt.find(" ("));
    match cut {
        Some(i) if i > 0 && i < prompt.len() => {
            let (question, rest) = prompt.split_at(i);
            eprintln!(
                "{}",
                crate::output::paint_err(rest.trim(), crate::output::Tone::Hint)
            );
            question.trim_end().to_string()
        }
        _ => prompt.to_string(),
    }
}

/// A list's items cut to one line of the terminal (with an ellipsis): an item that wraps leaves
/// stale lines behind when the list redraws (the long name of SOP 357).
fn fit_items(items: &[String]) -> Vec<String> {
    let width = width().max(20);
    // The theme's marker and a margin.
    let room = width - 6;
    items
        .iter()
        .map(|i| console::truncate_str(i, room, "…").into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_question_too_long_for_the_terminal_is_asked_alone() {
        let long = format!(
            "Who does step 2? {}",
            "A staff member of the unit ".repeat(20)
        );
        assert_eq!(super::fit_prompt(&long, 0), "Who does step 2?");
        let dated = format!("Birth date ({})", "day first, ".repeat(40));
        assert_eq!(super::fit_prompt(&dated, 0), "Birth date");
        assert_eq!(super::fit_prompt("Output", 0), "Output");
    }

    use super::{shown_answer, yes_no};

    #[test]
    fn a_refused_answer_is_shown_on_one_short_line() {
        assert_eq!(shown_answer("31-02-1994"), "31-02-1994");
        assert_eq!(shown_answer("a\tb"), "a b");
        let long = "x".repeat(100);
        let shown = shown_answer(&long);
        assert_eq!(console::measure_text_width(&shown), 40, "{shown}");
        assert!(shown.ends_with('…'), "{shown}");
    }

    #[test]
    fn yes_and_no_in_both_languages() {
        for y in ["y", "Y", "ya", "Ya", "yes", "iya", " ya "] {
            assert_eq!(yes_no(y), Some(true), "{y}");
        }
        for n in ["n", "N", "no", "t", "T", "tidak", "Tidak", "tdk"] {
            assert_eq!(yes_no(n), Some(false), "{n}");
        }
        for other in ["", "yaa", "x", "ok", "nanti"] {
            assert_eq!(yes_no(other), None, "{other}");
        }
    }
}
