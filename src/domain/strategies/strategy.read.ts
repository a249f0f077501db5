import { codePointOrder, eq, type TableRef } from '../../graph/sql/expr';
import { many, moreFields, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { programList } from '../programs/program.list';
import { strategyList } from './strategy.list';
import { StrategyItemType, StrategyType } from './strategy.type';

type S = TableRef<'strategy'>;

export const strategyRead = readModel(StrategyType, 'Strategy', {
  table: 'strategy',
  columns: (s: S) => ({ id: s.id, year: s.year, number: s.number, title: s.title, vision: s.vision, goal: s.goal, sourceLine: s.source_line }),
  relations: {
    organisation: organisationOf((s: S) => s.organisation_id),
    document: documentOf,
    items: many((s: S) => rowsOf('strategy_item', (i) => [eq(i.strategy_id, s.id)], (i) => [i.position, codePointOrder(i.id)])),
    programs: page(programList, (s: S) => rowsOf('program', (p) => [eq(p.strategy_id, s.id)])),
  },
});

export const strategyItemRead = readModel(StrategyItemType, 'StrategyItem', {
  columns: (i: TableRef<'strategy_item'>) => ({ number: i.number, title: i.title, sourceLine: i.source_line }),
});

export const strategyQueries = moreFields('Query', {
  strategies: page(strategyList, () => rowsOf('strategy')),
});
