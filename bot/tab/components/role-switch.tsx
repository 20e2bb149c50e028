// Development only (outside Teams): switches the made-up user whose development token the tab holds,
// so the register can be seen as the ICT domain or the privacy officer. In Teams, roles come from
// the user's token and this is never shown.
import { Field, Select } from '@fluentui/react-components';
import { DEVELOPMENT_PERSONAS, type DevelopmentPersona } from '../tab-host';
import type { TabText } from '../tab-text';

export function RoleSwitch({
  persona,
  text,
}: {
  persona: DevelopmentPersona;
  text: TabText['roleSwitch'];
}) {
  return (
    <Field label={text.label}>
      <Select
        value={persona}
        onChange={(_event, data) => {
          // A new persona needs a new development token: reload with it, keeping the view.
          const params = new URLSearchParams(location.search);
          params.set('persona', data.value);
          location.search = params.toString();
        }}
      >
        {DEVELOPMENT_PERSONAS.map((id) => (
          <option key={id} value={id}>
            {text[id]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
