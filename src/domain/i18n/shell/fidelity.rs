//! The fidelity checklist for supervision (O1–O7 observation, D1–D9
//! documentation): the page, each measure's wording (seeds 000, 001) and
//! each piece of evidence ([`crate::domain::fidelity::Evidence`]) as a
//! sentence. In the interface language.

use crate::domain::dates::format_date_in;
use crate::domain::fidelity::{Evidence, Name, Status};
use crate::domain::i18n::labels::MemberNames;
use crate::domain::i18n::steps::goals::GoalsText;
use crate::domain::i18n::{count, fill};
use crate::domain::Language;

crate::catalogue! {
    /// The fidelity checklist page.
    pub struct FidelityText {
        title: "Fidelity checklist for supervision", "Lista de fidelidad para la supervisión";
        link: "Fidelity checklist", "Lista de fidelidad";
        link_label: "Fidelity checklist: {title}", "Lista de fidelidad: {title}";
        note: "For the caseworker and the supervisor: each fidelity measure as the plan shows it, with the evidence found and what is missing. Private items count here; their words are not quoted.", "Para el trabajador social y el supervisor: cada medida de fidelidad según lo que muestra el plan, con la evidencia encontrada y lo que falta. Aquí cuentan los puntos privados; no se citan sus palabras.";
        whose: "fidelity checklist", "lista de fidelidad";
        summary: "{met} of {total} met, {not_yet} not yet, {not_due} not due yet, {cannot} the tool can't judge.", "{met} de {total} cumplidas, {not_yet} todavía no, {not_due} aún no corresponden, {cannot} que la herramienta no puede juzgar.";
        as_of: "As of {date}; {meetings}.", "Al {date}; {meetings}.";
        observation: "Observation", "Observación";
        documentation: "Documentation", "Documentación";
        col_status: "Status", "Estado";
        col_evidence: "Evidence in the plan", "Evidencia en el plan";
        col_missing: "What is missing", "Lo que falta";
        nothing_missing: "Nothing", "Nada";
        no_evidence: "None found", "No se encontró";
        met: "Met", "Cumplida";
        not_yet: "Not yet", "Todavía no";
        not_due: "Not due yet", "Aún no corresponde";
        cannot_judge: "The tool can't judge", "La herramienta no puede juzgar";
        cannot_heading: "What the tool cannot judge", "Lo que la herramienta no puede juzgar";
        cannot_intro: "These happen in the room or with the people themselves; the plan only holds evidence for them.", "Esto pasa en la reunión o con las personas mismas; el plan solo guarda evidencia.";
        interview: "Interview and supervision items (I1–I4, S1–S4): what the family says of the worker, their satisfaction with services, successes acknowledged, their input used; trauma, the parent's part in change, successes, progress and the next 90 days. These are for the supervision conversation.", "Lo que se pregunta en entrevista y supervisión (I1–I4, S1–S4): lo que la familia dice del trabajador, su satisfacción con los servicios, los logros reconocidos, su opinión tomada en cuenta; el trauma, la parte del padre o la madre en el cambio, los logros, el progreso y los próximos 90 días. Son para la conversación de supervisión.";
    }
}

