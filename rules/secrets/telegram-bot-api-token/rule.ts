import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';
import { assignedSecret } from '../_shared/assignment';

const rule: SecretRule = {
  id: 'telegram-bot-api-token',
  scanner: 'secrets',
  title: 'Telegram bot token',
  severity: 'high',
  cwe: [798],
  description:
    'A Telegram bot token controls the bot: it reads the messages sent to it and sends messages in its name. Revoke it with @BotFather and read it from the environment.',
  keywords: ['telegr'],
  // A name mentioning telegr(am) in any case, then the bot id (5 to 16 digits), :A and 34 characters
  // (the capital A is case-sensitive, as in gitleaks).
  regex: assignedSecret(['[Tt][Ee][Ll][Ee][Gg][Rr]'], '[0-9]{5,16}:A[A-Za-z0-9_-]{34}', { caseSensitive: true }),
  envName: 'TELEGRAM_BOT_TOKEN',
};

export default rule;
