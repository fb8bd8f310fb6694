import { describe, expect, it } from 'vitest';
import { cutPercents, gradeFor } from './grade-scale.ts';
import type { GradeScale } from './grade-scale.ts';
import { scaleFromPrintedGrades } from './printed-grade-scale.ts';

const pair = (grade: string, percent: number) => ({
  grade,
  ratio: { numerator: BigInt(Math.round(percent * 10)), denominator: 1000n },
});
const shown = (scale: GradeScale | null) =>
  scale && { labels: scale.grades.map((g) => g.label), cuts: cutPercents(scale) };

describe('scaleFromPrintedGrades', () => {
  it('reads a city whose A begins at 90%, its other cuts the usual ones', () => {
    const scale = scaleFromPrintedGrades([
      pair('A', 92),
      pair('A', 105),
      pair('B', 85),
      pair('C', 65),
      pair('D', 40),
    ]);
    expect(shown(scale)).toEqual({ labels: ['A', 'B', 'C', 'D'], cuts: [90, 80, 60] });
  });
  it('gives ◎○△× marks a scale of their own, cut where the grades fall', () => {
    const scale = scaleFromPrintedGrades([
      pair('◎', 100),
      pair('〇', 95),
      pair('○', 70),
      pair('△', 55),
      pair('×', 20),
    ]);
    expect(shown(scale)).toEqual({ labels: ['◎', '○', '△', '×'], cuts: [100, 70, 50] });
  });
  it('is null where the default A–D already agrees with every printed grade', () => {
    expect(scaleFromPrintedGrades([pair('A', 101), pair('B', 85), pair('C', 61)])).toBeNull();
  });
  it('is null for fewer than three grades, mixed orders, or grades no cuts can agree with', () => {
    expect(scaleFromPrintedGrades([pair('A', 92), pair('B', 85)])).toBeNull();
    expect(scaleFromPrintedGrades([pair('A', 92), pair('○', 85), pair('C', 50)])).toBeNull();
    // A below a B: no cut puts 70% at A and 85% at B.
    expect(scaleFromPrintedGrades([pair('A', 70), pair('B', 85), pair('C', 50)])).toBeNull();
  });
  it('keeps A above the best grade printed, where no KPI reached it', () => {
    // Three KPIs printed B at 75%, 94.6% and 75%: B from 70%, A still from 100%.
    const scale = scaleFromPrintedGrades([pair('B', 75), pair('B', 94.6), pair('B', 75)]);
    expect(shown(scale)).toEqual({ labels: ['A', 'B', 'C', 'D'], cuts: [100, 70, 60] });
  });
  it('grades every pair it was read from as printed', () => {
    const pairs = [pair('S', 130), pair('A', 101), pair('B', 75), pair('C', 45), pair('B', 88)];
    const scale = scaleFromPrintedGrades(pairs);
    expect(scale?.grades.map((g) => g.label)).toEqual(['S', 'A', 'B', 'C', 'D']);
    expect(cutPercents(scale!)).toEqual([120, 100, 70, 40]);
    for (const p of pairs) expect(gradeFor(p.ratio, scale!)).toBe(p.grade);
  });
});
