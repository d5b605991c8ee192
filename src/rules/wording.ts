/**
 * The words of a finding live in the message catalog (src/i18n/en/finding-messages.json, the
 * Chrome _locales format the extension's pages read too); a rule names the message and gives the
 * values it fills in. `say` renders the English sentence the engine puts in `message`, so the
 * command line, the reports and the pages show the same words, and a surface with another
 * catalog can render the same `messageId` and `data` in its own language.
 */
import catalog from '../i18n/en/finding-messages.json' with { type: 'json' };

export type MessageId = keyof typeof catalog;

export interface Wording {
  messageId: MessageId;
  /** The values the message fills in, by placeholder name. */
  data: Readonly<Record<string, string>>;
  message: string;
}

const PLACEHOLDER = /\$([A-Za-z0-9_@]*)\$/g;

/** A catalog message with its `$name$` placeholders filled ("$$" is a dollar sign, as in Chrome). */
export function render(
  template: string,
  data: Readonly<Record<string, string>>,
  messageId = '',
): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === '') return '$';
    const value = data[name.toLowerCase()];
    if (value === undefined) throw new Error(`${messageId}: no value for $${name}$`);
    return value;
  });
}

export function say(messageId: MessageId, data: Readonly<Record<string, string>> = {}): Wording {
  return { messageId, data, message: render(catalog[messageId].message, data, messageId) };
}

/** The English template of a message, for tests and for surfaces that render from data. */
export function templateOf(messageId: MessageId): string {
  return catalog[messageId].message;
}
