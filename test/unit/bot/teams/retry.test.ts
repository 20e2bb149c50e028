import { withRetry, type RetryPolicy } from '../../../../bot/teams/retry';

function httpError(statusCode: number, retryAfter?: string): Error {
  return Object.assign(new Error(`status ${statusCode}`), {
    statusCode,
    response: {
      headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) },
    },
  });
}

function policy(): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  return {
    attempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 5000,
    sleep: (milliseconds) => {
      waits.push(milliseconds);
      return Promise.resolve();
    },
    waits,
  };
}

/** An operation that fails with these errors, in order, then succeeds. */
function failing(...errors: Error[]): jest.Mock<Promise<string>> {
  const remaining = [...errors];
  return jest.fn(() => {
    const error = remaining.shift();
    return error ? Promise.reject(error) : Promise.resolve('sent');
  });
}

describe('retrying sends to the Bot Connector', () => {
  it.each([412, 429, 502, 504])('retries a %i and then delivers', async (status) => {
    const retry = policy();
    const send = failing(httpError(status));
    await expect(withRetry(send, retry)).resolves.toBe('sent');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('backs off exponentially when Teams gives no Retry-After', async () => {
    const retry = policy();
    await withRetry(failing(httpError(502), httpError(504), httpError(429)), retry);
    expect(retry.waits).toEqual([100, 200, 400]);
  });

  it('waits as long as Retry-After says, in seconds or as a date, within the maximum', async () => {
    const retry = policy();
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    await withRetry(failing(httpError(429, '2'), httpError(429, inTwoMinutes)), retry);
    expect(retry.waits).toEqual([2000, 5000]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const retry = policy();
    const send = failing(
      httpError(429),
      httpError(429),
      httpError(429),
      httpError(429),
      httpError(429),
    );
    await expect(withRetry(send, retry)).rejects.toThrow('status 429');
    expect(send).toHaveBeenCalledTimes(4);
  });

  it.each([400, 401, 403, 404, 500])('does not retry a %i', async (status) => {
    const retry = policy();
    const send = failing(httpError(status));
    await expect(withRetry(send, retry)).rejects.toThrow(`status ${status}`);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not retry an error without a status', async () => {
    const send = failing(new Error('socket hang up'));
    await expect(withRetry(send, policy())).rejects.toThrow('socket hang up');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
