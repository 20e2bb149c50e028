// Scans a mail in a worker and fails if it has not finished by the deadline: a guard against
// quadratic or exponential paths, not a speed goal (those live in `npm run bench`).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MailInput } from '../../shared/scan/types';

export function scanWithDeadline(mail: Partial<MailInput>, deadlineMs: number): Promise<string> {
  const worker = new Worker(path.join(__dirname, 'scan-worker.cjs'), { workerData: { mail } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`scan did not finish within ${deadlineMs} ms`));
    }, deadlineMs);
    worker.once('message', (verdict: string) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(verdict);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
