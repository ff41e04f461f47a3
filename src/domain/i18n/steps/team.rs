//! Step 2: our team, the father-outreach prompt and the team picture.

use super::super::fill;
use crate::domain::Language;

crate::catalogue! {
    /// Step 2: our team.
    pub struct TeamText {
        helped_prompt: "Who has been helpful to you? What has each person done to support you?", "¿Quién le ha ayudado? ¿Qué ha hecho cada persona para apoyarle?";
        rather_not_prompt: "Is there someone you'd rather not include? What's the worry, and how can we address it?", "¿Hay alguien que prefiere no incluir? ¿Qué le preocupa, y cómo lo podemos resolver?";
        children: "The children", "Los niños";
        add_child: "+ Add a child", "+ Agregar un niño o niña";
        everyone: "Everyone on the team", "Todas las personas del equipo";
        add_member: "+ Add a person", "+ Agregar una persona";
        engage_fathers: "Engage fathers: ", "Incluir a los padres: ";
        no_father: "No father or father figure (such as a stepfather) is on the team yet. Who is the children's father? How can we reach him and bring him in?", "Todavía no hay en el equipo un padre o una figura paterna (como un padrastro). ¿Quién es el padre de los niños? ¿Cómo podemos contactarlo e invitarlo?";
        father_absent: "The children's father is on the team but not here today. What would help him take part (another time, by phone)?", "El padre de los niños está en el equipo, pero no vino hoy. ¿Qué le ayudaría a participar (otro horario, por teléfono)?";
        fathers_absent: "{n} fathers or father figures are on the team, and none is here today. What would help them take part (another time, by phone)?", "Hay {n} padres o figuras paternas en el equipo, y ninguno vino hoy. ¿Qué les ayudaría a participar (otro horario, por teléfono)?";
        outreach_summary: "What we did to reach him (caseworker only)", "Lo que hicimos para contactarlo (solo para quien lleva el caso)";
        outreach_label: "What we did to reach the children's father", "Lo que hicimos para contactar al padre de los niños";
        child_name: "Child's name", "Nombre del niño o niña";
        age: "Age", "Edad";
        living_with: "Where and with whom they live now", "Dónde y con quién vive ahora";
        home_safety: "Is this home safe? (caseworker only)", "¿Es seguro este hogar? (solo el trabajador social)";
        remove_child_label: "Remove child {name}", "Quitar de la lista de niños: {name}";
        remove_child: "Remove child", "Quitar de la lista";
        child_removed: "Child removed", "Se quitó de la lista de niños";
        name: "Name", "Nombre";
        role: "Role", "Rol";
        support_kind: "Kind of support", "Tipo de apoyo";
        relation: "Relation, in their words", "Relación, en sus propias palabras";
        relation_placeholder: "e.g. maternal aunt", "p. ej., tía por parte de la mamá";
        contact: "How to reach them", "Cómo contactarle";
        contact_placeholder: "phone, email, or through whom", "teléfono, correo, o por medio de quién";
        here_today: "Here today", "Está aquí hoy";
        helped: "What they have done to help", "Lo que ha hecho para ayudar";
        reluctance: "Reluctance to include them", "Dudas sobre incluir a esta persona";
        reluctance_worry: "What is the worry about including them?", "¿Qué preocupa de incluir a esta persona?";
        reluctance_addressed: "How we will address it", "Cómo lo vamos a resolver";
        private_consequence: "Not shared: the family's copy also leaves out this person's strengths, the tasks only they do, their crisis steps and their “who to call” entries.", "No se comparte: la copia de la familia tampoco muestra las fortalezas de esta persona, las tareas que solo ella hace, sus pasos en una crisis ni sus datos en “a quién llamar”.";
        remove_member_label: "Remove from team: {name}", "Quitar del equipo: {name}";
        remove_member: "Remove from team", "Quitar del equipo";
        member_removed: "{name} removed from the team", "Se quitó a {name} del equipo";
        map_description: "Team picture: {family} family members in the centre, {informal} informal supports on the left, {formal} formal supports on the right. {here} of {total} are here today.", "Imagen del equipo: {family} familiares en el centro, {informal} apoyos informales a la izquierda, {formal} apoyos formales a la derecha. {here} de {total} están aquí hoy.";
        map_private: " {n} marked private (not shared).", " {n} con marca de privado (no se comparte).";
        map_informal: "Informal supports", "Apoyos informales";
        map_formal: "Formal supports", "Apoyos formales";
        map_family: "Family", "Familia";
        map_not_shared: "not shared", "no se comparte";
        map_caption: "Solid circle: here today. Dashed circle: not here today. Hatched, “not shared”: marked private, left out of the family's copy.", "Círculo de línea entera: está aquí hoy. Círculo de línea cortada: no está aquí hoy. Con rayas, “no se comparte”: marcado como privado, no va en la copia de la familia.";
    }
}

/// The "engage fathers" prompt for `(fathers on the team, fathers here
/// today)`, or None when a father is here.
pub fn father_prompt(counts: (usize, usize), language: Language) -> Option<String> {
    let t = TeamText::get(language);
    match counts {
        (0, _) => Some(t.no_father.to_string()),
        (1, 0) => Some(t.father_absent.to_string()),
        (n, 0) => Some(fill(t.fathers_absent, &[("n", &n.to_string())])),
        _ => None,
    }
}

/// How many people the team picture shows, for its description.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PictureCounts {
    pub family: usize,
    pub informal: usize,
    pub formal: usize,
    pub here: usize,
    pub total: usize,
    pub private: usize,
}

/// The team picture in words, for screen readers ("Team picture: 2 family
/// members in the centre, …").
pub fn team_picture(c: PictureCounts, language: Language) -> String {
    let t = TeamText::get(language);
    let mut out = fill(
        t.map_description,
        &[
            ("family", &c.family.to_string()),
            ("informal", &c.informal.to_string()),
            ("formal", &c.formal.to_string()),
            ("here", &c.here.to_string()),
            ("total", &c.total.to_string()),
        ],
    );
    if c.private > 0 {
        out.push_str(&fill(t.map_private, &[("n", &c.private.to_string())]));
    }
    out
}
