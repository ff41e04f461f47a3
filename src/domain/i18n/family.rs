//! Texts of the family area, in English and Spanish (see [`super`]): the
//! family view of a link and of a saved copy, its actions, the printout
//! frame, the .ics and link errors.
//!
//! What the family receives is in the plan's language; what comes before a
//! plan is known (a passphrase prompt, a link that fails) is in the
//! interface language.

use super::Entries;
use crate::domain::share::ShareError;
use crate::domain::Language;

crate::catalogue! {
    /// Opening a link or a saved copy, before the plan is known (interface language).
    pub struct LinkText {
        your_familys_plan: "Your family's plan", "El plan de su familia";
        protected: "This plan is protected. Type the passphrase you were given.",
            "Este plan está protegido. Escriba la contraseña que le dieron.";
        passphrase: "Passphrase", "Contraseña";
        open_the_plan: "Open the plan", "Abrir el plan";
        opening: "Opening…", "Abriendo…";
        opening_the_plan: "Opening the plan…", "Abriendo el plan…";
        cant_open: "We can't open this plan", "No podemos abrir este plan";
        nothing_changed: "Nothing on this phone was changed.",
            "No se cambió nada en este teléfono.";
        not_saved_any_more: "This plan is not saved on this device any more.",
            "Este plan ya no está guardado en este dispositivo.";
        go_home: "Go to the planner's home page", "Ir a la página de inicio del planificador";
    }
}

crate::catalogue! {
    /// Why a link could not be read ([`ShareError`]), in plain words.
    pub struct LinkErrorText {
        incomplete: "This link is incomplete — ask for it to be sent again.",
            "Este enlace está incompleto. Pida que se lo envíen otra vez.";
        damaged: "This link was changed or damaged — ask for it to be sent again.",
            "Este enlace cambió o está dañado. Pida que se lo envíen otra vez.";
        needs_passphrase: "This link needs a passphrase.",
            "Este enlace necesita una contraseña.";
        wrong_passphrase: "That passphrase is not right. Check it and try again.",
            "Esa contraseña no es correcta. Revísela y vuelva a intentarlo.";
        too_new: "This link was made by a newer version of the planner. Reload the page to update, then open the link again.",
            "Este enlace se hizo con una versión más nueva del planificador. Vuelva a cargar la página para actualizarla y luego abra el enlace otra vez.";
        too_long_for_qr: "This plan is too long for one QR code. Share the link instead.",
            "Este plan es muy largo para un solo código QR. Mejor comparta el enlace.";
        no_cipher: "This passphrase link opens only on a secure (https) page. Open the link as it was sent, starting with https://.",
            "Este enlace con contraseña solo se abre en una página segura (https). Abra el enlace tal como se lo enviaron, que empieza con https://.";
        too_large: "This plan is too big for one link. Share one person's view, or shorten the longest texts, then try again.",
            "Este plan es muy grande para un solo enlace. Comparta lo que ve una sola persona, o acorte los textos más largos, y vuelva a intentarlo.";
    }
}

impl ShareError {
    /// The plain-language message in `language` (`Display` gives the English).
    pub fn message_in(&self, language: Language) -> &'static str {
        let t = LinkErrorText::get(language);
        match self {
            ShareError::Incomplete => t.incomplete,
            ShareError::Damaged => t.damaged,
            ShareError::NeedsPassphrase => t.needs_passphrase,
            ShareError::WrongPassphrase => t.wrong_passphrase,
            ShareError::TooNew => t.too_new,
            ShareError::TooLongForQr => t.too_long_for_qr,
            ShareError::NoCipher => t.no_cipher,
            ShareError::TooLarge => t.too_large,
        }
    }
}

