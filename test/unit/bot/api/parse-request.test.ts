import type { Response } from 'express';
import { z } from 'zod';
import { parseRequest } from '../../../../bot/api/parse-request';

/** A response that keeps what would be sent. */
function recorder(): Response & { sent: () => string } {
  let body = '';
  const response = {
    status: () => response,
    json: (value: unknown) => {
      body = JSON.stringify(value);
      return response;
    },
    sent: () => body,
  };
  return response as unknown as Response & { sent: () => string };
}

const form = z.strictObject({
  description: z.string().max(2000, { error: 'expected at most 2000 characters' }),
  affectedCount: z.number({ error: 'expected a number' }),
});

describe('parseRequest', () => {
  it('names the fields and what is wrong, never the values sent', () => {
    const response = recorder();
    const secret = `Jan Jansen, BSN 111222333 ${'x'.repeat(250_000)}`;
    expect(parseRequest(form, { description: secret, affectedCount: 'veel' }, response)).toBe(
      undefined,
    );
    const body = response.sent();
    expect(body).toContain('"path":"description"');
    expect(body).toContain('expected at most 2000 characters');
    expect(body).toContain('"path":"affectedCount"');
    expect(body).not.toMatch(/Jan Jansen|111222333|veel|xxxx/);
    expect(body.length).toBeLessThan(1_000);
  });

  it('cuts unknown field names short and stops counting them', () => {
    const response = recorder();
    const extra = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`${'k'.repeat(5_000)}${i}`, 'v']),
    );
    parseRequest(form, { description: 'ok', affectedCount: 1, ...extra }, response);
    const body = JSON.parse(response.sent()) as { error: { problems: { path: string }[] } };
    expect(body.error.problems).toHaveLength(20);
    expect(Math.max(...body.error.problems.map((problem) => problem.path.length))).toBeLessThan(45);
    expect(response.sent().length).toBeLessThan(10_000);
  });
});
