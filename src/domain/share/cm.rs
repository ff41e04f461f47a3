//! The link's compressor: the coder itself is the `ftm-link-coder` crate
//! (`crates/link-coder`), compiled for speed while the rest is compiled for
//! size; here, the model primed with the plan language's primer.

pub use ftm_link_coder::{Decoder, Encoder, Model};

/// A model primed with the built-in primer text (primed once, then cloned).
pub fn primed_model(language: crate::domain::Language) -> Model {
    static PRIMED: [std::sync::OnceLock<Model>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let slot = match language {
        crate::domain::Language::English => 0,
        crate::domain::Language::Spanish => 1,
    };
    PRIMED[slot]
        .get_or_init(|| ftm_link_coder::prime(super::primer::for_language(language)))
        .clone()
}
