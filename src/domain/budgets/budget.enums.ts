export const BUDGET_PHASES = [
  'ORIGINAL', 'SUPPLEMENTARY', 'FINAL', 'EXECUTION_PLAN', 'MIDTERM_PLAN', 'SETTLEMENT',
] as const;

export const MONEY_UNITS = ['원', '천원', '백만원', '억원'] as const;
