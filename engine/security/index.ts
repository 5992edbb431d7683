export {
  API_KEY_LENGTH,
  API_KEY_PREFIX,
  formatApiKey,
  type ParsedApiKey,
  parseApiKey,
} from './api-key-format.ts';
export { API_KEY_HASH_SCHEME } from './api-key-hash.ts';
export {
  API_KEYS_VARIABLE,
  type ApiKeyRegistry,
  formatApiKeyEntry,
  type ParseApiKeyRegistryResult,
  parseApiKeyRegistry,
  type StoredApiKey,
} from './api-key-registry.ts';
export {
  type ApiKeyRejection,
  type CreateApiKeyOptions,
  type CreatedApiKey,
  createApiKey,
  type VerifyApiKeyResult,
  verifyApiKey,
} from './api-keys.ts';
export { type ConfigIssue, formatConfigIssue } from './config-issue.ts';
export { timingSafeEqual } from './constant-time.ts';
export type { AuthenticationMethod, Identity } from './identity.ts';
export {
  DEFAULT_PBKDF2_ITERATIONS,
  type HashPasswordOptions,
  hashPassword,
  PASSWORD_HASH_SCHEME,
} from './password-hash.ts';
export {
  hasPermission,
  PERMISSION_DESCRIPTIONS,
  PERMISSION_MATRIX,
  PERMISSIONS,
  type Permission,
  type PermissionMatrixRow,
  ROLE_PERMISSIONS,
  requiredRoleFor,
} from './permissions.ts';
export { cryptoRandomBytes, type RandomBytes } from './random.ts';
export * from './rate-limit/index.ts';
export { isRole, ROLES, type Role } from './roles.ts';
export { rolesFromScopes, SCOPE_ROLES, type Scope, scopeForRole } from './scopes.ts';
export {
  ACCESS_TOKEN_TYPE,
  type AsymmetricTokenOptions,
  createTokenConfig,
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  type HmacTokenOptions,
  MIN_HMAC_SECRET_BYTES,
  type TokenAlgorithm,
  type TokenConfig,
  TokenConfigError,
  type TokenConfigOptions,
} from './token-config.ts';
export {
  type IssueTokenOptions,
  issueToken,
  MAX_TOKEN_LENGTH,
  type TokenRejection,
  type VerifyTokenResult,
  verifyToken,
} from './tokens.ts';
export {
  formatUserEntry,
  type ParseUserRegistryResult,
  type PasswordRejection,
  parseUserRegistry,
  type StoredUser,
  USERS_VARIABLE,
  type UserRegistry,
  type VerifyPasswordResult,
  verifyPassword,
} from './users.ts';
