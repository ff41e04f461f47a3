//! Reading level of plan text (P4: "easily understood by all").
//!
//! Flesch-Kincaid grade level:
//! `0.39 × words/sentences + 11.8 × syllables/words − 15.59`,
//! with a rule-based English syllable estimator. The estimator is good for
//! everyday words and slips on some (e.g. "recipe", "beyond", "maybe"); the
//! meter is a guide for the room, not a test score.

use crate::domain::i18n::fill;
use crate::domain::i18n::steps::reading::ReadingText;
use crate::domain::Language;

/// The reading level of one text or of many pooled together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    /// Flesch-Kincaid grade, never below 0.
    pub grade: f32,
    pub words: usize,
    pub sentences: usize,
}

impl Reading {
    pub fn level(&self) -> Level {
        level(self.grade)
    }

    pub fn label(&self) -> String {
        grade_label(self.grade)
    }

    /// [`Reading::label`] in `language` (the interface's).
    pub fn label_in(&self, language: Language) -> String {
        grade_label_in(self.grade, language)
    }
}

/// Where a grade sits against the grade 6-8 aim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    /// Below grade 6.
    Easy,
    /// Grade 6 up to (not including) 9: the aim.
    Target,
    /// Grade 9 and above.
    Hard,
}

/// Texts shorter than this have no reading level.
pub const MIN_WORDS: usize = 3;

/// Easy below 6.0, Target from 6.0 up to 9.0, Hard from 9.0.
pub fn level(grade: f32) -> Level {
    if grade < 6.0 {
        Level::Easy
    } else if grade < 9.0 {
        Level::Target
    } else {
        Level::Hard
    }
}

/// "Grade 5 — easy to read", "Grade 7 — good for most readers",
/// "Grade 9 — a bit hard", "Grade 13+ — hard". The grade shown is the whole
/// grade (rounded down, at least 1), so it agrees with [`level`].
pub fn grade_label(grade: f32) -> String {
    grade_label_in(grade, Language::English)
}

/// [`grade_label`] in `language` ("Grado 7 — bueno para la mayoría").
pub fn grade_label_in(grade: f32, language: Language) -> String {
    let t = ReadingText::get(language);
    let whole = grade.floor().max(1.0) as u32;
    if whole >= 13 {
        return t.grade_top.to_string();
    }
    let band = match level(grade) {
        Level::Easy => t.easy_to_read,
        Level::Target => t.good_for_most,
        Level::Hard => t.a_bit_hard,
    };
    fill(t.grade, &[("n", &whole.to_string()), ("band", band)])
}

/// Counts of one text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) words: usize,
    pub(crate) sentences: usize,
    pub(crate) syllables: usize,
}

impl Counts {
    fn reading(self) -> Option<Reading> {
        if self.words < MIN_WORDS {
            return None;
        }
        let sentences = self.sentences.max(1);
        let grade = 0.39 * self.words as f32 / sentences as f32
            + 11.8 * self.syllables as f32 / self.words as f32
            - 15.59;
        Some(Reading {
            grade: grade.max(0.0),
            words: self.words,
            sentences,
        })
    }
}

/// Words that end with a full stop but do not end a sentence.
/// (English and Spanish: "Sra.", "Dra.", "Ud.", "pág.")
const ABBREVIATIONS: [&str; 28] = [
    "dr", "mr", "mrs", "ms", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "approx",
    "appt", "apt", "ave", "dept", "mt", "prof", "rev", "sra", "srta", "dra", "ud", "uds", "pág",
    "núm",
];

fn is_word(token: &str) -> bool {
    token.chars().any(|c| c.is_alphanumeric())
}

/// True if a token ends its sentence: it ends with `.`, `!` or `?` (maybe
/// followed by quotes or brackets) and is not an abbreviation or initial.
fn ends_sentence(token: &str) -> bool {
    let core = token.trim_end_matches(['"', '\'', ')', ']', '”', '’']);
    if core.ends_with('!') || core.ends_with('?') {
        return true;
    }
    if !core.ends_with('.') {
        return false;
    }
    let word = core
        .trim_end_matches('.')
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if word.is_empty() {
        // a lone "..." after a space
        return true;
    }
    if ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    // initials such as "J." or "U.S."
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    if word.contains('.') && letters.iter().all(|c| c.is_alphabetic()) && letters.len() <= 3 {
        return false;
    }
    let single = core.trim_end_matches('.');
    !(single.chars().count() == 1 && single.chars().all(|c| c.is_uppercase()))
}

fn count(text: &str) -> Counts {
    count_with(text, word_syllables)
}