crate::catalogue! {
    /// Each fidelity measure, in the words of the seeds (000, 001).
    pub struct FidelityMeasures {
        o1: "Helps the family identify people who are supportive.", "Ayuda a la familia a identificar a las personas que la apoyan.";
        o2: "Addresses reasons for reluctance to include specific team members.", "Atiende las razones para no querer incluir a ciertas personas en el equipo.";
        o3: "Facilitates teaming.", "Facilita el trabajo en equipo.";
        o4: "Asks what team members (informal or formal) have done to provide support.", "Pregunta qué han hecho los miembros del equipo (informales o formales) para apoyar.";
        o5: "Asks the family's input on the effectiveness of services.", "Pide la opinión de la familia sobre si los servicios funcionan.";
        o6: "Asks how the worker can be of assistance to the family.", "Pregunta cómo puede el trabajador ayudar a la familia.";
        o7: "Asks team members' input when developing or adjusting the plan.", "Pide la opinión del equipo al hacer o ajustar el plan.";
        d1: "Team members' suggestions and comments are documented.", "Las sugerencias y comentarios del equipo están documentados.";
        d2: "The family's team met within the required timeframes.", "El equipo de la familia se reunió en los plazos requeridos.";
        d3: "Specific safety activities address the children's safety concerns.", "Hay actividades de seguridad específicas para las preocupaciones de seguridad de los niños.";
        d4: "The team addresses specific permanency plans.", "El equipo atiende planes de permanencia específicos.";
        d5: "The team addresses specific issues of the children's well-being.", "El equipo atiende asuntos específicos del bienestar de los niños.";
        d6: "The team regularly reviewed the plan.", "El equipo revisó el plan con regularidad.";
        d7: "Service providers got clear and specific service needs for the family.", "Los proveedores recibieron necesidades de servicio claras y específicas de la familia.";
        d8: "Services were provided in a timely manner.", "Los servicios se dieron a tiempo.";
        d9: "The child's living arrangement has been fully assessed and found safe.", "El lugar donde vive el niño se evaluó por completo y es seguro.";
    }
}

