//! Deterministic fuzz cases for the share-link reader and the JSON import,
//! shared by `examples/fuzz.rs` (long runs, figures) and `tests/fuzz.rs` (a
//! short run in `cargo test`). Included with `#[path]`; a folder under
//! `tests/` is not a test crate of its own.
//!
//! Every case is a pure function of (seed, index, target), so any case can be
//! regenerated from the numbers a run prints. Four targets:
//!
//! - `link-text`: valid link payloads (plain, person views, version 1, with a
//!   passphrase), as text, with characters flipped, inserted, deleted,
//!   duplicated, cut, cased, spaced, percent-escaped, or given a new header;
//!   through `share::open` and `share::is_encrypted`.
//! - `link-body`: link bodies with a *valid* checksum (the CRC is recomputed
//!   as `share` does: CRC-32 over `[version] + body`, appended big-endian, then
//!   base-43 with the header character), so the change reaches the
//!   decompressor and the wire reader. Mutated real bodies and random ones.
//! - `sealed`: passphrase links with random parts through `open`, and random
//!   or mutated bodies through `Locked::read` (what a wrong-but-accepted
//!   unsealing would hand the reader; no cipher needed).
//! - `json`: backup files and stored envelopes, mutated as text and as JSON
//!   (wrong types, huge numbers, long strings, deep nesting, long lists, odd
//!   dates and ids), and random bytes; through `text::decode_file_text`, then
//!   `envelope::backup_from_json`, `envelope::plan_from_json`,
//!   `envelope::v1_shared_for` and `corpus::import`.
//!
//! Whatever is read is then used the way the app uses it (re-encoded as a
//! link and read back, saved as a copy, put in a calendar, stored as JSON and
//! read back), and three properties are checked: a link that writes reads
//! back as the same plan, a stored plan reads back as the same plan, and
//! `is_encrypted` agrees with what `open` finds.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt::{Debug, Write as _};
use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};

use ftm_planner::domain::share::{self, Opened};
use ftm_planner::domain::{corpus, envelope, ics, library, text, Plan, SavedCopy, SharedPlan};
use serde_json::Value;

// ---------------------------------------------------------------------------
// Random numbers.

/// SplitMix64 step: spreads a seed (and case index) over all 64 bits.
pub fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xorshift64*: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(splitmix(seed) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    /// lo..=hi.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// True one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    pub fn byte(&mut self) -> u8 {
        (self.next() >> 24) as u8
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
    /// A length, mostly small, sometimes large: 0..=max.
    pub fn len(&mut self, max: usize) -> usize {
        let cap = match self.below(8) {
            0..=3 => 8,
            4 | 5 => 64,
            6 => 600,
            _ => max,
        };
        self.below(cap.min(max) + 1)
    }
}

// ---------------------------------------------------------------------------
// The link format, as `share` writes it (its checksum is private; base 43 is
// the codec's own, `share::base43`).

use share::base43::{self, chars_for};

fn base43_encode(bytes: &[u8]) -> String {
    base43::encode(bytes)
}

/// Base-43 text → bytes, as the reader does.
fn base43_decode(text: &str) -> Option<Vec<u8>> {
    let digits: Option<Vec<u8>> = text.bytes().map(base43::digit).collect();
    base43::decode(&digits?)
}

/// The header character: version × 2 + encrypted (versions 0..=21).
pub fn header(version: u8, encrypted: bool) -> char {
    share::ALPHABET[(version as usize * 2 + encrypted as usize).min(42)] as char
}

/// CRC-32 over `[version] + body`, as `share` checks a plain link.
pub fn checksum(version: u8, body: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&[version]);
    h.update(body);
    h.finalize()
}

/// A plain link payload around `body`, with a valid checksum.
pub fn plain_link(version: u8, body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&checksum(version, body).to_be_bytes());
    let mut out = String::with_capacity(1 + chars_for(bytes.len()));
    out.push(header(version, false));
    out.push_str(&base43_encode(&bytes));
    out
}

/// A passphrase link payload: cost, 28 random bytes, then the sealed part.
pub fn sealed_link(version: u8, cost: u8, random: &[u8; 28], sealed: &[u8]) -> String {
    let mut bytes = vec![cost];
    bytes.extend_from_slice(random);
    bytes.extend_from_slice(sealed);
    let mut out = String::with_capacity(1 + chars_for(bytes.len()));
    out.push(header(version, true));
    out.push_str(&base43_encode(&bytes));
    out
}

/// The body (without checksum) of a plain link, if it is one with a valid checksum.
pub fn plain_body(link: &str) -> Option<(u8, Vec<u8>)> {
    let frag = share::fragment_from_url(link)?;
    let (&head, rest) = frag.as_bytes().split_first()?;
    let d = share::ALPHABET.iter().position(|&a| a == head)?;
    if d % 2 == 1 {
        return None;
    }
    let version = (d / 2) as u8;
    let bytes = base43_decode(std::str::from_utf8(rest).ok()?)?;
    let (body, crc) = bytes.split_at(bytes.len().checked_sub(4)?);
    (checksum(version, body).to_be_bytes() == crc).then(|| (version, body.to_vec()))
}

/// `encode_plain` gives a `String`, or a `Result` once writing can refuse.
pub trait IntoPayload {
    fn into_payload(self) -> Result<String, String>;
}
impl IntoPayload for String {
    fn into_payload(self) -> Result<String, String> {
        Ok(self)
    }
}
impl<E: Debug> IntoPayload for Result<String, E> {
    fn into_payload(self) -> Result<String, String> {
        self.map_err(|e| kind(&e))
    }
}

// ---------------------------------------------------------------------------
// Seeds: valid links and documents to mutate.

pub struct Seeds {
    /// Valid payloads: plain (v2 and v1) and with a passphrase.
    pub links: Vec<String>,
    /// Bodies of the plain seeds (checksum removed), with their version.
    pub bodies: Vec<(u8, Vec<u8>)>,
    /// Full-size links and their bodies, picked one time in 16, when
    /// [`Limits::small_seeds`] keeps the debug-build test quick (reading a
    /// full plan takes ~70 ms unoptimised); otherwise in `links` / `bodies`.
    pub big_links: Vec<String>,
    pub big_bodies: Vec<(u8, Vec<u8>)>,
    /// Valid documents: stored envelopes (v1, v2), backups, corpus documents.
    pub json: Vec<String>,
}

const LINK_V1: &str = include_str!("../fixtures/link-v1.txt");
const LINK_LOCKED: &str = include_str!("../fixtures/link-protected.txt");
const LINK_LOCKED_COST1: &str = include_str!("../fixtures/link-protected-cost1.txt");
const LINK_LOCKED_COST1_V4: &str = include_str!("../fixtures/link-protected-cost1-v4.txt");
const PLAN_V1: &str = include_str!("../fixtures/plan-v1.json");
const PLAN_V2: &str = include_str!("../fixtures/plan-v2.json");
const MARKER_PLAN: &str = include_str!("../fixtures/marker-plan.json");
const CORPUS_FOLLOWUP: &str = include_str!("../fixtures/corpus/followup.json");

/// The plan with at most `keep` items per list and texts cut to `chars`
/// characters: every part of the layout, in a short link.
fn compact(plan: &Plan, keep: usize, chars: usize) -> Option<Plan> {
    fn walk(v: &mut Value, keep: usize, chars: usize) {
        match v {
            Value::Array(a) => {
                a.truncate(keep);
                a.iter_mut().for_each(|x| walk(x, keep, chars));
            }
            Value::Object(o) => o.values_mut().for_each(|x| walk(x, keep, chars)),
            // Dates and enum names are shorter and stay as they are.
            Value::String(t) if t.chars().count() > chars.max(24) => {
                *t = t.chars().take(chars).collect();
            }
            _ => {}
        }
    }
    let mut env: Value = serde_json::from_str(&envelope::plan_to_json(plan)).ok()?;
    walk(env.get_mut("plan")?, keep, chars);
    envelope::plan_from_json(&env.to_string()).ok()
}

fn link_of(view: &SharedPlan) -> String {
    share::encode_plain(view)
        .into_payload()
        .expect("a seed link")
}