crate::catalogue! {
    /// The family's plan on a phone and on paper (plan's language).
    pub struct FamilyViewText {
        heading_named: "{family}'s plan", "{family}: nuestro plan";
        heading_unnamed: "Your family's plan", "El plan de su familia";
        made_together: "Made together on {date} ({kind})", "Hecho en equipo el {date} ({kind})";
        for_children: "For {children}", "Para {children}";
        copy_for: "{name}'s copy: their tasks and the plan we share.",
            "Copia de {name}: sus tareas y el plan que compartimos.";
        sections: "Sections", "Secciones";
        if_things_go_wrong: "If things go wrong", "Si las cosas salen mal";
        my_tasks: "My tasks", "Mis tareas";
        who_to_call: "Who to call", "A quién llamar";
        why_we_met: "Why we met", "Por qué nos reunimos";
        who_does_what: "Who does what", "Quién hace qué";
        who_are_you: "Who are you? (shows your tasks)", "¿Quién es usted? (muestra sus tareas)";
        everyone: "Everyone", "Todas las personas";
        things_will_do: "Things {name} will do", "Lo que hará {name}";
        no_tasks_for_you: "No tasks for you in this plan.", "Usted no tiene tareas en este plan.";
        things_checks_on: "Things {name} checks on", "Lo que {name} revisa";
        by_date: "By {date}", "Para el {date}";
        when: "When: {when}", "Cuándo: {when}";
        where_: "Where: {place}", "Dónde: {place}";
        checks_in: "Checks in: {who}", "Quién revisa: {who}";
        progress: "Progress: {status}", "Avance: {status}";
        our_goals: "Our goals", "Nuestras metas";
        steps: "Steps", "Pasos";
        step_at: " — at {place}", " — en {place}";
        step_checks_in: " — {who} checks in", " — revisa: {who}";
        services: "Services", "Servicios";
        service_where: "Where", "Dónde";
        service_how_often: "How often", "Cada cuánto";
        service_how_much: "How much", "Cuánto";
        service_how_long: "For how long", "Por cuánto tiempo";
        service_since: "Since: {date}", "Desde: {date}";
        planning_for: "What we are planning for: ", "Para lo que nos preparamos: ";
        warning_signs: "Warning signs", "Señales de alerta";
        what_we_do: "What we do", "Lo que hacemos";
        how_we_stop_it: "How we stop it happening", "Cómo evitamos que pase";
        plan_b: "Plan B: ", "Plan B (otra opción): ";
        own_safety_plan: "{name}'s own safety plan", "El propio plan de seguridad de {name}";
        more_in_own_words: "More in {name}'s own words", "Más en las propias palabras de {name}";
        our_team: "Our team and how to reach them", "Nuestro equipo y cómo comunicarse con cada persona";
        next_meeting: "When we meet next", "Cuándo nos reunimos otra vez";
        who: "Who: {who}", "Quién: {who}";
        working_well: "What's working well", "Lo que va bien";
        past_success: " (a time we got through it before)", " (una vez que ya salimos adelante)";
        worried_about: "What we are worried about", "Lo que nos preocupa";
        about_safety: "About safety: ", "Sobre la seguridad: ";
        childrens_words: "In the children's own words", "En las propias palabras de los niños";
        shared_because: "Shared because they said yes.", "Se comparte porque dieron permiso.";
        our_story: "Our story", "Nuestra historia";
        wished_ending: "How I want the story to end", "Cómo quiero que termine la historia";
        story_now: "My story now", "Mi historia ahora";
        plan_now: "The plan now", "El plan ahora";
        own_words: "In my own words", "Con mis propias palabras";
        wants_from_plan: "What I want from this plan", "Lo que quiero de este plan";
        own_goals: "My goals", "Mis metas";
        safety_plan_is_under: "{name}'s safety plan is under “If things go wrong”",
            "El plan de seguridad de {name} está en “Si las cosas salen mal”";
        done_when: "How we'll know we're done", "Cómo sabremos que terminamos";
        met: " ✓ done", " ✓ cumplido";
        permanency_goal: "Where the children will grow up — our main goal: ",
            "Dónde van a crecer los niños — nuestra meta principal: ";
        permanency_backup: "If that can't happen, the back-up plan: ",
            "Si eso no puede pasar, el plan de respaldo: ";
        what_we_agreed: "What we agreed", "Lo que acordamos";
        agreed_by: "Agreed by: ", "Estuvieron de acuerdo: ";
        how_team_helps: "How the team can help: ", "Cómo puede ayudar el equipo: ";
        familys_plan: "family's plan", "plan de la familia";
    }
}

