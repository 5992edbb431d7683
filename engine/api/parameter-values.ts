/** A scalar a trigger request may give as a parameter value. */
export type ParameterScalar = string | number | boolean;

/** A parameter value of a trigger request: a scalar, or a list of scalars for a `list` parameter. */
export type ParameterValue = ParameterScalar | readonly ParameterScalar[];

/** The `parameters` object of a trigger request, as stored on the run. */
export type ParameterValues = Readonly<Record<string, ParameterValue>>;

function isScalar(value: unknown): value is ParameterScalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Checks that `value` is a scalar or a list of scalars. Nested lists and objects are not parameter values. */
export function isParameterValue(value: unknown): value is ParameterValue {
  return isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}