crate::catalogue! {
    /// The evidence found in the plan, one sentence each.
    pub struct EvidenceText {
        supports: "{n} supportive people named ({family} family, {informal} informal): {names}.", "{n} personas de apoyo nombradas ({family} de la familia, {informal} informales): {names}.";
        no_supports: "No family or informal support beyond the parents and children.", "Ningún apoyo familiar o informal además de los padres y los niños.";
        reluctance_addressed: "Reluctance recorded and addressed for {n} of {of} members.", "Reticencia anotada y atendida para {n} de {of} personas.";
        no_reluctance: "No reluctance recorded about any team member.", "No se anotó reticencia sobre nadie del equipo.";
        reluctance_open: "Reluctance not yet addressed: {names}.", "Reticencia todavía sin atender: {names}.";
        meetings_one: "{n} meeting held.", "{n} reunión hecha.";
        meetings: "{n} meetings held.", "{n} reuniones hechas.";
        team_size: "{members} team members; {attending} attending this meeting.", "{members} miembros del equipo; {attending} presentes en esta reunión.";
        formal_informal: "{formal} formal and {informal} informal supports on the team.", "{formal} apoyos formales y {informal} informales en el equipo.";
        observed: "How the meeting was facilitated is seen in the room.", "Cómo se facilitó la reunión se ve en la reunión misma.";
        helped: "What they did to help is written for {n} of {of} members (besides parents and children).", "Lo que hicieron para ayudar está escrito para {n} de {of} personas (además de padres y niños).";
        helped_missing: "Not asked yet what they did to help: {names}.", "Todavía no se preguntó qué hicieron para ayudar: {names}.";
        no_other_members: "No team members besides the parents and children.", "Nadie en el equipo además de los padres y los niños.";
        family_asked: "Meeting {meeting} ({date}): the family asked about {n} of {of} services.", "Reunión {meeting} ({date}): se preguntó a la familia por {n} de {of} servicios.";
        no_review_meeting: "No follow-up meeting yet: the family is asked about services at the review.", "Todavía no hay reunión de seguimiento: a la familia se le pregunta por los servicios en la revisión.";
        no_services_to_review: "No services to ask about at the latest review.", "No hay servicios por los que preguntar en la última revisión.";
        family_not_asked: "The family not asked about: {services}.", "No se preguntó a la familia por: {services}.";
        how_we_can_help: "\"How can we help?\" answered: \"{quote}\"", "\"¿Cómo podemos ayudar?\" respondido: \"{quote}\"";
        how_we_can_help_missing: "\"How can we help?\" not answered at this meeting.", "\"¿Cómo podemos ayudar?\" sin respuesta en esta reunión.";
        suggested_by: "Goals, tasks or services suggested by: {names}.", "Metas, tareas o servicios sugeridos por: {names}.";
        need_two: "Suggestions recorded from {n} team member(s); at least 2 are looked for.", "Sugerencias anotadas de {n} persona(s) del equipo; se buscan por lo menos 2.";
        suggester_recorded: "Who suggested it is recorded for {n} of {of} goals, tasks and services.", "Quién lo sugirió está anotado en {n} de {of} metas, tareas y servicios.";
        comments: "Comments: {disagreements} worries with different views, the family's words {family_words}, {notes} review notes.", "Comentarios: {disagreements} preocupaciones con opiniones distintas, las palabras de la familia {family_words}, {notes} notas de revisión.";
        recorded: "recorded", "anotadas";
        not_recorded: "not recorded", "sin anotar";
        no_suggester: "{n} goals, tasks or services don't say who suggested them.", "{n} metas, tareas o servicios no dicen quién los sugirió.";
        no_items: "No goals, tasks or services yet.", "Todavía no hay metas, tareas ni servicios.";
        first_meeting_after: "First meeting {n} days after the placement (within 60).", "Primera reunión {n} días después de la salida de casa (dentro de 60).";
        first_meeting_late: "First meeting {n} days after the placement: more than 60.", "Primera reunión {n} días después de la salida de casa: más de 60.";
        first_meeting_due: "No meeting since the placement yet; due by {date} (60 days).", "Todavía no hay reunión desde la salida de casa; vence el {date} (60 días).";
        first_meeting_overdue: "No meeting since the placement; it was due {date}: {n} days overdue.", "No hubo reunión desde la salida de casa; vencía el {date}: {n} días de atraso.";
        private_member: "a private team member", "una persona privada del equipo";
        private_service: "a private service", "un servicio privado";
        private_child: "a private child", "un niño privado";
        no_placement_date: "No placement date on the plan (the 60-day rule is not checked).", "No hay fecha de salida de casa en el plan (no se revisa la regla de 60 días).";
        no_meeting_date: "No meeting has a date.", "Ninguna reunión tiene fecha.";
        longest_gap: "Longest gap between meetings: {n} days.", "El tiempo más largo entre reuniones: {n} días.";
        gap_too_long: "{n} days between the meetings of {from} and {to}: more than a month.", "{n} días entre las reuniones del {from} y del {to}: más de un mes.";
        next_review_due: "Next review due by {date}.", "La próxima revisión vence el {date}.";
        review_overdue: "The review was due {date}: {n} days overdue.", "La revisión vencía el {date}: {n} días de atraso.";
        safety_answered: "{n} of {of} safety worries have a goal with tasks.", "{n} de {of} preocupaciones de seguridad tienen una meta con tareas.";
        no_safety_worries: "No worry is marked as a safety concern.", "Ninguna preocupación está marcada como de seguridad.";
        safety_unanswered: "Safety worries with no goal that has tasks: worry {worries}.", "Preocupaciones de seguridad sin una meta con tareas: preocupación {worries}.";
        crisis_response_one: "The crisis plan has {n} response step.", "El plan de crisis tiene {n} paso de respuesta.";
        crisis_response: "The crisis plan has {n} response steps.", "El plan de crisis tiene {n} pasos de respuesta.";
        no_crisis_response: "The crisis plan has no response step (who does what if the worst happens).", "El plan de crisis no tiene pasos de respuesta (quién hace qué si pasa lo peor).";
        permanency_goal: "Permanency goal: \"{quote}\"", "Meta de permanencia: \"{quote}\"";
        concurrent_plan: "Concurrent plan: \"{quote}\"", "Plan concurrente: \"{quote}\"";
        no_permanency_goal: "No permanency goal.", "No hay meta de permanencia.";
        no_concurrent_plan: "No concurrent (back-up) plan.", "No hay plan concurrente (de respaldo).";
        child_goals: "{n} of {of} child well-being goals have tasks.", "{n} de {of} metas de bienestar del niño tienen tareas.";
        no_child_goal: "No child well-being goal with a task.", "No hay meta de bienestar del niño con una tarea.";
        no_children: "No child on the plan.", "No hay ningún niño en el plan.";
        reviewed: "Reviewed {times} in {months} since the first meeting.", "Revisado {times} en {months} desde la primera reunión.";
        times_one: "{n} time", "{n} vez";
        times: "{n} times", "{n} veces";
        months_one: "{n} month", "{n} mes";
        months: "{n} months", "{n} meses";
        first_review_due: "Only the first meeting so far; the first review is due by {date}.", "Solo la primera reunión por ahora; la primera revisión vence el {date}.";
        services_complete: "{n} of {of} services have everything a provider needs.", "{n} de {of} servicios tienen todo lo que necesita el proveedor.";
        service_incomplete: "{service} still lacks {fields}.", "{service}: le falta {fields}.";
        no_services: "No services on the plan yet.", "Todavía no hay servicios en el plan.";
        referred_on_time: "{n} of {of} services referred on time.", "{n} de {of} servicios referidos a tiempo.";
        started: "{n} of {of} services have a start date.", "{n} de {of} servicios tienen fecha de inicio.";
        referral_late: "{service}: referred {n} days after the 30-day deadline.", "{service}: referido {n} días después del plazo de 30 días.";
        no_referral: "{service}: no referral sent yet.", "{service}: todavía no se envió la referencia.";
        no_start: "{service}: no start date.", "{service}: sin fecha de inicio.";
        referrals_due: "Referrals due by {date} (30 days after the placement).", "Las referencias vencen el {date} (30 días después de la salida de casa).";
        referrals_overdue: "No service referred, and the 30-day deadline passed on {date}.", "Ningún servicio referido, y el plazo de 30 días pasó el {date}.";
        child_safe: "{name}: home assessed, safe.", "{name}: hogar evaluado, seguro.";
        child_not_safe: "{name}: home assessed, not safe yet.", "{name}: hogar evaluado, todavía no es seguro.";
        child_not_assessed: "{name}: home not assessed yet.", "{name}: hogar todavía sin evaluar.";
        no_living_with: "{name}: where and with whom the child lives is not written.", "{name}: no está escrito dónde ni con quién vive.";
        no_date: "no date", "sin fecha";
    }
}

