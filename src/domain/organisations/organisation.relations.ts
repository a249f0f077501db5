// How other concepts reach an organisation (a module of its own, so reads of every concept can import it).
import type { Expr } from '../../graph/sql/expr';
import { byId, one } from '../../graph/sql/model';

/** The organisation a foreign key names (none when it is null): every record's `organisation`. */
export const organisationOf = <R>(idOf: (row: R) => Expr<string | null>) => one((row: R) => byId('organisation', idOf(row)));