impl Seeds {
    pub fn new(limits: Limits) -> Seeds {
        let example = library::example_plan("fuzz-example", 1_700_000_000_000);
        let minimal = Plan::new("fuzz-small", "Test family", 0);
        let mut full = vec![example.clone()];
        for doc in [corpus::EXAMPLE_PLAN_JSON, CORPUS_FOLLOWUP] {
            full.push(corpus::import(doc, "fuzz-corpus", 1_700_000_000_000).expect("corpus"));
        }
        let mut small = vec![minimal.clone()];
        small.extend(full.iter().filter_map(|p| compact(p, 2, 30)));

        let views = |plans: &[Plan]| -> Vec<String> {
            let mut out = Vec::new();
            for plan in plans {
                out.push(link_of(&plan.for_family()));
                for m in plan.team.iter().take(2) {
                    out.extend(plan.for_person(m.id).as_ref().map(link_of));
                }
            }
            out
        };
        let mut small_links = views(&small);
        let mut big_links = views(&full);
        big_links.push(LINK_V1.trim().to_string());
        let bodies_of = |links: &[String]| -> Vec<(u8, Vec<u8>)> {
            links
                .iter()
                .map(|link| {
                    let (version, body) =
                        plain_body(link).expect("a seed link has a valid checksum");
                    assert_eq!(
                        &plain_link(version, &body),
                        link,
                        "the fuzz link writer matches share's"
                    );
                    share::decode(link).expect("a seed link reads");
                    (version, body)
                })
                .collect()
        };
        let mut small_bodies = bodies_of(&small_links);
        let mut big_bodies = bodies_of(&big_links);
        assert!(big_bodies.iter().any(|(v, _)| *v == 1), "a version 1 seed");
        small_links.push(LINK_LOCKED.trim().to_string());
        small_links.push(LINK_LOCKED_COST1.trim().to_string());
        small_links.push(LINK_LOCKED_COST1_V4.trim().to_string());
        if !limits.small_seeds {
            small_links.append(&mut big_links);
            small_bodies.append(&mut big_bodies);
        }

        let json = vec![
            library::EXAMPLE_PLAN.to_string(),
            envelope::plan_to_json(&example),
            envelope::backup_to_json(&[example, minimal], "2025-01-01T00:00:00.000Z"),
            envelope::backup_to_json(&small, "2025-01-01T00:00:00.000Z"),
            PLAN_V1.to_string(),
            PLAN_V2.to_string(),
            MARKER_PLAN.to_string(),
            corpus::EXAMPLE_PLAN_JSON.to_string(),
            CORPUS_FOLLOWUP.to_string(),
        ];
        Seeds {
            links: small_links,
            bodies: small_bodies,
            big_links,
            big_bodies,
            json,
        }
    }

    fn link(&self, rng: &mut Rng) -> &String {
        if !self.big_links.is_empty() && rng.one_in(16) {
            rng.pick(&self.big_links)
        } else {
            rng.pick(&self.links)
        }
    }

    fn body(&self, rng: &mut Rng) -> &(u8, Vec<u8>) {
        if !self.big_bodies.is_empty() && rng.one_in(16) {
            rng.pick(&self.big_bodies)
        } else {
            rng.pick(&self.bodies)
        }
    }
}

// ---------------------------------------------------------------------------
// Cases.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    LinkText,
    LinkBody,
    Sealed,
    Json,
}

impl Target {
    pub const ALL: [Target; 4] = [
        Target::LinkText,
        Target::LinkBody,
        Target::Sealed,
        Target::Json,
    ];
    pub fn name(self) -> &'static str {
        match self {
            Target::LinkText => "link-text",
            Target::LinkBody => "link-body",
            Target::Sealed => "sealed",
            Target::Json => "json",
        }
    }
    /// The target of case `index` in a mixed run: 30% link text, 30% checked
    /// bodies, 20% sealed, 20% JSON.
    pub fn of_case(index: u64) -> Target {
        const MIX: [Target; 10] = [
            Target::LinkText,
            Target::LinkBody,
            Target::Json,
            Target::LinkText,
            Target::LinkBody,
            Target::Sealed,
            Target::LinkText,
            Target::LinkBody,
            Target::Json,
            Target::Sealed,
        ];
        MIX[(index % 10) as usize]
    }
}

/// How big the generated inputs may get.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Longest random or grown link body, in bytes.
    pub max_body: usize,
    /// Also make rare maximum-size links (~64K characters) and huge documents.
    pub huge: bool,
    /// Mostly short seed links (see [`Seeds::big_links`]).
    pub small_seeds: bool,
    /// Write a link again (and read it back) only for plans up to this size
    /// (as JSON bytes): writing and checking a full plan is slow unoptimised.
    pub reencode_max: usize,
    /// Read a passphrase link's sealed part as if it were unsealed only up to
    /// this length: random bytes make the reader work to its budget.
    pub sealed_read_max: usize,
}

impl Limits {
    /// For long release runs.
    pub const FULL: Limits = Limits {
        max_body: 6_000,
        huge: true,
        small_seeds: false,
        reencode_max: usize::MAX,
        sealed_read_max: usize::MAX,
    };
    /// For `cargo test` (debug build).
    pub const QUICK: Limits = Limits {
        max_body: 1_500,
        huge: false,
        small_seeds: true,
        reencode_max: 4_000,
        sealed_read_max: 200,
    };
}

/// One input.
#[derive(Clone, Debug)]
pub enum Input {
    /// A pasted link or payload, read as it is.
    Text(String),
    /// A plain link of this version built around this body (valid checksum).
    Body { version: u8, body: Vec<u8> },
    /// A passphrase link of this version with these parts, and `unsealed`
    /// handed to `Locked::read` as if the cipher had given it back.
    Sealed {
        version: u8,
        cost: u8,
        random: [u8; 28],
        sealed: Vec<u8>,
        unsealed: Vec<u8>,
    },
    /// A file's bytes, imported as a backup.
    Json(Vec<u8>),
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

impl Input {
    /// The link text `open` reads, for link inputs.
    pub fn link_text(&self) -> Option<String> {
        match self {
            Input::Text(t) => Some(t.clone()),
            Input::Body { version, body } => Some(plain_link(*version, body)),
            Input::Sealed {
                version,
                cost,
                random,
                sealed,
                ..
            } => Some(sealed_link(*version, *cost, random, sealed)),
            Input::Json(_) => None,
        }
    }
    pub fn size(&self) -> usize {
        match self {
            Input::Text(t) => t.len(),
            Input::Body { body, .. } => body.len(),
            Input::Sealed {
                sealed, unsealed, ..
            } => sealed.len() + unsealed.len(),
            Input::Json(b) => b.len(),
        }
    }
    /// A reproducer: Rust-ish text a test can paste.
    pub fn describe(&self) -> String {
        match self {
            Input::Text(t) => format!("share::open({t:?})"),
            Input::Body { version, body } => format!(
                "plain link, version {version}, body ({} bytes) hex {}\n  = share::open({:?})",
                body.len(),
                hex(body),
                plain_link(*version, body)
            ),
            Input::Sealed {
                version,
                cost,
                random,
                sealed,
                unsealed,
            } => format!(
                "share::open({:?}) [version {version}, cost {cost}, random {}, sealed {} bytes]\n  then Locked::read(hex {}) ({} bytes)",
                sealed_link(*version, *cost, random, sealed),
                hex(random),
                sealed.len(),
                hex(unsealed),
                unsealed.len()
            ),
            Input::Json(b) => match std::str::from_utf8(b) {
                Ok(t) => format!("envelope::backup_from_json({t:?})"),
                Err(_) => format!("file bytes (not UTF-8) hex {}", hex(b)),
            },
        }
    }
}

/// Case `index` of `target` in the run with `seed`.
pub fn generate(seeds: &Seeds, limits: Limits, seed: u64, target: Target, index: u64) -> Input {
    let mut rng = Rng::new(seed ^ splitmix(index ^ ((target as u64) << 56)));
    match target {
        Target::LinkText => Input::Text(gen_link_text(&mut rng, seeds, limits)),
        Target::LinkBody => {
            let (version, body) = gen_body(&mut rng, seeds, limits);
            let version = match rng.below(40) {
                0 => 0,
                1 => rng.between(3, 21) as u8,
                _ => version,
            };
            Input::Body { version, body }
        }
        Target::Sealed => gen_sealed(&mut rng, seeds, limits),
        Target::Json => Input::Json(gen_json(&mut rng, seeds, limits)),
    }
}

// --- Link text ---

/// Pieces that are not payload characters, or are but oddly placed.
const LINK_PIECES: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "\u{b}",
    "\u{c}",
    "%20",
    "%0A",
    "%0a",
    "%0D",
    "%0d",
    "%09",
    "%2",
    "%",
    "%%20",
    "%200",
    "%25",
    "#",
    "##",
    "#%20",
    "https://example.org/ftm/#",
    "https://example.org/ftm/?x=1#",
    "?",
    "&",
    "=",
    "é",
    "\u{e9}\u{301}",
    "\u{200b}",
    "\u{feff}",
    "\u{a0}",
    "\u{2028}",
    "\u{3000}",
    "\0",
    "\u{7f}",
    "\u{fffd}",
    "💙",
    "a",
    "z",
    "~",
    "_",
    "0",
    ":",
    "$",
    "/",
    ".",
    "-",
    "+",
    "*",
];