crate::catalogue! {
    /// Saving, the calendar, printing and removing a family's plan (plan's language).
    pub struct FamilyActionsText {
        save_to_phone: "Save to this phone", "Guardar en este teléfono";
        saved_on_device: "Saved on this device ✓", "Guardado en este dispositivo ✓";
        saved_toast: "Saved on this device. Find it on the planner's home page, under “Shared with me”.",
            "Se guardó en este dispositivo. Lo encuentra en la página de inicio del planificador, en “Compartidos conmigo”.";
        replaced_toast: "Replaced the copy on this device with this one. Find it on the planner's home page, under “Shared with me”.",
            "Se cambió la copia de este dispositivo por esta. La encuentra en la página de inicio del planificador, en “Compartidos conmigo”.";
        already_saved_toast: "This plan is already saved on this device, as it is. Find it on the planner's home page, under “Shared with me”.",
            "Este plan ya está guardado así en este dispositivo. Lo encuentra en la página de inicio del planificador, en “Compartidos conmigo”.";
        clash: "A different copy of this plan is already saved on this device. Replace it with this one, or keep both?",
            "Ya hay otra copia de este plan guardada en este dispositivo. ¿Quiere cambiarla por esta o guardar las dos?";
        replace_it: "Replace it", "Cambiarla";
        keep_both: "Keep both", "Guardar las dos";
        all_plans: "← All plans", "← Todos los planes";
        add_to_calendar: "Add to calendar", "Agregar al calendario";
        calendar_file: "family-plan.ics", "plan-de-la-familia.ics";
        removed: "Removed from this device. ", "Se quitó de este dispositivo. ";
        remove_from_device: "Remove from this device", "Quitar de este dispositivo";
        remove_confirm: "Remove this plan from this device?", "¿Quitar este plan de este dispositivo?";
        yes_remove: "Yes, remove", "Sí, quitar";
        keep_it: "Keep it", "Dejarlo guardado";
    }
}

crate::catalogue! {
    /// The print pages and what every printed page carries.
    pub struct PrintText {
        print_caseworker: "Print the caseworker's plan", "Imprimir el plan de quien lleva el caso";
        print_family: "Print the family's plan", "Imprimir el plan de la familia";
        caseworker_note: "The whole plan, for the case file. Items marked “Not shared” stay with the caseworker: don't hand this copy to the family.",
            "El plan completo, para el expediente. Lo marcado “No compartido” es solo para quien lleva el caso: no le dé esta copia a la familia.";
        family_note: "Exactly what the family's link shows: nothing marked private, no caseworker notes, and only what each child agreed to share.",
            "Justo lo que muestra el enlace de la familia: nada de lo marcado privado, ninguna nota de quien lleva el caso, y solo lo que cada niño aceptó compartir.";
        caseworkers_plan: "caseworker's plan (not for the family)",
            "plan de quien lleva el caso (no es para la familia)";
        family_plan: "Family plan", "Plan familiar";
        title_with_date: "{family} — {whose} — meeting of {date}", "{family} — {whose} — reunión del {date}";
        page_n_of_m: "Page {page} of {pages}", "Página {page} de {pages}";
    }
}

crate::catalogue! {
    /// The words the .ics puts in calendar entries (plan's language).
    pub struct CalendarText {
        task: "Task", "Tarea";
        who: "Who: {who}", "Quién: {who}";
        when: "When: {when}", "Cuándo: {when}";
        checks: "Checks: {who}", "Revisa: {who}";
        goal: "Goal: {goal}", "Meta: {goal}";
        time: "Time: {time}", "Hora: {time}";
        meeting: "Family team meeting", "Reunión del equipo familiar";
        meeting_of: "Family team meeting — {family}", "Reunión del equipo familiar — {family}";
    }
}