/// Words, sentences and syllables of a text, syllables of a word by `word`.
pub(crate) fn count_with(text: &str, word: fn(&str) -> usize) -> Counts {
    let mut counts = Counts::default();
    for line in text.lines() {
        let mut open = false;
        let tokens: Vec<&str> = line.split_whitespace().collect();
        for (i, token) in tokens.iter().enumerate() {
            if is_word(token) {
                counts.words += 1;
                counts.syllables += token_syllables_with(token, word);
                open = true;
            }
            if open && ends_sentence(token) {
                // "No. 5" is a number, not the end of a sentence.
                let is_number_abbrev = token.eq_ignore_ascii_case("no.")
                    && tokens
                        .get(i + 1)
                        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
                if !is_number_abbrev {
                    counts.sentences += 1;
                    open = false;
                }
            }
        }
        if open {
            counts.sentences += 1;
        }
    }
    counts
}

/// Flesch-Kincaid reading level of a text; `None` when it has fewer than
/// [`MIN_WORDS`] words. Sentences end at `.`, `!`, `?` and line breaks;
/// "Dr.", "Mrs.", "St.", "a.m.", decimals ("2.5") and times ("6-8pm") do not
/// end one.
pub fn reading(text: &str) -> Option<Reading> {
    count(text).reading()
}

/// The reading level of many texts together (the plan summary's overall level):
/// words, sentences and syllables are pooled, so each text weighs by its
/// length. Texts under [`MIN_WORDS`] words (names, labels) are left out.
pub fn overall(texts: &[&str]) -> Option<Reading> {
    pooled(texts, word_syllables).reading()
}

/// The counts of many texts together, syllables of a word by `word`; texts
/// under [`MIN_WORDS`] words (names, labels) are left out.
pub(crate) fn pooled(texts: &[&str], word: fn(&str) -> usize) -> Counts {
    texts
        .iter()
        .map(|t| count_with(t, word))
        .filter(|c| c.words >= MIN_WORDS)
        .fold(Counts::default(), |a, c| Counts {
            words: a.words + c.words,
            sentences: a.sentences + c.sentences,
            syllables: a.syllables + c.syllables,
        })
}

/// Syllables of one whitespace-separated token: "two-bedroom" = 3,
/// "family's" = 3, "6-8pm" counts its numbers and letters, "90" = 2.
pub fn token_syllables(token: &str) -> usize {
    token_syllables_with(token, word_syllables)
}

