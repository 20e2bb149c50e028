// npm start's sample incidents, with the clock fixed: just after midnight UTC, when a fixed "08:15"
// on today's date still lay in the future in Amsterdam and the register refused every sample.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDevelopmentRegister } from '../../../../bot/dev/seed-register';

interface Report {
  occurredDate: string;
  occurredTime: string;
  discoveredDate: string;
  discoveredTime: string;
}

let server: Server;
let serviceUrl: string;
let reports: Report[];
let existing: unknown[];

beforeEach(async () => {
  reports = [];
  existing = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      if (request.url?.startsWith('/api/dev/token')) response.end('{"token":"t"}');
      else if (request.method === 'GET') response.end(JSON.stringify({ incidents: existing }));
      else {
        reports.push(JSON.parse(body) as Report);
        response.statusCode = 201;
        response.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('seedDevelopmentRegister', () => {
  it('dates the samples before now in Amsterdam, also just after midnight', async () => {
    // 00:10 UTC is 01:10 in Amsterdam (winter time): today's first sample is 90 minutes earlier.
    const added = await seedDevelopmentRegister(serviceUrl, new Date('2026-12-05T00:10:00Z'));
    expect(added).toBe(3);
    expect(reports[0]).toMatchObject({
      occurredDate: '2026-12-04',
      occurredTime: '23:40',
      discoveredDate: '2026-12-05',
      discoveredTime: '00:05',
    });
    expect(reports.map((report) => report.occurredDate)).toEqual([
      '2026-12-04',
      '2026-12-03',
      '2026-12-02',
    ]);
  });

  it('leaves a register that holds anything alone', async () => {
    existing = [{ id: 'one' }];
    expect(await seedDevelopmentRegister(serviceUrl, new Date('2026-12-05T09:00:00Z'))).toBe(0);
    expect(reports).toEqual([]);
  });
});
