/** An input that cannot be read: printed as one line, exit status 2. */
export class InputError extends Error {
  override readonly name: string = "InputError";
}