/// The measure's wording for `id` ("O1" … "D9").
pub fn measure(id: &str, language: Language) -> &'static str {
    let m = FidelityMeasures::get(language);
    match id {
        "O1" => m.o1,
        "O2" => m.o2,
        "O3" => m.o3,
        "O4" => m.o4,
        "O5" => m.o5,
        "O6" => m.o6,
        "O7" => m.o7,
        "D1" => m.d1,
        "D2" => m.d2,
        "D3" => m.d3,
        "D4" => m.d4,
        "D5" => m.d5,
        "D6" => m.d6,
        "D7" => m.d7,
        "D8" => m.d8,
        _ => m.d9,
    }
}

/// A status in words (never by colour alone).
pub fn status_text(status: Status, language: Language) -> &'static str {
    let t = FidelityText::get(language);
    match status {
        Status::Met => t.met,
        Status::NotYet => t.not_yet,
        Status::NotDue => t.not_due,
        Status::CannotJudge => t.cannot_judge,
    }
}

/// A name in evidence, or the words in its place, in `language`.
pub fn name_text(name: &Name, language: Language) -> String {
    let t = EvidenceText::get(language);
    match name {
        Name::Named(name) => name.clone(),
        Name::NoName => MemberNames::get(language).no_name_yet.into(),
        Name::NewService => GoalsText::get(language).new_service.into(),
        Name::PrivateMember => t.private_member.into(),
        Name::PrivateService => t.private_service.into(),
        Name::PrivateChild => t.private_child.into(),
    }
}

