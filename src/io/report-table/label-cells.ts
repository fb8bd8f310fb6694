import { isKnownUnit, normalizeUnit } from '../../domain/unit.ts';
import { statedUnit } from './column-role.ts';

/** Circled numbers ①–⑳, ㉑–㊿, bracketed ⑴–⒇ and dingbat ❶–➓: how tables number their KPIs. */
const ENCLOSED = String.raw`[\u2460-\u2473\u2474-\u2487\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]`;
// A code of two or three levels joined by hyphens (健康増進計画 「1-2 年1回健康診査を…」), before the
// words of the name, or run into them where a PDF's text lost the space (伊万里市 図書館
// 「3-1資料購入費」): not a range of what the word after it counts (「20-64歳」, 「4-6月」, 「1-2号」);
// a decimal (「22.6」) is none. Digits full-width too (「（１）市税収納率の向上」).
const KPI_CODE = new RegExp(
  `^\\s*(${ENCLOSED}|[(（][0-9０-９]{1,5}[)）]|No\\.?\\s*\\d{1,5}|\\d{1,3}(?:[-‐－]\\d{1,3}){1,2}(?=\\s+\\D|[^\\s\\d.．,，、%％~〜～代月歳才年日時人回件号条番])|[0-9０-９]{1,5}(?=[\\s.．)）]))`,
);
const ENCLOSED_START = new RegExp(`^\\s*${ENCLOSED}`);

/** Whether a cell starts with an enclosed KPI number (①, ⑴, ㉑): a KPI row's anchor. */
export function startsWithKpiCode(text: string): boolean {
  // The first character first (this runs on cells of every row): printable ASCII, kana or kanji
  // is neither a space nor an enclosed number, so no code starts there.
  const first = text.charCodeAt(0);
  if ((first > 0x20 && first < 0xa0) || (first >= 0x3040 && first < 0x3250)) return false;
  if (first >= 0x3400 && first < 0xfeff) return false;
  return ENCLOSED_START.test(text);
}

/** Spaces, a point or a closing bracket between a code and the name (「1. 」, 「(1) 」). */
const AFTER_CODE = /^[\s.．)）]+/;

/** A mark before a KPI's name (★, ○, 【KPI】): one of its tags. */
const TAG = /^\s*([★☆◎○●◆■]|【(?:KPI|ＫＰＩ|重点|新規|新|拡充|継続)】)\s*(?=\S)/;

/** 「指標名：」, 「成果指標:」, 「KPI：」 before a KPI's name. */
const NAME_LABEL = /^(?:成果|活動)?(?:指標|KPI|ＫＰＩ)名?\s*[:：]\s*(?=\S)/;

export interface KpiLabel {
  readonly code: string | null;
  readonly tags: string[];
  readonly title: string;
  readonly note: string | null;
  /** A unit the name ends with in brackets (江田島市 "…年間被害額(千円)" → 千円), else null. */
  readonly unit: string | null;
}

/**
 * A known unit in brackets at the end of a KPI's name (「…(千円)」), or stated there
 * (小坂町 「1.地方債現在高(…) (単位:百万円)」).
 */
/** A unit in brackets closing a name: 「(千円)」, 「【%】」. */
const UNIT_IN_BRACKETS = /[(（【]\s*([^()（）【】\s]{1,6})\s*[)）】]$/;

function unitInName(title: string): string | null {
  // In round or lenticular brackets (栃木県 「…達成率【%】」).
  const match = UNIT_IN_BRACKETS.exec(title);
  const unit = match?.[1] ? normalizeUnit(match[1]) : null;
  if (unit !== null && isKnownUnit(unit)) return unit;
  // Run once per KPI: the NFKC of statedUnit only where the name says 単位.
  const stated = title.includes('単位') ? statedUnit(title) : null;
  return stated !== null && isKnownUnit(stated) ? stated : null;
}

