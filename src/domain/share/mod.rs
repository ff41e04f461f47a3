//! Share links: a plan (without its private items) packed into the URL
//! fragment, short enough for one QR code. Format: `docs/share-link-format.md`.
//!
//! ```text
//! <app-url>#<PAYLOAD>      PAYLOAD = <version/flag char><base-43 body>
//! ```
//!
//! The body is the plan in a field-name-free binary form ([`wire`]),
//! compressed by a small primed context-mixing coder ([`cm`]) and followed by
//! a CRC-32, or, with a passphrase, sealed with AES-256-GCM under a key from
//! PBKDF2-HMAC-SHA256.
//!
//! Everything but the cipher is here, pure: [`lock`] gives what to seal and
//! [`Unlocked::payload`] writes the link; [`open`] reads a link up to its
//! lock and [`Locked::read`] reads what was unsealed. The cipher itself is
//! RustCrypto natively ([`encode`], [`decode_with_passphrase`], used by the
//! CLI and tests) and the browser's WebCrypto in the app (`src/ui/crypto.rs`),
//! which keeps ~45 KB of cipher code out of the wasm and runs the key
//! stretching natively instead of freezing the page.

/// Public for the fuzz tests (`tests/fuzz_cases`), which build links byte by byte.
pub mod base43;
mod cm;
mod primer;
mod qr;
#[cfg(not(target_arch = "wasm32"))]
mod rust_crypto;
mod v1;
mod v3;
mod wire;

use std::fmt;

#[cfg(not(target_arch = "wasm32"))]
pub use rust_crypto::{decode_with_passphrase, decode_with_passphrase_since_version_2, encode};

use super::shared_plan::SharedPlan;
use super::Language;

pub use base43::ALPHABET;
pub use qr::{qr_fits, qr_svg, qr_svg_labelled, QrInfo};

/// The codec version this build writes (and the newest it reads). Version 4
/// carries a [`SharedPlan`] with the case's history as the family sees it
/// (first date, what's new, successes, aftercare) after a byte naming its
/// language, which picks the primer; version 3 was the same without the
/// history (see [`v3`]), version 2 without the language byte (English), and
/// version 1 carried the whole plan of its time (see [`v1`]). All are still read.
pub const CODEC_VERSION: u8 = 4;
/// PBKDF2 iterations are `kdf_cost * 10_000`; the default is OWASP's 600,000.
pub const DEFAULT_KDF_COST: u8 = 60;
/// The largest cost a link may ask for (bounds the work a link can cause).
pub const MAX_KDF_COST: u8 = 100;
/// Salt (16) + nonce (12) bytes of randomness for an encrypted link.
pub const RANDOM_BYTES: usize = 28;

/// How many versions after [`CODEC_VERSION`] a link may claim and be told
/// "made by a newer version"; a head beyond them means the link is damaged.
const NEWER_VERSIONS: u8 = 3;
const MAX_DECODED: usize = 256 * 1024;
const MAX_PAYLOAD_CHARS: usize = 64 * 1024;

/// Why a link could not be read. `Display` gives a plain-language message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Empty, cut short, or the wrong length.
    Incomplete,
    /// Characters changed, or the checksum does not match.
    Damaged,
    /// The link is encrypted and no passphrase was given.
    NeedsPassphrase,
    /// The passphrase does not open the link (or the link was changed).
    WrongPassphrase,
    /// Written by a newer codec version.
    TooNew,
    /// The text is too long for a QR code.
    TooLongForQr,
    /// This browser offers no cipher here (WebCrypto needs a secure page).
    NoCipher,
    /// Writing: the plan is bigger than a link may carry (the reader would refuse it).
    TooLarge,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShareError::Incomplete => "This link is incomplete — ask for it to be sent again.",
            ShareError::Damaged => {
                "This link was changed or damaged — ask for it to be sent again."
            }
            ShareError::NeedsPassphrase => "This link needs a passphrase.",
            ShareError::WrongPassphrase => "That passphrase is not right. Check it and try again.",
            ShareError::TooNew => {
                "This link was made by a newer version of the planner. Reload the page to update, then open the link again."
            }
            ShareError::TooLongForQr => "This plan is too long for one QR code. Share the link instead.",
            ShareError::NoCipher => {
                "This passphrase link opens only on a secure (https) page. Open the link as it was sent, starting with https://."
            }
            ShareError::TooLarge => {
                "This plan is too big for one link. Share one person's view, or shorten the longest texts, then try again."
            }
        })
    }
}

