//! kasus: the binary. Everything lives in the library; this turns its result into an exit code.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    #[cfg(not(feature = "sqlcipher"))]
    sqlite_memory::install();
    std::process::ExitCode::from(kasus::run())
}

#[cfg(not(feature = "sqlcipher"))]
mod sqlite_memory;
