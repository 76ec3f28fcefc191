// npm run i18n:check (part of npm test): every UI locale has exactly the keys of the English
// catalog, every message is valid ICU MessageFormat, and uses the same placeholders as English.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UI_LOCALES } from '../packages/i18n/src/languages.ts';
import { en } from '../packages/i18n/src/ui/en.ts';

const exportName = (locale: string) => locale.replace('-', '');

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

const problems: string[] = [];
const english = new Map(Object.entries(en));
const englishArgs = new Map([...english].map(([key, message]) => [key, argumentsOf(parse(message))]));

for (const locale of UI_LOCALES) {
  if (locale === 'en') continue;
  let catalog: Record<string, string>;
  try {
    const module = (await import(`../packages/i18n/src/ui/${locale}.ts`)) as Record<string, Record<string, string>>;
    catalog = module[exportName(locale)] ?? {};
  } catch (error) {
    problems.push(`${locale}: no catalog (packages/i18n/src/ui/${locale}.ts): ${(error as Error).message}`);
    continue;
  }
  for (const key of english.keys()) if (!(key in catalog)) problems.push(`${locale}: missing "${key}"`);
  for (const [key, message] of Object.entries(catalog)) {
    if (!english.has(key)) {
      problems.push(`${locale}: extra key "${key}" (not in en.ts)`);
      continue;
    }
    let args: Set<string>;
    try {
      args = argumentsOf(parse(message));
    } catch (error) {
      problems.push(`${locale}: "${key}" is not valid ICU: ${(error as Error).message}`);
      continue;
    }
    const expected = englishArgs.get(key)!;
    const missing = [...expected].filter((a) => !args.has(a));
    const unknown = [...args].filter((a) => !expected.has(a));
    if (missing.length || unknown.length) problems.push(`${locale}: "${key}" placeholders differ from English (missing: ${missing.join(', ') || '–'}; unknown: ${unknown.join(', ') || '–'})`);
  }
}

if (problems.length) {
  console.error(`i18n:check found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n:check: ${UI_LOCALES.length} locales × ${english.size} messages, all present and valid`);
