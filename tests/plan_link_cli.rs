//! Runs the `plan-link` binary: encode → decode round trip and error exits.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_plan-link");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().unwrap()
}

/// Run and require success; the stdout.
fn run_ok(args: &[&str]) -> Vec<u8> {
    let out = run(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn encode_then_decode_round_trips() {
    let payload = String::from_utf8(run_ok(&["encode", &fixture("corpus/typical.json")])).unwrap();
    let payload = payload.trim();
    assert_eq!(payload.lines().count(), 1);
    let url = format!("https://example.org/ftm/#{payload}");
    let plan: serde_json::Value = serde_json::from_slice(&run_ok(&["decode", &url])).unwrap();
    assert_eq!(plan["family_name"], "Rivera family");

    // A backup file works too, and with a passphrase.
    let sealed = String::from_utf8(run_ok(&[
        "encode",
        &fixture("plan-v1.json"),
        "--passphrase",
        "pw",
    ]))
    .unwrap();
    let out = run(&["decode", sealed.trim()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a passphrase"));
    run_ok(&["decode", sealed.trim(), "--passphrase", "pw"]);

    let stats: serde_json::Value =
        serde_json::from_slice(&run_ok(&["stats", &fixture("corpus/typical.json")])).unwrap();
    assert_eq!(
        stats["link_chars"].as_u64().unwrap() as usize,
        payload.len()
    );
}

#[test]
fn broken_links_and_bad_usage_exit_with_codes() {
    let out = run(&["decode", "https://example.org/ftm/#2ABCDEFGH"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("This link"), "{err}");
    assert!(out.stdout.is_empty());

    let out = run(&["frobnicate", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(BIN).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["encode", "/no/such/file.json"]);
    assert_eq!(out.status.code(), Some(1));
}
