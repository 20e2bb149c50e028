// Benchmark of policy question answering (npm run bench): time to build the answerer, and the
// in-process answer latency over the question set (goal, issue #4: p95 < 5 ms), after a warm-up,
// as a running bot answers, with the pack's own words (words.md).
import { createAnswerer } from '../../bot/qa/answerer';
import { parseConfig } from '../../shared/policy/parse-config';
import questions from '../fixtures/qa/questions.json';
import { EXAMPLE_CONFIG } from '../helpers/policy';
import { summarise } from './timing';
import { kindantePack } from '../helpers/knowledge';

const ROUNDS = 20;

export function runQaBench(): void {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const texts = (questions as { question: string }[]).map((each) => each.question);

  const buildStart = process.hrtime.bigint();
  const answer = createAnswerer(parsed.config, kindantePack().knowledge, kindantePack().words);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;

  for (const text of texts) answer(text);
  const times: number[] = [];
  // CPU time too: on a shared, loaded machine the wall-clock tail is mostly waiting for a core.
  const cpuTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of texts) {
      const cpuStart = process.cpuUsage();
      const start = process.hrtime.bigint();
      answer(text);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      const cpu = process.cpuUsage(cpuStart);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
  }
  const timing = summarise(times);
  const cpuTiming = summarise(cpuTimes);
  process.stdout.write(
    `  build answerer (index of the knowledge base): ${buildMs.toFixed(0)} ms\n` +
      `  answer, ${texts.length} questions × ${ROUNDS}: median ${timing.median.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms, p99 ${timing.p99.toFixed(2)} ms (goal p95 < 5 ms)\n` +
      `  answer, CPU time: median ${cpuTiming.median.toFixed(2)} ms, p95 ${cpuTiming.p95.toFixed(2)} ms\n`,
  );
}
