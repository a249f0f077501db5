export const VALUE_KINDS = ['ACTUAL', 'TARGET'] as const;
