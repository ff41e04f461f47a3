//! Runs the `plan-link` binary: encode → decode round trip and error exits.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_plan-link");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn encode_then_decode_round_trips() {
    let out = Command::new(BIN)
        .args(["encode", &fixture("corpus/typical.json")])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let payload = String::from_utf8(out.stdout).unwrap();
    let payload = payload.trim();
    assert_eq!(payload.lines().count(), 1);
    let url = format!("https://example.org/ftm/#{payload}");
    let out = Command::new(BIN).args(["decode", &url]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["family_name"], "Rivera family");

    // A backup file works too, and with a passphrase.
    let out = Command::new(BIN)
        .args(["encode", &fixture("plan-v1.json"), "--passphrase", "pw"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sealed = String::from_utf8(out.stdout).unwrap();
    let out = Command::new(BIN)
        .args(["decode", sealed.trim()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a passphrase"));
    let out = Command::new(BIN)
        .args(["decode", sealed.trim(), "--passphrase", "pw"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = Command::new(BIN)
        .args(["stats", &fixture("corpus/typical.json")])
        .output()
        .unwrap();
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        stats["link_chars"].as_u64().unwrap() as usize,
        payload.len()
    );
}

#[test]
fn broken_links_and_bad_usage_exit_with_codes() {
    let out = Command::new(BIN)
        .args(["decode", "https://example.org/ftm/#2ABCDEFGH"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("This link"), "{err}");
    assert!(out.stdout.is_empty());

    let out = Command::new(BIN)
        .args(["frobnicate", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(BIN).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(BIN)
        .args(["encode", "/no/such/file.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}
