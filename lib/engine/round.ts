/** Two decimals, as reports show confidences and scores. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