fn alphabet_chunk(rng: &mut Rng, n: usize) -> Vec<u8> {
    (0..n).map(|_| *rng.pick(share::ALPHABET)).collect()
}

fn any_range(rng: &mut Rng, len: usize) -> (usize, usize) {
    let a = rng.below(len + 1);
    let n = rng.len(len - a);
    (a, a + n)
}

/// Copy a random stretch of `s` to a random place in it.
fn copy_range(rng: &mut Rng, s: &mut Vec<u8>) {
    let len = s.len();
    let (a, b) = any_range(rng, len);
    let chunk = s[a..b].to_vec();
    let at = rng.below(len + 1);
    s.splice(at..at, chunk);
}

fn gen_link_text(rng: &mut Rng, seeds: &Seeds, limits: Limits) -> String {
    match rng.below(24) {
        // Random payload characters with a plausible header.
        0 => {
            let n = rng.len(limits.max_body * 2);
            let mut s = alphabet_chunk(rng, n);
            if !s.is_empty() && rng.one_in(2) {
                s[0] = header(rng.between(1, 2) as u8, rng.one_in(2)) as u8;
            }
            String::from_utf8(s).expect("ASCII")
        }
        // Random bytes.
        1 => {
            let n = rng.len(2_000);
            let b: Vec<u8> = (0..n).map(|_| rng.byte()).collect();
            String::from_utf8_lossy(&b).into_owned()
        }
        // Just a header, or nearly nothing.
        2 => {
            let mut s = String::new();
            for _ in 0..rng.below(4) {
                s.push(*rng.pick(share::ALPHABET) as char);
            }
            if rng.one_in(2) {
                let piece = rng.word(LINK_PIECES);
                s.insert_str(0, piece);
            }
            s
        }
        // Very long (beyond what a link may be).
        3 if limits.huge && rng.one_in(4) => {
            let seed = seeds.link(rng);
            let mut s = seed.clone();
            while s.len() <= 64 * 1024 + 10 {
                s.push_str(&seed[1..]);
            }
            if rng.one_in(2) {
                s.truncate(64 * 1024 + rng.below(3));
            }
            if rng.one_in(2) {
                // Padding that is removed before the length check.
                for _ in 0..rng.below(2000) {
                    let at = rng.below(s.len());
                    s.insert_str(at, "%20");
                }
            }
            s
        }
        _ => {
            let mut s = seeds.link(rng).clone().into_bytes();
            for _ in 0..rng.between(1, 4) {
                mutate_link(rng, seeds, &mut s);
            }
            if rng.one_in(8) {
                let prefix = *rng.pick(&[
                    "https://example.org/ftm/#",
                    "https://example.org/#/family#",
                    "  #",
                    "FTM ",
                    "\n",
                    // Escaped spaces before the payload (removed by `open`).
                    "%20",
                    "%0A",
                    "#%20",
                    "https://example.org/ftm/#%0D%0A",
                ]);
                s.splice(0..0, prefix.bytes());
            }
            String::from_utf8_lossy(&s).into_owned()
        }
    }
}

fn mutate_link(rng: &mut Rng, seeds: &Seeds, s: &mut Vec<u8>) {
    let len = s.len();
    match rng.below(16) {
        0 if len > 0 => {
            let at = rng.below(len);
            s[at] = *rng.pick(share::ALPHABET);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            s[at] ^= 1 << rng.below(8);
        }
        2 => {
            let at = rng.below(len + 1);
            let n = rng.between(1, 40);
            let chunk = alphabet_chunk(rng, n);
            s.splice(at..at, chunk);
        }
        3 => {
            let (a, b) = any_range(rng, len);
            s.drain(a..b);
        }
        4 => copy_range(rng, s),
        5 => s.truncate(rng.below(len + 1)),
        6 | 7 => {
            for _ in 0..rng.between(1, 3) {
                let at = rng.below(s.len() + 1);
                let piece = *rng.pick(LINK_PIECES);
                s.splice(at..at, piece.bytes());
            }
        }
        8 => {
            // Spaces and escapes everywhere, as mail programs break lines.
            let every = rng.between(1, 80);
            let piece = *rng.pick(&[" ", "\n", "\r\n", "%20", "%0A", "%0d%0a", "\t"]);
            let mut out = Vec::with_capacity(s.len() * 2);
            for (i, &c) in s.iter().enumerate() {
                if i > 0 && i % every == 0 {
                    out.extend_from_slice(piece.as_bytes());
                }
                out.push(c);
            }
            *s = out;
        }
        9 if len > 0 => s[0] = *rng.pick(share::ALPHABET),
        10 => {
            let (a, b) = any_range(rng, len);
            s[a..b].make_ascii_lowercase();
        }
        11 => {
            // Swap two pieces.
            let (a, b) = any_range(rng, len);
            let chunk: Vec<u8> = s.drain(a..b).collect();
            let at = rng.below(s.len() + 1);
            s.splice(at..at, chunk);
        }
        12 => {
            // Another link glued on, with or without a '#'.
            let other = seeds.link(rng).clone();
            if rng.one_in(2) {
                s.push(b'#');
            }
            s.extend_from_slice(other.as_bytes());
        }
        13 if len > 0 => {
            s.remove(0);
        }
        14 => {
            let (a, b) = any_range(rng, len);
            let c = *rng.pick(b"0:Z");
            s[a..b].fill(c);
        }
        _ => {
            // One digit up or down (a near miss a checksum must catch).
            if len > 1 {
                let at = rng.between(1, len - 1);
                if let Some(p) = share::ALPHABET.iter().position(|&a| a == s[at]) {
                    let q = (if rng.one_in(2) { p + 1 } else { p + 42 }) % 43;
                    s[at] = share::ALPHABET[q];
                }
            }
        }
    }
}

// --- Link bodies ---

fn random_bytes(rng: &mut Rng, n: usize) -> Vec<u8> {
    match rng.below(6) {
        0 => vec![0; n],
        1 => vec![0xff; n],
        2 => (0..n).map(|_| rng.byte() & 3).collect(),
        3 => {
            let pat: Vec<u8> = (0..rng.between(1, 8)).map(|_| rng.byte()).collect();
            (0..n).map(|i| pat[i % pat.len()]).collect()
        }
        _ => (0..n).map(|_| rng.byte()).collect(),
    }
}

fn gen_body(rng: &mut Rng, seeds: &Seeds, limits: Limits) -> (u8, Vec<u8>) {
    let (version, body) = seeds.body(rng).clone();
    let version = if rng.one_in(8) {
        rng.between(1, 2) as u8
    } else {
        version
    };
    match rng.below(12) {
        0 | 1 => {
            let n = rng.len(limits.max_body);
            (version, random_bytes(rng, n))
        }
        // A maximum-size link (what the reader still takes is ~44 KB of body).
        2 if limits.huge && rng.one_in(50) => {
            let n = rng.between(30_000, 44_000);
            (version, random_bytes(rng, n))
        }
        _ => {
            let mut body = body;
            for _ in 0..rng.between(1, 4) {
                mutate_bytes(rng, seeds, &mut body, limits);
            }
            (version, body)
        }
    }
}

