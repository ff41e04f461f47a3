//! A case's meetings: starting the next one, the earlier meetings read-only,
//! what changed since the last meeting (the caseworker's screens).

crate::catalogue! {
    /// The texts of the case's meetings, in the interface language.
    pub struct MeetingsText {
        start_next: "Start the next meeting", "Empezar la próxima reunión";
        start_next_label: "Start the next meeting for {title}", "Empezar la próxima reunión de {title}";
        start_lead: "This meeting is kept as it is, read-only. The team, goals, tasks, services, crisis plan and closure carry forward.",
            "Esta reunión se guarda tal como está, solo para leer. El equipo, las metas, las tareas, los servicios, el plan de crisis y el cierre pasan a la nueva reunión.";
        kind_legend: "What kind of meeting?", "¿Qué tipo de reunión es?";
        date_label: "Date of the meeting", "Fecha de la reunión";
        date_hint: "Filled in from the next meeting's date on this plan.",
            "Viene de la fecha de la próxima reunión de este plan.";
        bad_date: "That date can't be read. Pick it in the calendar or type it as month/day/year.",
            "No se puede leer esa fecha. Elíjala en el calendario o escríbala como mes/día/año.";
        confirm: "Start this meeting", "Empezar esta reunión";
        started: "Meeting {n} started: {kind}", "Empezó la reunión {n}: {kind}";
        not_started: "The meeting was not started: {error}", "No se empezó la reunión: {error}";
        meeting_line: "Meeting {n} of {m} · {kind} · {date}", "Reunión {n} de {m} · {kind} · {date}";
        no_date: "no date yet", "todavía sin fecha";
        all_meetings: "All meetings ({m})", "Todas las reuniones ({m})";
        meetings_label: "Meetings of {title}", "Reuniones de {title}";
        meeting_item: "Meeting {n} · {kind} · {date}", "Reunión {n} · {kind} · {date}";
        current: "this is the current meeting", "esta es la reunión actual";
        open_read_only: "Open (read-only)", "Abrir (solo para leer)";
        open_read_only_label: "Open (read-only): meeting {n} of {title}", "Abrir (solo para leer): reunión {n} de {title}";
        since_last: "Since last meeting", "Desde la última reunión";
        since_last_label: "Since last meeting: what changed for {title}", "Desde la última reunión: qué cambió para {title}";
        read_only_banner: "Meeting {n} of {m} · {kind} · {date} · read-only: this is how the plan stood then",
            "Reunión {n} de {m} · {kind} · {date} · solo para leer: así estaba el plan entonces";
        past_title: "Meeting {n}: {title}", "Reunión {n}: {title}";
        no_such_meeting: "This case has no earlier meeting {n}.", "Este caso no tiene una reunión anterior número {n}.";
        back_to_plans: "Back to the plans", "Volver a los planes";
        back_to_plan: "Back to the current meeting", "Volver a la reunión actual";
        changes_title: "Since the last meeting", "Desde la última reunión";
        changes_lead: "What changed from meeting {from} ({date}) to this meeting ({now}).",
            "Qué cambió desde la reunión {from} ({date}) hasta esta reunión ({now}).";
        nothing_to_compare: "This is the case's first meeting: there is nothing to compare yet.",
            "Esta es la primera reunión del caso: todavía no hay nada que comparar.";
        no_changes: "Nothing changed since the last meeting.", "Nada cambió desde la última reunión.";
        area_team: "Team", "Equipo";
        area_goals: "Goals", "Metas";
        area_tasks: "Tasks", "Tareas";
        area_services: "Services", "Servicios";
        area_crisis: "Crisis plan", "Plan de crisis";
        area_closure: "When we are done", "Cuándo terminamos";
        task_progress: "Task progress", "Avance de las tareas";
        progress_line: "{what}: from “{from}” to “{to}”", "{what}: de “{from}” a “{to}”";
        added: "Added", "Se agregó";
        removed: "Removed", "Se quitó";
        changed: "Changed", "Cambió";
        before_after: "“{before}” is now “{after}”", "“{before}” ahora es “{after}”";
        warning_sign: "Warning sign", "Señal de alerta";
        prevent: "Way to stop a crisis", "Forma de evitar una crisis";
        crisis_step: "Step in a crisis", "Paso en una crisis";
        contact: "Person to call", "Persona a quien llamar";
        untitled_item: "(no words yet)", "(todavía sin palabras)";
    }
}
