//! How the kasus binary is linked (build.rs): its relative relocations packed (DT_RELR) when it
//! is built for the glibc it runs on and that glibc loads them (2.36 and later).

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_binary_packs_its_relocations_where_glibc_loads_them() {
    // SAFETY: glibc's function returns a static NUL-terminated string such as "2.36".
    let version = unsafe { std::ffi::CStr::from_ptr(libc::gnu_get_libc_version()) }
        .to_str()
        .unwrap()
        .to_owned();
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap());
    let v = (parts.next().unwrap(), parts.next().unwrap());
    let binary = std::fs::read(env!("CARGO_BIN_EXE_kasus")).unwrap();
    // The linker names the loader's version in the dynamic strings when, and only when, it
    // packs them: a loader without it refuses the binary with a message naming it.
    let needs = binary
        .windows(b"GLIBC_ABI_DT_RELR".len())
        .any(|w| w == b"GLIBC_ABI_DT_RELR");
    let plain = option_env!("KASUS_LINK_PLAIN") == Some("1");
    assert_eq!(
        needs,
        v >= (2, 36) && !plain,
        "glibc {version}, KASUS_LINK_PLAIN {plain}"
    );
}
