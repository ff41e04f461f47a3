//! The names of the plan's fixed choices (steps, roles, kinds of support,
//! goal areas, task status, closure categories, kinds of meeting) in each
//! language. The English names stay on the enums themselves (`label()`),
//! which the CLI and the corpus use; `label_in` gives either language.

use super::Entries;
use crate::domain::{
    CaseEventKind, ClosureCategory, Domain, Helping, HomeSafety, ItemId, Language, MeetingKind,
    Plan, Role, Step, SupportKind, TaskStatus, TeamMember,
};

/// `english` in English, `spanish` in Spanish.
fn pick(language: Language, english: &'static str, spanish: &'static str) -> &'static str {
    match language {
        Language::English => english,
        Language::Spanish => spanish,
    }
}

impl Language {
    /// The language's name in itself, for a language picker ("English", "Español").
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
        }
    }

    /// The language's name in `language` ("Spanish" in English, "español" in Spanish).
    pub fn name_in(self, language: Language) -> &'static str {
        match (language, self) {
            (Language::English, Language::English) => "English",
            (Language::English, Language::Spanish) => "Spanish",
            (Language::Spanish, Language::English) => "inglés",
            (Language::Spanish, Language::Spanish) => "español",
        }
    }
}

impl Step {
    /// The step's title in `language`.
    pub fn title_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.title(),
            match self {
                Step::Welcome => "Bienvenida y propósito",
                Step::Team => "Nuestro equipo",
                Step::Strengths => "Lo que va bien",
                Step::Worries => "Lo que nos preocupa",
                Step::Goals => "Lo que tiene que pasar: metas, tareas y servicios",
                Step::Crisis => "Si las cosas salen mal",
                Step::Voice => "La voz de los niños y jóvenes",
                Step::Closure => "¿Cómo sabremos que terminamos?",
                Step::Agreements => "Acuerdos y próximos pasos",
                Step::Review => "Desde la última vez: cómo va el plan",
                Step::Aftercare => "Después de cerrar el caso: el plan de apoyo",
            },
        )
    }

    /// The question the step puts to the room, in `language`.
    pub fn question_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.question(),
            match self {
                Step::Welcome => "¿Por qué estamos aquí hoy?",
                Step::Team => "¿Quiénes forman nuestro equipo?",
                Step::Strengths => "¿Qué está yendo bien?",
                Step::Worries => "¿Qué nos preocupa?",
                Step::Goals => "¿Qué tiene que pasar?",
                Step::Crisis => "Si las cosas salen mal, ¿qué haremos?",
                Step::Voice => "¿Qué dicen los niños?",
                Step::Closure => "¿Cómo sabremos que terminamos?",
                Step::Agreements => "¿Qué hemos acordado?",
                Step::Review => "¿Cómo ha ido el plan desde la última vez?",
                Step::Aftercare => "¿Qué ayuda sigue después de cerrar el caso?",
            },
        )
    }

    /// The step's short name (navigation, progress), in `language`.
    pub fn short_title_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.short_title(),
            match self {
                Step::Welcome => "Bienvenida",
                Step::Team => "Equipo",
                Step::Strengths => "Fortalezas",
                Step::Worries => "Preocupaciones",
                Step::Goals => "Metas",
                Step::Crisis => "Plan de crisis",
                Step::Voice => "Voz de los niños",
                Step::Closure => "Cuándo terminamos",
                Step::Agreements => "Acuerdos",
                Step::Review => "Revisión",
                Step::Aftercare => "Apoyo después",
            },
        )
    }
}

impl Role {
    /// The role's name in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                Role::Mother => "Madre",
                Role::Father => "Padre",
                Role::Child => "Niño, niña o joven",
                Role::Relative => "Pariente",
                Role::FosterParent => "Padre o madre de crianza / cuidador",
                Role::Friend => "Amigo/a o vecino/a",
                Role::Faith => "Comunidad de fe",
                Role::School => "Escuela",
                Role::Caseworker => "Quien lleva el caso",
                Role::ServiceProvider => "Proveedor de servicios",
                Role::TribalRepresentative => "Representante tribal",
                Role::Other => "Otro",
                Role::Stepfather => "Padrastro",
                Role::Stepmother => "Madrastra",
                Role::PartnerOfParent => "Pareja de uno de los padres",
                Role::Grandparent => "Abuelo o abuela",
                Role::Godparent => "Padrino o madrina",
            },
        )
    }
}

