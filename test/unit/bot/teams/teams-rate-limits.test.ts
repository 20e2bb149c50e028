import { createTeamsPacer } from '../../../../bot/teams/teams-rate-limits';

/** The times (ms after start) at which `count` posts to one conversation may go. */
function slots(count: number, conversations = 1): number[] {
  const pacer = createTeamsPacer();
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(pacer.reserve(`19:c${i % conversations}`, 0));
  return times;
}

describe('the Teams pacer', () => {
  it('lets 7 posts go in the first second, the 8th in the next, the 9th after 2 s', () => {
    expect(slots(9)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000, 2_000]);
  });

  it('never has more than 60 in any 30 s of one conversation', () => {
    const times = slots(200);
    for (const [index, time] of times.entries()) {
      const inWindow = times.filter((other, j) => j <= index && other > time - 30_000);
      expect(inWindow.length).toBeLessThanOrEqual(60);
    }
    // 200 posts: three full windows, the last posts just after 90 s.
    expect(times[199]).toBeGreaterThanOrEqual(90_000);
    expect(times[199]).toBeLessThan(120_000);
  });

  it('keeps the whole app within 50 requests per second across conversations', () => {
    const times = slots(120, 60);
    const firstSecond = times.filter((time) => time < 1_000);
    expect(firstSecond).toHaveLength(50);
  });

  it('holds a conversation Teams throttled until its Retry-After', () => {
    const pacer = createTeamsPacer();
    pacer.pause('19:ict', 5_000);
    expect(pacer.reserve('19:ict', 1_000)).toBe(4_000);
    expect(pacer.reserve('19:other', 1_000)).toBe(0);
  });
});
