//! Computes at build time the one hash over the built-in SOP texts (`sop::catalog::BUILTIN_HASH`),
//! which every open of a register compares with the one it stored: SHA-256 over the five texts
//! at each open was a fifth of `kasus case show`. The list below is `sop::catalog::BUILTIN`'s, in
//! its order; a unit test there asserts that the two hashes are the same.

use sha2::{Digest, Sha256};

const BUILTIN: &[&str] = &[
    "tangerang-713-2025.toml",
    "tangerang-357-2025.toml",
    "babel-18-2024.toml",
    "batam-34-2020.toml",
    "pulangpisau-8-2021.toml",
];

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn main() {
    let mut h = Sha256::new();
    for name in BUILTIN {
        let path = format!("sops/{name}");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).expect("a built-in SOP file");
        h.update(name.as_bytes());
        h.update([0]);
        h.update(hex(&Sha256::digest(text.as_bytes())).as_bytes());
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("builtin_hash.txt"), hex(&h.finalize())).expect("OUT_DIR written");
    println!("cargo:rerun-if-changed=build.rs");
}