impl SupportKind {
    /// The kind of support in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                SupportKind::Family => "Familia",
                SupportKind::Informal => "Apoyo informal",
                SupportKind::Formal => "Apoyo formal",
            },
        )
    }
}

impl Domain {
    /// The goal's area in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                Domain::Child => "Niño o niña",
                Domain::ParentCaregiver => "Padre, madre o cuidador",
                Domain::Family => "Familia",
                Domain::Environment => "Hogar y comunidad",
            },
        )
    }
}

impl TaskStatus {
    /// The task's progress in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                TaskStatus::NotStarted => "Sin empezar",
                TaskStatus::InProgress => "En marcha",
                TaskStatus::Done => "Terminada",
                TaskStatus::Stuck => "Detenida: necesita ayuda",
            },
        )
    }
}

impl ClosureCategory {
    /// The category in plain words, in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                ClosureCategory::ProtectiveProvisions => "Lo que mantiene a todos seguros en casa",
                ClosureCategory::BehaviouralPatterns => "Lo que harán los adultos, cada día",
                ClosureCategory::RelapseAndCrisis => {
                    "Cómo evitamos una crisis, y qué hacemos si llega"
                }
                ClosureCategory::SustainableSupports => "La ayuda que sigue después de cerrar",
                ClosureCategory::LegalAndCourt => "Pasos de la corte y legales",
                ClosureCategory::MeasuresAndSchedules => "Cómo sabremos que funciona, y cuándo",
            },
        )
    }

    /// The practice term, shown as a hint for professionals, in `language`.
    pub fn practice_term_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.practice_term(),
            match self {
                ClosureCategory::ProtectiveProvisions => "Medidas de protección",
                ClosureCategory::BehaviouralPatterns => "Patrones de conducta",
                ClosureCategory::RelapseAndCrisis => {
                    "Prevención de recaídas y crisis, con capacidad de respuesta"
                }
                ClosureCategory::SustainableSupports => "Apoyos familiares duraderos",
                ClosureCategory::LegalAndCourt => {
                    "Resolución de asuntos legales y requisitos de la corte"
                }
                ClosureCategory::MeasuresAndSchedules => "Medidas y calendarios",
            },
        )
    }
}

impl Helping {
    /// The answer in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                Helping::NotAsked => "Aún no se preguntó",
                Helping::Yes => "Sí, ayuda",
                Helping::Somewhat => "Algo",
                Helping::No => "No, no ayuda",
            },
        )
    }
}

impl HomeSafety {
    /// Whether a child's home was assessed and found safe, in `language` (D9).
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                HomeSafety::NotAssessed => "Todavía no se evaluó",
                HomeSafety::Safe => "Evaluado: es seguro",
                HomeSafety::NotSafe => "Evaluado: todavía no es seguro",
            },
        )
    }
}

impl CaseEventKind {
    /// The event in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                CaseEventKind::AbsentParentFound => "Se encontró a un padre o madre ausente",
                CaseEventKind::PlacementChange => "Cambio de lugar donde vive el niño",
                CaseEventKind::TreatmentCompleted => "Tratamiento terminado",
                CaseEventKind::NewReport => "Nuevo reporte",
            },
        )
    }
}

impl MeetingKind {
    /// The kind of meeting in `language`.
    pub fn label_in(self, language: Language) -> &'static str {
        pick(
            language,
            self.label(),
            match self {
                MeetingKind::Initial => "Primera reunión",
                MeetingKind::FollowUp => "Reunión de seguimiento",
                MeetingKind::Crisis => "Reunión de crisis",
                MeetingKind::TransitionDischarge => "Reunión de transición / salida",
            },
        )
    }
}

crate::catalogue! {
    /// The usual names of a child's three voice boxes (when the child gave none).
    pub struct VoiceBoxes {
        worries: "Worries", "Preocupaciones";
        good_things: "Good things", "Cosas buenas";
        dreams: "Dreams", "Sueños";
    }
}

impl VoiceBoxes {
    /// The usual name of box `index` (0-2) in `language`.
    pub fn default_label(language: Language, index: usize) -> &'static str {
        let t = Self::get(language);
        match index {
            0 => t.worries,
            1 => t.good_things,
            _ => t.dreams,
        }
    }
}

