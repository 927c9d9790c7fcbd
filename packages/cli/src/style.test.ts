import { expect, test } from "vitest";
import { colorEnabled } from "./style.js";

test("colour only on a TTY and only when NO_COLOR is unset or empty", () => {
  expect(colorEnabled(true, {})).toBe(true);
  expect(colorEnabled(false, {})).toBe(false);
  expect(colorEnabled(true, { NO_COLOR: "1" })).toBe(false);
  expect(colorEnabled(true, { NO_COLOR: "" })).toBe(true);
});
