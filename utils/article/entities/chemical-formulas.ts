// "CO2", "CH4", "NOx", "PM2.5": formulas of gases and particles news writes in capitals, which read as acronyms
// or model codes; they name substances, not organisations or products.
const FORMULA = /^(?:CO2|CH4|N2O|NO2|NOx|SO2|H2O|H2|O3|NH3|PM2[.,]5|PM10)$/u;

/** The surface is a common chemical formula. */
export const isChemicalFormula = (surface: string): boolean => FORMULA.test(surface);
