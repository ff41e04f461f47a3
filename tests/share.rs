//! Native tests of the share-link codec, QR codes and their limits.

use chrono::NaiveDate;
use ftm_planner::domain::audience;
use ftm_planner::domain::corpus;
use ftm_planner::domain::envelope;
use ftm_planner::domain::share::{self, ShareError, ShareOptions};
use ftm_planner::domain::*;

/// lz-string's compressToEncodedURIComponent of shared/corpus/typical.json.
const LZ_STRING_TYPICAL: usize = 6_303;
const TARGET: usize = LZ_STRING_TYPICAL * 45 / 100; // 2,836
/// The same for the Spanish reference plan (tests/fixtures/corpus/typical-es.json,
/// compact JSON without its "about" note, as `scripts/bench-link.sh` computes it).
const LZ_STRING_TYPICAL_ES: usize = 6_965;

fn typical() -> Plan {
    corpus::import(corpus::EXAMPLE_PLAN_JSON, "p1", 1_700_000_000_000).expect("corpus imports")
}

fn fixtures() -> Vec<(String, Plan)> {
    let mut out = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.extend(
        std::fs::read_dir(format!("{dir}/corpus"))
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    paths.sort();
    for path in paths {
        if path.extension().and_then(|e| e.to_str()) != Some("json")
            || path.ends_with("markers.json")
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let plans = match envelope::backup_from_json(&text) {
            Ok(plans) => plans,
            Err(_) => vec![corpus::import(&text, "fixture", 1_700_000_000_000).unwrap()],
        };
        for plan in plans {
            out.push((name.clone(), plan));
        }
    }
    assert!(out.len() >= 3, "fixtures found: {}", out.len());
    out
}

/// A small deterministic PRNG (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn cheap(passphrase: &str, random: u8) -> ShareOptions<'_> {
    ShareOptions {
        passphrase: Some(passphrase),
        kdf_cost: 1,
        random: [random; share::RANDOM_BYTES],
    }
}

#[test]
fn every_fixture_round_trips() {
    for (name, plan) in fixtures() {
        let payload = share::encode_plain(&plan.for_family()).unwrap();
        let back = share::decode(&payload).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, plan.for_family(), "{name}");
        // Every character is QR-alphanumeric and needs no escaping in a fragment.
        assert!(
            payload.bytes().all(|c| share::ALPHABET.contains(&c)),
            "{name}"
        );
        // Deterministic.
        assert_eq!(share::encode_plain(&plan.for_family()).unwrap(), payload);
    }
}

#[test]
fn typical_link_meets_the_size_target() {
    let payload = share::encode_plain(&typical().for_family()).unwrap();
    assert!(
        payload.len() <= TARGET,
        "typical link is {} characters, target {TARGET}",
        payload.len()
    );
    let url = share::link("https://example.org/ftm/", &payload);
    let (version, level) = share::qr_fits(&url).expect("fits one QR code");
    assert!(version <= 40);
    assert!("HQML".contains(level));
}

#[test]
fn odd_plans_round_trip() {
    let mut plan = Plan::new("weird id", "Ünïcode fämily 👪", -5);
    plan.updated_ms = i64::MAX;
    plan.next_id = u32::MAX;
    plan.meeting.purpose = "nul \0 and \u{1} bytes, tabs\t, newlines\nand \"quotes\"".into();
    plan.meeting.date = NaiveDate::from_ymd_opt(1900, 2, 28);
    plan.next_meeting.date = NaiveDate::from_ymd_opt(2999, 12, 31);
    plan.children.push(Child {
        id: 1_000_000,
        name: "A".into(),
        age: Some(255),
        ..Child::default()
    });
    plan.children[0].voice.sharing.story = true;
    plan.children[0].voice.story = "told".into();
    plan.strengths.push(Strength {
        id: 3,
        whose: Whose::Person(9),
        text: "x".repeat(3000),
        ..Strength::default()
    });
    let payload = share::encode_plain(&plan.for_family()).unwrap();
    assert_eq!(share::decode(&payload).unwrap(), plan.for_family());
    assert_eq!(
        share::decode(&share::encode_plain(&SharedPlan::default()).unwrap()).unwrap(),
        SharedPlan::default()
    );
}

