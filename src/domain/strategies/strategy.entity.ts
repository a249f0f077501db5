import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';

export const Strategy = defineEntity({
  name: 'Strategy',
  tableName: 'strategy',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    organisation: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    year: p.integer(),
    number: p.text(),
    title: p.text(),
    vision: p.text().nullable(),
    goal: p.text().nullable(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type Strategy = InferEntity<typeof Strategy>;

/** A numbered item printed under a strategy (① …). */
export const StrategyItem = defineEntity({
  name: 'StrategyItem',
  tableName: 'strategy_item',
  properties: {
    id: p.text().primary(),
    strategy: () => p.manyToOne(Strategy).mapToPk().index(),
    position: p.integer(),
    number: p.text(),
    title: p.text(),
    sourceLine: p.integer(),
  },
});
export type StrategyItem = InferEntity<typeof StrategyItem>;
