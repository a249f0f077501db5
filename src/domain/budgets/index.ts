import type { Concept } from '../concept';
import { budgetLineRead } from './budget-line.read';

export const budgets: Concept = { resolvers: [], reads: [budgetLineRead] };
