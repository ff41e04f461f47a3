//! Typical plan language, run through the model before coding so that the
//! first words of a plan are already cheap. Changing it changes the codec:
//! bump `CODEC_VERSION` if this text changes after release.

pub const PRIMER: &str = include_str!("primer.txt");