impl std::error::Error for ShareError {}

/// How to encode a link.
#[derive(Clone, Debug)]
pub struct ShareOptions<'a> {
    /// Encrypt with this passphrase (None: a plain link).
    pub passphrase: Option<&'a str>,
    /// PBKDF2 cost: iterations = cost × 10,000. Keep [`DEFAULT_KDF_COST`] outside tests.
    pub kdf_cost: u8,
    /// Salt (16 bytes) then nonce (12 bytes); only used with a passphrase. Must be
    /// fresh random bytes for every link: use [`ShareOptions::with_passphrase`].
    pub random: [u8; RANDOM_BYTES],
}

impl Default for ShareOptions<'_> {
    fn default() -> Self {
        ShareOptions {
            passphrase: None,
            kdf_cost: DEFAULT_KDF_COST,
            random: [0; RANDOM_BYTES],
        }
    }
}

impl<'a> ShareOptions<'a> {
    /// Options for an encrypted link with fresh randomness from the system.
    pub fn with_passphrase(passphrase: &'a str) -> Result<Self, getrandom::Error> {
        let mut random = [0u8; RANDOM_BYTES];
        getrandom::fill(&mut random)?;
        Ok(ShareOptions {
            passphrase: Some(passphrase),
            kdf_cost: DEFAULT_KDF_COST,
            random,
        })
    }
}

fn header_char(encrypted: bool) -> char {
    ALPHABET[(CODEC_VERSION * 2 + encrypted as u8) as usize] as char
}

/// An encrypted link before it is sealed: the body to seal, and how.
pub struct Unlocked {
    pub body: Vec<u8>,
    pub cost: u8,
    pub random: [u8; RANDOM_BYTES],
}

/// How a link's body is sealed: what either cipher needs (PBKDF2 salt and
/// rounds, the AES-GCM nonce and the associated data it covers).
pub struct Sealing<'a> {
    pub salt: &'a [u8],
    pub nonce: &'a [u8],
    pub iterations: u32,
    /// Version, encrypted flag, cost.
    pub aad: [u8; 3],
}

impl Sealing<'_> {
    fn new(version: u8, cost: u8, random: &[u8]) -> Sealing<'_> {
        Sealing {
            salt: &random[..16],
            nonce: &random[16..RANDOM_BYTES],
            iterations: cost as u32 * 10_000,
            aad: [version, 1, cost],
        }
    }
}

impl Unlocked {
    pub fn sealing(&self) -> Sealing<'_> {
        Sealing::new(CODEC_VERSION, self.cost, &self.random)
    }
    /// The link payload for the sealed body (AES-GCM ciphertext + tag).
    pub fn payload(&self, sealed: &[u8]) -> String {
        let mut bytes = Vec::with_capacity(1 + RANDOM_BYTES + sealed.len());
        bytes.push(self.cost);
        bytes.extend_from_slice(&self.random);
        bytes.extend_from_slice(sealed);
        let mut out = String::new();
        out.push(header_char(true));
        out.push_str(&base43::encode(&bytes));
        out
    }
}

/// What to seal for an encrypted link of the family's plan (built by
/// [`crate::domain::Plan::for_family`] or [`crate::domain::Plan::for_person`]:
/// nothing else can be encoded).
pub fn lock(shared: &SharedPlan, opts: &ShareOptions) -> Result<Unlocked, ShareError> {
    let body = checked_body(shared, 1 + RANDOM_BYTES + AES_TAG_BYTES)?;
    Ok(Unlocked {
        body,
        cost: opts.kdf_cost.clamp(1, MAX_KDF_COST),
        random: opts.random,
    })
}

/// The bytes AES-GCM adds to a sealed body.
const AES_TAG_BYTES: usize = 16;

/// The compressed body of a link, refused unless the reader gives back exactly
/// this plan from it and the whole payload (`extra` bytes besides the body)
/// stays within what the reader takes: a link is never handed out that the
/// family view would call damaged.
fn checked_body(shared: &SharedPlan, extra: usize) -> Result<Vec<u8>, ShareError> {
    let body = compress(shared);
    if 1 + base43::chars_for(body.len() + extra) > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLarge);
    }
    match read_body::<true>(CODEC_VERSION, &body) {
        Ok(back) if back == *shared => Ok(body),
        _ => Err(ShareError::TooLarge),
    }
}

