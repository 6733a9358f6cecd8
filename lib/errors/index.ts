/** A message for the agent in both of the product's languages: Chinese first. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** An error caused by the user's input (a bad file, a bad option), as opposed to a bug: shown as it is, in both languages. */
export class UserError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(message: Bilingual) {
    super(`${message.zh} / ${message.en}`);
    this.name = 'UserError';
    this.zh = message.zh;
    this.en = message.en;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
