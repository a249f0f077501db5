import type { Concept } from '../concept';
import { changeQueries, changesRead, continuedProgramRead } from './change.read';
import { ChangeQueries } from './change.resolver';

export const changes: Concept = {
  resolvers: [ChangeQueries],
  reads: [changesRead, continuedProgramRead, changeQueries],
};