#[test]
fn private_items_never_leave() {
    let mut plan = typical();
    plan.team[1].private = true;
    plan.team[1].name = "SECRETNAME".into();
    plan.worries[0].private = true;
    plan.worries[0].text = "SECRETWORRY".into();
    plan.goals[0].tasks[1].private = true;
    plan.goals[0].tasks[1].what = "SECRETTASK".into();
    plan.children[0].voice.sharing.story = false;
    plan.children[0].voice.story = "SECRETSTORY".into();
    plan.crisis.contacts[0].private = true;
    plan.crisis.contacts[0].phone = "SECRETPHONE".into();
    let back = share::decode(&share::encode_plain(&plan.for_family()).unwrap()).unwrap();
    assert_eq!(back, plan.for_family());
    let json = serde_json::to_string(&back).unwrap();
    for secret in [
        "SECRETNAME",
        "SECRETWORRY",
        "SECRETTASK",
        "SECRETSTORY",
        "SECRETPHONE",
    ] {
        assert!(!json.contains(secret), "{secret} leaked");
    }
    // The encrypted form drops them too.
    let enc = share::encode(&plan.for_family(), &cheap("pw", 7)).unwrap();
    let back = share::decode_with_passphrase(&enc, Some("pw")).unwrap();
    assert_eq!(back, plan.for_family());
}

#[test]
fn links_are_found_in_whatever_is_pasted() {
    let payload = share::encode_plain(&typical().for_family()).unwrap();
    let want = share::decode(&payload).unwrap();
    let url = share::link("https://example.org/ftm/#old", &payload);
    assert_eq!(url, format!("https://example.org/ftm/#{payload}"));
    assert_eq!(share::fragment_from_url(&url), Some(payload.as_str()));
    assert_eq!(
        share::fragment_from_url(&format!("  #{payload}\n")),
        Some(payload.as_str())
    );
    assert_eq!(
        share::fragment_from_url(&format!("\t{payload} ")),
        Some(payload.as_str())
    );
    assert_eq!(share::fragment_from_url("https://example.org/ftm/#"), None);
    assert_eq!(share::fragment_from_url("   "), None);
    assert_eq!(share::decode(&format!("  {url}\n")).unwrap(), want);
    // Line breaks inserted by mail programs, and lower case, are forgiven.
    let (a, b) = payload.split_at(1000);
    assert_eq!(
        share::decode(&format!("{a}\n{}", b.to_lowercase())).unwrap(),
        want
    );
    assert_eq!(share::decode(""), Err(ShareError::Incomplete));
}

#[test]
fn encrypted_links_round_trip_and_check_the_passphrase() {
    let plan = typical().for_family();
    let payload = share::encode(&plan, &cheap("correct horse", 42)).unwrap();
    assert!(share::is_encrypted(&payload));
    assert!(share::is_encrypted(&share::link(
        "https://example.org/#x",
        &payload
    )));
    assert!(!share::is_encrypted(&share::encode_plain(&plan).unwrap()));
    assert!(payload.bytes().all(|c| share::ALPHABET.contains(&c)));
    assert_eq!(share::decode(&payload), Err(ShareError::NeedsPassphrase));
    assert_eq!(
        share::decode_with_passphrase(&payload, Some("correct horse")).unwrap(),
        plan
    );
    assert_eq!(
        share::decode_with_passphrase(&payload, Some("wrong horse")),
        Err(ShareError::WrongPassphrase)
    );
    // Different randomness, different link.
    assert_ne!(
        share::encode(&plan, &cheap("correct horse", 43)).unwrap(),
        payload
    );
    // A changed character is caught by the AEAD tag.
    let mut bytes = payload.into_bytes();
    bytes[500] = if bytes[500] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(bytes).unwrap();
    assert!(share::decode_with_passphrase(&changed, Some("correct horse")).is_err());
}

#[test]
fn real_kdf_is_the_default() {
    let opts = ShareOptions::with_passphrase("a long family passphrase").unwrap();
    assert_eq!(opts.kdf_cost, share::DEFAULT_KDF_COST);
    assert_eq!(share::DEFAULT_KDF_COST as u32 * 10_000, 600_000);
    let mut plan = Plan::new("p", "Small family", 1);
    plan.meeting.purpose = "Plan the next steps together.".into();
    let plan = plan.for_family();
    let payload = share::encode(&plan, &opts).unwrap();
    assert_eq!(
        share::decode_with_passphrase(&payload, Some("a long family passphrase")).unwrap(),
        plan
    );
}

