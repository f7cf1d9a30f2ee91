//! Programs a test needs that a fresh machine may lack (zsh, fish, man). On a machine with only
//! the Rust toolchain such a test skips with a printed reason, so that `cargo test` passes there;
//! with `KASUS_REQUIRE_TOOLS=1` (set by `.ci/run` after it installs them) a missing program is a
//! failure instead, so CI never passes by skipping.

use std::path::Path;

/// True when `program` is on PATH. Otherwise prints why the calling test skips, or panics when
/// `KASUS_REQUIRE_TOOLS=1`.
pub fn have(program: &str, package: &str) -> bool {
    let found = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| is_executable(&dir.join(program)))
    });
    if found {
        return true;
    }
    if std::env::var("KASUS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
        panic!("{program} is not installed and KASUS_REQUIRE_TOOLS=1: install {package}");
    }
    eprintln!("skipped: {program} is not installed (install {package}; .ci/run does)");
    false
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
