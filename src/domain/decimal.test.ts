import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDecimals,
  compareDecimals,
  decimal,
  decimalBoundsProblem,
  negativeDecimal,
  parseDecimal,
  shiftDecimal,
  subtractDecimals,
  tenTo,
  toScaled,
} from './decimal.ts';

describe('parseDecimal', () => {
  it('keeps the decimals as entered and drops leading zeros', () => {
    expect(parseDecimal('34.0')).toBe('34.0');
    expect(parseDecimal('034.50')).toBe('34.50');
    expect(parseDecimal('8.39')).toBe('8.39');
    expect(parseDecimal('-0')).toBe('0');
    expect(parseDecimal('+3')).toBe('3');
  });
  it('refuses what is not plain decimal text', () => {
    for (const text of ['', '1,000', '1e3', '.5', '5.', 'NaN', '８']) {
      expect(parseDecimal(text)).toBeUndefined();
    }
  });
});

describe('negativeDecimal', () => {
  it('marks a decrease with its digits as entered, leaving zero and a negative as they are', () => {
    expect(negativeDecimal(decimal('8.30'))).toBe('-8.30');
    expect(negativeDecimal(decimal('-5'))).toBe('-5');
    expect(negativeDecimal(decimal('0'))).toBe('0');
  });
});

describe('figures are bounded: 20 digits before the point, 10 after', () => {
  it('takes the largest figure within bounds and refuses one digit more', () => {
    expect(parseDecimal(`${'9'.repeat(20)}.${'9'.repeat(10)}`)).toBe(
      `${'9'.repeat(20)}.${'9'.repeat(10)}`,
    );
    expect(parseDecimal('9'.repeat(21))).toBeUndefined();
    expect(parseDecimal(`1.${'0'.repeat(11)}`)).toBeUndefined();
    expect(parseDecimal(`${'0'.repeat(30)}12`)).toBe('12');
  });
  it('refuses an 800,000-digit baseline quickly, saying which limit', () => {
    const text = '1'.repeat(800_000);
    expect(parseDecimal(text)).toBeUndefined();
    expect(decimalBoundsProblem(text)).toBe(
      'a number of more than 20 digits before the point (limit 20)',
    );
    expect(decimalBoundsProblem('0.12345678901')).toBe(
      'a number of more than 10 digits after the point (limit 10)',
    );
    expect(decimalBoundsProblem('1,234,567.5人')).toBeUndefined();
  });
});

describe('decimal arithmetic is exact', () => {
  it('adds ⑯ 上水道 3.16 and 下水道 5.23 億円 to 8.39, not 8.390000000000001', () => {
    expect(addDecimals(decimal('3.16'), decimal('5.23'))).toBe('8.39');
    expect(addDecimals(decimal('0.1'), decimal('0.2'))).toBe('0.3');
  });
  it('subtracts and shifts', () => {
    expect(subtractDecimals(decimal('299963'), decimal('283179'))).toBe('16784');
    expect(shiftDecimal(decimal('5.49'), 8)).toBe('549000000');
    expect(shiftDecimal(decimal('3297'), -2)).toBe('32.97');
  });
  it('compares by value, not by text', () => {
    expect(compareDecimals(decimal('34.0'), decimal('34'))).toBe(0);
    expect(compareDecimals(decimal('-2'), decimal('1'))).toBe(-1);
  });
  it('adds any integers exactly (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt(), (a, b) => {
        const sum = addDecimals(decimal(a.toString()), decimal(b.toString()));
        expect(toScaled(sum).units).toBe(a + b);
      }),
    );
  });
});

describe('toScaled: short digits read as a number first', () => {
  // What BigInt reads of the digits, the point taken out: the reading the fast path must give.
  const byBigInt = (value: string) => {
    const point = value.indexOf('.');
    const digits = point < 0 ? value : value.slice(0, point) + value.slice(point + 1);
    return { units: BigInt(digits), scale: point < 0 ? 0 : value.length - point - 1 };
  };
  it('gives BigInt’s integer and scale, short and long, signed, with zeros before and after', () => {
    const values = ['0', '-0', '7', '-5', '0.5', '-0.5', '8.39', '34.50', '0.000001', '3692'];
    values.push(
      '999999999999999',
      '9999999999999999',
      '123456789012345.6789',
      '-90071992547409930',
    );
    for (const value of values) expect(toScaled(value as never)).toEqual(byBigInt(value));
  });
  it('agrees with BigInt on any decimal', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
        fc.nat(12),
        (units, scale) => {
          const value = decimal(scaledText(units, scale));
          expect(toScaled(value)).toEqual(byBigInt(value));
        },
      ),
    );
  });
  it('refuses an exponent as BigInt does', () => {
    expect(() => toScaled('1e5' as never)).toThrow(SyntaxError);
  });
});

/** A decimal's text from an integer and a scale ("-5" at 1 is "-0.5"). */
function scaledText(units: bigint, scale: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return units < 0n ? `-${body}` : body;
}

describe('tenTo: the powers of ten made once', () => {
  it('is 10 to the power, within the table and past it', () => {
    for (let places = 0; places <= 40; places += 1)
      expect(tenTo(places)).toBe(10n ** BigInt(places));
  });
  it('refuses a negative or fractional power as BigInt does', () => {
    expect(() => tenTo(-1)).toThrow(RangeError);
    expect(() => tenTo(1.5)).toThrow(RangeError);
  });
});
