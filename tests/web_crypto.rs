//! The share link's cipher in the browser (WebCrypto, `src/ui/crypto.rs`)
//! against the format the native cipher writes
//! (`cargo test --target wasm32-unknown-unknown --test web_crypto`).
#![cfg(target_arch = "wasm32")]

use ftm_planner::domain::corpus;
use ftm_planner::domain::share::{self, ShareError, ShareOptions};
use ftm_planner::ui::crypto;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Made by `plan-link encode tests/fixtures/corpus/typical.json --passphrase
/// "correct horse battery"` (RustCrypto, 600,000 rounds).
const NATIVE_LINK: &str = include_str!("fixtures/link-protected.txt");
/// The native cipher's link with cost 1 and randomness `[7; 28]`
/// (kept current by `tests/share.rs`).
const NATIVE_FIXED: &str = include_str!("fixtures/link-protected-cost1-v4.txt");

fn example() -> ftm_planner::domain::SharedPlan {
    corpus::import(corpus::EXAMPLE_PLAN_JSON, "plan-link", 0)
        .unwrap()
        .for_family()
}

#[wasm_bindgen_test]
async fn a_link_sealed_natively_opens_with_webcrypto() {
    let plan = crypto::decode_with_passphrase(NATIVE_LINK.trim(), "correct horse battery")
        .await
        .unwrap();
    assert_eq!(plan, example());
    assert_eq!(
        crypto::decode_with_passphrase(NATIVE_LINK.trim(), "correct horse batterY").await,
        Err(ShareError::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn webcrypto_seals_what_it_opens_and_refuses_a_changed_link() {
    let plan = example();
    let opts = ShareOptions {
        passphrase: Some("blue horse 42"),
        kdf_cost: 1,
        random: [7; share::RANDOM_BYTES],
    };
    let payload = crypto::encode(&plan, &opts).await.unwrap();
    // Byte for byte what the native cipher writes with the same options.
    assert_eq!(payload, NATIVE_FIXED.trim());
    assert!(share::is_encrypted(&payload));
    assert_eq!(share::decode(&payload), Err(ShareError::NeedsPassphrase));
    assert_eq!(
        crypto::decode_with_passphrase(&payload, "blue horse 42")
            .await
            .unwrap(),
        plan
    );
    // One character changed in the sealed part: the seal no longer holds.
    let mut changed: Vec<char> = payload.chars().collect();
    let i = changed.len() - 10;
    changed[i] = if changed[i] == 'A' { 'B' } else { 'A' };
    let changed: String = changed.into_iter().collect();
    assert_eq!(
        crypto::decode_with_passphrase(&changed, "blue horse 42").await,
        Err(ShareError::WrongPassphrase)
    );
    // A plain link needs no passphrase and opens as it is.
    let plain = crypto::encode(&plan, &ShareOptions::default())
        .await
        .unwrap();
    assert!(!share::is_encrypted(&plain));
    assert_eq!(
        crypto::decode_with_passphrase(&plain, "anything")
            .await
            .unwrap(),
        plan
    );
}