crate::catalogue! {
    /// Names and lists in the family's plan (`SharedPlan`, `SavedCopy`).
    pub struct SharedPlanText {
        no_name_yet: "(no name yet)", "(sin nombre todavía)";
        not_in_plan: "(not in this plan)", "(no está en este plan)";
        someone_else: "Someone else", "Otra persona";
        a_family_plan: "A family plan", "Un plan familiar";
        persons_view: "{family} — {name}'s view", "{family} — vista de {name}";
    }
}

/// Names joined with "and" in `language`: "Elena and Rosa", "Elena y Rosa";
/// Spanish says "e" before a word that starts with the sound "i" ("Rosa e
/// Isabel", but "Rosa y Hierro").
pub fn join_with_and(names: &[&str], language: Language) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            let last = i + 1 == names.len();
            out.push_str(match language {
                Language::English => " and ",
                // Spanish lists: "Ana, Luis e Iván".
                Language::Spanish if !last => ", ",
                Language::Spanish if starts_with_i_sound(name) => " e ",
                Language::Spanish => " y ",
            });
        }
        out.push_str(name);
    }
    out
}

/// True for "Isabel", "Hilda", "íntimo"; false for "hielo", "Ian", "Yolanda".
fn starts_with_i_sound(word: &str) -> bool {
    let lower: Vec<char> = word.trim().to_lowercase().chars().take(3).collect();
    let rest = match lower.as_slice() {
        ['h', 'i' | 'í', rest @ ..] | ['i' | 'í', rest @ ..] => rest,
        _ => return false,
    };
    // "hie", "ia": the i glides into the next vowel, "y" stays.
    !matches!(
        rest.first(),
        Some('a' | 'e' | 'o' | 'u' | 'á' | 'é' | 'ó' | 'ú')
    )
}

crate::catalogue! {
    /// The case's history as the family sees it, and "what to expect in the
    /// next 90 days" (S4) (plan's language).
    pub struct NextDaysText {
        first_made: "First made together on {date}", "Hecho en equipo por primera vez el {date}";
        updated_on: "updated at the {kind} on {date}", "actualizado en la {kind} del {date}";
        updated: "updated at the {kind}", "actualizado en la {kind}";
        whats_new: "What's new since last time", "Lo nuevo desde la última vez";
        successes: "What went well since last time", "Lo que salió bien desde la última vez";
        next_90_days: "What to expect in the next 90 days", "Qué esperar en los próximos 90 días";
        next_90_days_until: "Until {date}", "Hasta el {date}";
        next_meeting: "Next family team meeting", "Próxima reunión del equipo familiar";
        task_due: "Due: {what}", "Fecha límite: {what}";
        task_due_by: "Due: {what} ({who})", "Fecha límite: {what} ({who})";
        service_starts: "Starts: {what}", "Empieza: {what}";
        aftercare_starts: "Support after the case closes starts: {what}",
            "Empieza un apoyo para después del cierre del caso: {what}";
        aftercare_starts_with: "Support after the case closes starts: {what} ({who})",
            "Empieza un apoyo para después del cierre del caso: {what} ({who})";
        aftercare: "Support after the case closes", "Apoyo después del cierre del caso";
        aftercare_closure: "The case is expected to close on {date}.",
            "Se espera cerrar el caso el {date}.";
        aftercare_from: "From {date}", "Desde el {date}";
        aftercare_who: "With: {who}", "Con: {who}";
    }
}

/// Every catalogue of this area (add each new one here).
pub fn all() -> Vec<Entries> {
    vec![
        ("family::LinkText", LinkText::entries()),
        ("family::LinkErrorText", LinkErrorText::entries()),
        ("family::FamilyViewText", FamilyViewText::entries()),
        ("family::FamilyActionsText", FamilyActionsText::entries()),
        ("family::PrintText", PrintText::entries()),
        ("family::CalendarText", CalendarText::entries()),
        ("family::SharedPlanText", SharedPlanText::entries()),
        ("family::NextDaysText", NextDaysText::entries()),
    ]
}
