//! The app's own messages: the storage banner, backups, keeping plans,
//! the text size.

crate::catalogue! {
    /// Messages of the app around every screen.
    pub struct AppText {
        not_answering: "The browser's storage is not answering (another tab may be updating the planner). You can keep working on this page: download a backup before you close it, then reload to try again.",
            "El almacenamiento del navegador no responde (tal vez otra pestaña está actualizando el planificador). Puede seguir trabajando en esta página: descargue una copia de seguridad antes de cerrarla y luego vuelva a cargar la página para intentarlo otra vez.";
        older_tab: "Another tab has an older version of the planner open. Close or reload that tab to finish updating; your plans are safe.",
            "Otra pestaña tiene abierta una versión anterior del planificador. Cierre esa pestaña o vuelva a cargarla para terminar de actualizar; sus planes están seguros.";
        data_deleted: "This browser has deleted the stored plans (site data was cleared, or the device ran short of space). What is open on this page is still here: download a backup now.",
            "Este navegador borró los planes guardados (se borraron los datos del sitio o el dispositivo se quedó sin espacio). Lo que está abierto en esta página sigue aquí: descargue una copia de seguridad ahora.";
        banner_title: "Your plans are not being saved in this browser. ",
            "Sus planes no se están guardando en este navegador. ";
        download_now: "Download a backup now", "Descargar una copia de seguridad ahora";
        // The same banner in the family's small app, which has no backup to offer.
        phone_banner_title: "Plans you save are not being kept on this device. ",
            "Los planes que guarde no se están conservando en este dispositivo. ";
        phone_not_answering: "The browser's storage is not answering. You can still read the plan on this page; to save it on this phone, reload the page later and try again.",
            "El almacenamiento del navegador no responde. Puede seguir leyendo el plan en esta página; para guardarlo en este teléfono, vuelva a cargar la página más tarde e inténtelo otra vez.";
        phone_older_tab: "Another tab has an older version of this page open. Close or reload that tab, then try again.",
            "Otra pestaña tiene abierta una versión anterior de esta página. Cierre esa pestaña o vuelva a cargarla y luego inténtelo otra vez.";
        phone_unavailable: "This browser won't let this device keep saved plans ({why}). You can still read the plan on this page; keep the link you were sent.",
            "Este navegador no deja que este dispositivo guarde planes ({why}). Puede seguir leyendo el plan en esta página; guarde el enlace que le enviaron.";
        phone_full: "This device is out of space for saved plans. Free some space, then save the plan again; keep the link you were sent.",
            "Este dispositivo no tiene espacio para guardar planes. Libere espacio y vuelva a guardar el plan; guarde el enlace que le enviaron.";
        phone_failed: "Saving on this device failed ({why}). Keep the link you were sent, and try again later.",
            "No se pudo guardar en este dispositivo ({why}). Guarde el enlace que le enviaron y vuelva a intentarlo más tarde.";
        phone_data_deleted: "This browser has deleted the plans saved on this device (site data was cleared, or the device ran short of space). To keep this plan, keep the link you were sent, and save it again later.",
            "Este navegador borró los planes guardados en este dispositivo (se borraron los datos del sitio o el dispositivo se quedó sin espacio). Para conservar este plan, guarde el enlace que le enviaron y vuelva a guardarlo más tarde.";
        only_open_plans: "Only the plans open on this page are in the backup: {error}",
            "La copia de seguridad solo tiene los planes abiertos en esta página: {error}";
        this_tab_name: "{name} (this tab's version)", "{name} (versión de esta pestaña)";
        skipped: "{n} plan(s) could not be read and are not in the backup.",
            "{n} plan(es) no se pudieron leer y no están en la copia de seguridad.";
        could_not_read_plans: "Could not read the plans: {error}", "No se pudieron leer los planes: {error}";
        kept_for_good: "This browser has agreed to keep your plans until you delete them. A backup is still wise.",
            "Este navegador aceptó guardar sus planes hasta que usted los borre. Aun así, conviene tener una copia de seguridad.";
        may_clear: "This browser may clear stored plans when the device is short of space. Keep a backup (\"Back up all plans\") or the family's link after each meeting.",
            "Este navegador puede borrar los planes guardados cuando el dispositivo tiene poco espacio. Después de cada reunión, guarde una copia de seguridad (\"Hacer copia de seguridad de todos los planes\") o el enlace de la familia.";
        larger_text: "Larger text", "Letra más grande";
    }
}
