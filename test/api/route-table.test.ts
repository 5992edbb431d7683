import { describe, expect, test } from 'vitest';
import { ROUTES } from '../../engine/api/index.ts';
import { requiredRoleFor } from '../../engine/security/index.ts';
import { contract } from './contract-check.ts';

type Operation = { operationId: string; 'x-required-role'?: string; 'x-rate-limit'?: string };

const contractOperations = Object.entries(
  contract.paths as Record<string, Record<string, Operation>>,
).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    role: operation['x-required-role'],
    rateLimit: operation['x-rate-limit'],
  })),
);

describe('route table', () => {
  test('matches the contract operations exactly', () => {
    const routes = ROUTES.map((route) => ({
      operationId: route.operationId,
      method: route.method,
      path: route.path,
      role: route.role,
      rateLimit: route.rateLimit,
    }));
    const byId = (a: { operationId: string }, b: { operationId: string }) =>
      a.operationId.localeCompare(b.operationId);

    expect(routes.sort(byId)).toEqual(contractOperations.sort(byId));
  });

  test.each(ROUTES.filter((route) => route.permission !== undefined))(
    '$operationId role is the least role with its permission',
    (route) => {
      expect(route.role).toBe(requiredRoleFor(route.permission as never));
    },
  );

  test('public routes have neither permission nor role', () => {
    const publicRoutes = ROUTES.filter((route) => route.permission === undefined);

    expect(publicRoutes.map((route) => [route.operationId, route.role])).toEqual([
      ['createToken', undefined],
      ['getHealth', undefined],
    ]);
  });
});
