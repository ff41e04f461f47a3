//! The Aftercare step of transition / discharge meetings (K6, KCA 20).

crate::catalogue! {
    /// The Aftercare step: what goes on after the case closes.
    pub struct AftercareText {
        prompt: "Which supports and services go on after the case closes? Start them at least 6 months before closure, so the family already knows them.", "¿Qué apoyos y servicios siguen después de cerrar el caso? Empiécenlos al menos 6 meses antes del cierre, para que la familia ya los conozca.";
        closure_date: "Expected closure date", "Fecha prevista de cierre";
        supports: "Supports and services after closure", "Apoyos y servicios después del cierre";
        support: "Support or service", "Apoyo o servicio";
        who: "Who provides it", "Quién lo da";
        start: "Start date", "Fecha de inicio";
        item_heading: "Support {n}", "Apoyo {n}";
        add: "+ Add a support", "+ Agregar un apoyo";
        delete_label: "Delete support {n}", "Borrar el apoyo {n}";
        deleted: "Support deleted", "Apoyo borrado";
        nothing_planned: "No aftercare support is planned yet. Add at least one support that goes on after closure.", "Todavía no hay apoyos planeados para después del cierre. Agregue al menos uno.";
        no_start: "No start date yet: aftercare supports should start at least 6 months before closure.", "Todavía no tiene fecha de inicio: los apoyos deben empezar al menos 6 meses antes del cierre.";
        starts_late: "Starts less than 6 months before closure: start it by {date}.", "Empieza menos de 6 meses antes del cierre: empiécelo a más tardar el {date}.";
    }
}
