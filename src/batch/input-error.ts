/** A failure that ends the run with exit status 2 and a message naming the file at fault. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
