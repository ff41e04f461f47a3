//! Step 5: goals, tasks and services, and the one-line summaries of the
//! compact task and service rows.

use super::super::fill;
use crate::domain::dates::format_date_in;
use crate::domain::{ItemId, Language, Service, Task};

crate::catalogue! {
    /// Step 5: what needs to happen.
    pub struct GoalsText {
        different_prompt: "What would you like to be different? What will people see happening when things are better?", "¿Qué le gustaría que fuera diferente? ¿Qué verá la gente cuando las cosas estén mejor?";
        few_goals_prompt: "Keep goals few and reachable. Ask: what would it take? Don't settle for a weaker plan because it's what is available.", "Que sean pocas metas y que se puedan lograr. Pregunte: ¿qué haría falta? No acepte un plan más débil solo porque es lo que hay.";
        add_goal: "+ Add a goal", "+ Agregar una meta";
        goal_heading: "Goal {n}", "Meta {n}";
        outcome: "What we want to see (the outcome, in the family's words)", "Lo que queremos ver (el resultado, en palabras de la familia)";
        area: "Area", "Área";
        statement: "Goal: who will do what, how we'll know, by when", "Meta: quién hará qué, cómo lo sabremos, para cuándo";
        statement_hint: "Specific, measurable, reachable, realistic, with a date. Say what will be happening, not only what will stop.", "Concreta, medible, alcanzable, realista y con fecha. Diga lo que va a pasar, no solo lo que va a dejar de pasar.";
        tasks: "Tasks", "Tareas";
        add_task: "+ Add a task", "+ Agregar una tarea";
        services: "Services", "Servicios";
        add_service: "+ Add a service", "+ Agregar un servicio";
        delete_goal_label: "Delete goal {n}", "Borrar la meta {n}";
        goal_deleted: "Goal deleted", "Meta borrada";
        delete_goal: "Delete goal", "Borrar meta";
        smart_ok: "✓ This goal says who, what, how we'll know and when.", "✓ Esta meta dice quién, qué, cómo lo sabremos y cuándo.";
        not_shared: "Not shared", "No se comparte";
        task_name: "Task {n}", "Tarea {n}";
        new_task: "New task (no words yet)", "Tarea nueva (todavía sin texto)";
        what: "What", "Qué";
        who_does: "Who does it", "Quién lo hace";
        who_other: "Or someone not on the team", "O alguien que no está en el equipo";
        place: "Where", "Dónde";
        by_when: "By when", "Para cuándo";
        when_words: "When, in words", "Cuándo, en palabras";
        when_placeholder: "e.g. every Friday", "p. ej., todos los viernes";
        who_checks: "Who checks", "Quién revisa";
        checker_other: "Checker not on the team", "Quien revisa, si no está en el equipo";
        progress: "Progress", "Avance";
        delete_task_label: "Delete task {n}", "Borrar la tarea {n}";
        task_deleted: "Task deleted", "Tarea borrada";
        delete_task: "Delete task", "Borrar tarea";
        nobody_chosen: "Nobody chosen yet", "Todavía no se eligió a nadie";
        by_date: "by {date}", "para el {date}";
        service_name: "Service {n}", "Servicio {n}";
        provider: "Provider", "Quién da el servicio";
        service: "Service", "Servicio";
        how_often: "How often", "Cada cuánto";
        how_often_placeholder: "e.g. 3 times a week", "p. ej., 3 veces por semana";
        intensity: "How intense", "Qué tan intenso";
        intensity_placeholder: "e.g. 2-hour groups", "p. ej., grupos de 2 horas";
        duration: "For how long", "Por cuánto tiempo";
        referral_sent: "Referral sent", "Referencia enviada";
        starts: "Starts", "Empieza";
        delete_service_label: "Delete service {n}", "Borrar el servicio {n}";
        service_deleted: "Service deleted", "Servicio borrado";
        delete_service: "Delete service", "Borrar servicio";
        starts_on: "starts {date}", "empieza el {date}";
        referral_not_sent: "referral not sent yet", "todavía no se envió la referencia";
        new_service: "New service", "Servicio nuevo";
        need: "What the family needs from this service", "Lo que la familia necesita de este servicio";
        need_hint: "For the provider's referral: the need in plain words, e.g. \"learn calm ways to handle bedtime\".", "Para la referencia al proveedor: la necesidad en palabras sencillas, p. ej., \"aprender maneras tranquilas de manejar la hora de dormir\".";
        barriers: "Known barriers", "Obstáculos conocidos";
        barriers_placeholder: "e.g. no car, works until 6pm, needs Spanish", "p. ej., no tiene carro, trabaja hasta las 6, necesita español";
        suggested_by: "Suggested by", "Lo sugirió";
        not_recorded: "Not recorded", "No se anotó";
        answers_worries: "This goal answers these worries", "Esta meta responde a estas preocupaciones";
        choose_worries: "Choose worries", "Elegir preocupaciones";
        done_choosing_worries: "Done choosing", "Listo";
        no_worry_chosen: "None chosen yet", "Ninguna elegida todavía";
        safety_worry: "Safety: {text}", "Seguridad: {text}";
        worry_unnamed: "Worry {n} (no words yet)", "Preocupación {n} (sin texto todavía)";
    }
}

/// A task in one line for its compact row, in `language`: who, when and
/// progress ("Elena Rivera · by Fri, Feb 26, 2027 · Under way"); the same as
/// [`Task::summary`] in English. `name` gives a team member's name.
pub fn task_summary(
    task: &Task,
    name: impl Fn(ItemId) -> Option<String>,
    language: Language,
) -> String {
    let t = GoalsText::get(language);
    let mut people: Vec<String> = task.who.iter().filter_map(|id| name(*id)).collect();
    if !task.who_other.trim().is_empty() {
        people.push(task.who_other.trim().to_string());
    }
    let mut parts = Vec::new();
    parts.push(if people.is_empty() {
        t.nobody_chosen.to_string()
    } else {
        people.join(", ")
    });
    match (task.by_when, task.when_text.trim()) {
        (Some(date), _) => parts.push(fill(
            t.by_date,
            &[("date", &format_date_in(date, language))],
        )),
        (None, "") => {}
        (None, words) => parts.push(words.to_string()),
    }
    parts.push(task.status.label_in(language).to_string());
    parts.join(" · ")
}

/// A service in one line for its compact row, in `language` ("weekly ·
/// 2-hour groups · starts Tue, Jan 5, 2027"); the same as [`Service::summary`]
/// in English.
pub fn service_summary(service: &Service, language: Language) -> String {
    let t = GoalsText::get(language);
    let mut parts: Vec<String> = [&service.frequency, &service.intensity, &service.location]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if let Some(start) = service.start {
        parts.push(fill(
            t.starts_on,
            &[("date", &format_date_in(start, language))],
        ));
    }
    if service.referral_date.is_none() {
        parts.push(t.referral_not_sent.to_string());
    }
    parts.join(" · ")
}

/// Who provides what ("Hope Center: outpatient group"), or "New service" in
/// `language`; the same as [`Service::title`] in English.
pub fn service_title(service: &Service, language: Language) -> String {
    match (service.provider.trim(), service.service.trim()) {
        ("", "") => GoalsText::get(language).new_service.to_string(),
        _ => service.title(),
    }
}
