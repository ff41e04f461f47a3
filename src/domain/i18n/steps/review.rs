//! The Review step of follow-up and transition meetings (C3, K4, O5, P3, S3,
//! I3), and the text alternative of the worry scale charts.

use super::ItemWords;

crate::catalogue! {
    /// The Review step: how the plan went since last time.
    pub struct ReviewText {
        prompt: "Start with what went well. Then go through each goal, task and service: is it done, is it helping, what got in the way?", "Empiece por lo que salió bien. Después revisen cada meta, tarea y servicio: ¿está hecho?, ¿está ayudando?, ¿qué lo hizo difícil?";
        successes: "Successes since last time", "Logros desde la última vez";
        success_item: "Success {n}", "Logro {n}";
        success_add: "+ Add a success", "+ Agregar un logro";
        success_delete: "Delete success {n}", "Borrar el logro {n}";
        success_deleted: "Success deleted", "Logro borrado";
        goals: "Goals and tasks", "Metas y tareas";
        no_goals: "No goals on the plan yet.", "Todavía no hay metas en el plan.";
        goal_heading: "Goal {n}", "Meta {n}";
        untitled_goal: "(goal not written yet)", "(meta todavía sin escribir)";
        goal_progress: "Progress toward this goal", "Avance hacia esta meta";
        task_name: "task {n}", "tarea {n}";
        new_task: "(task not written yet)", "(tarea todavía sin escribir)";
        task_status: "How it is going", "Cómo va";
        review_note: "What helped or got in the way", "Qué ayudó o qué lo hizo difícil";
        services: "Services", "Servicios";
        no_services: "No services on the plan yet.", "Todavía no hay servicios en el plan.";
        service_name: "service {n}", "servicio {n}";
        new_service: "(service not written yet)", "(servicio todavía sin escribir)";
        family_view: "Is it helping? The family's view", "¿Está ayudando? Lo que opina la familia";
        family_words: "In the family's words", "En palabras de la familia";
        provider_view: "Is it helping? The provider's view", "¿Está ayudando? Lo que opina quien da el servicio";
        provider_words: "In the provider's words", "En palabras de quien da el servicio";
        attendance: "Attendance", "Asistencia";
        attendance_placeholder: "4 of 6 sessions", "4 de 6 sesiones";
        barriers: "What gets in the way (transport, waiting list, cost…)", "Qué lo hace difícil (transporte, lista de espera, costo…)";
        declined: "The parent declined this service", "El padre o la madre no aceptó este servicio";
        if_declined: "What happens next", "Qué pasa ahora";
        family_says: "family: {view}", "familia: {view}";
        declined_short: "declined", "no aceptado";
        monitoring: "Checking on safety and progress", "Revisar la seguridad y el avance";
        child_safe: "Is the child safe? How do we know?", "¿Está seguro el niño o la niña? ¿Cómo lo sabemos?";
        what_changed: "What has changed since last time?", "¿Qué cambió desde la última vez?";
        outcomes_met: "Which outcomes are accomplished?", "¿Qué resultados se lograron?";
        how_we_know: "How do we know?", "¿Cómo lo sabemos?";
        current_risk: "What is the risk now?", "¿Cuál es el riesgo ahora?";
        protective_capacities: "What the parents are doing to keep the children safe (protective capacities)", "Lo que hacen los padres para proteger a los niños (capacidades de protección)";
        permanency_change: "Does the permanency goal need to change?", "¿Hay que cambiar la meta de permanencia?";
        scales: "Each worry's scale across meetings", "La escala de cada preocupación a lo largo de las reuniones";
        scales_hint: "0 means very worried, 10 means no worry at all.", "0 es muy preocupados, 10 es nada preocupados.";
        no_worries: "No worries on the plan yet.", "Todavía no hay preocupaciones en el plan.";
        untitled_worry: "(worry not written yet)", "(preocupación todavía sin escribir)";
        no_scale: "No scale given yet.", "Todavía nadie dio un número en la escala.";
        scale_alt: "Scale: {points}", "Escala: {points}";
        scale_on: "{score} on {date}", "{score} el {date}";
        scale_undated: "{score} at an earlier meeting", "{score} en una reunión anterior";
        scale_now: "{score} now", "{score} ahora";
    }
}

impl ReviewText {
    /// The words of the successes list.
    pub fn success_words(&self) -> ItemWords {
        ItemWords {
            item: self.success_item,
            add: self.success_add,
            delete: self.success_delete,
            deleted: self.success_deleted,
        }
    }
}
