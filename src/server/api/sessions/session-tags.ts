import type { SessionEndUser, SessionOrganization } from '../store/store';

const maxTags = 10;

/**
 * Tags generated from the end user and organisation, plus the end user's own tags
 * (lower-cased; dropped if the total would exceed 10), with top-level tags winning.
 */
export function buildSessionTags(
  endUser: SessionEndUser | undefined,
  organization: SessionOrganization | undefined,
  topLevel: Record<string, string> | undefined,
): Record<string, string> {
  const generated: Record<string, string> = {};
  if (endUser) {
    generated['end_user_id'] = endUser.id;
    if (endUser.email) generated['end_user_email'] = endUser.email;
    if (endUser.display_name) generated['end_user_display_name'] = endUser.display_name;
  }
  if (organization) {
    generated['organization_id'] = organization.id;
    if (organization.display_name) generated['organization_display_name'] = organization.display_name;
  }
  const userTags = lowerCaseKeys(endUser?.tags ?? {});
  const withUserTags = { ...generated, ...userTags };
  const base = Object.keys(withUserTags).length <= maxTags ? withUserTags : generated;
  return { ...base, ...lowerCaseKeys(topLevel ?? {}) };
}

function lowerCaseKeys(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).map(([key, value]) => [key.toLowerCase(), value]));
}
