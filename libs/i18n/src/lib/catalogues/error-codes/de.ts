// Texts of the API's error codes (German), shown by code (see docs/errors.md).
export const errorCodesDe = {
  VALIDATION_FAILED: 'Bitte prüfen Sie Ihre Eingaben.',
  MALFORMED_JSON: 'Die Anfrage war fehlerhaft. Bitte laden Sie die Seite neu.',
  PAYLOAD_TOO_LARGE: 'Das ist zu groß. Bitte senden Sie weniger Daten oder eine kleinere Datei.',
  UNAUTHENTICATED: 'Bitte melden Sie sich an.',
  FORBIDDEN: 'Ihr Konto darf das nicht.',
  NOT_FOUND: 'Diesen Eintrag gibt es nicht.',
  METHOD_NOT_ALLOWED: 'Diese Aktion ist hier nicht möglich.',
  CONFLICT: 'Das gibt es schon.',
  UNPROCESSABLE: 'Das ist nicht möglich.',
  CSRF_TOKEN_INVALID:
    'Die Seite ist nicht mehr aktuell. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  RATE_LIMITED: 'Zu viele Anfragen. Bitte warten Sie kurz.',
  SERVICE_UNAVAILABLE: 'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.',
  INTERNAL: 'Etwas ist schiefgegangen.',
  ACCOUNT_EMAIL_TAKEN: 'Mit dieser E-Mail-Adresse gibt es schon ein Konto.',
  ACCOUNT_LAST_ADMIN: 'Das letzte aktive Verwaltungskonto muss bleiben.',
  ACCOUNT_SELF_DISABLE: 'Sie können Ihr eigenes Konto nicht sperren.',
  ACCOUNT_ROLE_NOT_CHANGEABLE: 'Diese Änderung ist nicht möglich. Bewerber und Betriebe behalten ihre Rolle.',
  AUTH_BAD_CREDENTIALS: 'E-Mail-Adresse, Anmeldename oder Passwort stimmen nicht.',
  AUTH_ACCESS_CODE_INVALID:
    'Anmeldename oder Zugangscode stimmen nicht, oder der Code ist schon benutzt oder abgelaufen.',
  AUTH_TOO_MANY_FAILURES:
    'Zu viele Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann noch einmal.',
  AUTH_SIGNUP_LINK_INVALID: 'Dieser Anmeldelink ist ungültig, schon benutzt oder abgelaufen.',
  AUTH_RESET_LINK_INVALID:
    'Dieser Link zum Zurücksetzen des Passworts ist ungültig, schon benutzt oder abgelaufen.',
  AUTH_PASSWORD_REJECTED: 'Dieses Passwort ist nicht sicher genug. Bitte wählen Sie ein anderes.',
  INVITATION_NOT_ALLOWED: 'Ihre Rolle darf diese Art von Konto nicht einladen.',
  INVITATION_COMPANY_CHOICE:
    'Bitte wählen Sie einen vorhandenen Betrieb oder geben Sie den Namen eines neuen an.',
  INVITATION_INVALID: 'Diese Einladung ist ungültig, schon benutzt oder abgelaufen.',
  MENTORSHIP_CANDIDATES_ONLY: 'Nur die Person selbst entscheidet, wer für sie handeln darf.',
  MENTOR_NOT_FOUND: 'Es gibt keine Messepatin und keinen Messepaten mit dieser E-Mail-Adresse.',
  MENTOR_ALREADY_AUTHORISED: 'Diese Person darf Ihnen schon helfen.',
  CONSENT_TEXT_OUTDATED: 'Der Einwilligungstext hat sich geändert. Bitte lesen Sie den aktuellen Text.',
  CONSENT_ALREADY_GIVEN: 'Die Einwilligung ist schon gegeben.',
  CONSENT_NOT_GIVEN: 'Es gibt keine Einwilligung, die Sie zurückziehen könnten.',
  PROFILE_CONSENT_MISSING:
    'Bevor Betriebe das Profil sehen, braucht es die Einwilligung: unter „Konto“ lesen und zustimmen.',
  PROFILE_INCOMPLETE: 'Das Profil kann noch nicht veröffentlicht werden: Es fehlen noch Angaben.',
  PROFILE_NOT_PUBLISHED: 'Das Profil ist nicht veröffentlicht.',
  PROFILE_EVIDENCE_NOT_YOURS: 'Einschätzungen, die jemand anderes eingetragen hat, können Sie nicht ändern.',
  ASSESSMENT_NOT_CONFIRMABLE: 'Nur Ergebnisse eines Bildungsträgers kann Team IBA bestätigen.',
  DUPLICATE_SAME_CANDIDATE: 'Bitte wählen Sie zwei verschiedene Personen.',
  DUPLICATE_PAIR_NOT_FLAGGED:
    'Dieses Paar steht nicht (mehr) in der Liste und kann nicht zusammengeführt werden.',
  MERGE_NOT_RESTORABLE: 'Dieser zusammengeführte Eintrag kann nicht mehr wiederhergestellt werden.',
  MERGE_IDENTIFIER_TAKEN:
    'Ein anderes Konto nutzt inzwischen die E-Mail-Adresse oder den Anmeldenamen dieses Eintrags.',
  COMPANY_NOT_YOURS: 'Sie können nur Ihren eigenen Betrieb ändern.',
  COMPANY_SITE_IN_USE:
    'Entwürfe oder offene Angebote nutzen diesen Standort. Bitte ordnen Sie sie zuerst einem anderen Standort zu.',
  JOB_BOARD_CANDIDATE_REQUIRED: 'Bitte wählen Sie, für welche Person Sie handeln.',
  JOB_NOT_RETRYABLE: 'Nur ein fehlgeschlagener Auftrag kann wiederholt werden.',
  TAXONOMY_LABEL_EXISTS: 'Diese Bezeichnung gibt es für den Begriff in dieser Sprache schon.',
  TAXONOMY_LABEL_NOT_EDITABLE: 'Nur von Koordinierenden ergänzte Bezeichnungen können entfernt werden.',
  TOWN_EXISTS: 'Einen Ort mit diesem Gemeindeschlüssel gibt es schon.',
  COMPANY_NOT_VERIFIED: 'Ihre Firma ist noch nicht geprüft. Das Team IBA prüft sie in Kürze.',
  SAVED_SEARCH_LIMIT_REACHED: 'Sie haben schon so viele Suchen gespeichert, wie möglich. Löschen Sie zuerst eine.',
};
