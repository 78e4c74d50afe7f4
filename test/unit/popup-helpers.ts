// Shared by the popup and guide component tests: the real English table, so `t` gives what users read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessageTable, type MessageTable } from '../../lib/common/i18n';

export function localeTable(language: string): MessageTable {
  const file = path.resolve('public/_locales', language, 'messages.json');
  return parseMessageTable(JSON.parse(readFileSync(file, 'utf8')), file);
}
