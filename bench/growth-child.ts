// One growth case at one size in a fresh process; prints the time in ms (see bench/growth.ts).
// Usage: node --expose-gc --import tsx bench/growth-child.ts <case name> <bytes>
import { timeCase } from "./growth.js";

console.log(timeCase(process.argv[2] ?? "", Number(process.argv[3])));
