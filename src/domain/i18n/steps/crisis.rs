//! Step 6: if things go wrong.

use super::ItemWords;

crate::catalogue! {
    /// Step 6: the crisis plan.
    pub struct CrisisText {
        prompt: "What is the worst thing that could happen with this plan? How will we respond if it does?", "¿Qué es lo peor que podría pasar con el plan? ¿Qué haremos si pasa?";
        worst: "The worst thing that could happen", "Lo peor que podría pasar";
        warning_signs: "Warning signs: how we'll know things are going wrong", "Señales de alerta: cómo sabremos que las cosas van mal";
        warning_item: "Warning sign {n}", "Señal de alerta {n}";
        warning_add: "+ Add warning sign", "+ Agregar una señal de alerta";
        warning_delete: "Delete warning sign {n}", "Borrar la señal de alerta {n}";
        warning_deleted: "Warning sign deleted", "Señal de alerta borrada";
        prevent: "What we do to stop it happening", "Lo que hacemos para que no pase";
        prevent_item: "Prevention step {n}", "Paso para prevenir {n}";
        prevent_add: "+ Add prevention step", "+ Agregar un paso para prevenir";
        prevent_delete: "Delete prevention step {n}", "Borrar el paso para prevenir {n}";
        prevent_deleted: "Prevention step deleted", "Paso para prevenir borrado";
        respond: "If it happens: who does what", "Si pasa: quién hace qué";
        what_they_do: "What they do", "Lo que hace";
        who: "Who", "Quién";
        not_on_team: "Someone not on the team", "Alguien que no está en el equipo";
        delete_step_label: "Delete step {n}", "Borrar el paso {n}";
        step_deleted: "Step deleted", "Paso borrado";
        add_respond: "+ Add who does what", "+ Agregar quién hace qué";
        who_to_call: "Who to call", "A quién llamar";
        name: "Name", "Nombre";
        phone: "Phone or how to reach", "Teléfono o cómo contactar";
        why_call: "Why call them", "Para qué llamar";
        on_team_as: "On the team as", "En el equipo como";
        not_on_team_option: "— not on the team —", "— no está en el equipo —";
        delete_contact_label: "Delete contact {n}", "Borrar el contacto {n}";
        contact_deleted: "Contact deleted", "Contacto borrado";
        add_contact: "+ Add someone to call", "+ Agregar a alguien a quien llamar";
        plan_b: "Plan B: if the plan can't work that day", "Plan B: si ese día el plan no puede funcionar";
    }
}

impl CrisisText {
    /// The words of the warning signs list.
    pub fn warning_words(&self) -> ItemWords {
        ItemWords {
            item: self.warning_item,
            add: self.warning_add,
            delete: self.warning_delete,
            deleted: self.warning_deleted,
        }
    }

    /// The words of the prevention steps list.
    pub fn prevent_words(&self) -> ItemWords {
        ItemWords {
            item: self.prevent_item,
            add: self.prevent_add,
            delete: self.prevent_delete,
            deleted: self.prevent_deleted,
        }
    }
}
