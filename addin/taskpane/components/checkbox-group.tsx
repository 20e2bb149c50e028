// Checkboxes under one Field label, outside the Field's context: inside it, every box would get the
// Field's one control id, and a click on the second box would tick the first.
import { FieldContextProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export function CheckboxGroup({ children }: { children: ReactNode }) {
  return (
    <FieldContextProvider value={undefined}>
      <div role="group">{children}</div>
    </FieldContextProvider>
  );
}