/// One piece of evidence as a sentence in `language`.
pub fn evidence_text(evidence: &Evidence, language: Language) -> String {
    let t = EvidenceText::get(language);
    let date = |d: chrono::NaiveDate| format_date_in(d, language);
    let n = |v: usize| v.to_string();
    let list = |names: &[Name]| {
        let names: Vec<String> = names.iter().map(|n| name_text(n, language)).collect();
        names.join(", ")
    };
    let one = |name: &Name| name_text(name, language);
    match evidence {
        Evidence::Supports {
            family,
            informal,
            names,
        } => fill(
            t.supports,
            &[
                ("n", &n(family + informal)),
                ("family", &n(*family)),
                ("informal", &n(*informal)),
                ("names", &list(names)),
            ],
        ),
        Evidence::NoSupports => t.no_supports.into(),
        Evidence::ReluctanceAddressed { addressed, of } => fill(
            t.reluctance_addressed,
            &[("n", &n(*addressed)), ("of", &n(*of))],
        ),
        Evidence::NoReluctance => t.no_reluctance.into(),
        Evidence::ReluctanceNotAddressed { names } => {
            fill(t.reluctance_open, &[("names", &list(names))])
        }
        Evidence::MeetingsHeld { n } => count(*n, t.meetings_one, t.meetings),
        Evidence::TeamSize { members, attending } => fill(
            t.team_size,
            &[("members", &n(*members)), ("attending", &n(*attending))],
        ),
        Evidence::FormalInformal { formal, informal } => fill(
            t.formal_informal,
            &[("formal", &n(*formal)), ("informal", &n(*informal))],
        ),
        Evidence::ObservedInRoom => t.observed.into(),
        Evidence::Helped { filled, of } => fill(t.helped, &[("n", &n(*filled)), ("of", &n(*of))]),
        Evidence::HelpedMissing { names } => fill(t.helped_missing, &[("names", &list(names))]),
        Evidence::NoOtherMembers => t.no_other_members.into(),
        Evidence::FamilyAsked {
            meeting,
            date: on,
            asked,
            of,
        } => fill(
            t.family_asked,
            &[
                ("meeting", &n(*meeting)),
                ("date", &on.map(date).unwrap_or_else(|| t.no_date.into())),
                ("n", &n(*asked)),
                ("of", &n(*of)),
            ],
        ),
        Evidence::NoReviewMeeting => t.no_review_meeting.into(),
        Evidence::NoServicesToReview => t.no_services_to_review.into(),
        Evidence::FamilyNotAsked { services } => {
            fill(t.family_not_asked, &[("services", &list(services))])
        }
        Evidence::HowWeCanHelp { quote } => fill(t.how_we_can_help, &[("quote", quote)]),
        Evidence::HowWeCanHelpMissing => t.how_we_can_help_missing.into(),
        Evidence::SuggestedBy { names } => fill(t.suggested_by, &[("names", &list(names))]),
        Evidence::NeedTwoSuggesters { n: k } => fill(t.need_two, &[("n", &n(*k))]),
        Evidence::SuggesterRecorded { recorded, of } => fill(
            t.suggester_recorded,
            &[("n", &n(*recorded)), ("of", &n(*of))],
        ),
        Evidence::Comments {
            disagreements,
            family_words,
            review_notes,
        } => fill(
            t.comments,
            &[
                ("disagreements", &n(*disagreements)),
                (
                    "family_words",
                    if *family_words {
                        t.recorded
                    } else {
                        t.not_recorded
                    },
                ),
                ("notes", &n(*review_notes)),
            ],
        ),
        Evidence::NoSuggester { n: k } => fill(t.no_suggester, &[("n", &n(*k))]),
        Evidence::NoItems => t.no_items.into(),
        Evidence::FirstMeetingAfterPlacement { days } => {
            fill(t.first_meeting_after, &[("n", &days.to_string())])
        }
        Evidence::FirstMeetingLate { days } => {
            fill(t.first_meeting_late, &[("n", &days.to_string())])
        }
        Evidence::FirstMeetingAfterPlacementDue { due } => {
            fill(t.first_meeting_due, &[("date", &date(*due))])
        }
        Evidence::FirstMeetingAfterPlacementLate { due, days } => fill(
            t.first_meeting_overdue,
            &[("date", &date(*due)), ("n", &days.to_string())],
        ),
        Evidence::NoPlacementDate => t.no_placement_date.into(),
        Evidence::NoMeetingDate => t.no_meeting_date.into(),
        Evidence::LongestGap { days } => fill(t.longest_gap, &[("n", &days.to_string())]),
        Evidence::GapTooLong { from, to, days } => fill(
            t.gap_too_long,
            &[
                ("n", &days.to_string()),
                ("from", &date(*from)),
                ("to", &date(*to)),
            ],
        ),
        Evidence::NextReviewDue { due } => fill(t.next_review_due, &[("date", &date(*due))]),
        Evidence::ReviewOverdue { due, days } => fill(
            t.review_overdue,
            &[("date", &date(*due)), ("n", &days.to_string())],
        ),
        Evidence::SafetyAnswered { answered, of } => {
            fill(t.safety_answered, &[("n", &n(*answered)), ("of", &n(*of))])
        }
        Evidence::NoSafetyWorries => t.no_safety_worries.into(),
        Evidence::SafetyUnanswered { worries } => {
            let numbers: Vec<String> = worries.iter().map(|w| w.to_string()).collect();
            fill(t.safety_unanswered, &[("worries", &numbers.join(", "))])
        }
        Evidence::CrisisResponse { steps } => {
            count(*steps, t.crisis_response_one, t.crisis_response)
        }
        Evidence::NoCrisisResponse => t.no_crisis_response.into(),
        Evidence::PermanencyGoal { quote } => fill(t.permanency_goal, &[("quote", quote)]),
        Evidence::ConcurrentPlan { quote } => fill(t.concurrent_plan, &[("quote", quote)]),
        Evidence::NoPermanencyGoal => t.no_permanency_goal.into(),
        Evidence::NoConcurrentPlan => t.no_concurrent_plan.into(),
        Evidence::ChildGoals { with_tasks, goals } => {
            fill(t.child_goals, &[("n", &n(*with_tasks)), ("of", &n(*goals))])
        }
        Evidence::NoChildGoal => t.no_child_goal.into(),
        Evidence::NoChildren => t.no_children.into(),
        Evidence::Reviewed { times, months } => fill(
            t.reviewed,
            &[
                ("times", &count(*times, t.times_one, t.times)),
                ("months", &count(*months as usize, t.months_one, t.months)),
            ],
        ),
        Evidence::FirstReviewDue { due } => fill(t.first_review_due, &[("date", &date(*due))]),
        Evidence::ServicesComplete { complete, of } => fill(
            t.services_complete,
            &[("n", &n(*complete)), ("of", &n(*of))],
        ),
        Evidence::ServiceIncomplete { service, fields } => {
            let names: Vec<&str> = fields.iter().map(|f| f.label_in(language)).collect();
            fill(
                t.service_incomplete,
                &[("service", &one(service)), ("fields", &names.join(", "))],
            )
        }
        Evidence::NoServices => t.no_services.into(),
        Evidence::ReferredOnTime { on_time, of } => {
            fill(t.referred_on_time, &[("n", &n(*on_time)), ("of", &n(*of))])
        }
        Evidence::Started { started, of } => {
            fill(t.started, &[("n", &n(*started)), ("of", &n(*of))])
        }
        Evidence::ReferralLate { service, days } => fill(
            t.referral_late,
            &[("service", &one(service)), ("n", &days.to_string())],
        ),
        Evidence::NoReferral { service } => fill(t.no_referral, &[("service", &one(service))]),
        Evidence::NoStart { service } => fill(t.no_start, &[("service", &one(service))]),
        Evidence::ReferralsDue { due } => fill(t.referrals_due, &[("date", &date(*due))]),
        Evidence::ReferralsOverdue { due } => fill(t.referrals_overdue, &[("date", &date(*due))]),
        Evidence::ChildSafe { name } => fill(t.child_safe, &[("name", &one(name))]),
        Evidence::ChildNotSafe { name } => fill(t.child_not_safe, &[("name", &one(name))]),
        Evidence::ChildNotAssessed { name } => fill(t.child_not_assessed, &[("name", &one(name))]),
        Evidence::NoLivingWith { name } => fill(t.no_living_with, &[("name", &one(name))]),
    }
}