#[test]
fn versions_and_lengths_give_plain_errors() {
    let payload = share::encode_plain(&typical().for_family()).unwrap();
    // The next codec versions (5 to 7: heads "A" to "F") are newer; a head far
    // beyond them is a damaged link, not a newer one.
    assert!(payload.starts_with('8'), "version 4 writes head 8");
    for head in ["A", "B", "E", "F"] {
        let newer = format!("{head}{}", &payload[1..]);
        assert_eq!(share::decode(&newer), Err(ShareError::TooNew), "{head}");
    }
    for head in ["G", "Z", ":"] {
        let damaged = format!("{head}{}", &payload[1..]);
        assert_eq!(share::decode(&damaged), Err(ShareError::Damaged), "{head}");
    }
    // Missing its first character: never "newer version".
    assert_ne!(share::decode(&payload[1..]), Err(ShareError::TooNew));
    // Cut short: incomplete or damaged, never a plan.
    for cut in [1, 2, 3, 10, 500, payload.len() - 1] {
        let err = share::decode(&payload[..cut]).unwrap_err();
        assert!(
            matches!(err, ShareError::Incomplete | ShareError::Damaged),
            "{cut}: {err:?}"
        );
    }
    assert_eq!(share::decode(&payload[..1]), Err(ShareError::Incomplete));
    assert_eq!(share::decode("2%41"), Err(ShareError::Damaged));
    for e in [
        ShareError::Incomplete,
        ShareError::Damaged,
        ShareError::NeedsPassphrase,
        ShareError::WrongPassphrase,
        ShareError::TooNew,
        ShareError::TooLongForQr,
        ShareError::NoCipher,
    ] {
        let msg = e.to_string();
        assert!(msg.starts_with("This") || msg.starts_with("That"), "{msg}");
    }
}

#[test]
fn random_and_corrupted_input_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let alphabet = share::ALPHABET;
    // Random strings: from the alphabet, and arbitrary Unicode.
    for i in 0..3000 {
        let len = rng.below(if i % 10 == 0 { 3000 } else { 60 });
        let s: String = if i % 2 == 0 {
            (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())] as char)
                .collect()
        } else {
            (0..len)
                .map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('?'))
                .collect()
        };
        assert!(share::decode(&s).is_err() || s.is_empty());
        let _ = share::decode_with_passphrase(&s, Some("x"));
        let _ = share::is_encrypted(&s);
    }
    // Real links, changed: one character, a bit of a character, truncated, swapped.
    let plan = typical().for_family();
    let plain = share::encode_plain(&plan).unwrap();
    let sealed = share::encode(&plan, &cheap("pw", 1)).unwrap();
    for (k, link) in [plain, sealed].iter().enumerate() {
        let bytes = link.as_bytes();
        let tries = if k == 0 { 2000 } else { 30 };
        for _ in 0..tries {
            let mut b = bytes.to_vec();
            match rng.below(4) {
                0 => {
                    let at = rng.below(b.len());
                    let c = alphabet[rng.below(alphabet.len())];
                    if b[at] == c {
                        continue;
                    }
                    b[at] = c;
                }
                1 => {
                    let at = rng.below(b.len());
                    b[at] ^= 1 << rng.below(7);
                }
                2 => b.truncate(rng.below(b.len())),
                _ => {
                    let (i, j) = (rng.below(b.len()), rng.below(b.len()));
                    if b[i] == b[j] {
                        continue;
                    }
                    b.swap(i, j);
                }
            }
            if b.eq_ignore_ascii_case(bytes) {
                continue; // only the letter case changed, which links forgive
            }
            let s = String::from_utf8_lossy(&b);
            assert!(
                share::decode_with_passphrase(&s, Some("pw")).is_err(),
                "a changed link decoded"
            );
        }
    }
}

