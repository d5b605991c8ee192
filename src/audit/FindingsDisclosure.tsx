/**
 * A table row's findings shown on demand: the button in the row (aria-expanded, and
 * aria-controls while open) and the row of findings beneath it. The students' and the
 * caseloads' tables share it, so both disclose the same way to a screen reader.
 */
import type { ComponentChildren } from 'preact';
import type { Finding } from '../rules/types';
import { t } from '../ui/i18n';
import { FindingList } from './FindingList';

export function ExpandButton(props: {
  open: boolean;
  /** The id of the findings row it shows. */
  controls: string;
  /** Whose findings, for a screen reader ("for Student, Demo A"). */
  who: string;
  /** Classes besides `expand secondary`. */
  extraClass?: string;
  onToggle: () => void;
  children: ComponentChildren;
}) {
  const { open } = props;
  return (
    <button
      type="button"
      class={props.extraClass ? `expand secondary ${props.extraClass}` : 'expand secondary'}
      aria-expanded={open}
      aria-controls={open ? props.controls : undefined}
      onClick={props.onToggle}
    >
      <span class="arrow" aria-hidden="true">
        {open ? '▾' : '▸'}
      </span>{' '}
      {props.children}
      <span class="visually-hidden"> {t('auditFindingsFor', props.who)}</span>
    </button>
  );
}

export function FindingsRow(props: { id: string; colSpan: number; findings: readonly Finding[] }) {
  return (
    <tr class="details" id={props.id}>
      <td colSpan={props.colSpan}>
        <FindingList findings={props.findings} />
      </td>
    </tr>
  );
}
