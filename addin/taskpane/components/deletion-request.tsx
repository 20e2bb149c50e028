// "Ask the recipient to delete the mail": the sender picks the wrong recipients of the sent mail
// and Outlook opens the register's request as a new message, which the sender checks and sends.
// Nothing is sent from here and nothing leaves the mail client.
import {
  Body1,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { taskpaneText } from '../../../shared/i18n/taskpane-text';
import { deletionRequestMessage } from '../model/deletion-request';
import { CheckboxGroup } from './checkbox-group';
import type { SentItemFacts, TaskpaneHost } from '../taskpane-host';

interface DeletionRequestProps {
  host: TaskpaneHost;
  facts: SentItemFacts;
  /** The incident's number once the breach is reported from the pane. */
  incidentNumber: string | undefined;
}

export function DeletionRequest({ host, facts, incidentNumber }: DeletionRequestProps) {
  const { language } = host;
  const { recipients } = facts;
  // One recipient is the wrong one by definition; among several, the sender says which.
  const [chosen, setChosen] = useState<string[]>(recipients.length === 1 ? recipients : []);
  const [outcome, setOutcome] = useState<'idle' | 'opening' | 'opened' | 'failed'>('idle');
  if (recipients.length === 0) return null;

  const open = async () => {
    setOutcome('opening');
    const message = deletionRequestMessage({
      wrongRecipients: chosen,
      organisationName: host.organisationName,
      ...(incidentNumber ? { incidentNumber } : {}),
      ...(facts.sentAt ? { sentAt: facts.sentAt } : {}),
    });
    setOutcome((await host.openNewMessage(message)) ? 'opened' : 'failed');
  };

  return (
    <section
      aria-labelledby="deletion-request-heading"
      style={{ display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }}
    >
      <h2 id="deletion-request-heading" style={{ fontSize: tokens.fontSizeBase400 }}>
        {taskpaneText('deletionHeading', language)}
      </h2>
      <Body1>{taskpaneText('deletionIntro', language)}</Body1>
      {recipients.length === 1 && (
        <Body1>
          {taskpaneText('recipientsLabel', language)}: {recipients[0]}
        </Body1>
      )}
      {recipients.length > 1 && (
        <Field label={taskpaneText('deletionWhoLabel', language)}>
          <CheckboxGroup>
            {recipients.map((address) => (
              <Checkbox
                key={address}
                label={address}
                checked={chosen.includes(address)}
                onChange={(_event, data) =>
                  setChosen((current) =>
                    data.checked === true
                      ? [...current, address]
                      : current.filter((entry) => entry !== address),
                  )
                }
              />
            ))}
          </CheckboxGroup>
        </Field>
      )}
      {chosen.length > 1 && <Body1>{taskpaneText('deletionBccNote', language)}</Body1>}
      <Button
        appearance="secondary"
        disabled={chosen.length === 0 || outcome === 'opening'}
        onClick={() => void open()}
      >
        {taskpaneText('deletionOpen', language)}
      </Button>
      <div role="status" aria-live="polite">
        {outcome === 'opened' && (
          <MessageBar intent="success">
            <MessageBarBody>{taskpaneText('deletionOpened', language)}</MessageBarBody>
          </MessageBar>
        )}
        {outcome === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{taskpaneText('deletionFailed', language)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
