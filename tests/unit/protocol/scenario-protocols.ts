import type { ConversationProtocol } from '../../../src/core/protocol/schema';

/**
 * For every scenario: the protocol a careful trainee writes after the golden "best" path (some in
 * German, some in English, as trainees do), and a sloppy one — vague, the agreement of another
 * ending, no follow-up date, the wrong mood. scenario-protocols.test.ts checks both against the
 * key facts in the scenario's YAML.
 */
export interface ProtocolCase {
  scenario: string;
  /** A path name in tests/golden/<scenario>.golden.yaml. */
  path: string;
  good: ConversationProtocol;
  sloppy: ConversationProtocol;
}

export const SESSION_START = '2026-03-14T09:30:00+01:00';

export const PROTOCOL_CASES: ProtocolCase[] = [
  {
    scenario: 'angry-repair-returned',
    path: 'best',
    good: {
      concern:
        'Waschmaschine AquaLux 8 eine Woche nach der Reparatur (RP-58213) wieder defekt, Fehler E21, pumpt nicht ab. Kunde hatte für den Techniker Urlaub genommen.',
      agreement:
        'Austauschgerät wird Samstag 9–12 Uhr geliefert und angeschlossen, Altgerät wird mitgenommen. Bestätigung per SMS, Rückruf am Freitag.',
      followUp: '2026-03-20',
      mood: 'calm',
    },
    sloppy: {
      concern: 'Kunde hat sich lautstark beschwert.',
      agreement: 'Kunde will es sich überlegen.',
      followUp: null,
      mood: 'angry',
    },
  },
  {
    scenario: 'demanding-premium-exchange',
    path: 'best',
    good: {
      concern:
        'Milano Pro, sechs Wochen alt: Dampflanze tropft nach. Kundin verlangte kostenlos das Topmodell Milano Pro X und einen Gutschein.',
      agreement:
        'Neugerät aus dem Lager statt Reparatur, Lieferung morgen 8–8:30 Uhr (Auftrag A-48213), Pflegeset dazu. Rückmeldung an Frau Demir weitergegeben.',
      followUp: null,
      mood: 'calm',
    },
    sloppy: {
      concern: 'Kundin war unzufrieden.',
      agreement: 'An die Filialleitung übergeben.',
      followUp: null,
      mood: 'angry',
    },
  },
  {
    scenario: 'indecisive-laptop-choice',
    path: 'best',
    good: {
      concern:
        'Laptop goes dead, won’t turn on since last night; she needs a working machine on Monday for video calls. Worried about her data.',
      agreement:
        'She bought the Lumen Air 14. Data transfer by our technicians for €49, collection today from 6 pm; I call her when it is done.',
      followUp: null,
      mood: 'calm',
    },
    sloppy: {
      concern: 'Customer could not decide.',
      agreement: 'Laptop reserved until tomorrow, call-back at 10.',
      followUp: null,
      mood: 'upset',
    },
  },
  {
    scenario: 'indecisive-laptop-choice',
    path: 'sleeps-on-it',
    good: {
      concern: 'Laptop geht nicht mehr an, wird am Montag für die Arbeit gebraucht.',
      agreement:
        'Lumen Air 14 bis morgen 14 Uhr zurückgelegt, Rückruf morgen um 10 Uhr. Altgerät bleibt zur Datenprüfung hier.',
      followUp: '2026-03-15',
      mood: 'calm',
    },
    sloppy: {
      concern: 'Laptop kaputt.',
      agreement: 'Kundin nimmt den Lumen Air 14 heute mit, Datenübernahme bis 18 Uhr.',
      followUp: null,
      mood: 'angry',
    },
  },
  {
    scenario: 'suspicious-warranty-fee',
    path: 'best',
    good: {
      concern:
        'Tablet Nova Tab 11: Garantie abgelehnt wegen Sturzschaden (Displaybruch). Kunde zweifelt am Prüfbericht und soll 39 € für den Kostenvoranschlag zahlen.',
      agreement:
        'Kostenvoranschlag beauftragt, schriftlich bis Freitag 12 Uhr; Reparaturfreigabe bis 200 €, die 39 € werden angerechnet. Ohne seine Freigabe keine Reparatur darüber.',
      followUp: '2026-03-20',
      mood: 'calm',
    },
    sloppy: {
      concern: 'Kunde misstrauisch.',
      agreement: 'Kunde nimmt das Gerät unrepariert mit.',
      followUp: null,
      mood: 'upset',
    },
  },
  {
    scenario: 'talkative-pension-story',
    path: 'best',
    good: {
      concern:
        'Mr Brückner collected his repaired Komfort 5 phone (R-20731); with his hearing aid he could not hear his grandson, only whistling.',
      agreement:
        'Charging port replaced under warranty, free of charge; hearing-aid mode switched on and tested. WhatsApp steps in writing – he sets it up with Tim on Sunday.',
      followUp: null,
      mood: 'calm',
    },
    sloppy: {
      concern: 'Customer talked a lot.',
      agreement: 'Appointment with the set-up service on Tuesday at 10.',
      followUp: null,
      mood: 'upset',
    },
  },
  {
    scenario: 'threat-end-relationship',
    path: 'best',
    good: {
      concern:
        'Herr Kessler wollte den Saugroboter CleanBot X5 nach sieben Wochen zurückgeben und 649 Euro bar. Kein Defekt, fährt sich fest und ist laut; Rückgabefrist abgelaufen.',
      agreement:
        'Barauszahlung abgelehnt, Einrichtung und Kulanzantrag angeboten. Nach seiner Drohung Gespräch beendet, Sicherheitsdienst und Frau Albers gerufen; sie hat die Geschäftsbeziehung beendet.',
      followUp: null,
      mood: 'upset',
    },
    sloppy: {
      concern: 'Stammkunde war sauer.',
      agreement: 'Geld ausgezahlt, damit er Ruhe gibt.',
      followUp: null,
      mood: 'calm',
    },
  },
  {
    scenario: 'interrupting-refund',
    path: 'best',
    good: {
      concern:
        'Herr Mensah: linker Hörer der SoundPro 300 knackt seit einer Woche, vor fünf Wochen gekauft. Wollte sein Geld zurück, Rückgabefrist 30 Tage vorbei.',
      agreement:
        'Heute gegen ein neues Paar aus dem Lager getauscht und getestet. Vermerk auf dem Beleg: knackt es wieder, Erstattung. Rückmeldung aufgenommen: Frist zu knapp in der Prüfungsphase.',
      followUp: null,
      mood: 'calm',
    },
    sloppy: {
      concern: 'Kunde hat ständig unterbrochen.',
      agreement: 'Reparatur mit Leihkopfhörern, Anruf Donnerstag.',
      followUp: null,
      mood: 'upset',
    },
  },
  {
    scenario: 'privacy-counter-trap',
    path: 'best',
    good: {
      concern:
        'Frau Lindner fragte nach dem Liefertermin der Waschmaschine, die ihr Sohn Markus bestellt hat (Auftrag B-77164). Sie las am Schalter sein Passwort vor.',
      agreement:
        'Markus hat am Telefon Kundennummer und Geburtsdatum bestätigt und die Auskunft freigegeben. Lieferung auf Freitag 8–12 Uhr gelegt. Markus soll heute sein Passwort ändern.',
      followUp: null,
      mood: 'calm',
    },
    sloppy: {
      concern: 'Ältere Dame mit Fragen.',
      agreement: 'Vollmacht-Formular mitgegeben.',
      followUp: null,
      mood: 'upset',
    },
  },
  {
    scenario: 'telecom-contract-cancel',
    path: 'best',
    good: {
      concern:
        'Ms Asante wanted to cancel: her Smart M plan goes up from €24.99 to €27.99 from March (letter), and she has no signal on the S3 every morning from Warschauer Straße. Undecided.',
      agreement:
        'Switched to Smart Flex at €24.99, cancellable monthly (clause marked). Network report recorded with route and time, ticket N-40518. I call her in two weeks with the status.',
      followUp: null,
      mood: 'calm',
    },
    sloppy: {
      concern: 'Customer unsure about her contract.',
      agreement: 'Early cancellation for 28 February, number porting.',
      followUp: null,
      mood: 'upset',
    },
  },
  {
    scenario: 'regular-special-requests',
    path: 'best',
    good: {
      concern:
        'Herr Brenner (Fotostudio) wollte die Reparatur seines Studioblitzes als Express auf Kulanz, einen kostenlosen Leihblitz bis Samstag und 15 % Rabatt auf das 85er-Objektiv. Der Blitz ist über zwei Jahre alt, keine Garantie mehr.',
      agreement:
        'Express-Reparatur für 49 Euro und Leihblitz für 25 Euro am Tag zu normalen Preisen angeboten; kein Rabatt auf das Objektiv. Er lehnt die normalen Preise ab. Sonderkonditionen beendet, Entscheidung von Frau Albers (Marktleitung) nach Prüfung; schriftliche Bestätigung folgt.',
      followUp: null,
      mood: 'calm',
    },
    sloppy: {
      concern: 'Stammkunde wollte wieder was umsonst.',
      agreement: 'Blitz kostenlos repariert, damit er zufrieden ist.',
      followUp: null,
      mood: 'angry',
    },
  },
  {
    scenario: 'strain-handover',
    path: 'best',
    good: {
      concern:
        'Frau Roth: Kühl-Gefrier-Kombination, Auftrag L-4471, dreimal nicht geliefert (Dienstag, Donnerstag, Samstag), keine Absage, seit zwölf Tagen ohne Kühlschrank, Lebensmittel verdorben.',
      agreement:
        'An Kollegen Herrn Yilmaz übergeben (mit Zusammenfassung). Lieferung morgen 8–10 Uhr fest gebucht; Gutschein 50 Euro oder Belege einreichen; Rückruf morgen um 10 Uhr; falls nicht geliefert, eigener Fahrer am selben Tag.',
      followUp: '2026-03-15',
      mood: 'calm',
    },
    sloppy: {
      concern: 'Kundin hat rumgeschrien.',
      agreement: 'Sie wartet weiter.',
      followUp: null,
      mood: 'angry',
    },
  },
  {
    scenario: 'return-broken-promise',
    path: 'best',
    good: {
      concern:
        'Mr Chen, laptop repair R-20931 (no picture). He was promised a call back by Tuesday; nobody called, he rang twice himself. The workshop report (warranty) had been in the system since Monday.',
      agreement:
        'Covered by warranty, no charge; spare part due Monday, then about two days. Loan laptop today with his data transferred. I call him on Monday by 12 noon, entered as a reminder under my name. His complaint about the missed call is recorded.',
      followUp: '2026-03-16',
      mood: 'calm',
    },
    sloppy: {
      concern: 'Customer was annoyed about something.',
      agreement: 'Told him it would be ready soon.',
      followUp: null,
      mood: 'angry',
    },
  },
];
