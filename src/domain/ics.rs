//! Calendar export.