/**
 * Reads a KPI cell: "① ★ 新たな仕組みによりまちづくりに取り組む地区・団体数" → code ①, tag ★,
 * the title; "⑱ ★ 業務継続計画… ※実績値（）内は…" → the remark after ※ as a note.
 */
export function parseKpiLabel(text: string): KpiLabel {
  let rest = text.trim();
  const code = KPI_CODE.exec(rest);
  const codeText = code?.[1]?.trim() ?? null;
  if (code) rest = rest.slice(code[0].length).replace(AFTER_CODE, '');
  const tags: string[] = [];
  for (;;) {
    // ○ before a name is its bullet (a 福岡県 city's 農業 goals 「○集落営農等の法人化数」), kept as a tag.
    // A mark in lenticular brackets before it (「【KPI】移住相談件数」, 「【重点】…」) a tag too; a
    // category so bracketed (三田市 「【適正化】職員に関すること」) stays the name's.
    const tag = TAG.exec(rest);
    if (!tag?.[1]) break;
    tags.push(tag[1]);
    rest = rest.slice(tag[0].length);
  }
  // The word naming what the cell holds before it (「指標名：観光入込客数」, a block's heading): no
  // part of the name.
  const named = NAME_LABEL.exec(rest);
  if (named) rest = rest.slice(named[0].length);
  const noteAt = rest.indexOf('※');
  // A note in brackets closing the name (加古川市 「基幹管路耐震適合率(※参考)」): the brackets its own.
  const bracketed = noteAt > 0 && /[(（]/.test(rest[noteAt - 1] ?? '') && /[)）]\s*$/.test(rest);
  // A bare ※ (a footnote printed elsewhere, 栃木県) is kept as the note, not dropped.
  const noted = noteAt >= 0 ? rest.slice(noteAt + 1).trim() : '';
  const note = noteAt >= 0 ? (bracketed ? noted.replace(/[)）]$/, '').trim() : noted) || '※' : null;
  const title = (noteAt >= 0 ? rest.slice(0, bracketed ? noteAt - 1 : noteAt) : rest).trim();
  const defined = note === null ? definedName(title) : null;
  if (defined !== null) return { code: codeText, tags, title: defined, note: title, unit: null };
  return { code: codeText, tags, title, note, unit: unitInName(title) };
}

/**
 * The name of a KPI printed with its definition (水道ビジョン 業務指標 「管路の耐震化率=(耐震管延長/
 * 管路総延長)×100」 → 管路の耐震化率, the whole kept as the note); null for a title with no 「=」.
 */
function definedName(title: string): string | null {
  // The cheap test first: this runs on every KPI's name, most with no 「=」.
  if (!title.includes('=') && !title.includes('＝')) return null;
  const at = title.search(/[=＝]/);
  if (at < 2) return null;
  // A bracket opening the definition (合志市 「B:不登校の出現率( =不登校生徒数/…× 100)」) is not the name's.
  const name = title
    .slice(0, at)
    .replace(/[(（]\s*$/, '')
    .trim();
  const formula = title.slice(at + 1).trim();
  return formula === '' || /[=＝]/.test(formula) ? null : name;
}

export interface OrderedLabel {
  readonly number: string;
  readonly name: string;
  readonly actionItems: string[];
}

/**
 * Reads a plan-tree cell: "1 地域経営マネジメント", "4 公共施設の再編・再配置の展開 (7.8.9)",
 * "Ⅰ 子育て・教育", "⑴市民との信頼関係を高める" (numbers may be missing: then "").
 */
export function parseOrderedLabel(text: string): OrderedLabel {
  let rest = text.trim();
  const items = /[(（]\s*(\d+(?:\s*[.．、,，・]\s*\d+)*)\s*[)）]\s*$/.exec(rest);
  const actionItems = items?.[1] ? items[1].split(/\s*[.．、,，・]\s*/) : [];
  if (items) rest = rest.slice(0, items.index).trim();
  // 「(1)農林業の振興」: the number in brackets, as 「1.」 or 「①」.
  const number =
    /^(?:[(（]\s*([0-9０-９]{1,3})\s*[)）]\s*|([0-9０-９]{1,3}|[Ⅰ-Ⅻ]|[IVX]{1,4}(?=\s)|[\u2460-\u2487])[\s.．)）]*)/.exec(
      rest,
    );
  const numbered = number?.[1] ?? number?.[2];
  if (number && numbered) {
    return {
      number: numbered.normalize('NFKC'),
      name: rest.slice(number[0].length).trim(),
      actionItems,
    };
  }
  return { number: '', name: rest, actionItems };
}

