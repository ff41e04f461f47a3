//! Words many screens use (buttons, short states), in English and Spanish.

use super::Entries;

crate::catalogue! {
    /// Buttons and short words used across the app.
    pub struct Common {
        back: "Back", "Atrás";
        next: "Next", "Siguiente";
        close: "Close", "Cerrar";
        cancel: "Cancel", "Cancelar";
        delete: "Delete", "Borrar";
        remove: "Remove", "Quitar";
        undo: "Undo", "Deshacer";
        edit: "Edit", "Editar";
        done: "Done", "Listo";
        save: "Save", "Guardar";
        print: "Print", "Imprimir";
        copy: "Copy", "Copiar";
        copied: "Copied", "Copiado";
        yes: "Yes", "Sí";
        no: "No", "No";
        and: "and", "y";
        private: "Private", "Privado";
        language: "Language", "Idioma";
        interface_language: "Language of the app", "Idioma de la aplicación";
        app_title: "Family Team Meeting planner", "Planificador de reuniones del equipo familiar";
        skip_to_content: "Skip to content", "Saltar al contenido";
        not_found_title: "This page does not exist", "Esta página no existe";
        go_to_plans: "Go to your plans", "Ir a sus planes";
    }
}

/// This area's catalogues.
pub fn all() -> Vec<Entries> {
    vec![("common::Common", Common::entries())]
}
