/**
 * `npm run kiosk:pin`: asks for the operator PIN (4–8 digits) and prints the line for kiosk.json's
 * `operatorPinHash`. The PIN is read from the terminal (or a pipe), not from the command line, so that it
 * stays out of the shell's history.
 */
import { createInterface } from 'node:readline/promises';
import { hashPin } from '../src/lib/pin-hash.ts';

const PIN = /^\d{4,8}$/;

async function main(): Promise<number> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write('Operator PIN (4 to 8 digits): ');
  const pin = (await prompt.question('')).trim();
  prompt.close();
  if (!PIN.test(pin)) {
    process.stderr.write('\nThe PIN must be 4 to 8 digits (0–9). Nothing was written.\n');
    return 1;
  }
  const line = await hashPin(pin);
  process.stderr.write('\nPut this line in data/kiosk.json as the value of "operatorPinHash":\n');
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return 0;
}

process.exitCode = await main();
