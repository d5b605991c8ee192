import { useState } from 'preact/hooks';
import { AuditLink } from '../audit/AuditLink';
import { CaptureLink } from '../capture/CaptureLink';
import { t } from '../ui/i18n';
import { Lookup } from './Lookup';
import { ThisPage } from './ThisPage';
import type { ThisPageView } from './this-page-model';

export function App() {
  const [state, setState] = useState<ThisPageView['state']>('loading');
  // Opened away from an IEP, the popup is there for the lookup: it comes first. Keyed, so
  // the two swap places without being rebuilt (what was typed stays).
  const thisPage = <ThisPage key="this-page" onState={setState} />;
  const lookup = <Lookup key="lookup" />;
  return (
    <main>
      <h1>{t('extName')}</h1>
      {state === 'no-iep' ? [lookup, thisPage] : [thisPage, lookup]}
      <p class="audit-link">
        <AuditLink />
      </p>
      <p class="audit-link">
        <CaptureLink />
      </p>
    </main>
  );
}
