import { useId } from 'preact/hooks';
import { GRADES, type Grade } from '../rules';
import { t } from '../ui/i18n';
import type { ComboOption } from './Combobox';
import { ServicePicker } from './ServicePicker';

export interface StudentDetailsValue {
  grade: Grade | '';
  /** 'SDC' or 'RSP' as the engine reads a placement (settings.ts), or '' for not stated. */
  setting: '' | 'SDC' | 'RSP';
  services: ComboOption[];
}

function gradeLabel(grade: Grade): string {
  switch (grade) {
    case 'PS':
      return t('popupGradePreschool');
    case 'TK':
      return t('popupGradeTk');
    case 'K':
      return t('popupGradeKindergarten');
    case 'AD':
      return t('popupGradeAdult');
    default:
      return t('popupGradeNumber', grade);
  }
}

/** The optional facts that narrow the lookup: grade, where instruction happens, services. */
export function StudentDetails(props: {
  value: StudentDetailsValue;
  onChange: (value: StudentDetailsValue) => void;
}) {
  const id = useId();
  const { value, onChange } = props;
  return (
    // Folded at first: the disability alone answers the common question. The lookup stays
    // mounted, so once opened it stays open.
    <details class="student">
      <summary>{t('popupStudentLegend')}</summary>
      <div class="student-body">
        <div class="pair">
          <div>
            <label for={`${id}-grade`}>{t('popupGradeLabel')}</label>
            <select
              id={`${id}-grade`}
              value={value.grade}
              onChange={(event) =>
                onChange({ ...value, grade: event.currentTarget.value as Grade | '' })
              }
            >
              <option value="">{t('popupGradeAny')}</option>
              {GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {gradeLabel(grade)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for={`${id}-setting`}>{t('popupSettingLabel')}</label>
            <select
              id={`${id}-setting`}
              value={value.setting}
              onChange={(event) =>
                onChange({
                  ...value,
                  setting: event.currentTarget.value as StudentDetailsValue['setting'],
                })
              }
            >
              <option value="">{t('popupSettingUnknown')}</option>
              <option value="SDC">{t('popupSettingSdc')}</option>
              <option value="RSP">{t('popupSettingRsp')}</option>
            </select>
          </div>
        </div>
        <ServicePicker
          chosen={value.services}
          onChange={(services) => onChange({ ...value, services })}
        />
      </div>
    </details>
  );
}
