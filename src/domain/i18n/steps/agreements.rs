//! Step 9: agreements and next steps, and the plan on one page.

use super::ItemWords;

crate::catalogue! {
    /// Step 9: agreements, next meeting, the meeting's review and the summary.
    pub struct AgreementsText {
        who_agrees: "Who agrees to this plan", "Quiénes están de acuerdo con este plan";
        family_words: "In the family's words", "En palabras de la familia";
        help_prompt: "How can we (the caseworker and providers) help you most?", "¿Cómo podemos ayudarle más (quien lleva el caso y quienes dan los servicios)?";
        how_help: "How we can help", "Cómo podemos ayudar";
        next_meeting: "Next meeting", "Próxima reunión";
        date: "Date", "Fecha";
        time: "Time", "Hora";
        place: "Place", "Lugar";
        who_comes: "Who comes", "Quién viene";
        about: "About this meeting", "Sobre esta reunión";
        went_well: "+ What went well", "+ Lo que salió bien";
        went_well_item: "Thing that went well {n}", "Lo que salió bien {n}";
        went_well_add: "+ Add thing that went well", "+ Agregar algo que salió bien";
        went_well_delete: "Delete thing that went well {n}", "Borrar lo que salió bien {n}";
        went_well_deleted: "Thing that went well deleted", "Se borró algo que salió bien";
        change: "Δ What to change next time", "Δ Lo que cambiaríamos la próxima vez";
        change_item: "Thing to change {n}", "Algo que cambiar {n}";
        change_add: "+ Add thing to change", "+ Agregar algo que cambiar";
        change_delete: "Delete thing to change {n}", "Borrar algo que cambiar {n}";
        change_deleted: "Thing to change deleted", "Se borró algo que cambiar";
        tick_legend: "Tick everyone who agrees", "Marque a todas las personas que están de acuerdo";
        aim_grade: "aim for grade 6 to 8", "la meta es grado 6 a 8";
        aim_ease: "aim for 60 or more", "la meta es 60 o más";
        summary_label: "The plan on one page", "El plan en una página";
        summary_heading: "Our plan on one page", "Nuestro plan en una página";
        print_caseworker: "Print the caseworker's plan", "Imprimir el plan de quien lleva el caso";
        print_family: "Print the family's plan", "Imprimir el plan de la familia";
        overall_reading: "Reading level of the whole plan: ", "Nivel de lectura de todo el plan: ";
        not_shared_hint: "Items marked “not shared” stay with the caseworker: they are not in the family's link or printout.", "Lo marcado “no se comparte” se queda con quien lleva el caso: no va en el enlace ni en la hoja impresa de la familia.";
        why_met: "Why we met", "Por qué nos reunimos";
        our_team: "Our team", "Nuestro equipo";
        working_well: "What's working well", "Lo que va bien";
        worried: "What we are worried about", "Lo que nos preocupa";
        needs_happen: "What needs to happen", "Lo que tiene que pasar";
        if_wrong: "If things go wrong", "Si las cosas salen mal";
        not_shared: "not shared", "no se comparte";
    }
}

impl AgreementsText {
    /// The words of the "what went well" list.
    pub fn went_well_words(&self) -> ItemWords {
        ItemWords {
            item: self.went_well_item,
            add: self.went_well_add,
            delete: self.went_well_delete,
            deleted: self.went_well_deleted,
        }
    }

    /// The words of the "what to change" list.
    pub fn change_words(&self) -> ItemWords {
        ItemWords {
            item: self.change_item,
            add: self.change_add,
            delete: self.change_delete,
            deleted: self.change_deleted,
        }
    }
}
