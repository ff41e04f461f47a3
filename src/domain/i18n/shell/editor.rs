//! The editor's frame: top bar, steps navigation, saving, conflicts.

crate::catalogue! {
    /// The editor around the steps.
    pub struct EditorText {
        opening: "Opening the plan…", "Abriendo el plan…";
        cant_open: "We can't open this plan", "No podemos abrir este plan";
        no_plan_here: "There is no plan here. It may have been deleted, or it was made in another browser.",
            "Aquí no hay ningún plan. Tal vez se borró, o se hizo en otro navegador.";
        unsaved_edits_name: "{name} (unsaved edits)", "{name} (cambios sin guardar)";
        kept_separately: "This plan was changed elsewhere after your last edits here were typed. Those edits are kept as a separate plan: \"{name}\".",
            "Este plan se cambió en otro lugar después de que usted escribió aquí sus últimos cambios. Esos cambios se guardaron como un plan aparte: \"{name}\".";
        deletion_undone: "Deletion undone", "Se deshizo el borrado";
        cannot_undo: "The plan has changed since, so that deletion can't be undone.",
            "El plan cambió desde entonces, así que ese borrado ya no se puede deshacer.";
        all_plans: "← All plans", "← Todos los planes";
        present: "Present", "Presentar";
        share_with_family: "Share with the family", "Compartir con la familia";
        download_backup: "Download backup", "Descargar copia de seguridad";
        steps_nav: "Meeting steps", "Pasos de la reunión";
        progress: "Meeting progress", "Avance de la reunión";
        after_meeting: "After the meeting", "Después de la reunión";
        step_of: "Step {n} of {total}", "Paso {n} de {total}";
        outside_flow: "An extra step: not part of this kind of meeting", "Un paso aparte: no es parte de este tipo de reunión";
        share_title: "Share the plan with the family", "Compartir el plan con la familia";
        print_caseworker_title: "Print the caseworker's plan", "Imprimir el plan para quien lleva el caso";
        print_family_title: "Print the family's plan", "Imprimir el plan de la familia";
        back_to: "← Back: {step}", "← Atrás: {step}";
        next_to: "Next: {step} →", "Siguiente: {step} →";
        next_share: "Next: share the plan →", "Siguiente: compartir el plan →";
        shortcuts: "Keys: Alt+. next step · Alt+, previous step · Alt+P presentation mode · Enter adds the next item · Ctrl+Z undoes a deletion",
            "Teclas: Alt+. paso siguiente · Alt+, paso anterior · Alt+P modo de presentación · Enter agrega otro elemento · Ctrl+Z deshace un borrado";
        kept_until_closed: "Kept until you close this page", "Se guarda hasta que cierre esta página";
        saved: "Saved", "Guardado";
        saving: "Saving…", "Guardando…";
        not_saved: "Not saved", "No guardado";
        changed_elsewhere: "Changed elsewhere", "Cambiado en otro lugar";
        conflict_title: "This plan was changed in another tab or window. ",
            "Este plan se cambió en otra pestaña o ventana. ";
        conflict_body: "Your latest changes here were not saved over it. Open the newer version (your changes here are dropped), or keep your version as a separate plan.",
            "Sus últimos cambios de aquí no se guardaron encima. Abra la versión más nueva (se pierden sus cambios de aquí) o guarde su versión como un plan aparte.";
        open_newer: "Open the newer version", "Abrir la versión más nueva";
        keep_mine: "Keep my version as a separate plan", "Guardar mi versión como un plan aparte";
        deleted_elsewhere: "This plan was deleted in another tab or window.",
            "Este plan se borró en otra pestaña o ventana.";
        could_not_load_newer: "Could not load the newer plan: {error}",
            "No se pudo abrir la versión más nueva del plan: {error}";
        kept_as: "Your version is kept as \"{name}\".", "Su versión se guardó como \"{name}\".";
        could_not_copy: "Could not keep a copy: {error}", "No se pudo guardar una copia: {error}";
    }
}
