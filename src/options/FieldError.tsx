import { t } from '../ui/i18n';
import type { FieldProblem } from './profile-model';

/**
 * The message under a field. Always rendered (empty when the field is fine) so the field's
 * aria-describedby always points at something.
 */
export function FieldError({ id, problem }: { id: string; problem: FieldProblem | undefined }) {
  return (
    <p id={id} class="field-error">
      {problem ? t(problem.key, ...(problem.substitutions ?? [])) : ''}
    </p>
  );
}
