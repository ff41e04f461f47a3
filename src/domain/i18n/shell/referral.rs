//! The referral sheets page: one sheet per provider (K2, D7), for the
//! caseworker to print and hand over. In the interface language.

use crate::domain::referral::ReferralField;
use crate::domain::Language;

crate::catalogue! {
    /// The referral sheets page and each sheet.
    pub struct ReferralText {
        title: "Referral sheets for providers", "Hojas de referencia para los proveedores";
        link: "Referral sheets", "Hojas de referencia";
        note: "One sheet per provider, with only that provider's services. Nothing marked private is on it, and none of the caseworker's own notes. Read each sheet before you hand it over.",
            "Una hoja por proveedor, solo con los servicios de ese proveedor. No lleva nada marcado como privado ni las notas propias del trabajador social. Lea cada hoja antes de entregarla.";
        print_all: "Print all referrals", "Imprimir todas las referencias";
        print_this: "Print this referral", "Imprimir esta referencia";
        /// The button's accessible name: its words, then the provider.
        print_this_label: "Print this referral: {provider}", "Imprimir esta referencia: {provider}";
        /// Each printed page's running title, after the family's name.
        whose: "referral", "referencia";
        sheet_heading: "Referral to {provider}", "Referencia a {provider}";
        family: "Family", "Familia";
        language: "Family's language", "Idioma de la familia";
        children: "Children", "Niños";
        child_age: "{name} (age {age})", "{name} ({age} años)";
        caseworker: "Caseworker", "Trabajador social";
        caseworker_contact: "How to reach the caseworker", "Cómo contactar al trabajador social";
        unnamed_service: "Service (not named yet)", "Servicio (sin nombre todavía)";
        need: "What the family needs", "Lo que la familia necesita";
        goal: "Behavioural goal", "Meta de conducta";
        outcome: "In the family's words", "En palabras de la familia";
        frequency: "How often", "Con qué frecuencia";
        intensity: "Intensity", "Intensidad";
        location: "Where", "Dónde";
        duration: "How long", "Cuánto tiempo";
        starts: "Starts", "Empieza";
        referral_sent: "Referral sent", "Referencia enviada";
        barriers: "Known barriers", "Obstáculos conocidos";
        report_by: "Please tell the caseworker how it is going before the next team meeting on {date}.",
            "Por favor, cuente al trabajador social cómo va antes de la próxima reunión del equipo, el {date}.";
        report: "Please tell the caseworker how it is going.", "Por favor, cuente al trabajador social cómo va.";
        missing_heading: "Still missing for a clear referral (not printed)", "Falta para una referencia clara (no se imprime)";
        complete_on_goals: "Complete it on the Goals step", "Complételo en el paso de Metas";
        none_yet: "No service has a provider yet. Name the provider of each service on the Goals step.",
            "Ningún servicio tiene proveedor todavía. Escriba el proveedor de cada servicio en el paso de Metas.";
        needs_provider_heading: "Services that need a provider", "Servicios que necesitan un proveedor";
        needs_provider_note: "No referral sheet is made for these until a provider is named.",
            "No se hace hoja de referencia para estos hasta que se escriba un proveedor.";
        /// The link in the service editor.
        open_sheet: "Referral sheet", "Hoja de referencia";
        missing_need: "what the family needs", "lo que la familia necesita";
        missing_goal: "the goal statement", "la meta";
        missing_frequency: "how often", "con qué frecuencia";
        missing_intensity: "intensity", "intensidad";
        missing_location: "where", "dónde";
        missing_duration: "how long", "cuánto tiempo";
        missing_barriers: "known barriers (or \"none known\")", "obstáculos conocidos (o \"ninguno conocido\")";
    }
}

impl ReferralField {
    /// What is missing, in `language` ("how often").
    pub fn label_in(self, language: Language) -> &'static str {
        let t = ReferralText::get(language);
        match self {
            ReferralField::Need => t.missing_need,
            ReferralField::Goal => t.missing_goal,
            ReferralField::Frequency => t.missing_frequency,
            ReferralField::Intensity => t.missing_intensity,
            ReferralField::Location => t.missing_location,
            ReferralField::Duration => t.missing_duration,
            ReferralField::Barriers => t.missing_barriers,
        }
    }
}
