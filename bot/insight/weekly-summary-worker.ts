// Sends the weekly summary card to the ICT channel, once per week (issue 17): opt-in in the config,
// due at the configured weekday and hour (weekly-slot.ts), claimed in the register with a lease so
// that several instances and restarts post it once; a post interrupted by a crash is looked for in
// the channel before it is posted again, as the incident cards are. Figures are drawn at post time
// from the counts, the breach register and the unanswered questions — counts only.
import type { Config } from '../../shared/policy/config-schema';
import { ALL_SCHOOLS } from '../../shared/insight/insight-report';
import { addMonths, amsterdamMonth } from '../../shared/insight/months';
import { DeliveryError } from '../incidents/channel-poster';
import type { ChannelMessageRef } from '../incidents/incident';
import type { ChannelRegistration, IncidentStore } from '../store/incident-store';
import type { InsightStore } from '../store/insight-store';
import type { UnansweredStore } from '../store/unanswered-store';
import type { WeeklySummaryStore } from '../store/weekly-summary-store';
import { breachFacts } from './breach-facts';
import { dueWeeklySlot } from './weekly-slot';
import { weeklySummaryView, type WeeklySummaryView } from './weekly-summary';

/** The Teams edge: posts the card as a new channel thread, or finds one an earlier attempt made. */
export interface WeeklySummaryPoster {
  post(channel: ChannelRegistration, view: WeeklySummaryView): Promise<ChannelMessageRef>;
  findPost(channel: ChannelRegistration, week: string): Promise<ChannelMessageRef | undefined>;
}

export interface WeeklySummaryDeps {
  settings: Config['insight']['weeklySummary'];
  store: WeeklySummaryStore;
  insight: Pick<InsightStore, 'listCells'>;
  incidents: Pick<IncidentStore, 'listIncidents' | 'getChannel'>;
  unanswered: Pick<UnansweredStore, 'listGroups'>;
  poster: WeeklySummaryPoster;
  clock: () => Date;
  /** How long one instance holds the week while it posts (default 2 minutes). */
  leaseMs?: number;
}

/**
 * `off`: not enabled; `not-due`: no week to send now; `no-channel`: no ICT channel registered yet;
 * `done`: this week is sent or another instance is at it; `sent`/`found`: posted now, or found
 * posted by an interrupted attempt; `retrying`: the post failed and is tried again later.
 */
export type WeeklyOutcome =
  'off' | 'not-due' | 'no-channel' | 'done' | 'sent' | 'found' | 'retrying';

const DEFAULT_LEASE_MS = 120_000;
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 3_600_000;

/** One look: sends this week's card if it is due and not sent. */
export async function runWeeklySummary(deps: WeeklySummaryDeps): Promise<WeeklyOutcome> {
  if (!deps.settings.enabled) return 'off';
  const now = deps.clock();
  const slot = dueWeeklySlot(now, deps.settings);
  if (!slot) return 'not-due';
  const channel = await deps.incidents.getChannel();
  if (!channel) return 'no-channel';
  const leaseUntil = new Date(now.getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS));
  const claim = await deps.store.claim(slot.week, now.toISOString(), leaseUntil.toISOString());
  if (!claim) return 'done';
  try {
    if (claim.isPostStarted) {
      const found = await deps.poster.findPost(channel, slot.week);
      if (found) {
        await deps.store.complete(slot.week, found, deps.clock().toISOString());
        return 'found';
      }
    }
    const view = await drawView(deps, slot.week, now);
    await deps.store.markPostStarted(slot.week);
    const posted = await deps.poster.post(channel, view);
    await deps.store.complete(slot.week, posted, deps.clock().toISOString());
    return 'sent';
  } catch (error) {
    const wait =
      error instanceof DeliveryError && error.retryAfterMs !== undefined
        ? error.retryAfterMs
        : Math.min(RETRY_BASE_MS * 2 ** claim.attempts, RETRY_MAX_MS);
    const code = error instanceof DeliveryError ? error.code : 'unexpected';
    await deps.store.release(
      slot.week,
      new Date(deps.clock().getTime() + wait).toISOString(),
      code,
    );
    return 'retrying';
  }
}

async function drawView(
  deps: WeeklySummaryDeps,
  week: string,
  now: Date,
): Promise<WeeklySummaryView> {
  const current = amsterdamMonth(now);
  const previous = addMonths(current, -1);
  const [cells, incidents, groups] = await Promise.all([
    deps.insight.listCells(previous, current),
    deps.incidents.listIncidents(),
    deps.unanswered.listGroups(previous, current),
  ]);
  const unanswered: Record<string, number> = {};
  for (const group of groups)
    unanswered[group.month] = (unanswered[group.month] ?? 0) + group.declined + group.notHelpful;
  return weeklySummaryView({
    week,
    now,
    cells: cells.filter((cell) => cell.school === ALL_SCHOOLS),
    breaches: breachFacts(incidents),
    unanswered,
  });
}

export interface WeeklySummaryWorker {
  /** One look now (the timer also looks every interval). */
  pass(): Promise<WeeklyOutcome>;
  /** Stops the timer and waits for a look under way. */
  stop(): Promise<void>;
}

/** Looks every `intervalMs` (and once at start); reports each outcome but "off"/"not-due"/"done". */
export function startWeeklySummaryWorker(
  deps: WeeklySummaryDeps & {
    intervalMs: number;
    onOutcome: (outcome: WeeklyOutcome) => void;
    onError: (error: unknown) => void;
  },
): WeeklySummaryWorker {
  let running: Promise<WeeklyOutcome> | undefined;
  const pass = (): Promise<WeeklyOutcome> => {
    running ??= runWeeklySummary(deps)
      .then((outcome) => {
        if (!['off', 'not-due', 'done'].includes(outcome)) deps.onOutcome(outcome);
        return outcome;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const tick = () => void pass().catch(deps.onError);
  const timer = setInterval(tick, deps.intervalMs);
  timer.unref();
  if (deps.settings.enabled) tick();
  return {
    pass,
    async stop() {
      clearInterval(timer);
      while (running) await running.catch(() => undefined);
    },
  };
}