fn mutate_bytes(rng: &mut Rng, seeds: &Seeds, b: &mut Vec<u8>, limits: Limits) {
    let len = b.len();
    match rng.below(16) {
        0 | 1 if len > 0 => {
            let at = rng.below(len);
            b[at] ^= 1 << rng.below(8);
        }
        2 if len > 0 => {
            // Near the end, where the coder finishes.
            let at = len - 1 - rng.below(len.min(16));
            b[at] ^= 1 << rng.below(8);
        }
        3 if len > 0 => {
            // Near the start, where the first fields are.
            let at = rng.below(len.min(16));
            b[at] = rng.byte();
        }
        4 if len > 0 => {
            let at = rng.below(len);
            b[at] = rng.byte();
        }
        5 => {
            let at = rng.below(len + 1);
            let n = rng.len(64);
            let bytes = random_bytes(rng, n);
            b.splice(at..at, bytes);
        }
        6 => {
            let (x, y) = any_range(rng, len);
            b.drain(x..y);
        }
        7 if len < limits.max_body => {
            let (x, y) = any_range(rng, len);
            let chunk = b[x..y].to_vec();
            let at = rng.below(len + 1);
            b.splice(at..at, chunk);
        }
        8 => b.truncate(rng.below(len + 1)),
        9 => {
            let n = rng.len(256);
            let tail = random_bytes(rng, n);
            b.extend_from_slice(&tail);
        }
        10 => {
            let (x, y) = any_range(rng, len);
            let fill = *rng.pick(&[0u8, 0xff, 0x80, 0x7f]);
            b[x..y].fill(fill);
        }
        11 => {
            // Splice: our head, another body's tail.
            let (_, other) = seeds.body(rng);
            let cut = rng.below(len + 1);
            let from = rng.below(other.len() + 1);
            b.truncate(cut);
            b.extend_from_slice(&other[from..]);
        }
        12 if len > 0 => {
            let at = rng.below(len);
            b[at] = if rng.one_in(2) {
                b[at].wrapping_add(1)
            } else {
                b[at].wrapping_sub(1)
            };
        }
        13 if len > 1 => {
            // Swap two bytes.
            let (x, y) = (rng.below(len), rng.below(len));
            b.swap(x, y);
        }
        _ => {
            // Several scattered flips.
            for _ in 0..rng.between(2, 12) {
                if b.is_empty() {
                    break;
                }
                let at = rng.below(b.len());
                b[at] ^= rng.byte() | 1;
            }
        }
    }
}

fn gen_sealed(rng: &mut Rng, seeds: &Seeds, limits: Limits) -> Input {
    let (seed_version, unsealed) = gen_body(rng, seeds, limits);
    let version = match rng.below(30) {
        0 => 0,
        1 => rng.between(3, 21) as u8,
        _ if rng.one_in(4) => rng.between(1, 2) as u8,
        _ => seed_version,
    };
    let cost = match rng.below(8) {
        0 => 0,
        1 => rng.between(201, 255) as u8,
        2 => 200,
        _ => rng.between(1, 200) as u8,
    };
    let mut random = [0u8; 28];
    random.iter_mut().for_each(|b| *b = rng.byte());
    let sealed_len = match rng.below(6) {
        0 => rng.below(17),
        1 => 16,
        _ => rng.len(limits.max_body),
    };
    let sealed = random_bytes(rng, sealed_len);
    Input::Sealed {
        version,
        cost,
        random,
        sealed,
        unsealed,
    }
}

// --- JSON ---

const JSON_PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "\\udfff",
    "\\u",
    ",",
    ":",
    ",,",
    "null",
    "true",
    "false",
    "0",
    "-",
    "-0",
    "1e999",
    "-1e999",
    "1e-999",
    "1.5",
    "99999999999999999999",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775809",
    "4294967296",
    "NaN",
    "Infinity",
    "\"schema\":3,",
    "\"schema\":1,",
    "\"plans\":[],",
    "\"format\":\"ftm-planner-backup\",",
    "\"id\":4294967295,",
    "\u{feff}",
    "\u{0}",
    "\u{7f}",
    "💙",
    "/*",
    "//",
    "\n",
];

const ODD_NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2",
    "3",
    "255",
    "256",
    "65535",
    "4294967295",
    "4294967296",
    "2147483647",
    "-2147483648",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "1.5",
    "-0.0",
    "1e300",
    "-1e300",
    "1e-300",
    "8.64e15",
    "-8.64e15",
    "1700000000000",
];

const ODD_STRINGS: &[&str] = &[
    "",
    " ",
    "2025-02-30",
    "2025-13-01",
    "2025-1-1",
    "0000-01-01",
    "-0001-01-01",
    "+262143-12-31",
    "-262144-01-01",
    "9999-12-31",
    "2025-01-01T00:00:00Z",
    "not a date",
    "ftm-planner-backup",
    "../../etc",
    "a/b?c#d",
    "\u{0}",
    "\u{1}",
    "\u{202e}",
    "💙💙💙",
    "e\u{301}",
    "<script>alert(1)</script>",
    "\r\n",
    "initial",
    "follow_up",
    "crisis",
    "Parent",
    "family",
];

fn long_string(rng: &mut Rng, limits: Limits) -> String {
    let unit = rng.word(&["a", "é", "💙", " ", "\u{0}", "ab "]);
    let chars = unit.chars().count();
    match rng.below(6) {
        // Around the text limit, in characters.
        0 => unit.repeat(20_000 / chars),
        1 => unit.repeat(20_001_usize.div_ceil(chars)),
        2 => unit.repeat(65_536 / chars),
        // A megabyte.
        3 if limits.huge => unit.repeat(1_000_000 / unit.len()),
        _ => unit.repeat(rng.len(5_000) / chars),
    }
}

fn odd_value(rng: &mut Rng, limits: Limits) -> Value {
    match rng.below(9) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 | 3 => serde_json::from_str(rng.word(ODD_NUMBERS)).unwrap_or(Value::Null),
        4 | 5 => Value::String(rng.pick(ODD_STRINGS).to_string()),
        6 => Value::String(long_string(rng, limits)),
        7 => Value::Array(Vec::new()),
        _ => Value::Object(Default::default()),
    }
}

fn random_value(rng: &mut Rng, depth: usize, limits: Limits) -> Value {
    if depth == 0 || rng.one_in(3) {
        return odd_value(rng, limits);
    }
    if rng.one_in(2) {
        Value::Array(
            (0..rng.below(5))
                .map(|_| random_value(rng, depth - 1, limits))
                .collect(),
        )
    } else {
        let keys = [
            "schema", "plan", "plans", "format", "id", "name", "team", "goals", "tasks", "date",
            "children", "voice", "x",
        ];
        Value::Object(
            (0..rng.below(5))
                .map(|_| {
                    (
                        rng.pick(&keys).to_string(),
                        random_value(rng, depth - 1, limits),
                    )
                })
                .collect(),
        )
    }
}

/// A random node of `v` (the root included).
fn pick_node<'a>(v: &'a mut Value, rng: &mut Rng) -> &'a mut Value {
    let n = match &*v {
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        _ => 0,
    };
    if n == 0 || rng.one_in(5) {
        return v;
    }
    let i = rng.below(n);
    match v {
        Value::Array(a) => pick_node(&mut a[i], rng),
        Value::Object(o) => pick_node(o.values_mut().nth(i).expect("in range"), rng),
        _ => unreachable!(),
    }
}

