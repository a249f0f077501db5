// Every concept of the graph, registered once: schema.ts builds the schema and the read
// compiler from this list.
import { aggregates } from './aggregates';
import { auditFindings } from './audit-findings';
import { budgets } from './budgets';
import { changes } from './changes';
import { civicOrganisations } from './civic-organisations';
import { committees } from './committees';
import type { Concept } from './concept';
import { documents } from './documents';
import { indicators } from './indicators';
import { nodes } from './node';
import { observations } from './observations';
import { organisations } from './organisations';
import { people } from './people';
import { programs } from './programs';
import { search } from './search';
import { series } from './series';
import { strategies } from './strategies';
import { years } from './years';

export const CONCEPTS: Concept[] = [
  nodes, years, documents, organisations, strategies, programs, budgets, indicators, committees, civicOrganisations,
  auditFindings, people, series, changes, observations, aggregates, search,
];
