// The entry point of the consumer projects of tests/built/consumers.test.ts.
import { report } from "./report.js";

declare const console: { log(line: string): void };

console.log(JSON.stringify(report()));
