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
