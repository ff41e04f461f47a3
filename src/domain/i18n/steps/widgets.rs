//! The editor's shared widgets: the private switch, member pickers, the
//! refusal when a plan is at its limits.

use super::super::fill;
use crate::domain::limits::LimitError;
use crate::domain::Language;

crate::catalogue! {
    /// Form widgets shared by the steps.
    pub struct WidgetsText {
        private_title: "Private items stay on this device and never go into a shared link", "Lo privado se queda en este aparato y nunca va en un enlace compartido";
        private: "Private (not shared)", "Privado (no se comparte)";
        someone_else: "— someone else —", "— otra persona —";
        nobody_chosen: "Nobody chosen yet", "Todavía no se eligió a nadie";
        remove_chip: "Remove {name} from “{what}”", "Quitar a {name} de “{what}”";
        done_choosing: "Done choosing", "Terminar de elegir";
        choose_people: "Choose people", "Elegir personas";
        nothing_added: "Nothing was added: {reason}.", "No se agregó nada: {reason}.";
    }
}

/// Why nothing was added, for the toast: "Nothing was added: one list
/// (goals) has 500 items; …" (the reason from [`LimitError::message_in`]).
pub fn nothing_added(e: &LimitError, language: Language) -> String {
    fill(
        WidgetsText::get(language).nothing_added,
        &[("reason", &e.message_in(language))],
    )
}