/// [`token_syllables`] with the syllables of a word counted by `word`.
pub(crate) fn token_syllables_with(token: &str, word: fn(&str) -> usize) -> usize {
    let mut total = 0;
    let mut part = String::new();
    let mut digits = String::new();
    let flush_part = |part: &mut String, total: &mut usize| {
        if !part.is_empty() {
            *total += word(part);
            part.clear();
        }
    };
    let flush_digits = |digits: &mut String, total: &mut usize| {
        if !digits.is_empty() {
            *total += if digits.len() == 1 { 1 } else { 2 };
            digits.clear();
        }
    };
    for c in token.chars() {
        if c.is_alphabetic() {
            flush_digits(&mut digits, &mut total);
            part.push(c);
        } else if c.is_ascii_digit() {
            flush_part(&mut part, &mut total);
            digits.push(c);
        } else if c == '\'' || c == '’' {
            // "family's", "don't": the apostrophe joins
        } else if c == '.' || c == ',' {
            // "2.5", "1,000" stay one number
            if digits.is_empty() {
                flush_part(&mut part, &mut total);
            }
        } else {
            flush_part(&mut part, &mut total);
            flush_digits(&mut digits, &mut total);
        }
    }
    flush_part(&mut part, &mut total);
    flush_digits(&mut digits, &mut total);
    total.max(1)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Suffixes counted on their own: "treat|ment", "safe|ly", "care|fully".
const SUFFIXES: [(&str, usize); 7] = [
    ("fully", 2),
    ("ments", 1),
    ("ment", 1),
    ("ness", 1),
    ("less", 1),
    ("ful", 1),
    ("ly", 1),
];

/// Leading words of compounds whose inner silent e would otherwise be counted:
/// "safe|ty", "care|giver", "case|worker", "every|one".
const COMPOUND_HEADS: [&str; 14] = [
    "every", "some", "home", "care", "safe", "case", "time", "life", "house", "base", "side",
    "state", "there", "where",
];

/// Estimated syllables of one alphabetic word (at least 1).
///
/// Vowel groups (y counts as a vowel except at the start), minus a silent
/// trailing e ("home") but not consonant + "le" ("table"); minus "-es" and
/// "-ed" that add no sound ("likes", "signed", but "boxes", "needed"); plus a
/// few vowel pairs that are two sounds ("violence", "actual", "sobriety").
/// Letters without any vowel are read as an abbreviation ("CPS" = 3).
pub fn word_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let s: String = w.iter().collect();
    if !w
        .iter()
        .enumerate()
        .any(|(i, c)| is_vowel(*c) && !(i == 0 && *c == 'y'))
    {
        return w.len().min(3);
    }
    for head in COMPOUND_HEADS {
        if let Some(rest) = s.strip_prefix(head) {
            if rest.len() >= 2 && rest.chars().any(is_vowel) {
                return word_syllables(head) + word_syllables(rest);
            }
        }
    }
    if s == "every" || s == "evening" || s == "business" {
        return 2;
    }
    for (suffix, n) in SUFFIXES {
        if let Some(stem) = s.strip_suffix(suffix) {
            if stem.len() >= 3 && stem.chars().any(is_vowel) && !stem.ends_with(suffix) {
                return word_syllables(stem) + n;
            }
        }
    }

    let n = w.len();
    let mut count = 0;
    let mut prev_vowel = false;
    for (i, c) in w.iter().enumerate() {
        let v = is_vowel(*c) && !(i == 0 && *c == 'y');
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    let consonant = |i: usize| !is_vowel(w[i]);

    // silent e: "home", "while" (but "table", "the", "free")
    if n >= 3 && w[n - 1] == 'e' && consonant(n - 2) && count > 1 {
        let consonant_le = w[n - 2] == 'l' && consonant(n - 3);
        if !consonant_le {
            count -= 1;
        }
    }
    // "-es": "likes", "lives" (but "boxes", "places", "changes", "tables")
    if n >= 4 && s.ends_with("es") && consonant(n - 3) && count > 1 {
        let sounded = matches!(w[n - 3], 's' | 'x' | 'z' | 'c' | 'g')
            || s.ends_with("ches")
            || s.ends_with("shes")
            || (w[n - 3] == 'l' && consonant(n - 4));
        if !sounded {
            count -= 1;
        }
    }
    // "-ed": "signed", "used" (but "needed", "wanted", "agreed")
    if n >= 4
        && s.ends_with("ed")
        && consonant(n - 3)
        && count > 1
        && !matches!(w[n - 3], 't' | 'd')
    {
        count -= 1;
    }
    // vowel pairs that are two sounds
    for (i, pair) in w.windows(2).enumerate() {
        let before = if i > 0 { Some(w[i - 1]) } else { None };
        let after = w.get(i + 2).copied();
        let split = match (pair[0], pair[1]) {
            // "violence", "period", "behavior" (not "-tion", "opinion", "religion")
            ('i', 'o') => {
                !matches!(before, Some('t' | 's' | 'c' | 'x' | 'g')) && after != Some('n') && i > 0
            }
            // "media", "via" (not "social", "special", "Asia")
            ('i', 'a') => !matches!(before, Some('t' | 's' | 'c' | 'g')) && i > 0,
            // "actual", "situation" (not "language", "quality")
            ('u', 'a') => !matches!(before, Some('q' | 'g')) && i > 0,
            // "sobriety", "quiet", "society", "client", "experience"
            // (not "patient", "friend")
            ('i', 'e') => match after {
                Some('t') => i > 0,
                Some('n') => {
                    matches!(before, Some('l' | 'd'))
                        || (before == Some('r') && w[i + 2..].starts_with(&['n', 'c']))
                }
                _ => false,
            },
            // "idea", "area" (not "sea", "tea")
            ('e', 'a') => after.is_none() && n >= 4,
            _ => false,
        };
        if split {
            count += 1;
        }
    }
    // "being", "going", "staying"
    if n >= 5 && s.ends_with("ing") && is_vowel(w[n - 4]) {
        count += 1;
    }
    // "reunite", "reopen", "create"
    if s.starts_with("reu") || s.starts_with("reo") || s.starts_with("crea") {
        count += 1;
    }
    count.max(1)
}

/// What the reading meter shows for a text in the plan's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Meter {
    pub level: Level,
    /// "Grade 7 — good for most readers", "Reading ease 72 (Spanish) — fairly easy".
    pub label: String,
    /// The English grade, or the Spanish reading ease.
    pub value: f32,
}

/// The meter for texts pooled, by the formula made for `language`:
/// Flesch-Kincaid for English, Fernández-Huerta for Spanish (labels in English).
pub fn meter(texts: &[&str], language: Language) -> Option<Meter> {
    meter_in(texts, language, Language::English)
}

/// [`meter`] with its label in `interface` (the formula still follows the
/// texts' `language`).
pub fn meter_in(texts: &[&str], language: Language, interface: Language) -> Option<Meter> {
    match language {
        Language::English => overall(texts).map(|r| Meter {
            level: r.level(),
            label: r.label_in(interface),
            value: r.grade,
        }),
        Language::Spanish => crate::domain::readability_es::ease_of(texts).map(|e| Meter {
            level: e.level(),
            label: e.label_in(interface),
            value: e.score,
        }),
    }
}