#[test]
fn qr_code_of_the_typical_link() {
    let payload = share::encode_plain(&typical().for_family()).unwrap();
    let url = share::link("https://example.org/ftm/", &payload);
    let qr = share::qr_svg(&url).expect("fits");
    assert!(qr.version >= 1 && qr.version <= 40);
    assert_eq!(Some((qr.version, qr.ec_level)), share::qr_fits(&url));
    assert!(qr.svg.starts_with("<svg") && qr.svg.contains("viewBox=\"0 0 "));
    assert!(!qr.svg.contains(" width=\"") || qr.svg.contains("<rect width"));
    assert!(
        !qr.svg.starts_with("<svg width")
            && !qr
                .svg
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width")
    );
    assert!(qr.svg.contains("fill=\"#000\"") && qr.svg.contains("fill=\"#fff\""));
    // The payload lands in alphanumeric mode (or numeric, which is denser). The
    // encoder's segmentation may keep the first few payload characters in the
    // byte segment of the URL, where a mode switch would not pay.
    use qrcode::optimize::Parser;
    use qrcode::types::{Mode, Version};
    let start = url.len() - payload.len();
    let segments: Vec<_> = Parser::new(url.as_bytes())
        .optimize(Version::Normal(qr.version))
        .collect();
    let mut in_bytes = 0;
    for seg in &segments {
        if seg.end > start {
            if seg.mode == Mode::Byte {
                in_bytes += seg.end - seg.begin.max(start);
            } else {
                assert!(
                    matches!(seg.mode, Mode::Alphanumeric | Mode::Numeric),
                    "{seg:?}"
                );
            }
        }
    }
    assert!(in_bytes <= 64, "{in_bytes} payload characters in byte mode");
    // The smallest version that holds the link (the fewest, so the largest,
    // modules on the screen), at the strongest error correction that fits it.
    use qrcode::{EcLevel, QrCode};
    let smallest = QrCode::with_error_correction_level(&url, EcLevel::L)
        .unwrap()
        .version();
    assert_eq!(Version::Normal(qr.version), smallest);
    let stronger = match qr.ec_level {
        'L' => Some(EcLevel::M),
        'M' => Some(EcLevel::Q),
        'Q' => Some(EcLevel::H),
        _ => None,
    };
    if let Some(level) = stronger {
        assert!(QrCode::with_version(&url, smallest, level).is_err());
    }
    let modules = 17 + 4 * qr.version as usize + 8;
    assert_eq!(qr.modules, modules);
    assert!(qr
        .svg
        .contains(&format!("viewBox=\"0 0 {modules} {modules}\"")));
    assert!(segments
        .iter()
        .any(|s| s.mode == Mode::Alphanumeric && s.end - s.begin > 1000));
    // Short text gets the strongest error correction; far too much text fails plainly.
    assert_eq!(share::qr_fits("HELLO").map(|(_, l)| l), Some('H'));
    assert_eq!(
        share::qr_svg(&"A".repeat(5000)),
        Err(ShareError::TooLongForQr)
    );
}

/// A link made by codec version 1 (the first release, which carried the whole
/// plan, children's words included) still opens, and shows exactly what a new
/// link of the same plan would: the children's voice stays out, because no
/// child had chosen to share it.
#[test]
fn version_1_links_still_open_through_the_family_projection() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let link = std::fs::read_to_string(format!("{dir}/link-v1.txt")).unwrap();
    assert!(link.starts_with('2'), "a version 1 link");
    let plan =
        envelope::plan_from_json(&std::fs::read_to_string(format!("{dir}/plan-v1.json")).unwrap())
            .unwrap();
    let opened = share::decode(&link).expect("a v1 link opens");
    assert_eq!(opened, plan.for_family());
    assert!(opened.children.iter().all(|c| c.voice.is_empty()));
    let json = serde_json::to_string(&opened).unwrap();
    assert!(
        !json.contains("girl called Maya"),
        "the child's story stayed out"
    );
    assert!(!json.contains("felt the last meeting blamed him"));
    // New links are version 4, and shorter for carrying less.
    let new = share::encode_plain(&plan.for_family()).unwrap();
    assert!(new.starts_with('8'));
    assert!(
        new.len() < link.trim().len(),
        "{} vs {}",
        new.len(),
        link.len()
    );
}

