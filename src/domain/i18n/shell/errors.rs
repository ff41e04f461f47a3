//! Errors people see: storage, backup files, a plan's limits.

crate::catalogue! {
    /// Why storage, a backup file or a plan's size went wrong.
    pub struct ErrorText {
        storage_unavailable: "This browser won't let the planner keep plans ({why}). You can keep working: download a backup before you close the page.",
            "Este navegador no deja que el planificador guarde planes ({why}). Puede seguir trabajando: descargue una copia de seguridad antes de cerrar la página.";
        storage_full: "This device is out of space for plans. Download a backup, then delete old plans or free some space.",
            "Este dispositivo ya no tiene espacio para planes. Descargue una copia de seguridad y luego borre planes viejos o libere espacio.";
        storage_failed: "Saving failed ({why}). Download a backup so nothing is lost.",
            "No se pudo guardar ({why}). Descargue una copia de seguridad para no perder nada.";
        storage_conflict: "This plan was changed in another tab or window while you worked here, so your latest changes here were not saved over it.",
            "Este plan se cambió en otra pestaña o ventana mientras usted trabajaba aquí, así que sus últimos cambios de aquí no se guardaron encima.";
        part_not_loaded: "This part of the planner could not be loaded: there is no connection, or the planner was updated meanwhile. Nothing was changed. Reload the page, then try again.",
            "No se pudo cargar esta parte del planificador: no hay conexión, o el planificador se actualizó mientras tanto. No se cambió nada. Vuelva a cargar la página e intente otra vez.";
        screen_not_loaded: "This screen could not be loaded",
            "No se pudo cargar esta pantalla";
        reload_page: "Reload the page",
            "Volver a cargar la página";
        file_malformed: "This file is damaged or not a plan ({why}).",
            "Este archivo está dañado o no es un plan ({why}).";
        file_too_new: "This plan was saved by a newer version of the planner (format {v}). Reload the page to update, then try again.",
            "Este plan se guardó con una versión más nueva del planificador (formato {v}). Vuelva a cargar la página para actualizar y luego intente otra vez.";
        not_a_backup: "This file is not a Family Team Meeting planner backup.",
            "Este archivo no es una copia de seguridad del planificador de reuniones de equipo familiar.";
        file_too_large: "Nothing was added: a plan in this file is bigger than the planner takes ({why}).",
            "No se agregó nada: un plan de este archivo es más grande de lo que acepta el planificador ({why}).";
        limit_list: "one list ({name}) has {items} items; a plan can have at most {max} in a list",
            "una lista ({name}) tiene {items} elementos; un plan puede tener como máximo {max} en una lista";
        limit_total: "it has {items} items in all; a plan can have at most {max}",
            "tiene {items} elementos en total; un plan puede tener como máximo {max}";
        limit_text: "one text ({name}) is {chars} characters long; a text can have at most {max}",
            "un texto ({name}) tiene {chars} caracteres; un texto puede tener como máximo {max}";
    }
}
