import { describe, expect, it } from 'vitest';
import { fileNameYear } from './report-year.ts';

describe("the year a file's name gives, when the table names none (三田市)", () => {
  it('reads an era year, a western year or a 年度 in the name', () => {
    expect(fileNameYear('src/io/fixtures/sanda-gyoseikaikaku-h20.tsv')).toEqual({
      year: 2008,
      name: 'sanda-gyoseikaikaku-h20.tsv',
    });
    expect(fileNameYear('kpi_R5.xlsx')?.year).toBe(2023);
    expect(fileNameYear('2023年度進捗.csv')?.year).toBe(2023);
    expect(fileNameYear('令和元年度.csv')?.year).toBe(2019);
  });

  it('gives none for letters and digits inside a word, or no year at all', () => {
    expect(fileNameYear('ch20.tsv')).toBeNull();
    expect(fileNameYear('report.tsv')).toBeNull();
    expect(fileNameYear('')).toBeNull();
  });
});
