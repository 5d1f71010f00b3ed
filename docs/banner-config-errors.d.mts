// Types of banner-config-errors.mjs, for config-check.ts (docs/tsconfig.json checks without allowJs).
import type {ErrorObject} from 'ajv';

export interface ConfigProblem {
  /** The field, as a JSON pointer (RFC 6901); `''` is the whole file. */
  pointer: string;
  message: string;
  /** For a JSON syntax error, where it is (from 1), when the browser says. */
  line?: number;
  column?: number;
}
export declare function configProblems(errors?: ErrorObject[]): ConfigProblem[];
export declare function syntaxErrorPlace(text: string, message: string): {line: number; column: number} | undefined;
export declare function checkConfigText(text: string, validate: ((data: unknown) => boolean) & {errors?: ErrorObject[] | null}): ConfigProblem[];
