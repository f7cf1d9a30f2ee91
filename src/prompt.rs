//! The only place that talks to a person. Commands ask through [`Asker`] only when
//! [`available`] says a person is there (stdin and stderr are terminals); without one, a
//! missing value is an error that names it, never a prompt and never a hang.

use crate::error::{Error, Result};
use dialoguer::{theme::ColorfulTheme, Confirm, Input, MultiSelect, Select};
use std::io::IsTerminal;

/// True when a person can answer: stdin and stderr are terminals. dialoguer draws on stderr
/// and reads keys from the terminal even when stdin is piped, so both must be terminals.
pub fn available() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// At a terminal, Ctrl-C must not leave the cursor hidden (dialoguer hides it in selects) nor
/// a half-drawn prompt: show the cursor, say that nothing half-done was kept, exit 130. Every
/// write is one transaction, so an interrupted command leaves the register as it was; a step
/// already started stays running in the register, to be finished later.
pub fn handle_ctrl_c() {
    let _ = ctrlc::set_handler(|| exit_interrupted());
}

/// Ctrl-C at a question reaches here twice: dialoguer reads keys raw, so console gets it as a
/// key, raises SIGINT (the handler above) *and* returns an Interrupted error to the prompt.
/// Whichever comes first prints and exits 130; the other waits for the exit, so a person
/// never gets two messages, exit 1, or a cursor left hidden by the error path.
fn exit_interrupted() -> ! {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        use std::io::Write;
        let mut err = std::io::stderr();
        let _ = write!(err, "\x1b[?25h\n{}\n", crate::text::t(
            "interrupted: nothing half-done was kept (a step already started stays running)",
            "dihentikan: tidak ada yang tersimpan setengah jalan (langkah yang sudah dimulai tetap berjalan)",
        ));
        let _ = err.flush();
        std::process::exit(130);
    });
    loop {
        std::thread::park();
    }
}

/// Questions a command may ask. The terminal implements it; tests may script it.
pub trait Asker {
    /// Free text; `None` when the answer is empty and `optional` is true.
    fn text(&self, prompt: &str, optional: bool) -> Result<Option<String>>;
    /// One of the items, by index.
    fn select(&self, prompt: &str, items: &[String], default: usize) -> Result<usize>;
    /// Several of the items, by index.
    fn multi(&self, prompt: &str, items: &[String]) -> Result<Vec<usize>>;
    fn confirm(&self, prompt: &str, default: bool) -> Result<bool>;
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
        exit_interrupted()
    } else {
        Error::io("<terminal>", io)
    }
}

impl Asker for Terminal {
    fn text(&self, prompt: &str, optional: bool) -> Result<Option<String>> {
        let s: String = Input::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(optional)
            .interact_text()
            .map_err(interrupted)?;
        let s = s.trim().to_string();
        Ok((!s.is_empty()).then_some(s))
    }

    fn select(&self, prompt: &str, items: &[String], default: usize) -> Result<usize> {
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact()
            .map_err(interrupted)
    }

    fn multi(&self, prompt: &str, items: &[String]) -> Result<Vec<usize>> {
        MultiSelect::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .interact()
            .map_err(interrupted)
    }

    fn confirm(&self, prompt: &str, default: bool) -> Result<bool> {
        Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact()
            .map_err(interrupted)
    }
}
