export const NO_COLORS = {
    red: (s) => s,
    yellow: (s) => s,
    green: (s) => s,
    dim: (s) => s,
    bold: (s) => s,
    cyan: (s) => s,
};