/// A protected link made natively (RustCrypto, the link's default 600,000
/// rounds); `tests/web_crypto.rs` opens the same bytes with the browser's
/// WebCrypto, so both ciphers are held to one format.
#[test]
fn the_protected_link_fixture_opens_with_its_passphrase() {
    let dir = env!("CARGO_MANIFEST_DIR").to_string() + "/tests/fixtures";
    let link = std::fs::read_to_string(format!("{dir}/link-protected.txt")).unwrap();
    let expected = corpus::import(corpus::EXAMPLE_PLAN_JSON, "plan-link", 0)
        .unwrap()
        .for_family();
    assert_eq!(
        share::decode_with_passphrase(link.trim(), Some("correct horse battery")).unwrap(),
        expected
    );
    assert_eq!(share::decode(link.trim()), Err(ShareError::NeedsPassphrase));
}

/// A version 3 link (protected, cost 1, written before the case's history
/// travelled) still opens, as the same plan with nothing of a history: its
/// plan was first made at its own meeting.
#[test]
fn a_version_3_link_still_opens() {
    let dir = env!("CARGO_MANIFEST_DIR").to_string() + "/tests/fixtures";
    let link = std::fs::read_to_string(format!("{dir}/link-protected-cost1.txt")).unwrap();
    assert!(link.starts_with('7'), "a version 3 protected link");
    let plan = corpus::import(corpus::EXAMPLE_PLAN_JSON, "plan-link", 0)
        .unwrap()
        .for_family();
    let opened = share::decode_with_passphrase(link.trim(), Some("blue horse 42")).unwrap();
    assert_eq!(opened, plan);
    assert_eq!(opened.first_made, None, "made at its own meeting");
    assert!(!opened.is_update());
    assert!(opened.whats_new.is_empty() && opened.successes.is_empty());
}

/// A protected link with fixed randomness and cost 1: the exact bytes the
/// native cipher writes. `tests/web_crypto.rs` asserts WebCrypto writes the
/// same string (same key stretching, iv, AAD and tag). Regenerate with
/// `UPDATE_FIXTURES=1 cargo test --test share`.
#[test]
fn the_fixed_protected_link_is_what_the_native_cipher_writes() {
    let path =
        env!("CARGO_MANIFEST_DIR").to_string() + "/tests/fixtures/link-protected-cost1-v4.txt";
    let plan = corpus::import(corpus::EXAMPLE_PLAN_JSON, "plan-link", 0)
        .unwrap()
        .for_family();
    let opts = ShareOptions {
        passphrase: Some("blue horse 42"),
        kdf_cost: 1,
        random: [7; share::RANDOM_BYTES],
    };
    let payload = share::encode(&plan, &opts).unwrap();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &payload).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), payload);
    assert_eq!(
        share::decode_with_passphrase(&payload, Some("blue horse 42")).unwrap(),
        plan
    );
}

/// Spaces and line breaks that mail and chat programs put into a link,
/// written or percent-encoded, are ignored (`docs/share-link-format.md`).
#[test]
fn whitespace_in_a_link_written_or_escaped_is_ignored() {
    let plan = typical().for_family();
    let payload = share::encode_plain(&plan).unwrap();
    let (a, b) = payload.split_at(40);
    let (b, c) = b.split_at(40);
    for spaced in [
        format!("{a}%20{b}%0A{c}"),
        format!("{a}%0d%0a{b}%09{c}"),
        format!("{a} \n{b}\t{c}"),
        format!("https://example.org/ftm/#{a}%20{b}{c}"),
    ] {
        assert_eq!(share::decode(&spaced).unwrap(), plan, "{spaced:.60}");
    }
    // Any other escape is not part of a link.
    assert_eq!(
        share::decode(&format!("{a}%41{b}{c}")),
        Err(ShareError::Damaged)
    );
}

/// Fuzzing found: escaped spaces before a protected link hid that it needs a
/// passphrase (the reader skips them, `is_encrypted` did not).
#[test]
fn escaped_spaces_before_a_protected_link_still_ask_for_the_passphrase() {
    let payload = include_str!("fixtures/link-protected.txt").trim();
    for before in ["%20", "%0A", " ", "https://x.org/#%0a"] {
        let text = format!("{before}{payload}");
        assert!(share::is_encrypted(&text), "{text:.40}");
        assert_eq!(
            share::decode(&text),
            Err(share::ShareError::NeedsPassphrase)
        );
    }
}

