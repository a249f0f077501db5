import { AuditAction, AuditFinding } from '../domain/audit-findings/audit-finding.entity';
import { BudgetLine } from '../domain/budgets/budget-line.entity';
import { CivicOrganisation } from '../domain/civic-organisations/civic-organisation.entity';
import { Committee } from '../domain/committees/committee.entity';
import { SourceDocument, TotalCheck } from '../domain/documents/document.entity';
import { Indicator, IndicatorValue } from '../domain/indicators/indicator.entity';
import { OrganisationLink, OrganisationSnapshot, Staffing } from '../domain/organisations/organisation-snapshot.entity';
import { Organisation } from '../domain/organisations/organisation.entity';
import { PersonRole, Person } from '../domain/people/person.entity';
import { Milestone, Program, ProgramMention, ProjectTotal } from '../domain/programs/program.entity';
import { IndicatorSeries, IndicatorSeriesMember, ProgramSeries, ProgramSeriesMember } from '../domain/series/series.entity';
import { Strategy, StrategyItem } from '../domain/strategies/strategy.entity';

/** Every entity, parents before children: the seed loader writes in this order and deletes in reverse. */
export const ENTITIES = [
  Organisation, SourceDocument, OrganisationLink, OrganisationSnapshot, Staffing, Strategy, StrategyItem, Program,
  ProgramMention, ProjectTotal, Milestone, BudgetLine, Indicator, IndicatorValue, Committee, CivicOrganisation, AuditFinding, AuditAction,
  Person, PersonRole, TotalCheck, ProgramSeries, ProgramSeriesMember, IndicatorSeries, IndicatorSeriesMember,
] as const;
