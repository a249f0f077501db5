import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ORGANISATION_KINDS } from './organisation.enums';

export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    id: p.text().primary(),
    name: p.text(),
    /** Identity across documents: NFC, all whitespace removed (`정 책 기 획 관` → `정책기획관`). */
    key: p.text().unique(),
    kind: p.enum([...ORGANISATION_KINDS]),
    aliases: p.array(),
    note: p.text().nullable(),
    searchText: p.text(),
  },
});
export type Organisation = InferEntity<typeof Organisation>;
