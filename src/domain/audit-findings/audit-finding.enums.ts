export const FINDING_KINDS = ['CORRECTION_REQUEST', 'ACTION_REQUEST', 'RECOMMENDATION'] as const;

/** One status vocabulary for findings (the printed status is kept beside it). */
export const FINDING_STATUSES = ['IN_PROGRESS', 'DONE', 'PLANNED', 'NOT_STARTED', 'OTHER'] as const;
