//! Step 8: when will we know we're done.

crate::catalogue! {
    /// Step 8: closure criteria and permanency.
    pub struct ClosureText {
        prompt: "How will we know what's working, and when we're done? Decide it now, and check it at every meeting.", "¿Cómo sabremos qué está funcionando, y cuándo terminamos? Decídanlo ahora, y revísenlo en cada reunión.";
        lasting_home: "A safe, lasting home", "Un hogar seguro y para siempre";
        permanency: "Permanency goal: where the children will live for good", "Meta de permanencia: dónde vivirán los niños para siempre";
        concurrent: "Back-up plan (concurrent plan)", "Plan de respaldo (plan concurrente)";
        what_true: "What will be true", "Lo que será cierto";
        met: "Done", "Cumplido";
        delete_label: "Delete criterion {n} of “{category}”", "Borrar el criterio {n} de “{category}”";
        deleted: "Criterion deleted", "Criterio borrado";
        add_label: "+ Add to “{category}”", "+ Agregar a “{category}”";
        add: "+ Add", "+ Agregar";
    }
}