/// A random container node (or the root).
fn pick_container<'a>(v: &'a mut Value, rng: &mut Rng) -> &'a mut Value {
    let kids: Vec<usize> = match &*v {
        Value::Array(a) => (0..a.len()).filter(|&i| is_container(&a[i])).collect(),
        Value::Object(o) => o
            .values()
            .enumerate()
            .filter(|(_, x)| is_container(x))
            .map(|(i, _)| i)
            .collect(),
        _ => Vec::new(),
    };
    if kids.is_empty() || rng.one_in(4) {
        return v;
    }
    let i = *rng.pick(&kids);
    match v {
        Value::Array(a) => pick_container(&mut a[i], rng),
        Value::Object(o) => pick_container(o.values_mut().nth(i).expect("in range"), rng),
        _ => unreachable!(),
    }
}

fn is_container(v: &Value) -> bool {
    v.is_array() || v.is_object()
}

fn mutate_value(rng: &mut Rng, root: &mut Value, limits: Limits) {
    match rng.below(12) {
        0..=2 => *pick_node(root, rng) = odd_value(rng, limits),
        3 => {
            // Wrong type for a whole part.
            let node = pick_container(root, rng);
            *node = if node.is_array() {
                Value::Object(Default::default())
            } else {
                Value::Array(vec![Value::Null])
            };
        }
        4 => {
            // Drop a field or an item.
            let node = pick_container(root, rng);
            match node {
                Value::Object(o) if !o.is_empty() => {
                    let k = o.keys().nth(rng.below(o.len())).cloned().expect("a key");
                    o.remove(&k);
                }
                Value::Array(a) if !a.is_empty() => {
                    a.remove(rng.below(a.len()));
                }
                _ => {}
            }
        }
        5 => {
            // Long lists: copies of an item, around the limits.
            let node = pick_container(root, rng);
            if let Value::Array(a) = node {
                if let Some(item) = a.first().cloned() {
                    let n = *rng.pick(&[2, 100, 499, 500, 501, 1_000, 5_001]);
                    // Grow the document to a few MB at most (a big backup file).
                    let cap = if limits.huge { 2_000_000 } else { 300_000 };
                    let size = item.to_string().len().max(1);
                    a.resize(n.min(cap / size).max(a.len()), item);
                }
            }
        }
        6 => {
            // A copy of another part in place of this one.
            let other = pick_node(root, rng).clone();
            *pick_node(root, rng) = other;
        }
        7 => {
            // Ids: the largest, zero, or one another's.
            let id = *rng.pick(&[0u64, 1, 10, 4_294_967_295, 4_294_967_296, u64::MAX]);
            set_numbers(root, rng, "id", id);
        }
        8 => {
            let node = pick_node(root, rng);
            *node = random_value(rng, 4, limits);
        }
        9 => {
            // The envelope's own fields.
            if let Value::Object(o) = root {
                let key = *rng.pick(&["schema", "format", "plans", "plan", "exported_at"]);
                o.insert(key.to_string(), odd_value(rng, limits));
            }
        }
        10 => {
            // Every number of one field name changed (e.g. all ages, all ids).
            let key = *rng.pick(&[
                "age",
                "id",
                "who",
                "checker",
                "scale",
                "created_ms",
                "updated_ms",
                "next_id",
                "schema",
            ]);
            let n = serde_json::from_str::<Value>(rng.word(ODD_NUMBERS)).unwrap_or(Value::Null);
            set_field(root, key, &n, rng);
        }
        _ => {
            // Deep nesting inside the document.
            let depth = *rng.pick(&[10, 100, 126, 127, 128, 200]);
            let mut v = Value::Null;
            for _ in 0..depth {
                v = Value::Array(vec![v]);
            }
            *pick_node(root, rng) = v;
        }
    }
}

/// Set some numbers (about half) of field `key` anywhere below `v` to `n`.
fn set_numbers(v: &mut Value, rng: &mut Rng, key: &str, n: u64) {
    set_field(v, key, &Value::from(n), rng);
}

fn set_field(v: &mut Value, key: &str, to: &Value, rng: &mut Rng) {
    match v {
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if k == key && rng.one_in(2) {
                    *x = to.clone();
                } else {
                    set_field(x, key, to, rng);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| set_field(x, key, to, rng)),
        _ => {}
    }
}

fn gen_json(rng: &mut Rng, seeds: &Seeds, limits: Limits) -> Vec<u8> {
    match rng.below(20) {
        0 => {
            let n = rng.len(4_000);
            (0..n).map(|_| rng.byte()).collect()
        }
        1 => {
            // Deep nesting, bare or in an envelope.
            let depth = *rng.pick(&[64, 127, 128, 129, 1_000, 100_000]);
            let depth = if limits.huge { depth } else { depth.min(5_000) };
            let (open, close) = *rng.pick(&[("[", "]"), ("{\"a\":", "}")]);
            let mut s = open.repeat(depth);
            if rng.one_in(2) {
                s.push_str(&close.repeat(depth));
            }
            let s = match rng.below(3) {
                0 => format!("{{\"schema\":2,\"plan\":{{\"children\":{s}}}}}"),
                1 => format!("{{\"format\":\"ftm-planner-backup\",\"schema\":2,\"plans\":[{s}]}}"),
                _ => s,
            };
            s.into_bytes()
        }
        2 => {
            let v = random_value(rng, 6, limits);
            let v = match rng.below(3) {
                0 => serde_json::json!({"schema": 2, "plan": v}),
                1 => serde_json::json!({"format": "ftm-planner-backup", "schema": 2, "plans": [v]}),
                _ => v,
            };
            v.to_string().into_bytes()
        }
        3..=10 => {
            let seed = rng.pick(&seeds.json);
            let mut v: Value = serde_json::from_str(seed).expect("a seed document");
            for _ in 0..rng.between(1, 3) {
                mutate_value(rng, &mut v, limits);
            }
            let mut text = serde_json::to_string(&v).expect("a value writes");
            if rng.one_in(2) {
                // Indented, unless that makes it huge (deep nests indent quadratically).
                let pretty = serde_json::to_string_pretty(&v).expect("a value writes");
                if pretty.len() <= 3 * text.len() {
                    text = pretty;
                }
            }
            let mut text = text.into_bytes();
            if rng.one_in(6) {
                mutate_text(rng, &mut text);
            }
            text
        }
        11 => {
            // Not UTF-8: Windows-1252 bytes in the strings.
            let mut text = rng.pick(&seeds.json).clone().into_bytes();
            for _ in 0..rng.between(1, 10) {
                let at = rng.below(text.len());
                text[at] = rng.between(0x80, 0xff) as u8;
            }
            text
        }
        _ => {
            let mut text = rng.pick(&seeds.json).clone().into_bytes();
            for _ in 0..rng.between(1, 3) {
                mutate_text(rng, &mut text);
            }
            text
        }
    }
}

fn mutate_text(rng: &mut Rng, s: &mut Vec<u8>) {
    let len = s.len();
    match rng.below(8) {
        0 if len > 0 => {
            let at = rng.below(len);
            s[at] ^= 1 << rng.below(8);
        }
        1 => {
            let (a, b) = any_range(rng, len);
            s.drain(a..b);
        }
        2 | 3 => {
            let at = rng.below(len + 1);
            let piece = *rng.pick(JSON_PIECES);
            s.splice(at..at, piece.bytes());
        }
        4 => copy_range(rng, s),
        5 => s.truncate(rng.below(len + 1)),
        6 => {
            // A digit changed in place: numbers near their seed values.
            let digits: Vec<usize> = (0..len).filter(|&i| s[i].is_ascii_digit()).collect();
            if !digits.is_empty() {
                let at = *rng.pick(&digits);
                s[at] = b'0' + rng.below(10) as u8;
                if rng.one_in(3) {
                    let more = *rng.pick(&["0000000000", "9999999999", "e5", ".5", "e400"]);
                    s.splice(at..at, more.bytes());
                }
            }
        }
        _ => {
            let (a, b) = any_range(rng, len);
            let chunk: Vec<u8> = s.drain(a..b).collect();
            let at = rng.below(s.len() + 1);
            s.splice(at..at, chunk);
        }
    }
}

// ---------------------------------------------------------------------------
// Running a case.

