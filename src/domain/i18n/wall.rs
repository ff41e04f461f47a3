//! Texts of the wall area, in English and Spanish (see [`super`]): the
//! wall's cards (built natively in [`crate::domain::wall`]), presentation
//! mode and the audience window. All of it is in the plan's language: the
//! room reads it.

use super::Entries;

crate::catalogue! {
    /// The labels of the texts a wall card edits (also the cards' headings).
    pub struct WallTextLabels {
        purpose: "Why we are meeting", "Por qué nos reunimos";
        ground_rule: "Ground rule", "Regla de la reunión";
        member_name: "Name", "Nombre";
        strength: "Strength", "Fortaleza";
        worry: "Worry", "Preocupación";
        goal: "Goal", "Meta";
        goal_outcome: "What we want to see", "Lo que queremos ver";
        worst_case: "The worst that could happen", "Lo peor que podría pasar";
        warning_sign: "Warning sign", "Señal de alerta";
        prevent: "What we do to stop it", "Lo que hacemos para evitarlo";
        respond: "What to do if it happens", "Qué hacer si pasa";
        plan_b: "Plan B", "El plan B";
        criterion: "We will know we're done when", "Sabremos que terminamos cuando";
        permanency_goal: "Where the children will live for good", "Dónde vivirán los niños para siempre";
        family_words: "In the family's words", "En palabras de la familia";
        how_we_can_help: "How we can help", "Cómo podemos ayudar";
    }
}

crate::catalogue! {
    /// The "+ Add" buttons of presentation mode.
    pub struct WallAddLabels {
        ground_rule: "+ Add a ground rule", "+ Agregar una regla";
        member: "+ Add a person", "+ Agregar una persona";
        strength: "+ Add a strength", "+ Agregar una fortaleza";
        worry: "+ Add a worry", "+ Agregar una preocupación";
        goal: "+ Add a goal", "+ Agregar una meta";
        warning_sign: "+ Add a warning sign", "+ Agregar una señal de alerta";
        criterion: "+ Add a sign we're done", "+ Agregar una señal de que terminamos";
    }
}

crate::catalogue! {
    /// What the wall's cards say around the family's own words.
    pub struct WallCardText {
        hidden_one: "Not shown here: {n} private item.", "No se muestra aquí: {n} dato privado.";
        hidden_other: "Not shown here: {n} private items.", "No se muestra aquí: {n} datos privados.";
        child: "Child", "Niño o niña";
        age: "Age {n}", "{n} años";
        not_here_today: "Not here today", "No está aquí hoy";
        the_family: "The family", "La familia";
        coped_well_before: "Coped well before", "Ya salió adelante antes";
        worry_n: "Worry {n}", "Preocupación {n}";
        safety_worry: "Safety worry", "Preocupación de seguridad";
        tasks_one: "{n} task", "{n} tarea";
        tasks_other: "{n} tasks", "{n} tareas";
        services_one: "{n} service", "{n} servicio";
        services_other: "{n} services", "{n} servicios";
        task_not_written: "(task not written yet)", "(falta escribir la tarea)";
        service: "Service: {name}", "Servicio: {name}";
        if_it_happens: "If it happens: {who}", "Si pasa: {who}";
        someone: "Someone", "Alguien";
        who_to_call: "Who to call", "A quién llamar";
        own_words_heading: "In their own words", "En sus propias palabras";
        my_story: "My story", "Mi historia";
        wished_ending: "How I want it to end", "Cómo quiero que termine";
        story_now: "My story now", "Mi historia ahora";
        plan_now: "The plan now", "El plan ahora";
        in_my_words: "In my words", "En mis palabras";
        wants_from_plan: "What I want from the plan", "Lo que quiero del plan";
        my_goals: "My goals", "Mis metas";
        my_safety_plan: "My safety plan", "Mi plan de seguridad";
        nothing_shared: "Nothing shared yet", "Todavía no se ha compartido nada";
        met: "Met", "Cumplido";
        lasting_home: "A safe, lasting home", "Un hogar seguro y estable";
        back_up_plan: "Back-up plan", "Plan de respaldo";
        agreed_by: "Agreed by {names}", "Lo acordaron: {names}";
        next_meeting: "Next meeting", "Próxima reunión";
        who_comes: "Who comes", "Quién viene";
        went_well: "What went well today", "Lo que salió bien hoy";
        change: "What to change next time", "Qué cambiar la próxima vez";
        success: "A success to celebrate", "Un logro para celebrar";
        task_done: "Done since last time", "Hecho desde la última vez";
        aftercare: "Goes on after closure", "Sigue después de cerrar";
        aftercare_from: "From {date}", "Desde {date}";
        case_closes: "The case is expected to close", "Se espera cerrar el caso";
    }
}

crate::catalogue! {
    /// Presentation mode and the audience window: the bar, the slide, the
    /// step timer, the waiting and closed states.
    pub struct PresentText {
        controls: "Presentation", "Presentación";
        back: "← Back", "← Atrás";
        next: "Next →", "Siguiente →";
        next_share: "Next: share →", "Siguiente: compartir →";
        dark_colours: "Dark colours", "Colores oscuros";
        exit: "Exit", "Salir";
        exit_label: "Exit presentation", "Salir de la presentación";
        audience_window: "Audience window", "Ventana para proyectar";
        popup_blocked: "The browser blocked the audience window. Allow pop-ups for this site and try again.",
            "El navegador bloqueó la ventana para proyectar. Permita las ventanas emergentes en este sitio y vuelva a intentarlo.";
        step_of: "Step {n} of {total}: ", "Paso {n} de {total}: ";
        after_meeting: "After the meeting", "Después de la reunión";
        nothing_yet: "Nothing written here yet.", "Todavía no hay nada escrito aquí.";
        not_written: "(not written yet)", "(sin escribir todavía)";
        edit_card: "Edit card {n}: {heading}", "Editar tarjeta {n}: {heading}";
        timer: "Timer", "Temporizador";
        step_timer: "Step timer", "Temporizador del paso";
        minutes: "{n} min", "{n} minutos";
        stop_timer: "Stop the timer", "Parar el temporizador";
        time_left: "Time left", "Tiempo que queda";
        time_up: "Time is up.", "Se acabó el tiempo.";
        step_on_wall: "The step on the wall", "El paso en la pantalla";
        untitled_family: "Untitled family", "Familia sin nombre";
        window_title: "Audience window", "Ventana para proyectar";
        window_title_family: "{family} — audience window", "{family} — ventana para proyectar";
        facilitator_closed: "The facilitator's window is closed. This window keeps the last step shown and follows again when the plan is opened.",
            "La ventana de la persona que facilita está cerrada. Esta ventana deja a la vista el último paso y vuelve a seguir la reunión cuando se abra el plan.";
        waiting: "Waiting for the facilitator's window…", "Esperando la ventana de la persona que facilita…";
        waiting_hint: "Open this plan in the planner on this computer: this window shows the step the facilitator is on.",
            "Abra este plan en el planificador en esta computadora: esta ventana muestra el paso en que va la reunión.";
        thanks: "Thank you for coming.", "Gracias por venir.";
        being_shared: "The plan is being shared with the family.", "Se está compartiendo el plan con la familia.";
    }
}

/// Every catalogue of this area (add each new one here).
pub fn all() -> Vec<Entries> {
    vec![
        ("wall::WallTextLabels", WallTextLabels::entries()),
        ("wall::WallAddLabels", WallAddLabels::entries()),
        ("wall::WallCardText", WallCardText::entries()),
        ("wall::PresentText", PresentText::entries()),
    ]
}
