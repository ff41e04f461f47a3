//! The share link's cipher in the browser: WebCrypto's PBKDF2-HMAC-SHA256 and
//! AES-256-GCM, for the format of `docs/share-link-format.md` (the native
//! build uses RustCrypto for the same bytes: `src/domain/share/rust_crypto.rs`).
//!
//! WebCrypto runs the 600,000 key-stretching rounds in native code off the
//! page's task (the page keeps painting "Opening…") and keeps the cipher code
//! out of the wasm.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::domain::share::{self, Opened, Sealing, ShareError, ShareOptions};
use crate::domain::SharedPlan;

/// Why the browser could not seal a link (no WebCrypto: an old browser, or a
/// page not served over https or from this computer).
#[derive(Debug)]
pub struct CryptoUnavailable;

impl std::fmt::Display for CryptoUnavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("This browser can't protect a link with a passphrase here (it needs a secure https page).")
    }
}

/// The page's WebCrypto, if it has one (only secure pages do: https or this computer).
fn subtle() -> Result<SubtleCrypto, JsValue> {
    let crypto = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle"))?;
    subtle
        .dyn_into()
        .map_err(|_| JsValue::from_str("no WebCrypto"))
}

fn object(pairs: &[(&str, &JsValue)]) -> Result<Object, JsValue> {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v)?;
    }
    Ok(o)
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

/// PBKDF2-HMAC-SHA256 → an AES-256-GCM key for `usage` ("encrypt" / "decrypt").
async fn derive_key(
    subtle: &SubtleCrypto,
    pass: &str,
    sealing: &Sealing<'_>,
    usage: &str,
) -> Result<CryptoKey, JsValue> {
    let usages = |u: &str| -> JsValue { Array::of1(&JsValue::from_str(u)).into() };
    let pass_key: CryptoKey = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &Uint8Array::from(pass.as_bytes()),
        "PBKDF2",
        false,
        &usages("deriveBits"),
    )?)
    .await?
    .dyn_into()?;
    let params = object(&[
        ("name", &"PBKDF2".into()),
        ("hash", &"SHA-256".into()),
        ("salt", &bytes(sealing.salt)),
        ("iterations", &JsValue::from(sealing.iterations)),
    ])?;
    let bits = JsFuture::from(subtle.derive_bits_with_object(&params, &pass_key, 256)?).await?;
    let key = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &Uint8Array::new(&bits),
        "AES-GCM",
        false,
        &usages(usage),
    )?)
    .await?;
    key.dyn_into()
}

/// AES-GCM parameters: the nonce, the associated data, a 128-bit tag.
fn gcm(sealing: &Sealing<'_>) -> Result<Object, JsValue> {
    object(&[
        ("name", &"AES-GCM".into()),
        ("iv", &bytes(sealing.nonce)),
        ("additionalData", &bytes(&sealing.aad)),
        ("tagLength", &JsValue::from(128)),
    ])
}

/// The link payload for the family's plan; sealed with `opts.passphrase` when set.
/// The error is a message for the share page (too big for a link, or no cipher).
pub async fn encode(shared: &SharedPlan, opts: &ShareOptions<'_>) -> Result<String, String> {
    let Some(pass) = opts.passphrase else {
        return share::encode_plain(shared).map_err(|e| e.to_string());
    };
    let unlocked = share::lock(shared, opts).map_err(|e| e.to_string())?;
    let sealing = unlocked.sealing();
    let seal = async {
        let subtle = subtle()?;
        let key = derive_key(&subtle, pass, &sealing, "encrypt").await?;
        let sealed = JsFuture::from(subtle.encrypt_with_object_and_u8_array(
            &gcm(&sealing)?,
            &key,
            &unlocked.body,
        )?)
        .await?;
        Ok::<_, JsValue>(Uint8Array::new(&sealed).to_vec())
    };
    let sealed = seal.await.map_err(|_| CryptoUnavailable.to_string())?;
    Ok(unlocked.payload(&sealed))
}

/// Read a link (payload or URL), unsealing it with `passphrase` when it is encrypted.
pub async fn decode_with_passphrase(
    text: &str,
    passphrase: &str,
) -> Result<SharedPlan, ShareError> {
    read_protected::<true>(text, passphrase).await
}

/// [`decode_with_passphrase`] for links of version 2 and later (the family's
/// small app; see `share::open_since_version_2`).
pub async fn decode_with_passphrase_since_version_2(
    text: &str,
    passphrase: &str,
) -> Result<SharedPlan, ShareError> {
    read_protected::<false>(text, passphrase).await
}

/// A link unsealed with `passphrase`; version 1 only when `V1`.
async fn read_protected<const V1: bool>(
    text: &str,
    passphrase: &str,
) -> Result<SharedPlan, ShareError> {
    let locked = match share::open_versions::<V1>(text)? {
        Opened::Plain(plan) => return Ok(*plan),
        Opened::Locked(locked) => locked,
    };
    let sealing = locked.sealing();
    let subtle = subtle().map_err(|_| ShareError::NoCipher)?;
    let key = derive_key(&subtle, passphrase, &sealing, "decrypt")
        .await
        .map_err(|_| ShareError::NoCipher)?;
    let unseal = async {
        let body = JsFuture::from(subtle.decrypt_with_object_and_u8_array(
            &gcm(&sealing)?,
            &key,
            locked.sealed(),
        )?)
        .await?;
        Ok::<_, JsValue>(Uint8Array::new(&body).to_vec())
    };
    // The seal fails the same way for a wrong key and a changed link
    // (OperationError); anything else means the cipher itself is missing.
    let body = unseal.await.map_err(|e| {
        let name = Reflect::get(&e, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string());
        if name.as_deref() == Some("OperationError") {
            ShareError::WrongPassphrase
        } else {
            ShareError::NoCipher
        }
    })?;
    locked.read_versions::<V1>(&body)
}
