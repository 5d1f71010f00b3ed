// Loaded into every browser test page, before the test file runs (web-test-runner.config.mjs,
// testRunnerHtml).
//
// web-test-runner sends each failed assertion's `actual` and `expected` from the browser to the
// terminal through structuredClone. A DOM node (or a function) there cannot be cloned: the report
// is lost and the run hangs until its 240 s timeout instead of naming the failure
// (modernweb-dev/web#2967, open-wc/open-wc#2880). So a failed assertion keeps a text description
// of such a value instead; its message, which chai wrote first, is unchanged.
import {chai} from '@open-wc/testing';

function cloneable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    if (value instanceof Element) return value.outerHTML.slice(0, 500);
    if (value instanceof Node) return value.nodeName;
    return Object.prototype.toString.call(value);
  }
}

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const failure = error as Chai.AssertionError & {actual?: unknown; expected?: unknown};
      failure.actual = cloneable(failure.actual);
      failure.expected = cloneable(failure.expected);
    }
    throw error;
  }
};
