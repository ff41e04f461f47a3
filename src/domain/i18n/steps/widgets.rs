//! The editor's shared widgets: the private switch, member pickers, the
//! refusal when a plan is at its limits.

use super::super::fill;
use crate::domain::limits::{LimitError, MAX_ITEMS_TOTAL, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
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
        limit_list: "one list ({name}) has {items} items; a plan can have at most {max} in a list", "una lista ({name}) tiene {items} elementos; un plan puede tener como máximo {max} en una lista";
        limit_total: "it has {items} items in all; a plan can have at most {max}", "tiene {items} elementos en total; un plan puede tener como máximo {max}";
        limit_text: "one text ({name}) is {chars} characters long; a text can have at most {max}", "un texto ({name}) tiene {chars} caracteres; un texto puede tener como máximo {max}";
    }
}

/// Why nothing was added, for the toast: "Nothing was added: one list
/// (goals) has 500 items; …". In English, the same words as the error's
/// `Display`.
pub fn nothing_added(e: &LimitError, language: Language) -> String {
    let t = WidgetsText::get(language);
    let reason = match e {
        LimitError::List { name, items } => fill(
            t.limit_list,
            &[
                ("name", &name.replace('_', " ")),
                ("items", &items.to_string()),
                ("max", &MAX_LIST_ITEMS.to_string()),
            ],
        ),
        LimitError::Total(items) => fill(
            t.limit_total,
            &[
                ("items", &items.to_string()),
                ("max", &MAX_ITEMS_TOTAL.to_string()),
            ],
        ),
        LimitError::Text { name, chars } => fill(
            t.limit_text,
            &[
                ("name", &name.replace('_', " ")),
                ("chars", &chars.to_string()),
                ("max", &MAX_TEXT_CHARS.to_string()),
            ],
        ),
    };
    fill(t.nothing_added, &[("reason", &reason)])
}
