export const BUDGET_OWNER_TYPES = ['ORGANISATION', 'PROGRAM'] as const;
