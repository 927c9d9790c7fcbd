import { describe, expect, test } from "vitest";
import {
  declaredUnit,
  divide,
  LITERAL,
  multiply,
  sameUnit,
  UNKNOWN,
  unitText,
} from "./unit-algebra.js";

const km = declaredUnit("公里");
const area = declaredUnit("万平方公里");
const rate = declaredUnit("部/百人");
const people = declaredUnit("万人");

describe("unit algebra", () => {
  test("division prints as num/den", () => {
    expect(unitText(divide(km, area))).toBe("公里/万平方公里");
  });
  test("equal factors cancel to dimensionless", () => {
    expect(unitText(divide(km, km))).toBe("1");
    expect(sameUnit(divide(km, km), declaredUnit("1"))).toBe(true);
  });
  test("literals scale without changing the unit", () => {
    expect(unitText(multiply(divide(km, area), LITERAL))).toBe("公里/万平方公里");
    expect(unitText(divide(LITERAL, people))).toBe("1/万人");
    expect(multiply(LITERAL, LITERAL)).toEqual(LITERAL);
  });
  test("compound declared units are parenthesised", () => {
    expect(unitText(multiply(rate, people))).toBe("(部/百人)·万人");
    expect(unitText(divide(km, multiply(area, people)))).toBe("公里/(万平方公里·万人)");
  });
  test("powers", () => {
    expect(unitText(multiply(km, km))).toBe("公里^2");
  });
  test("factor order does not matter for equality", () => {
    expect(sameUnit(multiply(km, people), multiply(people, km))).toBe(true);
    expect(sameUnit(km, people)).toBe(false);
  });
  test("unknown absorbs everything", () => {
    expect(multiply(UNKNOWN, km)).toEqual(UNKNOWN);
    expect(divide(km, UNKNOWN)).toEqual(UNKNOWN);
  });
});
