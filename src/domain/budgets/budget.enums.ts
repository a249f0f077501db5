export const BUDGET_PHASES = [
  'ORIGINAL', 'SUPPLEMENTARY', 'FINAL', 'EXECUTION_PLAN', 'MIDTERM_PLAN', 'SETTLEMENT',
] as const;

export const MONEY_UNITS = ['원', '천원', '백만원', '억원'] as const;

/** Which of several printings of a fiscal year in one document leads: the most final phase. */
export const PHASE_PRECEDENCE: readonly (typeof BUDGET_PHASES)[number][] = ['SETTLEMENT', 'FINAL', 'SUPPLEMENTARY', 'ORIGINAL', 'MIDTERM_PLAN', 'EXECUTION_PLAN'];
