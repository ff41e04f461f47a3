//! The words of a case across meetings: what changed since the last meeting.

use super::Entries;
use crate::domain::history::Area;

crate::catalogue! {
    /// One sentence per change ("New task: …") and per task's progress.
    pub struct HistoryText {
        progress: "Progress: {what} ({status})", "Avance: {what} ({status})";
        and_more: "… and {n} more changes", "… y {n} cambios más";
        member_added: "New on the team: {what}", "Nuevo en el equipo: {what}";
        member_removed: "No longer on the team: {what}", "Ya no está en el equipo: {what}";
        member_changed: "Team details changed: {what}", "Cambiaron los datos de: {what}";
        goal_added: "New goal: {what}", "Meta nueva: {what}";
        goal_removed: "Goal taken off the plan: {what}", "Meta quitada del plan: {what}";
        goal_changed: "Goal changed: {what}", "Meta cambiada: {what}";
        task_added: "New task: {what}", "Tarea nueva: {what}";
        task_removed: "Task taken off the plan: {what}", "Tarea quitada del plan: {what}";
        task_changed: "Task changed: {what}", "Tarea cambiada: {what}";
        service_added: "New service: {what}", "Servicio nuevo: {what}";
        service_removed: "Service ended or taken off: {what}", "Servicio terminado o quitado: {what}";
        service_changed: "Service changed: {what}", "Servicio cambiado: {what}";
        sign_added: "New warning sign: {what}", "Señal de alerta nueva: {what}";
        sign_removed: "Warning sign taken off: {what}", "Señal de alerta quitada: {what}";
        sign_changed: "Warning sign changed: {what}", "Señal de alerta cambiada: {what}";
        prevent_added: "New way to stop a crisis: {what}", "Nueva forma de evitar una crisis: {what}";
        prevent_removed: "Way to stop a crisis taken off: {what}", "Forma de evitar una crisis quitada: {what}";
        prevent_changed: "Way to stop a crisis changed: {what}", "Forma de evitar una crisis cambiada: {what}";
        step_added: "New step in a crisis: {what}", "Paso nuevo en una crisis: {what}";
        step_removed: "Step in a crisis taken off: {what}", "Paso en una crisis quitado: {what}";
        step_changed: "Step in a crisis changed: {what}", "Paso en una crisis cambiado: {what}";
        contact_added: "New person to call: {what}", "Persona nueva a quien llamar: {what}";
        contact_removed: "No longer on the call list: {what}", "Ya no está en la lista para llamar: {what}";
        contact_changed: "Call list changed: {what}", "Cambió la lista para llamar: {what}";
        closure_added: "New sign we are done: {what}", "Nueva señal de que terminamos: {what}";
        closure_removed: "Sign we are done taken off: {what}", "Señal de que terminamos quitada: {what}";
        closure_changed: "Sign we are done changed: {what}", "Señal de que terminamos cambiada: {what}";
    }
}

impl HistoryText {
    /// The added / removed / changed sentences of an area.
    pub fn area(&self, area: Area) -> (&'static str, &'static str, &'static str) {
        match area {
            Area::Team => (self.member_added, self.member_removed, self.member_changed),
            Area::Goal => (self.goal_added, self.goal_removed, self.goal_changed),
            Area::Task => (self.task_added, self.task_removed, self.task_changed),
            Area::Service => (
                self.service_added,
                self.service_removed,
                self.service_changed,
            ),
            Area::WarningSign => (self.sign_added, self.sign_removed, self.sign_changed),
            Area::Prevent => (
                self.prevent_added,
                self.prevent_removed,
                self.prevent_changed,
            ),
            Area::CrisisStep => (self.step_added, self.step_removed, self.step_changed),
            Area::Contact => (
                self.contact_added,
                self.contact_removed,
                self.contact_changed,
            ),
            Area::Closure => (
                self.closure_added,
                self.closure_removed,
                self.closure_changed,
            ),
        }
    }
}

/// Every catalogue of this area (add each new one here).
pub fn all() -> Vec<Entries> {
    vec![("history::HistoryText", HistoryText::entries())]
}
