import { parseOre } from '@smartkompetens/domain';
import { isIsoDate } from '@smartkompetens/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function invalid(message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Öre as a decimal string: a JSON number would lose precision above 2^53 and an Int overflow at 2^31. */
export const Money = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  serialize: (value) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
    throw new GraphQLError('Money must be a whole number of öre');
  },
  parseValue: (value) => {
    if (typeof value === 'string') {
      try {
        return parseOre(value);
      } catch {
        invalid('Money is a whole number of öre written as a string, e.g. "45000"');
      }
    }
    if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
    return invalid('Money is a whole number of öre written as a string, e.g. "45000"');
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) {
      try {
        return parseOre(ast.value);
      } catch {
        // falls through
      }
    }
    return invalid('Money is a whole number of öre written as a string, e.g. "45000"');
  },
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date must be YYYY-MM-DD');
  },
  parseValue: (value) => (typeof value === 'string' && isIsoDate(value) ? value : invalid('Date must be a real date, YYYY-MM-DD')),
  parseLiteral: (ast) =>
    ast.kind === Kind.STRING && isIsoDate(ast.value) ? ast.value : invalid('Date must be a real date, YYYY-MM-DD'),
});

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime must be a date');
  },
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? date : invalid('DateTime must be ISO 8601');
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : null;
    return date && !Number.isNaN(date.getTime()) ? date : invalid('DateTime must be ISO 8601');
  },
});
