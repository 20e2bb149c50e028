// Sends a breach report from the add-in to the register's API on the service that serves the
// add-in, signed in with the Outlook user's own token (Office single sign-on).
import type { ReportRequest } from '../taskpane/model/report-draft';
import type { ReportOutcome } from '../taskpane/taskpane-host';

interface ApiReply {
  receipt?: {
    number: string;
    deadline: { nl: string; en: string };
    advice: { nl: string[]; en: string[] };
  };
  error?: { problems?: { path: string; nl: string; en: string }[] };
}

export async function submitBreachReport(request: ReportRequest): Promise<ReportOutcome> {
  let token: string;
  try {
    token = await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
  } catch {
    return { ok: false, reason: 'sign-in' };
  }
  let response: Response;
  try {
    response = await fetch(new URL('/api/incidents', window.location.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.status === 401) return { ok: false, reason: 'sign-in' };
  const reply = (await response.json().catch(() => ({}))) as ApiReply;
  if (response.ok && reply.receipt) {
    const { number, deadline, advice } = reply.receipt;
    return { ok: true, number, deadline, advice };
  }
  if (response.status === 400 && reply.error?.problems)
    return { ok: false, reason: 'invalid', problems: reply.error.problems };
  return { ok: false, reason: 'unavailable' };
}