/// What one case did: per function called, "ok..." or the error kind.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// (function, result). The first entry is the case's main call.
    pub results: Vec<(&'static str, String)>,
    /// Largest plan read, as JSON bytes.
    pub decoded: usize,
    /// Properties that did not hold (bugs that are not panics).
    pub violations: Vec<String>,
    /// How long each call took.
    pub times: Vec<(&'static str, Duration)>,
    /// Longest refusal message (what the user is shown), in bytes.
    pub message: usize,
    /// See [`Limits`].
    reencode_max: usize,
    sealed_read_max: usize,
}

impl Outcome {
    fn push(&mut self, func: &'static str, result: impl Into<String>) {
        self.results.push((func, result.into()));
    }
    /// Note a refusal: its kind, and the length of its message.
    fn refused<E: Debug + std::fmt::Display>(&mut self, func: &'static str, e: &E) {
        self.message = self.message.max(e.to_string().len());
        self.push(func, kind(e));
    }
    /// Run `f`, noting its time under `func`.
    fn timed<T>(&mut self, func: &'static str, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let r = f();
        self.times.push((func, start.elapsed()));
        r
    }
    /// The main call succeeded.
    pub fn ok(&self) -> bool {
        self.results
            .first()
            .is_some_and(|(_, r)| r.starts_with("ok"))
    }
}

/// An error's variant name, with a nested variant's (`TooLarge(List)`),
/// without the message (`Malformed("...")` → `Malformed`).
pub fn kind<E: Debug>(e: &E) -> String {
    let d = format!("{e:?}");
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let outer = ident(&d);
    let rest = &d[outer.len()..];
    match rest.strip_prefix('(') {
        Some(inner) if inner.starts_with(|c: char| c.is_ascii_uppercase()) => {
            format!("{outer}({})", ident(inner))
        }
        _ => outer,
    }
}

/// Run one input (may panic: use [`run_guarded`]).
pub fn run(input: &Input, limits: Limits) -> Outcome {
    run_prepared(input, input.link_text().as_deref(), limits)
}

/// [`run`], given the input's link text (built beforehand, outside the timing:
/// this module's base-43 writer is slow for long links).
fn run_prepared(input: &Input, link: Option<&str>, limits: Limits) -> Outcome {
    let link = link.unwrap_or_default();
    let mut out = Outcome {
        reencode_max: limits.reencode_max,
        sealed_read_max: limits.sealed_read_max,
        ..Outcome::default()
    };
    match input {
        Input::Text(_) | Input::Body { .. } => read_link(link, &mut out),
        Input::Sealed {
            version, unsealed, ..
        } => {
            // The unsealed body through a well-formed link of the version
            // (or version 2 when the case's own header is not one).
            let v = if (1..=share::CODEC_VERSION).contains(version) {
                *version
            } else {
                share::CODEC_VERSION
            };
            let carrier = sealed_link(v, 1, &[7; 28], &[0; 16]);
            match share::open(&carrier) {
                Ok(Opened::Locked(locked)) => {
                    match out.timed("Locked::read", || locked.read(unsealed)) {
                        Ok(plan) => {
                            out.push("Locked::read", "ok");
                            after_link(&plan, &mut out);
                        }
                        Err(e) => out.refused("Locked::read", &e),
                    }
                }
                _ => out.violations.push(format!(
                    "a well-formed version {v} passphrase link did not open"
                )),
            }
            read_link(link, &mut out);
        }
        Input::Json(bytes) => read_json(bytes, &mut out),
    }
    out
}

fn read_link(text: &str, out: &mut Outcome) {
    let encrypted = share::is_encrypted(text);
    let _ = share::fragment_from_url(text);
    match out.timed("open", || share::open(text)) {
        Ok(Opened::Plain(plan)) => {
            out.push("open", "ok plain");
            if encrypted {
                out.violations
                    .push("is_encrypted says yes but the link opened without one".into());
            }
            after_link(&plan, out);
        }
        Ok(Opened::Locked(locked)) => {
            out.push("open", "ok locked");
            if !encrypted {
                out.violations
                    .push("is_encrypted says no but the link needs a passphrase".into());
            }
            let sealing = locked.sealing();
            let _ = (sealing.salt.len(), sealing.nonce.len(), sealing.iterations);
            // The sealed part as if it were the plain body (random to the reader).
            let sealed = locked.sealed().to_vec();
            if sealed.len() > out.sealed_read_max {
                return;
            }
            match out.timed("Locked::read(sealed)", || locked.read(&sealed)) {
                Ok(plan) => {
                    out.push("Locked::read(sealed)", "ok");
                    after_link(&plan, out);
                }
                Err(e) => out.refused("Locked::read(sealed)", &e),
            }
        }
        Err(e) => out.refused("open", &e),
    }
}

/// What the app does with a plan read from a link: show it, save it, put it in
/// a calendar, and (a saved copy) share it on.
fn after_link(plan: &SharedPlan, out: &mut Outcome) {
    out.timed("(showing the plan read)", || show_link(plan));
    let json = serde_json::to_string(plan).expect("a shared plan writes as JSON");
    out.decoded = out.decoded.max(json.len());
    if json.len() > out.reencode_max || !first_time(&json) {
        return;
    }
    written_again(
        out,
        plan,
        ("encode_plain(read)", "decode(written again)"),
        "a link read, written again and read back",
    );
}

/// Write `plan` as a link and read it back: it must be the same plan (or be
/// refused as too large before any link is written). `what` names the case in
/// a violation.
fn written_again(
    out: &mut Outcome,
    plan: &SharedPlan,
    (write, read): (&'static str, &'static str),
    what: &str,
) {
    match out.timed(write, || share::encode_plain(plan).into_payload()) {
        Ok(link) => {
            out.push(write, "ok");
            match out.timed(read, || share::decode(&link)) {
                Ok(back) if back == *plan => {}
                Ok(_) => out.violations.push(format!("{what} is a different plan")),
                Err(e) => out
                    .violations
                    .push(format!("{what} does not read back: {}", kind(&e))),
            }
        }
        Err(e) => out.push(write, e),
    }
}

/// The family view, a saved copy and its calendar.
fn show_link(plan: &SharedPlan) {
    let _ = plan.tasks_by_person();
    let _ = plan.youth_safety_plans();
    for child in &plan.children {
        let _ = (
            child.voice.texts(),
            child.voice.shares_more_than_safety_plan(),
        );
    }
    for m in &plan.team {
        let _ = (
            m.display_name(),
            plan.tasks_for(m.id),
            plan.tasks_checked_by(m.id),
        );
    }
    for step in &plan.crisis.respond {
        let _ = plan.step_people(step);
    }
    let _ = plan.crisis.is_empty();
    for (_, task) in plan.tasks() {
        let _ = plan.task_people(task);
        let _ = plan.task_checker(task);
    }
    let copy = SavedCopy::new(plan.clone(), 0);
    let _ = copy.title();
    let _ = ics::plan_to_ics(plan, plan.shared_for, "20250101T000000Z");
}

fn read_json(bytes: &[u8], out: &mut Outcome) {
    let (text, _western) = out.timed("text::decode_file_text", || text::decode_file_text(bytes));
    match out.timed("backup_from_json", || envelope::backup_from_json(&text)) {
        Ok(plans) => {
            out.push(
                "backup_from_json",
                format!("ok ({} plans)", plans.len().min(3)),
            );
            // The first few: a backup of thousands of plans costs the reader
            // little but would cost this check a link each.
            for plan in plans.iter().take(3) {
                after_import(plan, out);
            }
        }
        Err(e) => out.refused("backup_from_json", &e),
    }
    match out.timed("plan_from_json", || envelope::plan_from_json(&text)) {
        Ok(plan) => {
            out.push("plan_from_json", "ok");
            let json = serde_json::to_string(&plan).expect("a plan writes");
            out.decoded = out.decoded.max(json.len());
        }
        Err(e) => out.refused("plan_from_json", &e),
    }
    let _ = out.timed("v1_shared_for", || envelope::v1_shared_for(&text));
    match out.timed("corpus::import", || {
        corpus::import(&text, "fuzz", 1_700_000_000_000)
    }) {
        Ok(_) => out.push("corpus::import", "ok"),
        Err(e) => {
            out.message = out.message.max(e.len());
            out.push("corpus::import", "Err");
        }
    }
}

/// What the app does with an imported plan: store it, show it, share it.
fn after_import(plan: &Plan, out: &mut Outcome) {
    let stored = out.timed("plan_to_json(imported)", || envelope::plan_to_json(plan));
    out.decoded = out.decoded.max(stored.len());
    match out.timed("plan_from_json(stored)", || {
        envelope::plan_from_json(&stored)
    }) {
        Ok(back) if back == *plan => {}
        Ok(_) => out
            .violations
            .push("an imported plan, stored and read back, is a different plan".into()),
        Err(e) => out.violations.push(format!(
            "an imported plan, stored, does not read back: {}",
            kind(&e)
        )),
    }
    let family = out.timed("(views of the imported plan)", || {
        let _ = plan.for_wall();
        let _ = plan.withheld();
        let family = plan.for_family();
        let _ = ics::plan_to_ics(&family, None, "20250101T000000Z");
        if let Some(m) = plan.team.first() {
            let _ = plan.for_person(m.id);
        }
        // Adding an item after the import.
        let mut edited = plan.clone();
        let _ = edited.alloc_id();
        family
    });
    if stored.len() > out.reencode_max || !first_time(&stored) {
        return;
    }
    written_again(
        out,
        &family,
        ("encode_plain(import)", "decode(import's link)"),
        "an imported plan's link, read back",
    );
}

/// True the first time this thread sees `text`: a plan is written again as a
/// link (the slow check) once, however many cases read the same plan.
fn first_time(text: &str) -> bool {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    let key = h.finish();
    SEEN.with(|seen| seen.borrow_mut().insert(key))
}

thread_local! {
    static SEEN: RefCell<std::collections::HashSet<u64>> = RefCell::new(Default::default());
    static IN_CASE: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    static CURRENT: RefCell<Option<(String, Input)>> = const { RefCell::new(None) };
}

/// A panic hook that keeps a case's panic message (quietly) for the report,
/// and, when panics abort, prints the case before the process ends.
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !IN_CASE.with(Cell::get) {
                return default(info);
            }
            let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
                s.to_string()
            } else if let Some(s) = info.payload().downcast_ref::<String>() {
                s.clone()
            } else {
                "(no message)".to_string()
            };
            let at = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let msg = format!("{msg}{at}");
            if cfg!(panic = "abort") {
                let case = CURRENT.with(|c| {
                    c.borrow()
                        .as_ref()
                        .map(|(label, input)| format!("{label}\n{}", input.describe()))
                });
                eprintln!(
                    "\nPANIC (the process aborts): {msg}\n{}",
                    case.unwrap_or_default()
                );
            }
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
        }));
    });
}