/// An encrypted link, read up to its seal.
pub struct Locked {
    version: u8,
    cost: u8,
    bytes: Vec<u8>,
}

impl Locked {
    pub fn sealing(&self) -> Sealing<'_> {
        Sealing::new(self.version, self.cost, &self.bytes[1..=RANDOM_BYTES])
    }
    /// The sealed body (AES-GCM ciphertext + tag).
    pub fn sealed(&self) -> &[u8] {
        &self.bytes[1 + RANDOM_BYTES..]
    }
    /// The plan in the unsealed body.
    pub fn read(&self, body: &[u8]) -> Result<SharedPlan, ShareError> {
        self.read_versions::<true>(body)
    }
    /// The plan in the unsealed body, version 1 read only when `V1` (see
    /// [`open_versions`]).
    pub fn read_versions<const V1: bool>(&self, body: &[u8]) -> Result<SharedPlan, ShareError> {
        read_body::<V1>(self.version, body)
    }
}

/// A link read as far as it can be without a passphrase.
pub enum Opened {
    Plain(Box<SharedPlan>),
    Locked(Locked),
}

/// The payload of a plain link (no passphrase).
/// A plain (unencrypted) link payload; refused when the reader would not give
/// back this plan (see [`ShareError::TooLarge`]).
pub fn encode_plain(shared: &SharedPlan) -> Result<String, ShareError> {
    let mut bytes = checked_body(shared, 4)?;
    let crc = checksum(CODEC_VERSION, &bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    let mut out = String::new();
    out.push(header_char(false));
    out.push_str(&base43::encode(&bytes));
    Ok(out)
}

/// Read a link payload (or a whole URL) without a passphrase.
pub fn decode(text: &str) -> Result<SharedPlan, ShareError> {
    decode_versions::<true>(text)
}

/// [`decode`] for versions from 2 only (see [`open_since_version_2`]).
pub fn decode_since_version_2(text: &str) -> Result<SharedPlan, ShareError> {
    decode_versions::<false>(text)
}

fn decode_versions<const V1: bool>(text: &str) -> Result<SharedPlan, ShareError> {
    match open_versions::<V1>(text)? {
        Opened::Plain(plan) => Ok(*plan),
        Opened::Locked(_) => Err(ShareError::NeedsPassphrase),
    }
}

/// The digit of a link's first character (its version and whether it is
/// encrypted), if it is one.
fn header_digit(text: &str) -> Option<u8> {
    fragment_from_url(text)
        .and_then(|f| without_spaces(f.as_bytes()).first().copied())
        .and_then(base43::digit)
}

/// The codec version a link (payload or URL) says it was written with, if its
/// first character is one.
pub fn version_of(text: &str) -> Option<u8> {
    header_digit(text).map(|d| d / 2)
}

/// True when the link (payload or URL) is encrypted, so the UI asks for a passphrase.
pub fn is_encrypted(text: &str) -> bool {
    header_digit(text).is_some_and(|d| d % 2 == 1 && (1..=CODEC_VERSION).contains(&(d / 2)))
}

/// Read a link payload (or a whole URL): a plain link to its plan, an
/// encrypted one to its sealed parts.
pub fn open(text: &str) -> Result<Opened, ShareError> {
    open_versions::<true>(text)
}

/// [`open`] for links of version 2 and later: a version-1 link (the first
/// build's, read through a whole `Plan` and the family projection) reads as
/// damaged. The family's small app reads links this way, so none of the
/// planner's plan code is in its wasm; the page sends version-1 links to the
/// planner (the loader `scripts/family-bundle.mjs` writes into the page).
pub fn open_since_version_2(text: &str) -> Result<Opened, ShareError> {
    open_versions::<false>(text)
}

/// [`open`], with version 1 read only when `V1` (a constant, so the reader
/// that leaves it out holds none of its code).
pub fn open_versions<const V1: bool>(text: &str) -> Result<Opened, ShareError> {
    let frag = fragment_from_url(text).ok_or(ShareError::Incomplete)?;
    let chars = without_spaces(frag.as_bytes());
    if chars.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::Damaged);
    }
    let (&first, rest) = chars.split_first().ok_or(ShareError::Incomplete)?;
    let head = base43::digit(first).ok_or(ShareError::Damaged)?;
    let (version, encrypted) = (head / 2, head % 2 == 1);
    if version > CODEC_VERSION {
        // Only the next few versions can be real; beyond them (a link missing
        // its first character, say) the link is damaged, not new.
        return Err(if version <= CODEC_VERSION + NEWER_VERSIONS {
            ShareError::TooNew
        } else {
            ShareError::Damaged
        });
    }
    if version < 1 {
        return Err(ShareError::Damaged);
    }
    let digits: Option<Vec<u8>> = rest.iter().map(|&c| base43::digit(c)).collect();
    let digits = digits.ok_or(ShareError::Damaged)?;
    let bytes = base43::decode(&digits).ok_or(if base43::bytes_for(digits.len()).is_none() {
        ShareError::Incomplete
    } else {
        ShareError::Damaged
    })?;
    if encrypted {
        if bytes.len() < 1 + RANDOM_BYTES + AES_TAG_BYTES {
            return Err(ShareError::Incomplete);
        }
        let cost = bytes[0];
        if cost == 0 || cost > MAX_KDF_COST {
            return Err(ShareError::Damaged);
        }
        return Ok(Opened::Locked(Locked {
            version,
            cost,
            bytes,
        }));
    }
    if bytes.len() < 5 {
        return Err(ShareError::Incomplete);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    if checksum(version, body).to_be_bytes() != crc {
        return Err(ShareError::Damaged);
    }
    read_body::<V1>(version, body).map(|plan| Opened::Plain(Box::new(plan)))
}

