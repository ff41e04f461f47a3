//! The SMART hints under a goal statement and the hints of a task.

crate::catalogue! {
    /// What a goal statement or a task could say more clearly.
    pub struct SmartText {
        no_date: "Add when: by what date will this be happening?", "Agregue cuándo: ¿para qué fecha va a estar pasando esto?";
        no_measure: "Add how we'll know: a number, how often, or what people will see", "Agregue cómo lo sabremos: un número, cada cuánto, o lo que la gente va a ver";
        negative: "Say what will be happening instead (e.g. 'will stay sober' rather than 'will not drink')", "Diga lo que sí va a pasar (p. ej., 'va a vivir sin alcohol' en vez de 'no va a tomar')";
        seat_time: "Say what will change, not only the class attended: what will people see them doing?", "Diga qué va a cambiar, no solo a qué clase va: ¿qué verá la gente que hace?";
        too_vague: "Say who will be doing what, in words everyone would picture the same way", "Diga quién va a hacer qué, con palabras que todos se imaginen igual";
        too_long: "Keep the goal to one short sentence and move the steps into tasks", "Escriba la meta en una sola frase corta, y pase los pasos a las tareas";
        task_what: "Say what will be done", "Diga qué se va a hacer";
        task_who: "Add who will do it", "Agregue quién lo va a hacer";
        task_when: "Add when: a date, or how often", "Agregue cuándo: una fecha, o cada cuánto";
        task_checker: "Add who will check it is happening", "Agregue quién va a revisar que se esté haciendo";
    }
}
