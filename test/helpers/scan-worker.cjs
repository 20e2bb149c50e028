// Runs one scan in a worker thread, so a test can stop it after a deadline (a synchronous scan
// cannot be interrupted from the same thread).
require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
const { scanMail } = require('../../shared/scan/engine.ts');
const { mailWith, testPolicy } = require('./policy.ts');

const result = scanMail(mailWith(workerData.mail), testPolicy());
parentPort.postMessage(result.verdict);
