//! The link cipher in Rust (AES-256-GCM, PBKDF2-HMAC-SHA256): the CLI and
//! the native tests. The app uses the browser's WebCrypto for the same format
//! (`src/ui/crypto.rs`).

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};

use super::{lock, open, Opened, ShareError, ShareOptions};
use crate::domain::SharedPlan;

fn derive_key(pass: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pass.as_bytes(), salt, iterations, &mut key);
    key
}

/// The fragment payload (without `#`) for the family's plan. The link is
/// encrypted whenever `opts.passphrase` is `Some` (even `Some("")`).
pub fn encode(shared: &SharedPlan, opts: &ShareOptions) -> String {
    let Some(pass) = opts.passphrase else {
        return super::encode_plain(shared);
    };
    let unlocked = lock(shared, opts);
    let key = derive_key(pass, unlocked.salt(), unlocked.iterations());
    let cipher = Aes256Gcm::new_from_slice(&key).expect("32-byte key");
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(unlocked.nonce()),
            Payload {
                msg: &unlocked.body,
                aad: &unlocked.aad(),
            },
        )
        .expect("AES-GCM encrypts any length we produce");
    unlocked.payload(&sealed)
}

/// Read a link payload (or a whole URL), decrypting with `passphrase` when needed.
pub fn decode_with_passphrase(
    text: &str,
    passphrase: Option<&str>,
) -> Result<SharedPlan, ShareError> {
    let locked = match open(text)? {
        Opened::Plain(plan) => return Ok(*plan),
        Opened::Locked(locked) => locked,
    };
    let pass = passphrase.ok_or(ShareError::NeedsPassphrase)?;
    let key = derive_key(pass, locked.salt(), locked.iterations());
    let cipher = Aes256Gcm::new_from_slice(&key).expect("32-byte key");
    let body = cipher
        .decrypt(
            Nonce::from_slice(locked.nonce()),
            Payload {
                msg: locked.sealed(),
                aad: &locked.aad(),
            },
        )
        .map_err(|_| ShareError::WrongPassphrase)?;
    locked.read(&body)
}