/** A department name: ends as Japanese administrative units do (課, 室, 局, 部, センター …). */
export function isDepartmentName(text: string): boolean {
  const t = text.trim();
  return (
    t.length > 0 &&
    t.length <= 20 &&
    /(課|室|局|部|所|センター|委員会|事務局|グループ|係|班)$/.test(t)
  );
}

/** What parts a department cell listing several: spaces, 、, commas, ・ and slashes. */
const DEPARTMENT_SEPARATORS = /[\s、,，・/／]+/;
const DEPARTMENT_SEPARATOR = /[\s、,，・/／]/;

/** Splits a department cell listing several ("まちづくり協働課 生涯学習課"). */
export function splitDepartments(text: string): string[] {
  // Most cells name one department, no separator in it: the cell itself.
  if (!DEPARTMENT_SEPARATOR.test(text)) return text === '' ? [] : [text];
  return text
    .split(DEPARTMENT_SEPARATORS)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

export type ContinuationLabel = 'cumulative' | 'total' | 'department';

/**
 * The last character of every continuation label, before NFKC (half-width ｰ and ﾟ, a combining ゚
 * too), spaces after it aside.
 */
const LABEL_END_SPACED = /(?:[計値績額体課室局部所ー会プ係班ｰﾟ]|\u3099|\u309a)\s*$/;

/** How many rows a total counts, in brackets after its label: 「合計(34団体)」, 「計（5事業）」. */
const MEMBER_COUNT = /\s*[(（]\s*\d{1,5}\s*[^\d\s()（）]{1,4}\s*[)）]\s*$/;

/** A closing bracket ending a text, spaces after it aside. */
const BRACKET_END = /[)）]\s*$/;

/**
 * A label without the count of what it totals printed after it (宮城県 「合計(34団体)」 is
 * 「合計」); the label as it is when it ends otherwise.
 */
export function withoutMemberCount(label: string): string {
  // Most labels end in no bracket: a character test first.
  if (!BRACKET_END.test(label)) return label;
  return label.replace(MEMBER_COUNT, '');
}

/** What a continuation row's first cell says it is: 累計, 合計/計, or a department. */
export function continuationLabel(text: string): ContinuationLabel | null {
  // Every label ends so (累計, 合計, 全体, 情報政策課, センター, ｾﾝﾀｰ, ｸﾞﾙｰﾌﾟ): a KPI's title most
  // often does not, and is neither compacted nor normalized to find it out (this runs on every
  // row); longer than any label even after NFKC composes half-width kana, it is a title.
  if (!LABEL_END_SPACED.test(text)) {
    // A total with the count of its rows after it (「合計(34団体)」) is a total all the same.
    const bare = withoutMemberCount(text);
    return bare !== text && continuationLabel(bare) === 'total' ? 'total' : null;
  }
  const compact = text.replace(/\s+/g, '');
  if (compact.length > 40) return null;
  const t = compact.normalize('NFKC').replace(/\s+/g, '');
  if (/^(累計|累計値|累計実績|累計額)$/.test(t)) return 'cumulative';
  // A named total (杵築市 改善額合計) is one too.
  if (/^(?:[^\d\s]{1,12})?(合計|総計)$|^(計|小計|全体)$/.test(t)) return 'total';
  if (isDepartmentName(t)) return 'department';
  return null;
}
