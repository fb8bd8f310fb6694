import { seededRandom } from './seeded-random.ts';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const DEPARTMENTS = [
  '企画課',
  '総務課',
  '財政課',
  '情報政策課',
  'まちづくり協働課',
  '生涯学習課',
  '上下水道課',
];
const UNITS = ['件', '人', '%', '回', '億円'];

function code(n: number): string {
  return n <= 20 ? (CIRCLED[n - 1] ?? String(n)) : `${n}`;
}

const sevenDepartments = (n: number): string => DEPARTMENTS[n % DEPARTMENTS.length] ?? '企画課';

/**
 * A progress table in the Yuzawa layout with `count` KPIs, made by a seeded generator:
 * increases and decreases, printed rates computed as the city does (actual ÷ target or
 * target ÷ actual, whole percent), 10 KPIs to a theme program, 5 programs to a basic policy.
 * The `n`th KPI's department is `department(n)`: seven departments take turns by default.
 */
export function generateReportTsv(
  count: number,
  seed = 20231,
  department: (n: number) => string = sevenDepartments,
): string {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const lines = [
    '基本方針\tテーマプログラム (取組事項No.)\t重要業績評価指標 (KPI)\t担当課\tKPI設定時\t単位\t単年度 累計\t実績値\t\t\t目標値 (R8)\t達成率 (進捗率)\tR5年度 取組内容等',
    '\t\t\t\t基準値 (R1)\t\t\tR3\tR4\tR5\t\t\t',
  ];
  for (let n = 1; n <= count; n += 1) {
    const policy = n % 50 === 1 ? `${Math.ceil(n / 50)} 基本方針${Math.ceil(n / 50)}` : '';
    const theme =
      n % 10 === 1 ? `${Math.ceil(n / 10)} テーマ${Math.ceil(n / 10)} (${n}.${n + 1})` : '';
    const decrease = random() < 0.3;
    const baseline = int(50, 5000);
    const target = decrease
      ? baseline - int(1, Math.floor(baseline / 3))
      : baseline + int(1, baseline);
    const actuals = [0, 1, 2].map(() =>
      int(Math.floor(baseline * 0.6), Math.floor(baseline * 1.4)),
    );
    const r5 = actuals[2] ?? 1;
    const rate = decrease ? Math.round((target / r5) * 100) : Math.round((r5 / target) * 100);
    const printed = rate === 100 && (decrease ? target !== r5 : r5 !== target) ? '' : `${rate}%`;
    lines.push(
      [
        policy,
        theme,
        `${code(n)} ★ 指標${n}の件数`,
        department(n),
        baseline.toLocaleString('en-US'),
        UNITS[n % UNITS.length],
        '単年度',
        ...actuals.map((a) => a.toLocaleString('en-US')),
        target.toLocaleString('en-US'),
        printed,
        `指標${n}について、令和5年度は関係機関と連携して取組を進めた。`,
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
