//! Reading ease of Spanish text: the Fernández-Huerta score (1959), as
//! corrected by Law (2011):
//!
//! `L = 206.84 − 0.60 × P − 1.02 × F`, where P is syllables per 100 words
//! and F is words per sentence (the published form reads F as "sentences per
//! 100 words", which makes shorter sentences score harder; the numbers only
//! agree with Flesch's formula, which it adapts, as words per sentence).
//!
//! Its scale, with the school grade it stands for:
//! 90-100 very easy (4th grade), 80-90 easy (5th), 70-80 fairly easy (6th),
//! 60-70 standard (7th-8th), 50-60 fairly hard, 30-50 hard, 0-30 very hard.
//!
//! Syllables follow Spanish rules: a syllable per vowel group, where two
//! strong vowels (a, e, o) or an accented í / ú beside another vowel split
//! the group (hiatus: "le-er", "dí-a", "pa-ís"); "u" is silent in "que",
//! "qui", "gue", "gui" (but not in "güe", "güi"); "y" is a vowel alone, at
//! the end of a word ("hoy", "ferry") or before a consonant at the start.

use super::i18n::fill;
use super::i18n::steps::reading::ReadingText;
use super::readability::{pooled, Counts, Level, MIN_WORDS};
use super::Language;

/// The reading ease of a Spanish text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ease {
    /// Fernández-Huerta score, from 0 (very hard) to 100 (very easy).
    pub score: f32,
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Ease {
    /// Where the score sits against the aim (the 6th to 8th grade bands,
    /// as for English): easy from 80, the aim from 60, hard below.
    pub fn level(&self) -> Level {
        if self.score >= 80.0 {
            Level::Easy
        } else if self.score >= 60.0 {
            Level::Target
        } else {
            Level::Hard
        }
    }

    /// The band's name ("fairly easy").
    pub fn band(&self) -> &'static str {
        self.band_in(Language::English)
    }

    /// The band's name in `language` ("bastante fácil").
    pub fn band_in(&self, language: Language) -> &'static str {
        let t = ReadingText::get(language);
        match self.score {
            s if s >= 90.0 => t.very_easy,
            s if s >= 80.0 => t.easy,
            s if s >= 70.0 => t.fairly_easy,
            s if s >= 60.0 => t.standard,
            s if s >= 50.0 => t.fairly_hard,
            s if s >= 30.0 => t.hard,
            _ => t.very_hard,
        }
    }

    /// "Reading ease 72 (Spanish) — fairly easy".
    pub fn label(&self) -> String {
        self.label_in(Language::English)
    }

    /// [`Ease::label`] in `language` ("Facilidad de lectura 72 (español) — bastante fácil").
    pub fn label_in(&self, language: Language) -> String {
        fill(
            ReadingText::get(language).ease,
            &[
                // Whole points, rounded down, so the number agrees with the band.
                ("n", &(self.score.floor() as i32).to_string()),
                ("band", self.band_in(language)),
            ],
        )
    }
}

/// The Fernández-Huerta reading ease of a Spanish text; `None` under
/// [`MIN_WORDS`] words.
pub fn ease(text: &str) -> Option<Ease> {
    ease_of(&[text])
}

/// The reading ease of many texts pooled (each weighs by its length); texts
/// under [`MIN_WORDS`] words are left out.
pub fn ease_of(texts: &[&str]) -> Option<Ease> {
    let Counts {
        words,
        sentences,
        syllables,
    } = pooled(texts, word_syllables);
    if words < MIN_WORDS {
        return None;
    }
    let sentences = sentences.max(1);
    let score =
        206.84 - 60.0 * syllables as f32 / words as f32 - 1.02 * words as f32 / sentences as f32;
    Some(Ease {
        score: score.clamp(0.0, 100.0),
        words,
        sentences,
        syllables,
    })
}

fn strong(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó')
}

fn vowel(c: char) -> bool {
    strong(c) || matches!(c, 'i' | 'u' | 'í' | 'ú' | 'ü')
}

/// Syllables of one Spanish word (at least 1), as spoken (RAE 2010): a silent
/// h between vowels does not split them ("prohi-bir", "ahu-ma-do"), two weak
/// vowels stay together even with an accent ("cons-truí", "cuí-da-te").
pub fn word_syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().collect();
    let at = |i: usize| w.get(i).copied();
    let mut count = 0;
    let mut prev: Option<char> = None;
    for (i, &c) in w.iter().enumerate() {
        let silent_u = c == 'u'
            && i > 0
            && matches!(w[i - 1], 'q' | 'g')
            && matches!(at(i + 1), Some('e' | 'i' | 'é' | 'í'));
        // "y" is a vowel alone, at the end of a word ("hoy", "ferry"), or
        // before a consonant at the start ("Ybarra").
        let y_vowel =
            c == 'y' && (i + 1 == w.len() || (i == 0 && at(1).is_some_and(|n| !vowel(n))));
        // A silent h between vowels joins them, except before a weak vowel
        // that starts a new diphthong ("ca-ca-hue-te", "hie-lo").
        let silent_h = c == 'h'
            && prev.is_some()
            && at(i + 1).is_some_and(vowel)
            && !(matches!(at(i + 1), Some('u' | 'i')) && at(i + 2).is_some_and(vowel));
        if silent_u || silent_h {
            continue;
        }
        if vowel(c) || y_vowel {
            let accented_weak = |v: char| matches!(v, 'í' | 'ú');
            match prev {
                // Hiatus: two strong vowels, or an accented í / ú beside a strong one.
                Some(p) if strong(p) && strong(c) => count += 1,
                Some(p) if (accented_weak(p) && strong(c)) || (strong(p) && accented_weak(c)) => {
                    count += 1
                }
                Some(_) => {}
                None => count += 1,
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
    count.max(1)
}
