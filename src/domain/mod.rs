//! The pure domain core: knows nothing of the DOM and is tested natively.

pub mod corpus;
pub mod envelope;
pub mod plan;

pub use plan::*;
