//! Step 4: what we are worried about.

crate::catalogue! {
    /// Step 4: worries and the 0-10 scale.
    pub struct WorriesText {
        prompt: "What are we worried about? Say what happened or could happen, in plain words — behaviours, not labels.", "¿Qué nos preocupa? Diga lo que pasó o lo que podría pasar, con palabras sencillas: lo que hacen las personas, no etiquetas.";
        worry: "Worry", "Preocupación";
        safety: "This is about the children's safety", "Esto tiene que ver con la seguridad de los niños";
        delete_label: "Delete worry {n}", "Borrar la preocupación {n}";
        deleted: "Worry deleted", "Preocupación borrada";
        disagreement: "Where people see it differently", "En qué lo ven de otra manera";
        add: "+ Add a worry", "+ Agregar una preocupación";
        scale: "Scale: 0 = the children can't be safe at home, 10 = everyone is confident they are safe", "Escala: 0 = los niños no pueden estar seguros en casa, 10 = todos confían en que están seguros";
    }
}
