import { useEffect, useRef, useState } from 'react';
import type { Recording } from '../../core/recording/schema';
import type { Scenario } from '../../core/scenario/schema';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { useRoute } from '../../nav/route';
import { recordsStore, settled } from '../../recording/records-store';
import { useSession } from '../../state/session';
import { loadAnyScenario } from '../scenario-catalogue';
import { PrintProtocol } from './PrintProtocol';
import { type PrintModel, printModelOf } from './print-model';
import '../../ui/protocol/protocol.css';
import './print.css';
import { text } from '../../i18n/define-texts';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; recording: Recording; scenario: Scenario | undefined };

/**
 * `#/print/<sessionId>`: the printable protocol of a stored session, laid over whatever the app
 * shows. While it is open the rest of the page is inert (no tabbing into the hidden debrief) and
 * `data-print-view` on <body> lets the print stylesheet drop everything but the sheet.
 */
export function PrintRoute() {
  const route = useRoute();
  const id = route.page === 'print' ? route.session : null;
  const menuLocale = useSession((s) => s.settings.locale);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [model, setModel] = useState<PrintModel | null>(null);
  const page = useRef<HTMLDivElement>(null);
  // A trainer prints the session as it ran: a German session gives a German sheet from an English menu.
  const locale = loaded.state === 'ready' ? loaded.recording.locale : menuLocale;
  const protocolText = (key: keyof typeof PROTOCOL_UI) => text(PROTOCOL_UI, key, locale);

  useEffect(() => {
    if (!id) return;
    let live = true;
    setLoaded({ state: 'loading' });
    // After the queued writes: the protocol just submitted in the debrief is stored by then.
    void settled()
      .then(() => recordsStore.getState().repository.get(id))
      .then(async (recording) => {
        const scenario = recording ? await loadAnyScenario(recording.scenarioId) : undefined;
        if (live) setLoaded(recording ? { state: 'ready', recording, scenario } : { state: 'missing' });
      })
      .catch(() => live && setLoaded({ state: 'missing' }));
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    setModel(loaded.state === 'ready' ? printModelOf(loaded.recording, loaded.scenario, locale) : null);
  }, [loaded, locale]);

  useEffect(() => {
    const self = page.current;
    if (!id || !self?.parentElement) return;
    const others = [...self.parentElement.children].filter((el) => el !== self && !el.hasAttribute('inert'));
    for (const el of others) el.setAttribute('inert', '');
    document.body.dataset.printView = 'open';
    self.querySelector<HTMLElement>('h1')?.focus();
    return () => {
      for (const el of others) el.removeAttribute('inert');
      delete document.body.dataset.printView;
    };
  }, [id, model]);

  if (!id) return null;
  return (
    <div className="print-page" ref={page}>
      <div className="print-actions">
        <button type="button" className="primary" onClick={() => window.print()} disabled={!model}>
          {protocolText('printNow')}
        </button>
        <a className="print-back" href="#/">
          {protocolText('back')}
        </a>
      </div>
      {loaded.state === 'loading' && <p className="print-note">{protocolText('loadingSession')}</p>}
      {loaded.state === 'missing' && (
        <p className="print-note" role="alert">
          {protocolText('notFound')}
        </p>
      )}
      {loaded.state === 'ready' && model && (
        <PrintProtocol recording={loaded.recording} model={model} locale={locale} />
      )}
      {loaded.state !== 'ready' && <h1 className="visually-hidden">{protocolText('printTitle')}</h1>}
    </div>
  );
}