/// The payload's characters without whitespace, written or percent-encoded
/// (`%20`, `%0A`, `%0D`, `%09`: line breaks and spaces that mail and chat
/// programs add). No payload character is `%`, so nothing else is touched.
fn without_spaces(frag: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(frag.len());
    let mut i = 0;
    while i < frag.len() {
        let escaped = frag.get(i..i + 3).is_some_and(|e| {
            e[0] == b'%'
                && matches!(
                    &e[1..].to_ascii_uppercase()[..],
                    b"20" | b"0A" | b"0D" | b"09"
                )
        });
        if escaped {
            i += 3;
            continue;
        }
        if !frag[i].is_ascii_whitespace() {
            out.push(frag[i]);
        }
        i += 1;
    }
    out
}

/// The byte a version 3 or 4 body starts with: the plan's language.
fn language_byte(language: Language) -> u8 {
    match language {
        Language::English => 0,
        Language::Spanish => 1,
    }
}

/// The language a version 3 or 4 body names. A byte this build does not know,
/// in a body whose checksum held, is a language added by a newer version.
fn language_of(byte: u8) -> Result<Language, ShareError> {
    match byte {
        0 => Ok(Language::English),
        1 => Ok(Language::Spanish),
        2..=15 => Err(ShareError::TooNew),
        _ => Err(ShareError::Damaged),
    }
}

/// The plan in a link body of `version` (checked or unsealed); version 1 only
/// when `V1`.
fn read_body<const V1: bool>(version: u8, body: &[u8]) -> Result<SharedPlan, ShareError> {
    match version {
        1 if !V1 => Err(ShareError::Damaged),
        1 => {
            let old: v1::PlanV1 = decompress(body, Language::English).ok_or(ShareError::Damaged)?;
            let (plan, shared_for) = old.into_plan().ok_or(ShareError::Damaged)?;
            Ok(match shared_for {
                Some(member) => plan.for_person(member).unwrap_or_else(|| plan.for_family()),
                None => plan.for_family(),
            })
        }
        2 => decompress::<v3::SharedPlanV3>(body, Language::English)
            .map(v3::SharedPlanV3::into_shared)
            .ok_or(ShareError::Damaged),
        _ => {
            let (&byte, stream) = body.split_first().ok_or(ShareError::Incomplete)?;
            let language = language_of(byte)?;
            let mut plan: SharedPlan = if version == 3 {
                decompress::<v3::SharedPlanV3>(stream, language).map(v3::SharedPlanV3::into_shared)
            } else {
                decompress(stream, language)
            }
            .ok_or(ShareError::Damaged)?;
            plan.language = language;
            Ok(plan)
        }
    }
}

