export const PROGRAM_STATUSES = ['NEW', 'CONTINUING'] as const;

/** What a place in a document contributes to an initiative (a program's mention). */
export const MENTION_ROLES = ['SUMMARY_ROW', 'CORE_TASK', 'SECTION', 'CONTENTS', 'INDICATOR_TABLE', 'BUDGET_TABLE', 'OTHER'] as const;

/** How a program's owner is known, strongest first. */
export const ORGANISATION_BASES = ['PRINTED_ON_ROW', 'SECTION', 'DESCRIBING_DIVISION', 'REPORTING_OFFICE', 'NOT_PRINTED'] as const;
