/** A database the bot cannot use: the message names the variable to fix and says why. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
