export const PROGRAM_STATUSES = ['NEW', 'CONTINUING'] as const;
