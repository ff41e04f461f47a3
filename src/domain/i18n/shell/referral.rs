//! The referral sheets page: one sheet per provider (K2, D7), for the
//! caseworker to print and hand over. In the interface language.

crate::catalogue! {
    /// The referral sheets page and each sheet.
    pub struct ReferralText {
        title: "Referral sheets for providers", "Hojas de referencia para los proveedores";
        link: "Referral sheets", "Hojas de referencia";
    }
}