/// The payload part of whatever was pasted: a full URL, `#PAYLOAD`, or the
/// bare payload. Whitespace around it is ignored; `None` when nothing is left.
pub fn fragment_from_url(text: &str) -> Option<&str> {
    let text = text.trim();
    let frag = match text.rfind('#') {
        Some(i) => &text[i + 1..],
        None => text,
    };
    let frag = frag.trim();
    (!frag.is_empty()).then_some(frag)
}

/// The full link for an app URL (anything after a `#` in `app_url` is replaced).
pub fn link(app_url: &str, payload: &str) -> String {
    let base = app_url.split('#').next().unwrap_or("");
    format!("{base}#{payload}")
}

fn checksum(version: u8, body: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&[version]);
    h.update(body);
    h.finalize()
}

/// Plan → a version 4 body: its language byte, then the plan compressed
/// with that language's primer.
fn compress(plan: &SharedPlan) -> Vec<u8> {
    let mut out = vec![language_byte(plan.language)];
    out.extend(compress_stream(plan, plan.language));
    out
}

/// Plan → compressed bytes, the model primed for `language`.
fn compress_stream(plan: &SharedPlan, language: Language) -> Vec<u8> {
    let tokens = wire::to_tokens(plan).expect("a shared plan always serializes");
    let mut m = cm::primed_model(language);
    let mut enc = cm::Encoder::new();
    for t in &tokens {
        enc.encode_byte(&mut m, t.stream as u32, t.tag, t.byte);
    }
    enc.finish()
}

/// Feeds the deserializer from the arithmetic decoder, within a byte budget.
struct CmSource<'a> {
    model: cm::Model,
    dec: cm::Decoder<'a>,
    budget: usize,
}

impl wire::Source for CmSource<'_> {
    fn byte(&mut self, stream: u8, tag: u32) -> Result<u8, wire::WireError> {
        if self.budget == 0 || self.dec.overrun() {
            return Err(wire::WireError("link data runs out".into()));
        }
        self.budget -= 1;
        Ok(self.dec.decode_byte(&mut self.model, stream as u32, tag))
    }
}

/// Compressed bytes → plan; `None` on anything that does not add up.
fn decompress<T: serde::de::DeserializeOwned>(body: &[u8], language: Language) -> Option<T> {
    // A real plan never compresses better than ~1:40; this bounds the work a link can cause.
    let budget = (body.len().saturating_mul(48) + 4096).min(MAX_DECODED);
    let mut src = CmSource {
        model: cm::primed_model(language),
        dec: cm::Decoder::new(body),
        budget,
    };
    wire::from_source(&mut src).ok()
}