/// Version 3: a link carries the plan's language (the family view, printout
/// and .ics are written in it); links made before it open as English.
#[test]
fn a_link_carries_the_plans_language() {
    for language in Language::ALL {
        let mut plan = typical();
        plan.language = language;
        let shared = plan.for_family();
        assert_eq!(shared.language, language);
        let payload = share::encode_plain(&shared).unwrap();
        assert!(payload.starts_with('8'), "version 4");
        let back = share::decode(&payload).unwrap();
        assert_eq!(back.language, language);
        assert_eq!(back, shared);
        let opts = cheap("una frase larga", 3);
        let sealed = share::encode(&shared, &opts).unwrap();
        assert_eq!(
            share::decode_with_passphrase(&sealed, Some("una frase larga")).unwrap(),
            shared
        );
    }
    // A version 2 link (made before plans had a language) opens in English.
    let dir = env!("CARGO_MANIFEST_DIR").to_string() + "/tests/fixtures";
    let v2 = std::fs::read_to_string(format!("{dir}/link-roles.txt")).unwrap();
    assert!(v2.starts_with('4'), "the roles fixture is a version 2 link");
    assert_eq!(
        share::decode(v2.trim()).unwrap().language,
        Language::English
    );
}

/// Issue 11: a Spanish plan's link is as short as an English one's, because
/// it is primed with Spanish plan language (≤ 0.45 × lz-string).
#[test]
fn a_spanish_link_meets_the_size_target() {
    let plan = corpus::import(
        include_str!("fixtures/corpus/typical-es.json"),
        "p1",
        1_700_000_000_000,
    )
    .unwrap();
    assert_eq!(plan.language, Language::Spanish);
    let payload = share::encode_plain(&plan.for_family()).unwrap();
    let target = LZ_STRING_TYPICAL_ES * 45 / 100;
    assert!(
        payload.len() <= target,
        "Spanish link is {} characters, target {target}",
        payload.len()
    );
    // The Spanish primer is what makes it short: the English one does worse.
    let mut as_english = plan.for_family();
    as_english.language = Language::English;
    let english_primed = share::encode_plain(&as_english).unwrap();
    assert!(
        payload.len() * 100 < english_primed.len() * 95,
        "{} with the Spanish primer vs {} with the English one",
        payload.len(),
        english_primed.len()
    );
    eprintln!(
        "Spanish plan: {} characters ({:.1} % of lz-string); {} with the English primer ({:.1} %)",
        payload.len(),
        payload.len() as f64 * 100.0 / LZ_STRING_TYPICAL_ES as f64,
        english_primed.len(),
        english_primed.len() as f64 * 100.0 / LZ_STRING_TYPICAL_ES as f64
    );
}

fn two_meeting_case() -> Plan {
    let text = include_str!("fixtures/plan-v4.json");
    envelope::backup_from_json(text)
        .expect("the schema 4 fixture reads")
        .remove(0)
}

/// Version 4 (issue 12): the link carries the case's history as the family
/// sees it: when the plan was first made, this meeting's kind and date, what
/// is new since last time, the successes and the aftercare plan.
#[test]
fn a_case_with_meetings_travels_in_the_link() {
    let plan = two_meeting_case();
    assert_eq!(plan.history.len(), 1);
    let shared = plan.for_family();
    assert_eq!(shared.first_made, NaiveDate::from_ymd_opt(2026, 11, 20));
    assert_eq!(shared.meeting.date, NaiveDate::from_ymd_opt(2026, 12, 18));
    assert_eq!(shared.meeting.kind, MeetingKind::FollowUp);
    assert!(shared.is_update());
    assert!(!shared.whats_new.is_empty());
    assert!(shared.whats_new.len() <= audience::WHATS_NEW_LINES);
    assert_eq!(shared.successes, ["Elena went to every visit this month."]);
    assert_eq!(shared.aftercare.items.len(), 1);
    assert_eq!(shared.aftercare.items[0].support, "Parent support group");
    let payload = share::encode_plain(&shared).unwrap();
    assert!(payload.starts_with('8'));
    assert_eq!(share::decode(&payload).unwrap(), shared);
    let sealed = share::encode(&shared, &cheap("a family phrase", 9)).unwrap();
    assert_eq!(
        share::decode_with_passphrase(&sealed, Some("a family phrase")).unwrap(),
        shared
    );
    assert_eq!(
        shared.made_line().unwrap(),
        "Hecho en equipo por primera vez el vie, 20 nov 2026 · actualizado en la reunión de seguimiento del vie, 18 dic 2026"
    );
    let english = SharedPlan {
        language: Language::English,
        ..shared.clone()
    };
    assert_eq!(
        english.made_line().unwrap(),
        "First made together on Fri, Nov 20, 2026 · updated at the follow-up meeting on Fri, Dec 18, 2026"
    );
    // The history itself stays home: the earlier meeting's own words (its
    // place, its ground rules) are not in the link.
    let json = serde_json::to_string(&shared).unwrap();
    assert!(!json.contains("father_outreach") && !json.contains("history"));
}

