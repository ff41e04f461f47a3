//! Typical plan language, run through the model before coding so that the
//! first words of a plan are already cheap. Changing it changes the codec:
//! bump `CODEC_VERSION` if this text changes after release.

//!
//! Each plan language has its own primer (codec version 3 on); version 1 and
//! 2 links were all primed with the English one.

use crate::domain::Language;

pub const PRIMER: &str = include_str!("primer.txt");
pub const PRIMER_ES: &str = include_str!("primer_es.txt");

/// The primer for a plan written in `language`.
pub fn for_language(language: Language) -> &'static str {
    match language {
        Language::English => PRIMER,
        Language::Spanish => PRIMER_ES,
    }
}
