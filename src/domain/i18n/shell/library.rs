//! The library (home screen): plans, import of a backup, "Shared with me".

crate::catalogue! {
    /// The library's own texts.
    pub struct LibraryText {
        title: "Family Team Meeting plans", "Planes de reuniones de equipo familiar";
        lead: "Plans stay in this browser. Nothing is sent anywhere.",
            "Los planes se quedan en este navegador. No se envía nada a ningún lugar.";
        new_plan_label: "Start a plan for a family", "Empezar un plan para una familia";
        new_plan_placeholder: "e.g. Rivera family", "por ejemplo: familia Rivera";
        start_meeting: "Start the meeting", "Empezar la reunión";
        name_first: "Type the family's name first, e.g. “Rivera family”.",
            "Primero escriba el nombre de la familia, por ejemplo: “familia Rivera”.";
        search_label: "Find a plan (family or child's name)",
            "Buscar un plan (nombre de la familia o de un niño)";
        example: "Open an example plan to practise", "Abrir un plan de ejemplo para practicar";
        back_up_all: "Back up all plans", "Hacer copia de seguridad de todos los planes";
        loading: "Loading your plans…", "Cargando sus planes…";
        empty: "No plans yet. Type a family's name above to start one.",
            "Todavía no hay planes. Escriba arriba el nombre de una familia para empezar uno.";
        no_match: "No plan matches that name.", "Ningún plan tiene ese nombre.";
        list_label: "Plans, most recently edited first",
            "Planes, primero los que se editaron más recientemente";
        copied_as: "Copied as “{name}”", "Se copió como “{name}”";
        deleted: "Deleted the plan for {title}", "Se borró el plan de {title}";
        children: "Children: {names}", "Niños: {names}";
        new_name_label: "New family name", "Nuevo nombre de la familia";
        save_name: "Save name", "Guardar el nombre";
        edited: "Edited {ago}", "Editado {ago}";
        next_meeting: "Next meeting: {date} ({due})", "Próxima reunión: {date} ({due})";
        rename: "Rename", "Cambiar nombre";
        rename_label: "Rename {title}", "Cambiar el nombre de {title}";
        duplicate: "Duplicate", "Duplicar";
        duplicate_label: "Duplicate {title}", "Duplicar {title}";
        delete_label: "Delete {title}", "Borrar {title}";
        confirm_delete: "Delete the plan for {title}?", "¿Borrar el plan de {title}?";
        yes_delete: "Yes, delete", "Sí, borrar";
        keep_it: "Keep it", "No, dejarlo";
        untitled: "Untitled family", "Familia sin nombre";
        copy_name: "{name} (copy)", "{name} (copia)";
        imported_name: "{name} (imported)", "{name} (importado)";
    }
}

crate::catalogue! {
    /// Adding plans from a backup file.
    pub struct ImportText {
        add_from_file: "Add plans from a backup file", "Agregar planes de una copia de seguridad";
        could_not_read: "That file could not be read.", "No se pudo leer ese archivo.";
        no_plans: "That backup holds no plans.", "Esa copia de seguridad no tiene planes.";
        nothing_added: "Nothing was added: {error}", "No se agregó nada: {error}";
        added_one: "Added {n} plan", "Se agregó {n} plan";
        added_other: "Added {n} plans", "Se agregaron {n} planes";
        preview_label: "Plans to add", "Planes para agregar";
        western: "This file was not saved as UTF-8, so it was read as Western (Windows-1252) text. Check that names with accents (é, ñ) look right before adding.",
            "Este archivo no se guardó como UTF-8, así que se leyó como texto occidental (Windows-1252). Antes de agregarlo, revise que los nombres con acentos (é, ñ) se vean bien.";
        holds_one: "This backup holds {n} plan:", "Esta copia de seguridad tiene {n} plan:";
        holds_other: "This backup holds {n} plans:", "Esta copia de seguridad tiene {n} planes:";
        plan_line: "{name} — {children} children, {goals} goals", "{name} — {children} niños, {goals} metas";
        clash: " (already here: it will be added as a separate copy, nothing is replaced)",
            " (ya está aquí: se agregará como una copia aparte, no se reemplaza nada)";
        add_these: "Add these plans", "Agregar estos planes";
    }
}

crate::catalogue! {
    /// "Shared with me": family plans saved on this device from a link.
    pub struct SharedWithMeText {
        heading: "Shared with me", "Compartidos conmigo";
        hint: "Plans a team shared with you as a link and you saved on this device. They open read-only.",
            "Planes que un equipo le compartió con un enlace y que usted guardó en este dispositivo. Se abren solo para leer.";
        none_now: "No shared plans are saved on this device now.",
            "Ahora no hay planes compartidos guardados en este dispositivo.";
        on_date: "on {date}", "el {date}";
        saved: "Saved {when}", "Guardado {when}";
        meeting: "Meeting: {date}", "Reunión: {date}";
        next_meeting: "Next meeting: {date}", "Próxima reunión: {date}";
        removed: "Removed {title} from this device", "Se quitó {title} de este dispositivo";
        confirm_remove: "Remove {title} from this device?", "¿Quitar {title} de este dispositivo?";
        remove: "Remove from this device", "Quitar de este dispositivo";
        remove_label: "Remove from this device: {title}", "Quitar de este dispositivo: {title}";
        yes_remove: "Yes, remove", "Sí, quitar";
    }
}

crate::catalogue! {
    /// How long ago a plan was edited or saved.
    pub struct AgoText {
        just_now: "just now", "ahora mismo";
        minute: "{n} minute ago", "hace {n} minuto";
        minutes: "{n} minutes ago", "hace {n} minutos";
        hour: "{n} hour ago", "hace {n} hora";
        hours: "{n} hours ago", "hace {n} horas";
        yesterday: "yesterday", "ayer";
        days: "{n} days ago", "hace {n} días";
    }
}