/// One case's result: its outcome, or the panic message; and its time.
pub struct CaseResult {
    pub outcome: Result<Outcome, String>,
    pub elapsed: Duration,
}

/// Run one input, catching a panic. `label` names the case in an abort message.
pub fn run_guarded(input: &Input, limits: Limits, label: &str) -> CaseResult {
    install_panic_hook();
    if cfg!(panic = "abort") {
        CURRENT.with(|c| *c.borrow_mut() = Some((label.to_string(), input.clone())));
    }
    let link = input.link_text();
    IN_CASE.with(|c| c.set(true));
    let start = Instant::now();
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        run_prepared(input, link.as_deref(), limits)
    }));
    let elapsed = start.elapsed();
    IN_CASE.with(|c| c.set(false));
    let outcome = result.map_err(|_| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "panic".into())
    });
    CaseResult { outcome, elapsed }
}

/// True when the input still panics (for shrinking).
pub fn panics(input: &Input, limits: Limits) -> bool {
    run_guarded(input, limits, "shrinking").outcome.is_err()
}

/// A smaller input that still panics: greedy removal of ever smaller chunks
/// (bodies keep a valid checksum since it is recomputed), at most `tries` runs.
pub fn shrink(input: &Input, limits: Limits, tries: usize) -> Input {
    fn bytes_of(i: &Input) -> Vec<u8> {
        match i {
            Input::Text(t) => t.clone().into_bytes(),
            Input::Body { body, .. } => body.clone(),
            Input::Sealed { unsealed, .. } => unsealed.clone(),
            Input::Json(b) => b.clone(),
        }
    }
    fn with_bytes(i: &Input, b: Vec<u8>) -> Option<Input> {
        Some(match i {
            Input::Text(_) => Input::Text(String::from_utf8(b).ok()?),
            Input::Body { version, .. } => Input::Body {
                version: *version,
                body: b,
            },
            Input::Sealed {
                version,
                cost,
                random,
                sealed,
                ..
            } => Input::Sealed {
                version: *version,
                cost: *cost,
                random: *random,
                sealed: sealed.clone(),
                unsealed: b,
            },
            Input::Json(_) => Input::Json(b),
        })
    }
    let mut best = shrink_json(input, limits, tries / 2).unwrap_or_else(|| input.clone());
    // A sealed case may panic in its link part rather than its unsealed body.
    if let Input::Sealed { .. } = input {
        let bare = with_bytes(input, Vec::new()).expect("bytes");
        if panics(&bare, limits) {
            best = bare;
        }
    }
    let mut runs = 0;
    let mut chunk = bytes_of(&best).len().div_ceil(2).max(1);
    while chunk >= 1 && runs < tries {
        let mut at = 0;
        let mut bytes = bytes_of(&best);
        while at < bytes.len() && runs < tries {
            let mut fewer = bytes.clone();
            fewer.drain(at..(at + chunk).min(bytes.len()));
            runs += 1;
            match with_bytes(&best, fewer.clone()) {
                Some(candidate) if panics(&candidate, limits) => {
                    best = candidate;
                    bytes = fewer;
                }
                _ => at += chunk,
            }
        }
        if chunk == 1 {
            break;
        }
        chunk /= 2;
    }
    best
}

/// For a JSON input that parses: drop object fields and list items (larger
/// parts first) while it still panics.
fn shrink_json(input: &Input, limits: Limits, tries: usize) -> Option<Input> {
    enum Step {
        Key(String),
        Index(usize),
    }
    /// Every part's path, shallow parts first.
    fn paths(v: &Value, out: &mut Vec<(usize, Vec<Step>)>) {
        fn walk(v: &Value, path: &mut Vec<Step>, out: &mut Vec<(usize, Vec<Step>)>) {
            let kids: Vec<(Step, &Value)> = match v {
                Value::Object(o) => o.iter().map(|(k, x)| (Step::Key(k.clone()), x)).collect(),
                Value::Array(a) => a
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (Step::Index(i), x))
                    .collect(),
                _ => Vec::new(),
            };
            for (step, x) in kids {
                path.push(step);
                let copy = path
                    .iter()
                    .map(|s| match s {
                        Step::Key(k) => Step::Key(k.clone()),
                        Step::Index(i) => Step::Index(*i),
                    })
                    .collect();
                out.push((path.len(), copy));
                walk(x, path, out);
                path.pop();
            }
        }
        walk(v, &mut Vec::new(), out);
        out.sort_by_key(|(depth, _)| *depth);
    }
    fn remove(v: &mut Value, path: &[Step]) -> bool {
        let Some((last, parents)) = path.split_last() else {
            return false;
        };
        let mut node = v;
        for step in parents {
            node = match (step, node) {
                (Step::Key(k), Value::Object(o)) => match o.get_mut(k) {
                    Some(x) => x,
                    None => return false,
                },
                (Step::Index(i), Value::Array(a)) if *i < a.len() => &mut a[*i],
                _ => return false,
            };
        }
        match (last, node) {
            (Step::Key(k), Value::Object(o)) => o.remove(k).is_some(),
            (Step::Index(i), Value::Array(a)) if *i < a.len() => {
                a.remove(*i);
                true
            }
            _ => false,
        }
    }
    let Input::Json(bytes) = input else {
        return None;
    };
    let mut v: Value = serde_json::from_slice(bytes).ok()?;
    if !panics(&Input::Json(v.to_string().into_bytes()), limits) {
        return None;
    }
    let mut runs = 0;
    let mut from = 0;
    loop {
        let mut all = Vec::new();
        paths(&v, &mut all);
        let mut progressed = false;
        for (i, (_, path)) in all.iter().enumerate().skip(from) {
            if runs >= tries {
                break;
            }
            let mut candidate = v.clone();
            if !remove(&mut candidate, path) {
                continue;
            }
            runs += 1;
            if panics(&Input::Json(candidate.to_string().into_bytes()), limits) {
                v = candidate;
                from = i;
                progressed = true;
                break;
            }
        }
        if !progressed || runs >= tries {
            break;
        }
    }
    Some(Input::Json(v.to_string().into_bytes()))
}