/// Sizes for benchmarks: (structure bytes, text bytes, compressed bytes).
pub fn debug_sizes(shared: &SharedPlan) -> (usize, usize, usize) {
    let tokens = wire::to_tokens(shared).expect("a shared plan always serializes");
    let text = tokens.iter().filter(|t| t.stream == wire::TEXT).count();
    (tokens.len() - text, text, compress(shared).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Garbage that passes the checksum must still never panic the decoder.
    #[test]
    fn decompress_survives_garbage_bodies() {
        let mut seed = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let real = compress(&crate::domain::Plan::new("x", "Test family", 0).for_family());
        for i in 0..300 {
            let len = (next() % 300) as usize;
            let mut body: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if i % 3 == 0 {
                // A real stream with one byte changed.
                body = real.clone();
                let at = (next() as usize) % body.len();
                body[at] ^= 1 << (next() % 8);
            }
            let _ = decompress::<SharedPlan>(&body, Language::Spanish);
            let _ = read_body::<true>(CODEC_VERSION, &body);
            let _ = read_body::<true>(2, &body);
            let _ = read_body::<true>(3, &body);
            let _ = decompress::<v1::PlanV1>(&body, Language::English);
        }
    }

    /// A plain link for a body written without the encoder's checks (what a
    /// crafted link carries).
    fn crafted_link(shared: &SharedPlan) -> String {
        let mut bytes = compress(shared);
        let crc = checksum(CODEC_VERSION, &bytes);
        bytes.extend_from_slice(&crc.to_be_bytes());
        format!("{}{}", header_char(false), base43::encode(&bytes))
    }

    /// A language byte a newer version may write reads as "newer", any other
    /// unknown byte as damage; both only after the checksum held.
    #[test]
    fn unknown_languages_are_newer_or_damaged() {
        let plan = crate::domain::Plan::new("x", "Familia López", 0).for_family();
        for (byte, expected) in [
            (2u8, ShareError::TooNew),
            (15, ShareError::TooNew),
            (200, ShareError::Damaged),
        ] {
            let mut body = compress(&plan);
            body[0] = byte;
            let crc = checksum(CODEC_VERSION, &body);
            body.extend_from_slice(&crc.to_be_bytes());
            let link = format!("{}{}", header_char(false), base43::encode(&body));
            assert_eq!(decode(&link), Err(expected), "{byte}");
        }
    }

    fn members(n: usize) -> SharedPlan {
        SharedPlan {
            team: (0..n)
                .map(|i| crate::domain::shared_plan::SharedMember {
                    id: i as u32 + 1,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    /// Issue 9: a crafted link with a valid checksum and thousands of items is
    /// refused at the same limit as typing and importing, before it is built.
    #[test]
    fn links_over_the_limits_are_refused_both_ways() {
        use crate::domain::limits::{MAX_ITEMS_TOTAL, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
        let at_limit = members(MAX_LIST_ITEMS);
        assert_eq!(decode(&encode_plain(&at_limit).unwrap()).unwrap(), at_limit);

        let over = members(MAX_LIST_ITEMS + 1);
        assert_eq!(encode_plain(&over), Err(ShareError::TooLarge));
        assert_eq!(decode(&crafted_link(&over)), Err(ShareError::Damaged));
        assert_eq!(
            decode(&crafted_link(&members(8_000))),
            Err(ShareError::Damaged)
        );

        // Many lists, each within its limit, over the total.
        let goal = crate::domain::shared_plan::SharedGoal {
            tasks: vec![Default::default(); MAX_LIST_ITEMS],
            ..Default::default()
        };
        let many = SharedPlan {
            goals: vec![goal; MAX_ITEMS_TOTAL / MAX_LIST_ITEMS + 1],
            ..Default::default()
        };
        assert_eq!(encode_plain(&many), Err(ShareError::TooLarge));
        assert_eq!(decode(&crafted_link(&many)), Err(ShareError::Damaged));

        let mut long = SharedPlan {
            family_name: "a".repeat(MAX_TEXT_CHARS + 1),
            ..Default::default()
        };
        assert_eq!(encode_plain(&long), Err(ShareError::TooLarge));
        assert_eq!(decode(&crafted_link(&long)), Err(ShareError::Damaged));
        // The limit counts characters, not bytes.
        long.family_name = "é".repeat(MAX_TEXT_CHARS);
        assert!(crate::domain::limits::check_text("name", &long.family_name).is_ok());
        long.family_name.push('é');
        assert!(crate::domain::limits::check_text("name", &long.family_name).is_err());
    }

    /// Issue 9: texts that don't compress make a link longer than the reader
    /// takes; the encoder refuses it rather than hand out a broken link.
    #[test]
    fn a_link_too_long_to_read_is_never_written() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut noise = |n: usize| -> String {
            (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    char::from(b'a' + (seed % 26) as u8)
                })
                .collect()
        };
        let mut shared = SharedPlan {
            strengths: (0..12)
                .map(|_| crate::domain::shared_plan::SharedStrength {
                    text: noise(15_000),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        assert_eq!(encode_plain(&shared), Err(ShareError::TooLarge));
        let opts = ShareOptions {
            passphrase: Some("correct horse"),
            kdf_cost: 1,
            random: [7; RANDOM_BYTES],
        };
        assert!(matches!(lock(&shared, &opts), Err(ShareError::TooLarge)));
        shared.strengths.truncate(1);
        let payload = encode_plain(&shared).unwrap();
        assert!(payload.len() <= MAX_PAYLOAD_CHARS);
        assert_eq!(decode(&payload).unwrap(), shared);
    }

    #[test]
    fn base43_round_trips_every_length() {
        for n in 0..80usize {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + n) as u8).collect();
            let text = base43::encode(&bytes);
            assert_eq!(text.len(), base43::chars_for(n));
            let digits: Vec<u8> = text.bytes().map(|c| base43::digit(c).unwrap()).collect();
            assert_eq!(base43::decode(&digits).unwrap(), bytes);
            let ff = vec![0xffu8; n];
            let text = base43::encode(&ff);
            let digits: Vec<u8> = text.bytes().map(|c| base43::digit(c).unwrap()).collect();
            assert_eq!(base43::decode(&digits).unwrap(), ff);
        }
    }
}