crate::catalogue! {
    /// Stand-ins for a team member's name.
    pub struct MemberNames {
        no_name_yet: "(no name yet)", "(sin nombre todavía)";
        removed_from_team: "(removed from team)", "(ya no está en el equipo)";
    }
}

/// Ground rules offered to the group on a new plan, in Spanish
/// (`DEFAULT_GROUND_RULES` in `plan.rs` is the English).
pub const GROUND_RULES_ES: [&str; 5] = [
    "Habla una persona a la vez",
    "Hablamos de lo que las personas hacen, no les ponemos etiquetas",
    "Se escriben las ideas de todos",
    "Lo que se dice aquí se queda aquí, a menos que alguien no esté seguro",
    "Está bien tomar un descanso",
];

impl Plan {
    /// A new plan for a family written in `language`: its ground rules in
    /// that language, and the wall, family view and link speak it.
    pub fn new_in(
        id: impl Into<String>,
        family_name: impl Into<String>,
        now_ms: i64,
        language: Language,
    ) -> Plan {
        let mut plan = Plan::new(id, family_name, now_ms);
        plan.language = language;
        if language == Language::Spanish {
            for (rule, text) in plan.meeting.ground_rules.iter_mut().zip(GROUND_RULES_ES) {
                rule.text = text.to_string();
            }
        }
        plan
    }
}

impl TeamMember {
    /// The name to show, never empty, in `language`.
    pub fn display_name_in(&self, language: Language) -> &str {
        match self.name.trim() {
            "" => MemberNames::get(language).no_name_yet,
            name => name,
        }
    }
}

impl Plan {
    /// A team member's name by id, in `language` when there is none to show.
    pub fn member_name_in(&self, id: ItemId, language: Language) -> &str {
        self.member(id)
            .map(|m| m.display_name_in(language))
            .unwrap_or(MemberNames::get(language).removed_from_team)
    }
}

/// This area's catalogues, and the fixed names above as entries.
pub fn all() -> Vec<Entries> {
    vec![
        ("labels::VoiceBoxes", VoiceBoxes::entries()),
        ("labels::MemberNames", MemberNames::entries()),
    ]
}

/// Every fixed name above as `(what, English, Spanish)`, for the tests.
pub fn enum_labels() -> Vec<(String, &'static str, &'static str)> {
    let en = Language::English;
    let es = Language::Spanish;
    let mut out = Vec::new();
    for s in Step::ALL {
        out.push((format!("Step::{s:?} title"), s.title_in(en), s.title_in(es)));
        out.push((
            format!("Step::{s:?} question"),
            s.question_in(en),
            s.question_in(es),
        ));
        out.push((
            format!("Step::{s:?} short"),
            s.short_title_in(en),
            s.short_title_in(es),
        ));
    }
    for r in Role::ALL {
        out.push((format!("Role::{r:?}"), r.label_in(en), r.label_in(es)));
    }
    for k in SupportKind::ALL {
        out.push((
            format!("SupportKind::{k:?}"),
            k.label_in(en),
            k.label_in(es),
        ));
    }
    for d in Domain::ALL {
        out.push((format!("Domain::{d:?}"), d.label_in(en), d.label_in(es)));
    }
    for t in TaskStatus::ALL {
        out.push((format!("TaskStatus::{t:?}"), t.label_in(en), t.label_in(es)));
    }
    for c in ClosureCategory::ALL {
        out.push((
            format!("ClosureCategory::{c:?}"),
            c.label_in(en),
            c.label_in(es),
        ));
        out.push((
            format!("ClosureCategory::{c:?} term"),
            c.practice_term_in(en),
            c.practice_term_in(es),
        ));
    }
    for h in Helping::ALL {
        out.push((format!("Helping::{h:?}"), h.label_in(en), h.label_in(es)));
    }
    for k in CaseEventKind::ALL {
        out.push((
            format!("CaseEventKind::{k:?}"),
            k.label_in(en),
            k.label_in(es),
        ));
    }
    for m in MeetingKind::ALL {
        out.push((
            format!("MeetingKind::{m:?}"),
            m.label_in(en),
            m.label_in(es),
        ));
    }
    out
}
