//! Small text helpers the screens share: file names, initials, phone numbers.

/// "Rivera family" → "rivera-family" (for file names); never empty.
pub fn slug(text: &str) -> String {
    let s: String = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "plan".into()
    } else {
        s
    }
}

/// Up to two initials for the team picture ("Dr. Ana María Soto" → "AM").
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|w| !matches!(*w, "Dr." | "Ms." | "Mr." | "Mrs."))
        .take(2)
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

/// The number to dial when a contact is a phone number ("(555) 201-3344" →
/// "5552013344"); `None` for anything else ("Ask at the front desk").
pub fn phone_digits(text: &str) -> Option<String> {
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let only_phone_chars = text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    (digits.len() >= 7 && only_phone_chars).then_some(digits)
}

/// "ground rule" → "Ground rule".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` on one line, at most `max` characters: cut at a word where it can
/// be, with "…" when something was left out.
pub fn shorten(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max.saturating_sub(1)).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end())
}

/// A backup file's bytes as text: UTF-8 (with or without a byte-order mark),
/// or, when the bytes are not UTF-8, Western (Windows-1252), which is what a
/// spreadsheet or an old editor writes. The flag says the second happened, so
/// the screen can ask to check names with accents.
pub fn decode_file_text(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), false),
        Err(_) => (bytes.iter().map(|&b| windows_1252(b)).collect(), true),
    }
}

/// One Windows-1252 byte as a character (0x80-0x9F hold curly quotes, dashes
/// and the euro sign; the five bytes it leaves unused map to themselves).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}
