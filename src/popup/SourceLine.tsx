import { SOURCES } from '../rules';
import { t } from '../ui/i18n';

/** The addresses of the documents the engine cites: the only ones the popup links to. */
const KNOWN_URLS: ReadonlySet<string> = new Set(
  Object.values(SOURCES).flatMap((doc) => ('url' in doc ? [doc.url] : [])),
);

/**
 * "Source: Title" with the title linking to the document, from the engine's "Title — https://…".
 * Only a document of the engine's own list becomes a link; any other text stays text.
 */
export function SourceLine(props: { source: string }) {
  const cut = props.source.lastIndexOf(' — ');
  const url = cut >= 0 ? props.source.slice(cut + 3) : '';
  const linked = KNOWN_URLS.has(url);
  return (
    <p class="source">
      <span class="label">{t('sourceLabel')}</span>{' '}
      {linked ? (
        <a href={url} target="_blank" rel="noreferrer">
          {props.source.slice(0, cut)}
        </a>
      ) : (
        props.source
      )}
    </p>
  );
}
