//! The fidelity checklist for supervision (O1–O7 observation, D1–D9
//! documentation). In the interface language.

crate::catalogue! {
    /// The fidelity checklist page.
    pub struct FidelityText {
        title: "Fidelity checklist for supervision", "Lista de fidelidad para la supervisión";
        link: "Fidelity checklist", "Lista de fidelidad";
    }
}
