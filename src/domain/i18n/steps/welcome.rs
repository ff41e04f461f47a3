//! Step 1: welcome and purpose, and the referral reminder (policy P2).

use super::ItemWords;
use crate::domain::dates::{due_label_in, format_date_in};
use crate::domain::Language;
use chrono::NaiveDate;

crate::catalogue! {
    /// Step 1: welcome and purpose.
    pub struct WelcomeText {
        room_line: "We want this to be your plan, not our plan.", "Queremos que este sea su plan, no nuestro plan.";
        family: "Family", "Familia";
        family_placeholder: "e.g. Rivera family", "p. ej., familia Rivera";
        meeting_kind: "Kind of meeting", "Tipo de reunión";
        family_language: "The family's language", "El idioma de la familia";
        date: "Date", "Fecha";
        place: "Place", "Lugar";
        facilitator: "Who facilitates", "Quién dirige la reunión";
        placement_date: "Children placed out of home on (if they are)", "Fecha en que los niños salieron de su casa (si salieron)";
        why_prompt: "Why are we here today? Say it in one sentence everyone can agree with.", "¿Por qué estamos aquí hoy? Dígalo en una frase con la que todos estén de acuerdo.";
        purpose: "Purpose of this meeting", "Propósito de esta reunión";
        purpose_placeholder: "e.g. Build a plan together so the children can safely come home", "p. ej., Hacer un plan juntos para que los niños puedan volver a casa y estar seguros";
        rules_prompt: "Ground rules: read them out and ask the group to agree or change them.", "Reglas de la reunión: léalas en voz alta y pregunte al grupo si está de acuerdo o si quiere cambiarlas.";
        rules: "Ground rules we agree", "Las reglas que acordamos";
        rule_item: "Ground rule {n}", "Regla {n}";
        rule_add: "+ Add ground rule", "+ Agregar una regla";
        rule_delete: "Delete ground rule {n}", "Borrar la regla {n}";
        rule_deleted: "Ground rule deleted", "Regla borrada";
        referral_due: "Service referrals are due within 30 days of placement: by {date} ({due}).", "Hay que enviar las referencias a servicios en los 30 días después de que los niños salieron de su casa: a más tardar el {date} ({due}).";
    }
}

impl WelcomeText {
    /// The words of the ground rules list.
    pub fn rule_words(&self) -> ItemWords {
        ItemWords {
            item: self.rule_item,
            add: self.rule_add,
            delete: self.rule_delete,
            deleted: self.rule_deleted,
        }
    }
}

/// Policy P2: "Service referrals are due within 30 days of placement: by
/// Tue, Dec 15, 2026 (in 5 days)." for a referral deadline `due`.
pub fn referral_reminder(due: NaiveDate, today: NaiveDate, language: Language) -> String {
    super::super::fill(
        WelcomeText::get(language).referral_due,
        &[
            ("date", &format_date_in(due, language)),
            ("due", &due_label_in(due, today, language)),
        ],
    )
}
