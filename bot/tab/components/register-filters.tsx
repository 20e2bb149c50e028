// The register's filters: status, school, period. Every change applies at once.
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { RegisterFilter } from '../../api/register-filter';
import {
  INCIDENT_STATUSES,
  STATUS_LABELS,
  type IncidentStatus,
} from '../../../shared/incidents/incident-status';
import type { TabLanguage } from '../tab-host';
import { tabText } from '../tab-text';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
  },
});

export function RegisterFilters({
  filter,
  language,
  onChange,
}: {
  filter: RegisterFilter;
  language: TabLanguage;
  onChange: (filter: RegisterFilter) => void;
}) {
  const styles = useStyles();
  const text = tabText(language).filters;
  const set = (change: Partial<RegisterFilter>) => {
    const next: RegisterFilter = { ...filter, ...change };
    for (const key of Object.keys(next) as (keyof RegisterFilter)[])
      if (next[key] === '' || next[key] === undefined) delete next[key];
    onChange(next);
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{text.legend}</legend>
      <Field label={text.status}>
        <Select
          value={filter.status ?? ''}
          onChange={(_e, data) => set({ status: (data.value || undefined) as IncidentStatus })}
        >
          <option value="">{text.anyStatus}</option>
          {INCIDENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status][language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.school}>
        <Input value={filter.school ?? ''} onChange={(_e, data) => set({ school: data.value })} />
      </Field>
      <Field label={text.from}>
        <Input
          type="date"
          value={filter.from ?? ''}
          onChange={(_e, data) => set({ from: data.value })}
        />
      </Field>
      <Field label={text.to}>
        <Input
          type="date"
          value={filter.to ?? ''}
          onChange={(_e, data) => set({ to: data.value })}
        />
      </Field>
      <Button onClick={() => onChange({})}>{text.clear}</Button>
    </fieldset>
  );
}