// ---------------------------------------------------------------------------
// Figures.

/// One notable case.
#[derive(Clone, Debug)]
pub struct Finding {
    pub target: Target,
    pub index: u64,
    pub what: String,
    pub input: Input,
    pub elapsed: Duration,
}

#[derive(Clone, Debug, Default)]
pub struct TargetStats {
    pub cases: u64,
    pub ok: u64,
    pub refused: u64,
    pub panics: u64,
    pub results: BTreeMap<(&'static str, String), u64>,
    pub slowest: Duration,
    pub slowest_index: u64,
    pub slowest_size: usize,
    pub total: Duration,
    pub peak_decoded: usize,
    pub peak_memory: usize,
    pub peak_memory_index: u64,
    pub largest_input: usize,
    /// Longest refusal message and its case.
    pub longest_message: (usize, u64),
    /// Per function: the longest call and its case.
    pub slowest_call: BTreeMap<&'static str, (Duration, u64)>,
}

/// Findings beyond this many are counted, not kept.
pub const KEEP: usize = 5;

#[derive(Debug, Default)]
pub struct Stats {
    pub targets: BTreeMap<Target, TargetStats>,
    pub panics: Vec<Finding>,
    pub panic_count: u64,
    pub violations: Vec<Finding>,
    pub violation_count: u64,
    /// Panics and broken properties by message: (count, first target, first case).
    pub groups: BTreeMap<(&'static str, String), (u64, Target, u64)>,
    /// Cases over the time limit.
    pub slow: Vec<Finding>,
    pub slow_count: u64,
    pub slow_limit: Duration,
}

impl Stats {
    pub fn new(slow_limit: Duration) -> Stats {
        Stats {
            slow_limit,
            ..Stats::default()
        }
    }

    pub fn record(&mut self, target: Target, index: u64, input: &Input, r: &CaseResult) {
        let t = self.targets.entry(target).or_default();
        t.cases += 1;
        t.total += r.elapsed;
        t.largest_input = t.largest_input.max(input.size());
        if r.elapsed > t.slowest {
            t.slowest = r.elapsed;
            t.slowest_index = index;
            t.slowest_size = input.size();
        }
        let finding = |what: String| Finding {
            target,
            index,
            what,
            input: input.clone(),
            elapsed: r.elapsed,
        };
        if r.elapsed > self.slow_limit {
            self.slow_count += 1;
            if self.slow.len() < KEEP {
                self.slow
                    .push(finding(format!("took {} ms", r.elapsed.as_millis())));
            }
        }
        match &r.outcome {
            Err(msg) => {
                t.panics += 1;
                self.panic_count += 1;
                self.groups
                    .entry(("panic", msg.clone()))
                    .or_insert((0, target, index))
                    .0 += 1;
                if self.panics.len() < KEEP {
                    self.panics.push(finding(msg.clone()));
                }
            }
            Ok(out) => {
                if out.ok() {
                    t.ok += 1;
                } else {
                    t.refused += 1;
                }
                t.peak_decoded = t.peak_decoded.max(out.decoded);
                if out.message > t.longest_message.0 {
                    t.longest_message = (out.message, index);
                }
                for (func, result) in &out.results {
                    *t.results.entry((func, result.clone())).or_default() += 1;
                }
                for &(func, d) in &out.times {
                    let e = t.slowest_call.entry(func).or_default();
                    if d > e.0 {
                        *e = (d, index);
                    }
                }
                for v in &out.violations {
                    self.violation_count += 1;
                    self.groups
                        .entry(("broken", v.clone()))
                        .or_insert((0, target, index))
                        .0 += 1;
                    if self.violations.len() < KEEP {
                        self.violations.push(finding(v.clone()));
                    }
                }
            }
        }
    }

    pub fn record_memory(&mut self, target: Target, index: u64, bytes: usize) {
        let t = self.targets.entry(target).or_default();
        if bytes > t.peak_memory {
            t.peak_memory = bytes;
            t.peak_memory_index = index;
        }
    }

    pub fn cases(&self) -> u64 {
        self.targets.values().map(|t| t.cases).sum()
    }

    /// The figures as a table, then each function's results.
    pub fn report(&self, with_memory: bool) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:<10} {:>8} {:>8} {:>8} {:>7} {:>10} {:>9} {:>12} {:>13}{}",
            "target",
            "cases",
            "ok",
            "refused",
            "panics",
            "slowest ms",
            "mean µs",
            "largest in B",
            "peak decoded B",
            if with_memory { "  peak memory KB" } else { "" }
        );
        for (target, t) in &self.targets {
            let mean = t.total.as_micros() as u64 / t.cases.max(1);
            let _ = writeln!(
                s,
                "{:<10} {:>8} {:>8} {:>8} {:>7} {:>10.1} {:>9} {:>12} {:>14}{}",
                target.name(),
                t.cases,
                t.ok,
                t.refused,
                t.panics,
                t.slowest.as_secs_f64() * 1000.0,
                mean,
                t.largest_input,
                t.peak_decoded,
                if with_memory {
                    format!("  {:>15}", t.peak_memory.div_ceil(1024))
                } else {
                    String::new()
                }
            );
        }
        for (target, t) in &self.targets {
            let _ = writeln!(
                s,
                "\n{} — slowest: case #{} ({} ms, input {} B){}",
                target.name(),
                t.slowest_index,
                t.slowest.as_millis(),
                t.slowest_size,
                if with_memory {
                    format!(
                        "; most memory: case #{} ({} KB)",
                        t.peak_memory_index,
                        t.peak_memory.div_ceil(1024)
                    )
                } else {
                    String::new()
                }
            );
            let _ = writeln!(
                s,
                "  longest refusal message: {} B (case #{})",
                t.longest_message.0, t.longest_message.1
            );
            let mut func = "";
            for ((f, result), n) in &t.results {
                if *f != func {
                    let _ = writeln!(s, "  {f}:");
                    func = f;
                }
                let _ = writeln!(s, "    {n:>8}  {result}");
            }
            let _ = writeln!(s, "  longest calls:");
            for (f, (d, index)) in &t.slowest_call {
                let _ = writeln!(
                    s,
                    "    {:>10.1} ms  {f} (case #{index})",
                    d.as_secs_f64() * 1000.0
                );
            }
        }
        s
    }

    /// The findings (panics, slow cases, broken properties), with inputs.
    pub fn findings(&self, seed: u64) -> String {
        let mut s = String::new();
        let lists = [
            ("panics", self.panic_count, &self.panics),
            ("cases over the time limit", self.slow_count, &self.slow),
            ("broken properties", self.violation_count, &self.violations),
        ];
        for (name, count, list) in lists {
            let _ = writeln!(s, "{name}: {count}");
            let key = match name {
                "panics" => "panic",
                "broken properties" => "broken",
                _ => "",
            };
            for ((k, msg), (n, target, index)) in &self.groups {
                if *k == key {
                    let _ = writeln!(
                        s,
                        "  {n:>6} × {msg} (first: {} case #{index})",
                        target.name()
                    );
                }
            }
            for f in list {
                let _ = writeln!(
                    s,
                    "  {} case #{} (seed {seed:#x}), {} ms: {}\n  input: {}",
                    f.target.name(),
                    f.index,
                    f.elapsed.as_millis(),
                    f.what,
                    clip(&f.input.describe(), 4_000)
                );
            }
        }
        s
    }
}

/// At most `max` characters of `s` (on a character boundary), marked when cut.
pub fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}… ({} more bytes)", &s[..i], s.len() - i),
        None => s.to_string(),
    }
}
