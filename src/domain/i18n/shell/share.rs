//! The share page: the family's link, its QR code and what it leaves out.

crate::catalogue! {
    /// The share page.
    pub struct ShareText {
        lead: "The family takes the plan home as a link. It opens on a phone, with no account, and nothing is sent to a server: the plan is inside the link itself.",
            "La familia se lleva el plan a casa en un enlace. Se abre en un celular, sin crear una cuenta, y no se envía nada a ningún servidor: el plan va dentro del mismo enlace.";
        what_to_share: "What to share", "Qué compartir";
        whole_plan: "The whole plan", "Todo el plan";
        persons_view: "{name}'s view (their tasks)", "Lo que ve {name} (sus tareas)";
        protect: "Protect the link with a passphrase", "Proteger el enlace con una contraseña";
        passphrase_label: "Passphrase (at least 8 characters; tell it to the family in person)",
            "Contraseña (de 8 caracteres o más; dígasela a la familia en persona)";
        hide_passphrase: "Hide passphrase", "Ocultar la contraseña";
        show_passphrase: "Show passphrase", "Mostrar la contraseña";
        only_with_passphrase: "Only someone with the passphrase can open this link.",
            "Solo quien tenga la contraseña puede abrir este enlace.";
        anyone_can_read: "Anyone who has this link can read the plan. Send it only to the family and the team, or add a passphrase.",
            "Cualquier persona que tenga este enlace puede leer el plan. Envíelo solo a la familia y al equipo, o agregue una contraseña.";
        nothing_private: "Nothing in this plan is marked private.",
            "Nada en este plan está marcado como privado.";
        private_one: "{n} item marked private is left out of the link.",
            "{n} elemento marcado como privado no va en el enlace.";
        private_other: "{n} items marked private are left out of the link.",
            "{n} elementos marcados como privados no van en el enlace.";
        reluctance_notes: "Notes on reluctance to include someone stay with the caseworker.",
            "Las notas sobre las dudas de incluir a alguien se quedan con quien lleva el caso.";
        father_outreach: "The note of what was done to reach the children's father stays with the caseworker.",
            "La nota de lo que se hizo para contactar al padre de los niños se queda con quien lleva el caso.";
        child_story: "{child}'s story", "La historia de {child}";
        child_boxes: "{child}'s worries, good things and dreams (the boxes)",
            "Las preocupaciones, cosas buenas y sueños de {child} (las cajas)";
        child_own_words: "{child}'s own words and what I want from the plan",
            "Las propias palabras de {child} y lo que quiere del plan";
        child_goals: "{child}'s goals", "Las metas de {child}";
        child_safety_plan: "{child}'s safety plan", "El plan de seguridad de {child}";
        not_shared_part: "{part}: not shared (the child's choice, step 7).",
            "{part}: no se comparte (así lo decidió el niño o la niña, paso 7).";
        making: "Making the link…", "Creando el enlace…";
        type_passphrase: "Type a passphrase of at least 8 characters to make a protected link.",
            "Escriba una contraseña de 8 caracteres o más para crear un enlace protegido.";
        link_label: "The link ({n} characters)", "El enlace ({n} caracteres)";
        copied: "Copied ✓", "Copiado ✓";
        copy_link: "Copy link", "Copiar el enlace";
        open_family_view: "Open the family view", "Abrir la vista de la familia";
        qr_caption: "Scan with a phone camera to open the plan. (QR version {version}, error correction {ec})",
            "Escanee con la cámara de un celular para abrir el plan. (QR versión {version}, corrección de errores {ec})";
        qr_image: "QR code of the link", "Código QR del enlace";
        qr_full_screen: "Show the QR code full screen", "Mostrar el código QR en pantalla completa";
        qr_dialog: "QR code, full screen", "Código QR, en pantalla completa";
        qr_close: "Close (Esc)", "Cerrar (Esc)";
        too_large: "This plan is too big for one link. Share one person's view, or shorten the longest texts, then try again.",
            "Este plan es demasiado grande para un solo enlace. Comparta lo que ve una sola persona, o acorte los textos más largos, y luego intente otra vez.";
        too_long_for_qr: "This plan is too long for one QR code. Share the link instead.",
            "Este plan es demasiado largo para un solo código QR. Mejor comparta el enlace.";
        no_cipher: "This passphrase link opens only on a secure (https) page. Open the link as it was sent, starting with https://.",
            "Este enlace con contraseña solo se abre en una página segura (https). Abra el enlace tal como se lo enviaron, empezando con https://.";
        crypto_unavailable: "This browser can't protect a link with a passphrase here (it needs a secure https page).",
            "Este navegador no puede proteger un enlace con contraseña aquí (necesita una página segura, https).";
    }
}
