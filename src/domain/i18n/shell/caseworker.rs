//! The caseworker's printout (the whole plan, for the case file).

crate::catalogue! {
    /// The caseworker's printout.
    pub struct CaseworkerText {
        not_shared: "Not shared", "No se comparte";
        caseworker_only: "Caseworker only", "Solo para quien lleva el caso";
        and: " and ", " y ";
        suggested_by: "Suggested by", "Lo sugirió";
        need: "What the family needs", "Lo que la familia necesita";
        known_barriers: "Known barriers", "Obstáculos conocidos";
        home_safety: "Is this home safe?", "¿Es seguro este hogar?";
        answers_worries: "Answers these worries", "Responde a estas preocupaciones";
        no_name_yet: "(no name yet)", "(todavía sin nombre)";
        title_of_family: "{family} — caseworker's plan", "{family} — plan para quien lleva el caso";
        title: "Caseworker's plan", "Plan para quien lleva el caso";
        referrals_due: "Service referrals due by", "Fecha límite para enviar las referencias a servicios";
        within_30_days: "{due} (within 30 days of placement)",
            "{due} (a más tardar 30 días después de que los niños salieron del hogar)";
        kind: "Kind of meeting", "Tipo de reunión";
        date: "Date", "Fecha";
        place: "Place", "Lugar";
        facilitator: "Who facilitates", "Quién dirige la reunión";
        placed_on: "Children placed out of home on", "Fecha en que los niños salieron del hogar";
        audience: "Printed for the caseworker: includes items marked not shared.",
            "Impreso para quien lleva el caso: incluye lo que está marcado como no compartido.";
        purpose: "Purpose of this meeting", "Propósito de esta reunión";
        ground_rules: "Ground rules we agree", "Reglas que acordamos";
        the_children: "The children", "Los niños";
        everyone: "Everyone on the team", "Todas las personas del equipo";
        father_outreach: "What we did to reach the children's father",
            "Lo que hicimos para contactar al padre de los niños";
        age: ", {age} years old", ", {age} años";
        name_and_age: "{name} ({age} years old)", "{name} ({age} años)";
        living_with: "Where and with whom they live now", "Dónde y con quién vive ahora";
        here_today: "Here today", "Presente hoy";
        not_here_today: "Not here today", "No está hoy";
        relation: "Relation, in their words", "Relación, en sus palabras";
        reach: "How to reach them", "Cómo comunicarse";
        helped: "What they have done to help", "Lo que ha hecho para ayudar";
        reluctance: "What is the worry about including them?",
            "¿Qué preocupa de incluir a esta persona?";
        reluctance_addressed: "How we will address it", "Cómo lo vamos a atender";
        whole_family: "The whole family", "Toda la familia";
        whose_strength: "Whose strength: ", "De quién es la fortaleza: ";
        coped_before: "A time the family coped well before",
            "Una vez en que la familia salió adelante";
        about_safety: "About the children's safety", "Sobre la seguridad de los niños";
        disagreement: "Where people see it differently", "En qué no todos lo ven igual";
        scale_caption: "Scale: 0 = the children can't be safe at home, 10 = everyone is confident they are safe",
            "Escala: 0 = los niños no pueden estar seguros en casa, 10 = todos confían en que están seguros";
        who: "Who", "Quién";
        score: "Score (0-10)", "Puntaje (0-10)";
        goal_n: "Goal {n}", "Meta {n}";
        area: "Area", "Área";
        outcome: "What we want to see (the outcome, in the family's words)",
            "Lo que queremos ver (el resultado, en palabras de la familia)";
        statement: "Goal: who will do what, how we'll know, by when",
            "Meta: quién hará qué, cómo lo sabremos, para cuándo";
        tasks: "Tasks", "Tareas";
        services: "Services", "Servicios";
        who_does_it: "Who does it", "Quién lo hace";
        where_: "Where", "Dónde";
        by_when: "By when", "Para cuándo";
        when_in_words: "When, in words", "Cuándo, en palabras";
        who_checks: "Who checks", "Quién revisa";
        progress: "Progress", "Avance";
        provider: "Provider", "Proveedor";
        how_often: "How often", "Con qué frecuencia";
        how_intense: "How intense", "Qué tan intenso";
        how_long: "For how long", "Por cuánto tiempo";
        referral_sent: "Referral sent", "Referencia enviada";
        starts: "Starts", "Empieza";
        service: "Service", "Servicio";
        worst_case: "The worst thing that could happen", "Lo peor que podría pasar";
        warning_signs: "Warning signs: how we'll know things are going wrong",
            "Señales de alerta: cómo sabremos que las cosas van mal";
        prevent: "What we do to stop it happening", "Lo que hacemos para que no pase";
        respond: "If it happens: who does what", "Si pasa: quién hace qué";
        who_to_call: "Who to call", "A quién llamar";
        plan_b: "Plan B: if the plan can't work that day", "Plan B: si el plan no puede funcionar ese día";
        why_call: "Why call them: ", "Para qué llamar: ";
        on_team_as: "On the team as: ", "En el equipo como: ";
        our_story: "Our story", "Nuestra historia";
        wished_ending: "How would you like the story to end?", "¿Cómo te gustaría que terminara la historia?";
        story_now: "Do you remember your story? Has it changed?", "¿Recuerdas tu historia? ¿Ha cambiado?";
        plan_now: "What is the plan now?", "¿Cuál es el plan ahora?";
        own_words: "In my own words", "En mis propias palabras";
        wants_from_plan: "What I want from this plan", "Lo que quiero de este plan";
        own_goals: "My goals", "Mis metas";
        safety_plan: "My safety plan: what will I do instead of running or when things get bad?",
            "Mi plan de seguridad: ¿qué haré en vez de huir o cuando las cosas se pongan mal?";
        part_story: "My story", "Mi historia";
        part_boxes: "My worries, good things and dreams (the boxes)",
            "Mis preocupaciones, cosas buenas y sueños (las cajas)";
        part_own_words: "My own words and what I want from the plan",
            "Mis propias palabras y lo que quiero del plan";
        part_goals: "My goals", "Mis metas";
        part_safety_plan: "My safety plan", "Mi plan de seguridad";
        shared_with_family: "Shared with the family", "Se comparte con la familia";
        only_caseworker: "Only the caseworker", "Solo quien lleva el caso";
        sharing_choice: "In the child's words: what to share, and with whom",
            "En palabras del niño o la niña: qué compartir y con quién";
        safe_home: "A safe, lasting home", "Un hogar seguro y estable";
        permanency_goal: "Permanency goal: where the children will live for good",
            "Meta de permanencia: dónde vivirán los niños de forma permanente";
        concurrent: "Back-up plan (concurrent plan)", "Plan de respaldo (plan concurrente)";
        done: "✓ Done", "✓ Hecho";
        not_done: "Not done yet", "Todavía no";
        who_agrees: "Who agrees to this plan", "Quiénes están de acuerdo con este plan";
        family_words: "In the family's words", "En palabras de la familia";
        how_we_can_help: "How we can help", "Cómo podemos ayudar";
        next_meeting: "Next meeting", "Próxima reunión";
        time: "Time", "Hora";
        who_comes: "Who comes", "Quién viene";
        went_well: "+ What went well", "+ Lo que salió bien";
        change: "Δ What to change next time", "Δ Lo que cambiaremos la próxima vez";
        meeting_n: "Meeting", "Reunión";
        meeting_n_of: "{n} of {count}", "{n} de {count}";
        meetings_of_case: "The case's meetings", "Las reuniones del caso";
        no_date: "no date yet", "todavía sin fecha";
        this_meeting: "(this one)", "(esta)";
        review_note: "What helped or got in the way", "Qué ayudó o qué lo hizo difícil";
        goal_progress: "Progress toward the goal", "Avance hacia la meta";
        family_view: "Is it helping? The family says", "¿Ayuda? La familia dice";
        provider_view: "Is it helping? The provider says", "¿Ayuda? El proveedor dice";
        attendance: "Attendance", "Asistencia";
        barriers: "What gets in the way", "Qué lo hace difícil";
        declined: "The parent declined it. Next step", "El padre o la madre no lo aceptó. Siguiente paso";
        if_declined: "If the parent declines it, next step", "Si el padre o la madre no lo acepta, siguiente paso";
        declined_no_step: "The parent declined it", "El padre o la madre no lo aceptó";
        successes: "Successes since last time", "Logros desde la última vez";
        monitoring: "Monitoring questions", "Preguntas de seguimiento";
        child_safe: "Is the child safe?", "¿Está seguro el niño?";
        what_changed: "What has changed?", "¿Qué ha cambiado?";
        outcomes_met: "Which outcomes are accomplished?", "¿Qué resultados se lograron?";
        how_we_know: "How we know", "Cómo lo sabemos";
        current_risk: "Current risk", "Riesgo actual";
        protective_capacities: "Protective capacities", "Capacidades de protección";
        permanency_change: "Does the permanency goal need to change?", "¿Hay que cambiar la meta de permanencia?";
        closure_date: "Expected closure", "Cierre previsto";
        provided_by: "Who provides it", "Quién lo da";
        events: "Events that call for an update of the plan", "Hechos que piden actualizar el plan";
    }
}

impl CaseworkerText {
    /// The heading of one part of a child's voice ("My story").
    pub fn voice_part(&self, part: crate::domain::VoicePart) -> &'static str {
        use crate::domain::VoicePart;
        match part {
            VoicePart::Story => self.part_story,
            VoicePart::Boxes => self.part_boxes,
            VoicePart::OwnWords => self.part_own_words,
            VoicePart::Goals => self.part_goals,
            VoicePart::SafetyPlan => self.part_safety_plan,
        }
    }
}
