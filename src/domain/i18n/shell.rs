//! Texts of the shell area, in English and Spanish (see [`super`]).

use super::Entries;

/// Every catalogue of this area (add each new one here).
pub fn all() -> Vec<Entries> {
    vec![]
}
