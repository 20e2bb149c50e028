// Shows a Smart Alert as Outlook does: the add-in's text (its Markdown where the client renders it,
// Mailbox 1.15), the main button (the add-in's cancelLabel, else "Don't send") and "Send anyway"
// when the manifest's send mode or the handler's override asks the user.
import { HtmlRenderer, Parser } from 'commonmark';
import type { SendCompletion } from '../launchevent/send-decision';
import type { PreviewText } from './preview-text';

export type AlertChoice = 'main' | 'send-anyway';

export interface AlertOptions {
  completion: SendCompletion;
  hasMarkdown: boolean;
  /** The manifest's send mode (promptUser, softBlock, block). */
  sendMode: string;
  text: PreviewText;
}

/** Opens the dialog in `host`; resolves with the button the user pressed. */
export function showSmartAlert(host: HTMLElement, options: AlertOptions): Promise<AlertChoice> {
  const { completion, text } = options;
  const backdrop = document.createElement('div');
  backdrop.className = 'alert-backdrop';
  const dialog = document.createElement('div');
  dialog.className = 'alert';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'alert-title');
  const title = document.createElement('h2');
  title.id = 'alert-title';
  title.textContent = text.alertTitle;
  const message = document.createElement('div');
  message.className = 'alert-message';
  if (options.hasMarkdown && completion.errorMessageMarkdown) {
    message.innerHTML = renderMarkdown(completion.errorMessageMarkdown);
  } else {
    message.classList.add('plain');
    message.textContent = completion.errorMessage ?? '';
  }
  const buttons = document.createElement('div');
  buttons.className = 'alert-buttons';
  dialog.append(title, message, buttons);
  backdrop.append(dialog);
  host.append(backdrop);
  const canSendAnyway =
    completion.sendModeOverride === 'promptUser' || options.sendMode === 'promptUser';
  return new Promise((resolve) => {
    const button = (label: string, choice: AlertChoice, isPrimary: boolean) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = label;
      if (isPrimary) element.className = 'primary';
      element.addEventListener('click', () => {
        backdrop.remove();
        resolve(choice);
      });
      buttons.append(element);
      return element;
    };
    if (canSendAnyway) button(text.sendAnyway, 'send-anyway', false);
    button(completion.cancelLabel ?? text.dontSend, 'main', true).focus();
  });
}

/** Outlook renders a subset of Markdown; raw HTML in the text is never passed through. */
function renderMarkdown(markdown: string): string {
  return new HtmlRenderer({ safe: true }).render(new Parser().parse(markdown));
}
