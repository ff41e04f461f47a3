//! The link cipher in Rust (AES-256-GCM, PBKDF2-HMAC-SHA256): the CLI and
//! the native tests. The app uses the browser's WebCrypto for the same format
//! (`src/ui/crypto.rs`).

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};

use super::{lock, open_versions, Opened, Sealing, ShareError, ShareOptions};
use crate::domain::SharedPlan;

/// The AES-GCM cipher under the key PBKDF2 stretches from `pass`.
fn cipher(pass: &str, sealing: &Sealing) -> Aes256Gcm {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        pass.as_bytes(),
        sealing.salt,
        sealing.iterations,
        &mut key,
    );
    Aes256Gcm::new_from_slice(&key).expect("32-byte key")
}

/// The fragment payload (without `#`) for the family's plan. The link is
/// encrypted whenever `opts.passphrase` is `Some` (even `Some("")`).
pub fn encode(shared: &SharedPlan, opts: &ShareOptions) -> Result<String, ShareError> {
    let Some(pass) = opts.passphrase else {
        return super::encode_plain(shared);
    };
    let unlocked = lock(shared, opts)?;
    let sealing = unlocked.sealing();
    let msg = Payload {
        msg: &unlocked.body,
        aad: &sealing.aad,
    };
    let sealed = cipher(pass, &sealing)
        .encrypt(Nonce::from_slice(sealing.nonce), msg)
        .expect("AES-GCM encrypts any length we produce");
    Ok(unlocked.payload(&sealed))
}

/// Read a link payload (or a whole URL), decrypting with `passphrase` when needed.
pub fn decode_with_passphrase(
    text: &str,
    passphrase: Option<&str>,
) -> Result<SharedPlan, ShareError> {
    read_protected::<true>(text, passphrase)
}

/// [`decode_with_passphrase`] for versions from 2 only, as the family's small
/// app reads links (see [`super::open_since_version_2`]).
pub fn decode_with_passphrase_since_version_2(
    text: &str,
    passphrase: Option<&str>,
) -> Result<SharedPlan, ShareError> {
    read_protected::<false>(text, passphrase)
}

fn read_protected<const V1: bool>(
    text: &str,
    passphrase: Option<&str>,
) -> Result<SharedPlan, ShareError> {
    let locked = match open_versions::<V1>(text)? {
        Opened::Plain(plan) => return Ok(*plan),
        Opened::Locked(locked) => locked,
    };
    let pass = passphrase.ok_or(ShareError::NeedsPassphrase)?;
    let sealing = locked.sealing();
    let msg = Payload {
        msg: locked.sealed(),
        aad: &sealing.aad,
    };
    let body = cipher(pass, &sealing)
        .decrypt(Nonce::from_slice(sealing.nonce), msg)
        .map_err(|_| ShareError::WrongPassphrase)?;
    locked.read_versions::<V1>(&body)
}
