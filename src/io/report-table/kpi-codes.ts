/**
 * The KPI numbers of one table: the code each row claims, and numbers for KPIs the table does
 * not number (1, 2, … skipping the numbers it uses). A code is a KPI's identity in the plan,
 * so a second row claiming one is refused.
 */
export class KpiCodes {
  private sequence = 0;
  private readonly rows = new Map<string, number>();

  /** A number for an unnumbered KPI, skipping numbers the table has used so far. */
  next(): string {
    do this.sequence += 1;
    while (this.rows.has(String(this.sequence)));
    return String(this.sequence);
  }

  /** The label itself when free, else the label numbered (計, 計2, 計3 …): a total per group. */
  numbered(label: string): string {
    let code = label;
    for (let n = 2; this.rows.has(code); n += 1) code = `${label}${n}`;
    return code;
  }

  /** Claims a code for a row: null when it is free, else the row that claimed it first. */
  claim(code: string, row: number): number | null {
    const earlier = this.rows.get(code);
    if (earlier !== undefined) return earlier;
    this.rows.set(code, row);
    return null;
  }
}
