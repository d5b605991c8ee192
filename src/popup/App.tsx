import { AuditLink } from '../audit/AuditLink';
import { CaptureLink } from '../capture/CaptureLink';
import { t } from '../content/ui/i18n';
import { Lookup } from './Lookup';
import { ThisPage } from './ThisPage';

export function App() {
  return (
    <main>
      <h1>{t('extName')}</h1>
      <ThisPage />
      <Lookup />
      <p class="audit-link">
        <AuditLink />
      </p>
      <p class="audit-link">
        <CaptureLink />
      </p>
    </main>
  );
}
