// Loaded in Chromium by mask-numbers-html.test.ts: the real masking code and the real task-pane fix
// over a fake draft, plus what a reader would see of an HTML body, all behind window.maskPage.
import { maskNumbersInHtml } from '../../../addin/fixes/mask-numbers-html';
import { applyMaskNumbers } from '../../../addin/office/apply-fix';
import { scanMail } from '../../../shared/scan/engine';
import { fakeOffice, type FakeDraft } from '../../../addin/preview/office-host/fake-mailbox';
import { mailWith, testPolicy } from '../../helpers/policy';

export interface MaskPage {
  mask(html: string): string;
  /** The body's text as the browser renders it (innerText of the body shown in this page). */
  visibleText(html: string): string;
  /** Every element with its attributes, and every comment, in document order: the markup minus text. */
  markup(html: string): string[];
  /** The task pane's fix on a fake Outlook draft; the draft afterwards and the rules it still trips. */
  applyToDraft(draft: { subject: string; body: string }): Promise<{
    subject: string;
    body: string;
    rules: string[];
  }>;
}

const policy = testPolicy();
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const page: MaskPage = {
  mask: (html) => maskNumbersInHtml(html, policy.citizenNumbers),
  visibleText(html) {
    const shown = document.createElement('div');
    shown.innerHTML = parse(html).body.innerHTML;
    document.body.replaceChildren(shown);
    return shown.innerText;
  },
  markup(html) {
    const parsed = parse(html);
    const walker = parsed.createTreeWalker(
      parsed,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT,
    );
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element)
        found.push(
          [node.localName, ...[...node.attributes].map((a) => `${a.name}="${a.value}"`)].join(' '),
        );
      else found.push(`<!--${(node as Comment).data}-->`);
    }
    return found;
  },
  async applyToDraft({ subject, body }) {
    const draft: FakeDraft = { subject, body, to: [{ emailAddress: 'x@kindante.nl' }] };
    (window as unknown as { Office: unknown }).Office = fakeOffice(draft).office;
    await applyMaskNumbers(policy.citizenNumbers);
    const result = scanMail(
      mailWith({ subject: draft.subject, bodyText: undefined, bodyHtml: draft.body }),
      policy,
    );
    return {
      subject: draft.subject,
      body: draft.body,
      rules: result.findings.map((finding) => finding.rule),
    };
  },
};

(window as unknown as { maskPage: MaskPage }).maskPage = page;