/// A plan with no history pays next to nothing for the new fields (five
/// zero bytes in fresh contexts, about 4 bytes coded): the reference plan's
/// link was 2,153 characters in version 3, 2,158 in version 4.
#[test]
fn an_empty_history_costs_at_most_a_few_characters() {
    let shared = typical().for_family();
    assert!(shared.whats_new.is_empty() && shared.successes.is_empty());
    assert!(!shared.is_update(), "a first meeting is made, not updated");
    assert_eq!(
        shared.made_line().unwrap(),
        "Made together on Fri, Nov 20, 2026 (first meeting)"
    );
    let payload = share::encode_plain(&shared).unwrap();
    println!("typical v4 link: {} characters", payload.len());
    assert!(payload.len() <= 2_153 + 6, "{}", payload.len());
}

/// The family's small app reads links from version 2 only (its wasm leaves out
/// the version-1 reader and the whole `Plan` behind it); it reads every later
/// link exactly as the planner does, and `version_of` tells the two apart.
#[test]
fn the_family_app_reader_takes_every_version_but_the_first() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let v1 = std::fs::read_to_string(format!("{dir}/link-v1.txt")).unwrap();
    assert_eq!(share::version_of(&v1), Some(1));
    assert!(share::decode(&v1).is_ok());
    assert_eq!(
        share::decode_since_version_2(&v1),
        Err(share::ShareError::Damaged)
    );
    let plan =
        envelope::plan_from_json(&std::fs::read_to_string(format!("{dir}/plan-v1.json")).unwrap())
            .unwrap();
    let v4 = share::encode_plain(&plan.for_family()).unwrap();
    assert_eq!(share::version_of(&v4), Some(4));
    assert_eq!(
        share::version_of(&format!("https://example.org/ftm/#{v4}")),
        Some(4)
    );
    assert_eq!(
        share::decode_since_version_2(&v4).unwrap(),
        share::decode(&v4).unwrap()
    );
    let protected = std::fs::read_to_string(format!("{dir}/link-protected.txt")).unwrap();
    assert!(matches!(
        share::open_since_version_2(&protected),
        Ok(share::Opened::Locked(_))
    ));
    // A protected link reads the same in both readers; a wrong passphrase is refused by both.
    let pass = Some("correct horse battery");
    assert_eq!(
        share::decode_with_passphrase_since_version_2(protected.trim(), pass).unwrap(),
        share::decode_with_passphrase(protected.trim(), pass).unwrap()
    );
    assert_eq!(
        share::decode_with_passphrase_since_version_2(protected.trim(), Some("wrong")),
        Err(share::ShareError::WrongPassphrase)
    );
    // A version-1 link is damaged to the family app's reader, protected or not.
    assert_eq!(
        share::decode_with_passphrase_since_version_2(&v1, pass),
        Err(share::ShareError::Damaged)
    );
    assert_eq!(share::version_of("#"), None);
}

/// The coder writes exactly the bits it wrote before the coder moved into its
/// own crate and was sped up (tests/fixtures/pinned/: a frozen copy of the Spanish
/// plan, and its link as `plan-link encode` printed it at f03f056): a family app
/// cached on a phone must still read the links made after a change to the coder.
/// A change that alters the bits is a new link version, not a speed-up.
#[test]
fn the_coder_writes_the_same_bits_as_before() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pinned");
    let text = std::fs::read_to_string(format!("{dir}/spanish-plan.json")).unwrap();
    let plan = envelope::backup_from_json(&text).unwrap().remove(0);
    let pinned = std::fs::read_to_string(format!("{dir}/spanish-plan.link.txt")).unwrap();
    assert_eq!(
        share::encode_plain(&plan.for_family()).unwrap(),
        pinned.trim()
    );
    assert_eq!(share::decode(pinned.trim()).unwrap(), plan.for_family());
}
